// What readers see never carries the newsroom's internals: no slug, file name, raw enum value,
// column name or research remark in the visible text of any page (SVG text, titles and
// descriptions, tooltips and labels included), in the search index, and no internal note in
// any page or download.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMarkers } from '../../src/lib/text/internalMarkers.ts';
import { getContent } from '../../src/server/content.ts';
import { getCharts } from '../../src/server/charts.ts';
import { assertBuilt, builtPages, DIST, readBuilt } from '../support/dist.ts';

/** Attributes whose text a reader meets: tooltips, labels, alternative text. */
const READ_ATTRS = /^(?:data-tip|data-src-.*|data-text-.*|aria-label|alt|title)$/;

/** The text a reader can meet on a page: elements' text (SVG text, title and desc too). */
export function visibleText(html: string): string {
  // A space at every tag, so neighbouring cells and labels do not run together.
  const $ = load(html.replace(/</g, ' <'));
  $('script, style, template, textarea').remove();
  const parts = [$('head title').text(), $('body').text()];
  $('body *').each((_, el) => {
    for (const [name, value] of Object.entries(('attribs' in el && el.attribs) || {}))
      if (name === 'data-summaries')
        parts.push(...Object.values(JSON.parse(value) as Record<string, string>));
      else if (READ_ATTRS.test(name)) parts.push(value);
  });
  return parts.join('\n').replace(/\s+/g, ' ');
}

/** The project's own ids and raw values: dataset keys, enum values, chart and metric ids. */
function projectIds(): Set<string> {
  const content = getContent();
  const ids = new Set<string>();
  for (const dataset of content.datasets.values()) {
    for (const [name, column] of Object.entries(dataset.declaration.columns)) {
      if (name.includes('_')) ids.add(name);
      for (const value of Object.keys(column.values ?? {})) ids.add(value);
      if (column.type === 'id' || column.type === 'ref')
        for (const row of dataset.rows) ids.add(String(row.data[name]));
    }
  }
  for (const chart of getCharts()) {
    ids.add(chart.id);
    for (const view of chart.views) if (view.metric) ids.add(view.metric);
  }
  // Only ids that cannot be ordinary words: with a hyphen or an underscore.
  return new Set([...ids].filter((id) => /[-_]/.test(id) && !/^\d+(?:-\d+)*$/.test(id)));
}

/**
 * Every internal value in content/ (columns declared internal: true), long enough to search,
 * except beginnings that public columns share (a note may start with a document's own title).
 */
function internalTexts(): string[] {
  const texts: string[] = [];
  const shown: string[] = [];
  for (const dataset of getContent().datasets.values())
    for (const [name, column] of Object.entries(dataset.declaration.columns))
      for (const row of dataset.rows) {
        const value = row.data[name];
        if (typeof value !== 'string') continue;
        if (!column.internal) shown.push(value);
        else if (value.length >= 16) texts.push(value.slice(0, 40));
      }
  const publicText = shown.join('\n');
  return texts.filter((text) => !publicText.includes(text));
}

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const report = (where: string, text: string, ids: Set<string>) =>
  findMarkers(text, ids).map((m) => `${where}: ${m.why} "${m.found}"`);

describe('reader text', () => {
  beforeAll(assertBuilt);
  const ids = projectIds();
  const internal = internalTexts();

  it('has no slug, file name or internal marker on any page', () => {
    const problems = builtPages().flatMap((page) =>
      report(page, visibleText(readBuilt(page)), ids),
    );
    expect(problems).toEqual([]);
  });

  it('has none in the search index either', () => {
    const problems = files('pagefind/fragment', (n) => n.endsWith('.pf_fragment')).flatMap(
      (file) => {
        const fragment = JSON.parse(
          gunzipSync(readFileSync(file))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string; meta: Record<string, string> };
        const text = `${Object.values(fragment.meta).join(' ')} ${fragment.content}`;
        return report(`search index ${fragment.url}`, text.replace(/\u200b/g, ''), ids);
      },
    );
    expect(problems).toEqual([]);
  });

  it('never shows or exports an internal note', () => {
    expect(internal.length).toBeGreaterThan(10);
    const pages = builtPages().map((page) => ({ where: page, text: readBuilt(page) }));
    const downloads = [
      ...files('data', (n) => /\.(csv|ya?ml)$/.test(n) && !n.includes('.schema.')),
      ...files('charts', (n) => /\.(json|svg)$/.test(n)),
    ].map((file) => ({ where: file.slice(DIST.length), text: readFileSync(file, 'utf8') }));
    const problems = [...pages, ...downloads].flatMap(({ where, text }) =>
      internal.filter((note) => text.includes(note)).map((note) => `${where}: "${note}…"`),
    );
    expect(problems).toEqual([]);
  });
});

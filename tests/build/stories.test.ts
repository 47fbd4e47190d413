import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCharts } from '../../src/server/charts.ts';
import { assertBuilt, readBuilt } from '../support/dist.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'stories');
const stories = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
const placed = (file: string) =>
  [...readFileSync(join(dir, file), 'utf8').matchAll(/^::chart\{id="([^"]+)"\}\s*$/gm)].map(
    (m) => m[1] ?? '',
  );

describe('charts placed in stories', () => {
  beforeAll(assertBuilt);

  it('has stories that place charts', () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.flatMap(placed).length).toBeGreaterThan(0);
  });

  it.each(stories)('%s shows each placed chart with its figure, data and sources', (file) => {
    const $ = load(readBuilt(`/stories/${file.replace(/\.md$/, '')}/`));
    for (const id of placed(file)) {
      const chart = getCharts().find((c) => c.id === id)!;
      const figure = $(`figure[data-chart="${id}"]`);
      expect(figure.length, id).toBe(1);
      if (chart.views[0]?.list)
        expect(figure.find('.view-list li').length, id).toBe(chart.views[0].list.length);
      else if (chart.kind !== 'table')
        expect(figure.find('svg[role="img"] title').first().text(), id).toBe(chart.title);
      expect(figure.find('.chart-data table, .timeline-list').length, id).toBe(1);
      expect(figure.find('.chart-source a').length, id).toBeGreaterThan(0);
      expect(figure.find(`.chart-links a[href="/charts/${id}/"]`).length, id).toBe(1);
      // The story's source list includes every source of the chart.
      for (const source of chart.sources)
        expect($(`.story-sources #source-${source.id}`).length, `${id} ${source.id}`).toBe(1);
    }
    expect($('script[src]').length).toBeGreaterThan(0);
    expect($('script:not([src]):not([type="application/ld+json"])').length).toBe(0);
  });
});

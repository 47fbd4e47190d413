// A chart kind added through the registry, in a copy of the project: one kind module, one
// renderer, one line in each registry, and a chart file using it. The site builds a page with
// the new kind, with its table, CSV and sources from the shared machinery.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, type BuildResult } from '../support/projectCopy.ts';

const project = copyProject('new-kind-');
const copy = project.dir;
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(join(copy, path), change(readFileSync(join(copy, path), 'utf8')));

// A throwaway kind: one big number, the sum of a column.
const KIND = `import { z } from 'zod';
import { formatNumber } from '../../format/number.ts';
import { rowsWhere } from '../measure.ts';
import { defineKind } from './types.ts';

export const total = defineKind({
  label: '合计',
  fields: { data: z.string(), value: z.string() },
  check: () => [],
  build: (chart, context) => {
    const rows = rowsWhere(context.content, chart.data, undefined);
    const sum = rows.reduce((s, r) => s + Number(r[chart.value] ?? 0), 0);
    const text = formatNumber(sum);
    return {
      views: [{ summary: \`合计 \${text}\`, spec: { text }, sources: [] }],
      switchMode: 'none',
      table: { columns: ['合计'], rows: [[{ kind: 'text', text }]] },
      csv: { columns: ['total'], rows: [[sum]] },
      sources: [...new Set(rows.flatMap((r) => r['sources'] as string[]))],
      annotations: [],
    };
  },
});
`;
const RENDERER = `import { svgDocument } from './svg.ts';
export const totalSvg = (spec: { text: string }, text: { uid: string; title: string; desc: string }) =>
  svgDocument({ width: 200, height: 60 }, text, 'total', \`<text x="10" y="40" font-size="32">\${spec.text}</text>\`);
`;

let build: BuildResult;

beforeAll(() => {
  writeFileSync(join(copy, 'src/lib/charts/kinds/total.ts'), KIND);
  writeFileSync(join(copy, 'src/server/render/totalSvg.ts'), RENDERER);
  edit('src/lib/charts/kinds/registry.ts', (text) =>
    text
      .replace(
        "import { timeline } from './timeline.ts';",
        "$&\nimport { total } from './total.ts';",
      )
      .replace('  table,\n};', '  table,\n  total,\n};'),
  );
  edit('src/server/render/renderers.ts', (text) =>
    text
      .replace(
        "import { timelineSvg } from './timelineSvg.ts';",
        "$&\nimport { totalSvg } from './totalSvg.ts';",
      )
      .replace('  table: { svg: () => undefined },', '$&\n  total: { svg: totalSvg },'),
  );
  writeFileSync(
    join(copy, 'content/charts/filings-total.yaml'),
    'kind: total\ntitle: 备案合计\ndata: filings-provinces\nvalue: services\n',
  );
  build = buildCopy(copy);
}, 200_000);

afterAll(() => project.remove());

describe('a throwaway chart kind added through the registry', () => {
  it('builds a chart page with its picture, table and sources', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = readFileSync(join(copy, 'dist/charts/filings-total/index.html'), 'utf8');
    expect(page).toMatch(/<svg [^>]*class="chart-svg chart-svg-total"/);
    expect(page).toContain('font-size="32">27</text>');
    expect(page).toContain('合计 27');
    expect(readFileSync(join(copy, 'dist/data/filings-total.csv'), 'utf8')).toContain('27');
  });
});

/** Table: chosen columns of one dataset, with labels and formats from its declaration. */
import { z } from 'zod';
import { readerFields, refNames, tableView } from '../../data/tableView.ts';
import { text } from '../../schema/common.ts';
import { matchesWhere } from '../measure.ts';
import { resolveAnnotations } from './annotations.ts';
import { checkColumn, checkDataset, checkWhere } from './checks.ts';
import { whereSchema } from './metric.ts';
import { datasetField, defineKind } from './types.ts';

const csvValue = (value: unknown): string | number | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(';')
    : JSON.stringify(value);
};

export const table = defineKind({
  label: '表格',
  fields: {
    data: datasetField(),
    columns: z
      .array(text(), { error: 'a list of column names' })
      .optional()
      .describe('Which columns, in order; all by default.'),
    where: whereSchema,
  },
  check: (chart, context) => {
    const { dataset, problems } = checkDataset(chart.data, ['data'], context);
    if (!dataset) return problems;
    return [
      ...(chart.columns ?? []).flatMap((c, i) => checkColumn(dataset, c, ['columns', i], context)),
      ...checkWhere(dataset, chart.where, ['where'], context),
    ];
  },
  build: (chart, context) => {
    const dataset = context.content.datasets.get(chart.data);
    if (!dataset) throw new Error(`no dataset ${chart.data} (checked before build)`);
    const rows = dataset.rows.map((r) => r.data).filter((r) => matchesWhere(r, chart.where));
    const fields = chart.columns ?? Object.keys(dataset.declaration.columns);
    const view = tableView(
      dataset.declaration,
      rows,
      (code) => context.names.get(code),
      chart.columns ?? readerFields(dataset.declaration),
      refNames(context.content.datasets),
    );
    const plain = fields.filter((f) => f !== 'sources');
    const sourcesOf = (r: Record<string, unknown>) =>
      Array.isArray(r['sources']) ? (r['sources'] as string[]) : [];
    const first = fields[0] ?? '';
    const sources = [...new Set(rows.flatMap(sourcesOf))];
    return {
      views: [
        { summary: `${rows.length}行，来自${dataset.declaration.title}。`, spec: null, sources },
      ],
      switchMode: 'none',
      table: { columns: view.columns.map((c) => c.label), rows: view.rows },
      csv: {
        columns: [...plain, 'sources'],
        rows: rows.map((r) => [...plain.map((f) => csvValue(r[f])), sourcesOf(r).join(';')]),
      },
      sources,
      // A table's annotations point at a row, by the value of its first column.
      annotations: resolveAnnotations(
        chart.annotations,
        new Map(rows.map((r) => [String(r[first]), String(r[first])])),
      ),
    };
  },
});

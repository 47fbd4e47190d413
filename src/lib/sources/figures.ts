/**
 * The figures of the datasets and the tier each rests on, for the methodology page.
 *
 * A figure is one non-empty number or date a reader can see: each value that is not null in a
 * public, non-key column of type count, amount, percent, number or date, and the same inside a
 * list of records (e.g. a batch's leading provinces). It rests on its row's sources and is
 * counted under the most primary tier among them. Datasets without a `sources` column (places,
 * the register itself) hold no figures.
 */
import { keyColumns, type Column, type InnerColumn } from '../data/declaration.ts';
import type { ContentSet, Row } from '../data/contentSet.ts';
import { formatCell } from '../data/tableView.ts';
import type { Source } from '../schema/source.ts';
import { bestTier, TIERS, type Tier } from './tiers.ts';

const FIGURE_TYPES = new Set(['count', 'amount', 'percent', 'number', 'date']);

export interface Figure {
  dataset: string;
  /** The row the figure sits in, as validated. */
  row: Row;
  /** The column (dotted for a field inside a list, e.g. leaders.services). */
  field: string;
  /** The column's heading, for readers. */
  label: string;
  /** The value as readers see it, unit included. */
  text: string;
  sources: Source[];
  tier: Tier | undefined;
}

const isFigureColumn = (column: Column | InnerColumn) =>
  FIGURE_TYPES.has(column.type) && !column.internal;

function shown(column: Column | InnerColumn, value: unknown, placeName: (c: string) => string) {
  const text = formatCell(column, value, placeName);
  return typeof value === 'number' && column.unit ? `${text}${column.unit}` : text;
}

/** Every figure of every dataset with its sources and tier, in file order. */
export function figuresOf(content: ContentSet): Figure[] {
  const register = new Map(content.sources.map(({ data }) => [data.id, data]));
  const places = new Map(content.places.map(({ data }) => [data.code, data.short_zh]));
  const placeName = (code: string) => places.get(code) ?? code;
  const figures: Figure[] = [];
  for (const [name, dataset] of content.datasets) {
    const columns = dataset.declaration.columns;
    if (name === 'sources' || columns['sources']?.type !== 'sources') continue;
    const keys = new Set(keyColumns(dataset.declaration));
    for (const { data: row } of dataset.rows) {
      const sources = (Array.isArray(row['sources']) ? row['sources'] : []).flatMap(
        (id) => register.get(String(id)) ?? [],
      );
      const add = (field: string, column: Column | InnerColumn, value: unknown) => {
        if (value === null || value === undefined || !isFigureColumn(column)) return;
        const label = column.label;
        const text = shown(column, value, placeName);
        figures.push({ dataset: name, row, field, label, text, sources, tier: bestTier(sources) });
      };
      for (const [field, column] of Object.entries(columns)) {
        if (keys.has(field) || column.internal) continue;
        const value = row[field];
        if (column.fields && Array.isArray(value))
          for (const item of value as Record<string, unknown>[])
            for (const [inner, innerColumn] of Object.entries(column.fields))
              add(`${field}.${inner}`, innerColumn, item[inner]);
        else add(field, column, value);
      }
    }
  }
  return figures;
}

/** How many figures rest on each tier, in the order of trust, and how many on none. */
export function countByTier(figures: readonly Pick<Figure, 'tier'>[]): {
  tier: Tier | 'none';
  count: number;
}[] {
  return [...TIERS, 'none' as const].map((tier) => ({
    tier,
    count: figures.filter((f) => (f.tier ?? 'none') === tier).length,
  }));
}

/** One row whose figures all rest on secondary sources, for the public list. */
export interface SecondaryRow {
  dataset: string;
  row: Row;
  figures: Figure[];
  publishers: string[];
}

/** The rows whose figures rest only on secondary sources, grouped by row in file order. */
export function secondaryOnlyRows(figures: readonly Figure[]): SecondaryRow[] {
  const rows = new Map<Row, SecondaryRow>();
  for (const figure of figures) {
    if (figure.tier !== 'secondary') continue;
    const entry = rows.get(figure.row) ?? {
      dataset: figure.dataset,
      row: figure.row,
      figures: [],
      publishers: [...new Set(figure.sources.map((s) => s.publisher))],
    };
    entry.figures.push(figure);
    rows.set(figure.row, entry);
  }
  return [...rows.values()];
}

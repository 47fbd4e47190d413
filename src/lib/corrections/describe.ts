/**
 * Corrections in readers' words: a data correction names the dataset by its title, the row by
 * what it is about (place, year, label — never its key), the field by its label, and the values
 * in the house number format; a story correction says what was wrong and what is right. The same
 * sentences go into pages, the feed, the JSON-LD and the chart metadata.
 */
import type { ContentSet } from '../data/contentSet.ts';
import { rowKey } from '../data/datasets.ts';
import { keyColumns, type Column } from '../data/declaration.ts';
import { formatCell } from '../data/tableView.ts';
import { formatDateZh } from '../format/partialDate.ts';
import type { DataCorrection } from './dataCorrections.ts';

/** A correction of a story's text, as written in its frontmatter. */
export interface StoryCorrection {
  date: string;
  wrong: string;
  right: string;
  note?: string | undefined;
}

/** A text closed with a full stop unless it already ends a sentence. */
export const sentence = (text: string) =>
  /[。！？.!?…）”」]$/.test(text.trim()) ? text.trim() : `${text.trim()}。`;

/** One value as readers read it, with its unit; an unknown value reads 无数据. */
export function valueText(column: Column | undefined, value: unknown, content: ContentSet): string {
  if (value === null || value === undefined) return '无数据';
  if (!column) return String(value);
  const places = new Map(content.places.map((p) => [p.data.code, p.data.short_zh]));
  const text = formatCell(column, value, (code) => places.get(code));
  return typeof value === 'number' && column.unit ? `${text}${column.unit}` : text;
}

/** What a row is about: its name, or its key columns as readers read them (湖南·2019·首次公布值). */
export function rowLabel(correction: DataCorrection, content: ContentSet): string {
  const dataset = content.datasets.get(correction.dataset);
  if (!dataset) return correction.row;
  const { declaration } = dataset;
  const row = dataset.rows.find((r) => rowKey(declaration, r.data) === correction.row)?.data;
  if (!row) return correction.row;
  const key = keyColumns(declaration);
  // A row known by an id is called by its first text column (a park's or a list's name).
  if (key.some((c) => declaration.columns[c]?.type === 'id')) {
    const name = Object.keys(declaration.columns).find(
      (c) => declaration.columns[c]?.type === 'text' && !declaration.columns[c]?.internal,
    );
    if (name && typeof row[name] === 'string') return row[name];
  }
  return key
    .map((c) => {
      const text = valueText(declaration.columns[c], row[c], content);
      return declaration.columns[c]?.type === 'year' ? `${text}年` : text;
    })
    .join('·');
}

/** "中部六省地区生产总值中，湖南·2019年·首次公布值的实际增速原为7.8%，现为7.6%。" and why. */
export function dataCorrectionText(correction: DataCorrection, content: ContentSet): string {
  const dataset = content.datasets.get(correction.dataset);
  const column = dataset?.declaration.columns[correction.field];
  const was = valueText(column, correction.was, content);
  const now = valueText(column, correction.now, content);
  const what = `${dataset?.declaration.title ?? ''}中，${rowLabel(correction, content)}的${column?.label ?? correction.field}`;
  return `${what}原为${was}，现为${now}。${sentence(correction.why)}`;
}

/** "原文有误：……更正为：……" and the note, as one paragraph of text. */
export function storyCorrectionText(correction: StoryCorrection): string {
  const note = correction.note ? sentence(correction.note) : '';
  return `原文有误：${sentence(correction.wrong)}更正为：${sentence(correction.right)}${note}`;
}

/** "2026年12月1日更正：" */
export const correctionHeading = (date: string) => `${formatDateZh(date)}更正`;

/**
 * A row named the way a reader would name it, never by its id: its own name or title when it
 * has one (园区名称, 文件标题…), else its key read out (河南2018年首次公布值, 批次1).
 */
import { keyColumns, type Declaration } from '../data/declaration.ts';
import type { Row } from '../data/contentSet.ts';
import { formatCell } from '../data/tableView.ts';

const NAME_FIELDS = ['name_zh', 'title_zh', 'entity_zh', 'topic_zh', 'summary_zh'];

export function rowLabel(
  declaration: Declaration,
  row: Row,
  placeName: (code: string) => string,
): string {
  const name = NAME_FIELDS.map((f) => row[f]).find((v) => typeof v === 'string' && v !== '');
  if (typeof name === 'string') return name;
  const part = (field: string): string => {
    const column = declaration.columns[field];
    const value = row[field];
    if (!column || value === null || value === undefined || column.type === 'id') return '';
    if (column.type === 'place') return placeName(String(value));
    if (column.type === 'year') return `${String(value)}年`;
    if (column.type === 'enum') return formatCell(column, value, placeName);
    return `${column.label}${String(value)}`;
  };
  const keyed = keyColumns(declaration).map(part).join('');
  if (keyed !== '') return keyed;
  // A row known only by its id: name its place instead.
  return ['city', 'province'].map(part).find((p) => p !== '') ?? declaration.title;
}

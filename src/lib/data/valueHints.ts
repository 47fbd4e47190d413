/**
 * The fix for a value that failed its column's check, when the fix is mechanical: numbers with
 * thousands separators or 万/亿, dates written 2020/4/27, a place name where a code belongs,
 * words for "unknown" (未知, NULL, —) where the project writes null, and source ids run
 * together with the wrong separator. Each fix is computed from the value and the declaration.
 */
import type { Column, ColumnType, InnerColumn } from './declaration.ts';
import { chineseDateToIso, toHalfWidth } from './halfWidth.ts';
import { inColumnUnit, withoutSeparators } from './numberText.ts';
import type { FieldPath } from './rawItems.ts';
import { isRealDate } from '../format/partialDate.ts';

/** What the hints may know beyond the value: the declared columns and the place names. */
export interface HintContext {
  format: 'yaml' | 'csv';
  columns?: Readonly<Record<string, Column>>;
  /** The declaration of the file, e.g. content/data/gdp.schema.yaml, to name in a fix. */
  declarationFile?: string;
  /** Place name (湖南, 湖南省, Hunan) → its code and short name. */
  places?: ReadonlyMap<string, { code: string; name: string }>;
}

type AnyColumn = Column | InnerColumn;

const NUMERIC: readonly ColumnType[] = ['count', 'amount', 'percent', 'number', 'year'];

/** Words and marks people write for "not known"; the project writes null (and a note). */
const UNKNOWN_WORDS = new Set(
  [
    '未知',
    '不详',
    '无',
    '暂无',
    '空',
    '缺',
    '待定',
    '未公布',
    'null',
    'n/a',
    'na',
    'nan',
    'none',
    'unknown',
    '-',
    '--',
    '—',
    '——',
    '－',
    '?',
    '？',
    '/',
  ].map((w) => w.toLowerCase()),
);

/** The declared column a field path points into (a list's item fields too). */
export function columnAt(
  columns: Readonly<Record<string, Column>> | undefined,
  path: FieldPath,
): AnyColumn | undefined {
  const [name, index, inner] = path;
  const column = typeof name === 'string' ? columns?.[name] : undefined;
  if (column?.fields && typeof index === 'number' && typeof inner === 'string')
    return column.fields[inner];
  return column;
}

/** The fix for `found` at `path`, or undefined when there is no mechanical one. */
export function valueHint(
  found: unknown,
  path: FieldPath,
  context: HintContext,
): string | undefined {
  const column = columnAt(context.columns, path);
  if (!column) return undefined;
  const listItem = typeof path[1] === 'number' && !('fields' in column && column.fields);
  const type = listItem
    ? column.type === 'list'
      ? (column.of ?? 'text')
      : column.type
    : column.type;
  if (typeof found !== 'string') return undefined;
  if (UNKNOWN_WORDS.has(found.trim().toLowerCase()) && type !== 'text')
    return unknownHint(column, context);
  if (type === 'sources' || column.type === 'list')
    return listHint(found, context.format === 'csv' ? 'csv' : listItem ? 'item' : 'yaml');
  if (NUMERIC.includes(type)) return numberHint(found, type, column.unit);
  if (type === 'date') return dateHint(found);
  if (type === 'place') return placeHint(found, context);
  return undefined;
}

function unknownHint(column: AnyColumn, context: HintContext): string {
  const write = context.format === 'csv' ? 'write null in the cell' : 'write null';
  return column.unknown === 'allowed'
    ? `for an unknown value ${write} and say why in the row's note`
    : `if the value is truly unknown, ${write}, allow it with "unknown: allowed" in ${declarationOf(context)} and say why in the row's note`;
}

/** The declaration to name in a fix: the file itself when known. */
export const declarationOf = (context: Pick<HintContext, 'declarationFile'>) =>
  context.declarationFile ?? 'the declaration (<name>.schema.yaml)';

function numberHint(found: string, type: ColumnType, unit: string | undefined): string | undefined {
  const plain = withoutSeparators(toHalfWidth(found));
  if (plain !== undefined) return `write numbers without thousands separators: ${plain}`;
  if (type === 'year') {
    const year = /^\s*(\d{4})\s*年\s*$/.exec(toHalfWidth(found))?.[1];
    return year ? `write the year as four digits alone: ${year}` : undefined;
  }
  const readings = inColumnUnit(toHalfWidth(found), unit);
  const [one, other] = readings;
  const unitName = unit ? ` (${unit})` : '';
  if (one !== undefined && other !== undefined)
    return `write the number in the column's unit${unitName}: ${other} if you mean ${found.trim()}亿元, ${one} if you mean ${found.trim()}元`;
  if (one !== undefined) return `write the number in the column's unit${unitName}: ${one}`;
  return undefined;
}

/** 2020/4/27, 2020.4.27, 2020-4-27, 2020年4月27日 → 2020-04-27, when that day exists. */
function dateHint(found: string): string | undefined {
  const text = toHalfWidth(found).trim();
  const parts = /^(\d{4})([/.-])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(text);
  const iso = parts
    ? [parts[1], parts[3], parts[4]]
        .filter((p): p is string => p !== undefined)
        .map((p, i) => (i === 0 ? p : p.padStart(2, '0')))
        .join('-')
    : chineseDateToIso(text);
  if (iso === undefined) return undefined;
  if (!isRealDate(iso))
    return `check the date in the source: ${iso} does not exist in the calendar`;
  return iso === text ? undefined : `write ${iso}`;
}

function placeHint(found: string, context: HintContext): string | undefined {
  const place = context.places?.get(found.trim().toLowerCase());
  return place ? `write ${place.code} (${place.name})` : undefined;
}

/** Ids run together with ", ", "，", "、" or "；" instead of the file's list separator. */
function listHint(found: string, where: HintContext['format'] | 'item'): string | undefined {
  const ids = found
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(/\s*[,，、;；]\s*/)
    .filter((id) => id !== '');
  if (where === 'yaml') return `write the ids as a list: [${ids.join(', ')}]`;
  if (ids.length < 2) return undefined;
  return where === 'csv'
    ? `separate the ids with ";" in a CSV cell: ${ids.join(';')}`
    : `separate the ids with half-width commas: ${ids.join(', ')}`;
}

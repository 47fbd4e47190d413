/**
 * Rules of the sources register that a column declaration cannot say: a reader must be able to
 * find every document, so a source without an address (`url: null`) names where else it can be
 * found (`locator`: a printed yearbook's title and table, a standard's number).
 */
import type { ContentProblem } from '../data/contentError.ts';
import type { LocatedRow } from '../data/validateRows.ts';

type SourceRow = Record<string, unknown>;

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** One problem per source that has neither an address nor a locator. */
export function unlocatedSources(rows: readonly LocatedRow<SourceRow>[]): ContentProblem[] {
  return rows
    .filter(({ data }) => blank(data['url']) && blank(data['locator']))
    .map(({ data, file, item }) => ({
      file,
      line: item.lineOf(['url']),
      item: { kind: 'entry' as const, index: item.index },
      field: 'url',
      expected: `an address (url) for source "${String(data['id'])}", or a locator saying where the document can be found`,
      found: 'url: null and no locator',
      hint: 'write the address you read it at; for a printed document add a line such as locator: 《山西统计年鉴2020》表3-1; a source nobody can find again is removed, with the values that rest on it',
    }));
}

import type { ContentSet } from './contentSet.ts';
import { rowsOf } from './contentSet.ts';

/** A first-published GDP row whose real growth rate has no source. */
export interface GrowthGap {
  code: string;
  place: string;
  year: number;
}

/**
 * The growth rates the data leaves unknown. Only first-published rows count: the revised
 * series carries no growth rates by design, so its empty cells are not gaps.
 */
export function growthGaps(content: ContentSet): GrowthGap[] {
  const shortName = new Map(content.places.map(({ data }) => [String(data.code), data.short_zh]));
  return rowsOf(content, 'gdp')
    .filter((row) => row['vintage'] === 'first-published' && row['growth_pct'] === null)
    .map((row) => ({
      code: String(row['province']),
      place: shortName.get(String(row['province'])) ?? String(row['province']),
      year: Number(row['year']),
    }))
    .sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}

/** "河南、安徽2018年和湖北2019年": the gaps grouped by year, in house style. */
export function describeGrowthGaps(gaps: readonly GrowthGap[]): string {
  const years = [...new Set(gaps.map((gap) => gap.year))];
  const parts = years.map(
    (year) =>
      gaps
        .filter((gap) => gap.year === year)
        .map((gap) => gap.place)
        .join('、') + `${year}年`,
  );
  return parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts.at(-1)}` : (parts[0] ?? '');
}

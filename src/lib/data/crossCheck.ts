import { describeFound, type ContentProblem } from './contentError.ts';
import type { ContentSetRows } from './contentSet.ts';
import { datasets, DATASET_NAMES } from './datasets.ts';
import { didYouMean } from './didYouMean.ts';
import type { FieldPath } from './rawItems.ts';
import type { LocatedRow } from './validateRows.ts';

/**
 * Checks that hold across files: unique keys, every reference (source ids, place codes, list
 * and park ids) resolves, cities sit in the province the row names, and city filings add up
 * to the province total.
 */
export function crossCheck(content: ContentSetRows): ContentProblem[] {
  const keys = Object.fromEntries(
    DATASET_NAMES.map((name) => [name, new Set(content[name].map((row) => keyOf(name, row)))]),
  ) as Record<string, Set<string>>;
  return [
    ...DATASET_NAMES.flatMap((name) => duplicateKeys(name, content[name])),
    ...DATASET_NAMES.flatMap((name) => unresolvedRefs(name, content[name], keys)),
    ...DATASET_NAMES.flatMap((name) =>
      citiesOutsideProvince(content[name] as LocatedRow<Record<string, unknown>>[], content),
    ),
    ...filingSums(content),
  ];
}

function keyOf(name: keyof typeof datasets, row: LocatedRow<unknown>): string {
  return (datasets[name].key as (data: unknown) => string)(row.data);
}

const where = (row: LocatedRow<unknown>, path: FieldPath = []) => ({
  file: row.file,
  line: row.item.lineOf(path),
  item: {
    kind: row.file.endsWith('.csv') ? ('row' as const) : ('entry' as const),
    index: row.item.index,
  },
});

function duplicateKeys(name: keyof typeof datasets, rows: LocatedRow<unknown>[]): ContentProblem[] {
  const firstLine = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const row of rows) {
    const key = keyOf(name, row);
    const seen = firstLine.get(key);
    if (seen === undefined) firstLine.set(key, row.item.line);
    else
      problems.push({
        ...where(row),
        field: datasets[name].keyFields,
        expected: `each ${datasets[name].keyFields} to be used only once in the file`,
        found: `"${key}" again (first used on line ${seen})`,
      });
  }
  return problems;
}

/** Every concrete path and value matching a pattern such as `claims.*.sources`. */
export function valuesAt(value: unknown, pattern: string): { path: FieldPath; value: unknown }[] {
  let matches: { path: FieldPath; value: unknown }[] = [{ path: [], value }];
  for (const step of pattern.split('.')) {
    matches = matches.flatMap(({ path, value: current }) => {
      if (step === '*')
        return Array.isArray(current)
          ? current.map((v, i) => ({ path: [...path, i], value: v }))
          : [];
      if (current === null || typeof current !== 'object') return [];
      const next = (current as Record<string, unknown>)[step];
      return next === undefined ? [] : [{ path: [...path, step], value: next }];
    });
  }
  // A field holding a list of ids is checked id by id.
  return matches.flatMap((m) =>
    Array.isArray(m.value) ? m.value.map((v, i) => ({ path: [...m.path, i], value: v })) : [m],
  );
}

function unresolvedRefs(
  name: keyof typeof datasets,
  rows: LocatedRow<unknown>[],
  keys: Record<string, Set<string>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [pattern, target] of Object.entries(datasets[name].refs)) {
    const known = keys[target] ?? new Set<string>();
    const targetFile = `content/${datasets[target as keyof typeof datasets].file}`;
    for (const row of rows) {
      for (const { path, value } of valuesAt(row.data, pattern)) {
        if (value === null || known.has(String(value))) continue;
        const guess = didYouMean(String(value), known);
        problems.push({
          ...where(row, path),
          field: path.filter((p) => typeof p === 'string').join('.'),
          expected:
            target === 'places'
              ? `a place code listed in ${targetFile}`
              : `an id listed in ${targetFile}`,
          found: `an unknown ${target === 'places' ? 'code' : 'id'} ${describeFound(String(value))}`,
          hint: guess ? `did you mean "${guess}"?` : `add it to ${targetFile} first`,
        });
      }
    }
  }
  return problems;
}

function citiesOutsideProvince(
  rows: LocatedRow<Record<string, unknown>>[],
  content: ContentSetRows,
): ContentProblem[] {
  const parentOf = new Map(content.places.map((p) => [p.data.code, p.data.parent]));
  const provinceOf = (code: string): string | undefined => {
    let current: string | undefined = code;
    for (let depth = 0; current !== undefined && depth < 4; depth++) {
      const parent = parentOf.get(current);
      if (parent === undefined) return current;
      current = parent;
    }
    return current;
  };
  return rows.flatMap((row) => {
    const { province, city } = row.data;
    if (typeof province !== 'string' || typeof city !== 'string' || !parentOf.has(city)) return [];
    const actual = provinceOf(city);
    if (actual === province) return [];
    return [
      {
        ...where(row, ['city']),
        field: 'city',
        expected: `a city in province ${province}`,
        found: `${city}, which belongs to ${actual}`,
      },
    ];
  });
}

function filingSums(content: ContentSetRows): ContentProblem[] {
  return content.filingProvinces.flatMap((row) => {
    const { province, batches, services } = row.data;
    const cities = content.filingCities.filter(
      (c) => c.data.province === province && c.data.batches === batches,
    );
    if (services === null || cities.length === 0) return [];
    const sum = cities.reduce((total, c) => total + c.data.services, 0);
    if (sum === services) return [];
    return [
      {
        ...where(row, ['services']),
        field: 'services',
        expected: `the province total to equal the sum of its cities in content/${datasets.filingCities.file} (${sum})`,
        found: String(services),
      },
    ];
  });
}

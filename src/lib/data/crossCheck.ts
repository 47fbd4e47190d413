import { checkDataCorrections } from '../corrections/dataCorrections.ts';
import { describeFound, type ContentProblem } from './contentError.ts';
import type { LoadedDataset, Row } from './contentSet.ts';
import { referenceTarget, type Column } from './declaration.ts';
import { rowKey } from './datasets.ts';
import { didYouMean } from './didYouMean.ts';
import type { FieldPath } from './rawItems.ts';
import type { LocatedRow } from './validateRows.ts';

type Datasets = ReadonlyMap<string, LoadedDataset>;

/**
 * Checks that hold across files: unique keys, every reference a declaration makes (place codes,
 * source ids, other datasets' keys) resolves, cities sit in the province the row names, and rows
 * add up to the totals their declaration says they make, and each data correction names a real
 * value (corrections/dataCorrections.ts).
 */
export function crossCheck(datasets: Datasets): ContentProblem[] {
  const keys = new Map(
    [...datasets.values()].map((d) => [
      d.name,
      new Set(d.rows.map((row) => rowKey(d.declaration, row.data))),
    ]),
  );
  const all = [...datasets.values()];
  return [
    ...all.flatMap(duplicateKeys),
    ...all.flatMap((d) => unresolvedRefs(d, keys, datasets)),
    ...all.flatMap((d) => citiesOutsideProvince(d, datasets)),
    ...all.flatMap((d) => totalsThatDoNotAddUp(d, datasets)),
    ...checkDataCorrections(datasets),
  ];
}

const where = (row: LocatedRow<unknown>, path: FieldPath = []) => ({
  file: row.file,
  line: row.item.lineOf(path),
  item: {
    kind: row.file.endsWith('.csv') ? ('row' as const) : ('entry' as const),
    index: row.item.index,
  },
});

function keyFields(dataset: LoadedDataset): string {
  const { key } = dataset.declaration;
  return typeof key === 'string' ? key : key.join(' + ');
}

function duplicateKeys(dataset: LoadedDataset): ContentProblem[] {
  const firstLine = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const row of dataset.rows) {
    const key = rowKey(dataset.declaration, row.data);
    const seen = firstLine.get(key);
    if (seen === undefined) firstLine.set(key, row.item.line);
    else
      problems.push({
        ...where(row),
        field: keyFields(dataset),
        expected: `each ${keyFields(dataset)} to be used only once in the file`,
        found: `"${key}" again (first used on line ${seen})`,
      });
  }
  return problems;
}

/** Every reference a declaration makes: a path pattern (`*` = every list item) → dataset. */
export function referencePaths(columns: Record<string, Column>): [string, string][] {
  return Object.entries(columns).flatMap(([name, column]) => {
    const inner = Object.entries(column.fields ?? {}).flatMap(([field, c]) => {
      const target = referenceTarget(c);
      return target ? [[`${name}.*.${field}`, target] as [string, string]] : [];
    });
    const target =
      column.type === 'list' && column.of
        ? referenceTarget({ type: column.of })
        : referenceTarget(column);
    return target ? [[name, target] as [string, string], ...inner] : inner;
  });
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
  dataset: LoadedDataset,
  keys: ReadonlyMap<string, Set<string>>,
  datasets: Datasets,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [pattern, target] of referencePaths(dataset.declaration.columns)) {
    const known = keys.get(target) ?? new Set<string>();
    const targetFile = datasets.get(target)?.file ?? target;
    for (const row of dataset.rows) {
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

/** The province a place code belongs to, following parents in places. */
export function provinceOfCode(code: string, parentOf: ReadonlyMap<string, unknown>): string {
  let current = code;
  for (let depth = 0; depth < 4; depth++) {
    const parent = parentOf.get(current);
    if (typeof parent !== 'string') return current;
    current = parent;
  }
  return current;
}

function citiesOutsideProvince(dataset: LoadedDataset, datasets: Datasets): ContentProblem[] {
  const { province, city } = dataset.declaration.columns;
  if (province?.type !== 'place' || city?.type !== 'place') return [];
  const parentOf = new Map(
    (datasets.get('places')?.rows ?? []).map((p) => [String(p.data['code']), p.data['parent']]),
  );
  return dataset.rows.flatMap((row) => {
    const { province: p, city: c } = row.data;
    if (typeof p !== 'string' || typeof c !== 'string' || !parentOf.has(c)) return [];
    const actual = provinceOfCode(c, parentOf);
    if (actual === p) return [];
    return [
      {
        ...where(row, ['city']),
        field: 'city',
        expected: `a city in province ${p}`,
        found: `${c}, which belongs to ${actual}`,
      },
    ];
  });
}

function totalsThatDoNotAddUp(dataset: LoadedDataset, datasets: Datasets): ContentProblem[] {
  const rule = dataset.declaration.adds_up_to;
  const totals = rule ? datasets.get(rule.dataset) : undefined;
  if (!rule || !totals) return [];
  const matchKey = (row: Row) => rule.match.map((c) => String(row[c])).join('|');
  const sums = new Map<string, number>();
  for (const { data } of dataset.rows)
    sums.set(matchKey(data), (sums.get(matchKey(data)) ?? 0) + Number(data[rule.column] ?? 0));
  return totals.rows.flatMap((row) => {
    const total = row.data[rule.column];
    const sum = sums.get(matchKey(row.data));
    if (typeof total !== 'number' || sum === undefined || sum === total) return [];
    return [
      {
        ...where(row, [rule.column]),
        field: rule.column,
        expected: `the total to equal the sum of the rows with the same ${rule.match.join(' and ')} in ${dataset.file} (${sum})`,
        found: String(total),
      },
    ];
  });
}

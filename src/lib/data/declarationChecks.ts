/**
 * Checks a dataset declaration for what its schema alone cannot see: an enum needs its values,
 * a reference its dataset, an amount its unit, the key its columns, a column that may be unknown
 * a note column to say why, and a total the dataset and columns it adds up to.
 */
import type { ContentProblem } from './contentError.ts';
import { MONEY_UNITS, keyColumns, type Column, type Declaration } from './declaration.ts';
import { didYouMean } from './didYouMean.ts';
import type { FieldPath, RawItem } from './rawItems.ts';

type At = (path: FieldPath) => { file: string; line: number; field: string };

export function checkDeclaration(
  file: string,
  declaration: Declaration,
  item: RawItem,
  datasetNames: readonly string[],
): ContentProblem[] {
  const at: At = (path) => ({ file, line: item.lineOf(path), field: path.join('.') });
  const columns = Object.keys(declaration.columns);
  const problems = Object.entries(declaration.columns).flatMap(([name, column]) => [
    ...checkColumn(column, ['columns', name], at, columns, datasetNames),
    ...Object.entries(column.fields ?? {}).flatMap(([inner, innerColumn]) =>
      checkColumn(innerColumn, ['columns', name, 'fields', inner], at, columns, datasetNames),
    ),
  ]);
  keyColumns(declaration).forEach((column, i) => {
    const path = typeof declaration.key === 'string' ? ['key'] : ['key', i];
    problems.push(...unknownColumn(column, columns, at(path)));
  });
  problems.push(...noteColumnProblems(declaration, at));
  const unknownAllowed = Object.entries(declaration.columns).find(([, c]) => c.unknown);
  const hasNote = Object.values(declaration.columns).some((c) => c.type === 'note');
  if (unknownAllowed && !hasNote)
    problems.push({
      ...at(['columns', unknownAllowed[0], 'unknown']),
      expected: 'a column of type note, where a row says why a value is unknown',
      found: 'no note column',
      hint: 'add  note: { type: note, label: 说明 }',
    });
  const total = declaration.adds_up_to;
  if (total) {
    if (!datasetNames.includes(total.dataset))
      problems.push(
        ...unknownName(total.dataset, datasetNames, at(['adds_up_to', 'dataset']), 'dataset'),
      );
    for (const [i, column] of [total.column, ...total.match].entries())
      problems.push(
        ...unknownColumn(
          column,
          columns,
          at(i === 0 ? ['adds_up_to', 'column'] : ['adds_up_to', 'match', i - 1]),
        ),
      );
  }
  return problems;
}

function checkColumn(
  column: Omit<Column, 'fields' | 'of'>,
  path: FieldPath,
  at: At,
  columns: readonly string[],
  datasetNames: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (column.type === 'enum' && Object.keys(column.values ?? {}).length === 0)
    problems.push({
      ...at([...path, 'values']),
      expected: 'the allowed values of an enum, each with its Chinese label (value: 标签)',
      found: 'none',
    });
  if (column.type === 'ref' && !datasetNames.includes(column.to ?? ''))
    problems.push(
      ...unknownName(column.to, datasetNames, at([...path, 'to']), 'dataset this column refers to'),
    );
  if (column.type === 'amount' && !MONEY_UNITS.includes(column.unit as never))
    problems.push({
      ...at([...path, 'unit']),
      expected: `the unit of an amount: ${MONEY_UNITS.join(', ')}`,
      found: column.unit ? `"${column.unit}"` : 'nothing',
    });
  if (column.pattern !== undefined && !isRegExp(column.pattern))
    problems.push({
      ...at([...path, 'pattern']),
      expected: 'a valid pattern',
      found: `"${column.pattern}"`,
    });
  for (const field of Object.keys(column.required_unless ?? {}))
    problems.push(...unknownColumn(field, columns, at([...path, 'required_unless', field])));
  return problems;
}

function unknownColumn(
  column: string,
  columns: readonly string[],
  where: ReturnType<At>,
): ContentProblem[] {
  if (columns.includes(column)) return [];
  const guess = didYouMean(column, columns);
  return [
    {
      ...where,
      expected: `a column of this dataset (${columns.join(', ')})`,
      found: `"${column}"`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ];
}

function unknownName(
  name: string | undefined,
  names: readonly string[],
  where: ReturnType<At>,
  what: string,
): ContentProblem[] {
  const guess = name ? didYouMean(name, names) : undefined;
  return [
    {
      ...where,
      expected: `the ${what} (${names.join(', ')})`,
      found: name ? `"${name}"` : 'nothing',
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    },
  ];
}

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** Note columns: `note` for readers, `internal_note` for the newsroom (declared internal). */
function noteColumnProblems(declaration: Declaration, at: At): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const notes = Object.entries(declaration.columns).filter(([, c]) => c.type === 'note');
  for (const [name] of notes.filter(([name]) => name !== 'note' && name !== 'internal_note'))
    problems.push({
      ...at(['columns', name, 'type']),
      expected:
        'a note column named note (for readers) or internal_note (for the newsroom, internal: true)',
      found: `a note column named "${name}"`,
      hint: `rename it to note or internal_note`,
    });
  const internalNote = declaration.columns['internal_note'];
  if (internalNote && !internalNote.internal)
    problems.push({
      ...at(['columns', 'internal_note']),
      expected: 'internal_note to be declared internal: true (readers never see it)',
      found: 'no internal: true',
      hint: 'add  internal: true',
    });
  return problems;
}

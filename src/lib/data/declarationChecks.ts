/**
 * Checks a dataset declaration for what its schema alone cannot see: an enum needs its values,
 * a reference its dataset, an amount its unit, the key its columns, and a column that may be
 * unknown a note column to say why.
 */
import type { ContentProblem } from './contentError.ts';
import { MONEY_UNITS, keyColumns, type Column, type Declaration } from './declaration.ts';
import { didYouMean } from './didYouMean.ts';
import type { FieldPath, RawItem } from './rawItems.ts';

export function checkDeclaration(
  file: string,
  declaration: Declaration,
  item: RawItem,
  datasetNames: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: FieldPath) => ({ file, line: item.lineOf(path), field: path.join('.') });
  const columns = Object.keys(declaration.columns);
  const checkColumn = (column: Column, path: FieldPath) => {
    if (column.type === 'enum' && Object.keys(column.values ?? {}).length === 0)
      problems.push({
        ...at([...path, 'values']),
        expected: 'the allowed values of an enum, each with its Chinese label (value: 标签)',
        found: 'none',
      });
    if (column.type === 'ref' && !datasetNames.includes(column.to ?? '')) {
      const guess = column.to ? didYouMean(column.to, datasetNames) : undefined;
      problems.push({
        ...at([...path, 'to']),
        expected: `the dataset this column refers to (${datasetNames.join(', ')})`,
        found: column.to ? `"${column.to}"` : 'nothing',
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      });
    }
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
      if (!columns.includes(field))
        problems.push({
          ...at([...path, 'required_unless', field]),
          expected: `a column of this dataset (${columns.join(', ')})`,
          found: `"${field}"`,
        });
  };
  for (const [name, column] of Object.entries(declaration.columns)) {
    checkColumn(column, ['columns', name]);
    for (const [inner, innerColumn] of Object.entries(column.fields ?? {}))
      checkColumn(innerColumn, ['columns', name, 'fields', inner]);
  }
  keyColumns(declaration).forEach((column, i) => {
    if (columns.includes(column)) return;
    const guess = didYouMean(column, columns);
    problems.push({
      ...at(typeof declaration.key === 'string' ? ['key'] : ['key', i]),
      expected: `a column of this dataset (${columns.join(', ')})`,
      found: `"${column}"`,
      ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
    });
  });
  const unknownAllowed = Object.entries(declaration.columns).find(([, c]) => c.unknown);
  const hasNote = Object.values(declaration.columns).some((c) => c.type === 'note');
  if (unknownAllowed && !hasNote)
    problems.push({
      ...at(['columns', unknownAllowed[0], 'unknown']),
      expected: 'a column of type note, where a row says why a value is unknown',
      found: 'no note column',
      hint: 'add  note: { type: note, label: 说明 }',
    });
  return problems;
}

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

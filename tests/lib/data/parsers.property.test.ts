// Random and malformed input never crashes the parsers or the validator: it always ends in
// rows or in problems that name the file and a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/data/contentError.ts';
import { loadContentSet } from '../../../src/lib/data/contentSet.ts';
import { parseCsvTable } from '../../../src/lib/data/parseCsv.ts';
import { parseYamlList } from '../../../src/lib/data/parseYaml.ts';
import { validateRows } from '../../../src/lib/data/validateRows.ts';
import { parkSchema, filingCitySchema } from '../../support/schemas.ts';
import { fixtureFiles } from '../../support/fixtureContent.ts';

const named = (problems: { file: string; line?: number }[]) =>
  problems.every((p) => p.file === 'f' && (p.line === undefined || p.line >= 1));
const csvText = fc
  .array(
    fc.array(
      fc.oneof(fc.string(), fc.constantFrom('"', ',', '\n', '１２', 'null', '430000', '-1')),
      { maxLength: 7 },
    ),
    { maxLength: 6 },
  )
  .map((rows) => rows.map((r) => r.join(',')).join('\n'));
const yamlText = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.constantFrom(
        '- id: a',
        '  level: city',
        '  date: 2019-02-30',
        ':',
        '  - ',
        '"',
        '  sources: [x',
        'province: 430000',
        '\t',
      ),
      { maxLength: 8 },
    )
    .map((l) => l.join('\n')),
);

describe('parsers under random input', () => {
  it('CSV: never throws; rows or located problems', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const { parsed, problems } = parseCsvTable('f', text);
        if (parsed)
          validateRows(parsed, filingCitySchema).problems.forEach((p) =>
            expect(p.line).toBeGreaterThanOrEqual(1),
          );
        return parsed !== undefined || (problems.length > 0 && named(problems));
      }),
      { numRuns: 300 },
    );
  });

  it('YAML: never throws; entries or located problems', () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const { parsed, problems } = parseYamlList('f', text);
        if (parsed)
          validateRows(parsed, parkSchema).problems.forEach((p) =>
            expect(p.line).toBeGreaterThanOrEqual(1),
          );
        return parsed !== undefined || (problems.length > 0 && named(problems));
      }),
      { numRuns: 300 },
    );
  });

  it('the whole content set: any file replaced by junk gives a ContentError, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, yamlText), (junk) => {
        try {
          loadContentSet(
            fixtureFiles({ 'content/data/parks.yaml': junk, 'content/data/gdp.csv': junk }),
          );
        } catch (error) {
          return error instanceof ContentError && error.problems.length > 0;
        }
        return false;
      }),
      { numRuns: 100 },
    );
    // A hundred loads of the whole set: generous on a busy two-core machine.
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/contentError.ts';
import { parseCsvTable } from '../../../src/lib/data/parseCsv.ts';
import { parseYamlList } from '../../../src/lib/data/parseYaml.ts';
import { validateRows } from '../../../src/lib/data/validateRows.ts';
import { parkSchema, gdpSchema, filingCitySchema } from '../../support/schemas.ts';

const park = `- id: loudi
  name_zh: 娄底市区块链产业园
  name_en: Loudi park
  province: 430000
  city: 431300
  level: city
  date: 2018-05-15
  in_period: true
  sources: [seed]
`;

function yamlProblems(text: string) {
  const { parsed, problems } = parseYamlList('parks.yaml', text);
  if (!parsed) return problems;
  return validateRows(parsed, parkSchema).problems;
}

describe('validateRows', () => {
  it('accepts a valid entry and turns bare codes into text', () => {
    const { parsed } = parseYamlList('parks.yaml', park);
    const { rows, problems } = validateRows(parsed!, parkSchema);
    expect(problems).toEqual([]);
    expect(rows[0]?.data).toMatchObject({ province: '430000', city: '431300', date: '2018-05-15' });
  });

  it('names the line, entry and field of a wrong value with what was expected and found', () => {
    const [problem] = yamlProblems(park.replace('level: city', 'level: town'));
    expect(problem).toMatchObject({
      line: 6,
      item: { kind: 'entry', index: 1 },
      field: 'level',
      found: '"town"',
    });
    expect(formatProblem(problem!)).toBe(
      'parks.yaml:6 (entry 1), field "level": expected one of: national, provincial, city, district; found "town".',
    );
  });

  it('rejects an unknown field and proposes the known one it resembles', () => {
    const [problem] = yamlProblems(park.replace('level: city', 'levle: city'));
    const texts = yamlProblems(park.replace('level: city', 'levle: city')).map(formatProblem);
    expect(
      texts.some((t) => t.includes('unknown field "levle"') && t.includes('did you mean "level"')),
    ).toBe(true);
    expect(problem?.line).toBeGreaterThan(0);
  });

  it('names a missing required field', () => {
    const problems = yamlProblems(park.replace('  in_period: true\n', ''));
    expect(problems).toMatchObject([
      { field: 'in_period', found: 'nothing (the field is missing)', line: 1 },
    ]);
  });

  it('rejects impossible dates and gives the fix for Chinese and full-width dates', () => {
    expect(yamlProblems(park.replace('2018-05-15', '2019-02-30'))[0]).toMatchObject({
      field: 'date',
      expected: 'a date that exists in the calendar',
    });
    expect(yamlProblems(park.replace('2018-05-15', '２０２０年４月２３日'))[0]?.hint).toContain(
      '2020-04-23',
    );
  });

  it('requires a note wherever a value is unknown', () => {
    const problems = yamlProblems(park.replace('level: city', 'level: null'));
    expect(problems).toMatchObject([
      { field: 'note', expected: 'a note saying why "level" is unknown (null)' },
    ]);
    expect(
      yamlProblems(park.replace('level: city', 'level: null\n  note: 来源未写明级别')),
    ).toEqual([]);
  });

  it('converts CSV cells by column and reports negative counts and full-width digits', () => {
    const csv =
      'province,city,batches,services,sources,note\n430000,430100,1-3,-3,seed,\n430000,431300,1-3,１２,seed,\n';
    const { parsed } = parseCsvTable('cities.csv', csv);
    const { problems } = validateRows(parsed!, filingCitySchema);
    expect(problems).toMatchObject([
      { line: 2, item: { kind: 'row', index: 1 }, field: 'services', found: '-3' },
      { line: 3, item: { kind: 'row', index: 2 }, field: 'services', found: '"１２"' },
    ]);
    expect(problems[0]?.expected).toMatch(/cannot be negative/);
    expect(problems[1]?.hint).toContain('12');
  });

  it('reports unknown and missing CSV columns once, on the header line', () => {
    const csv =
      'province,year,vintage,gdp_yi,growth,published,sources\n430000,2019,revised,1,2,2020,seed\n';
    const { parsed } = parseCsvTable('gdp.csv', csv);
    const { problems } = validateRows(parsed!, gdpSchema);
    expect(problems.map((p) => [p.line, p.field, p.hint ?? p.found])).toEqual([
      [1, 'growth', 'did you mean "growth_pct"?'],
      [1, 'growth_pct', 'no such column'],
    ]);
  });

  it('reads an empty CSV cell as missing, not as zero', () => {
    const csv = 'province,city,batches,services,sources,note\n430000,430100,1-3,,seed,\n';
    const { parsed } = parseCsvTable('cities.csv', csv);
    expect(validateRows(parsed!, filingCitySchema).problems).toMatchObject([
      { field: 'services', found: 'an empty cell' },
    ]);
  });
});

describe('one problem per mistake', () => {
  it('reports a Chinese date once, with its fix', () => {
    const problems = yamlProblems(park.replace('2018-05-15', '2018年5月15日'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.hint).toContain('2018-05-15');
  });
});

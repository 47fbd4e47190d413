import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../../src/lib/data/parseYaml.ts';

const text = `# a comment
- id: one
  sources: [a, b]
- id: two
  leaders:
    - province: 110000
      services: 87
`;

describe('parseYamlList', () => {
  it('returns entries with the line of the entry and of any field inside it', () => {
    const { parsed, problems } = parseYamlList('x.yaml', text);
    expect(problems).toEqual([]);
    const [one, two] = parsed?.items ?? [];
    expect(one?.line).toBe(2);
    expect(one?.lineOf(['sources'])).toBe(3);
    expect(two?.lineOf(['leaders', 0, 'services'])).toBe(7);
    expect(two?.lineOf(['missing_field'])).toBe(4);
    expect(two?.value).toEqual({ id: 'two', leaders: [{ province: 110000, services: 87 }] });
  });

  it('reports an unclosed list on the line that opens it, not where the parser gives up', () => {
    const { problems } = parseYamlList('x.yaml', '- id: one\n  name: [unclosed\n- id: two\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.yaml', line: 2, found: 'no closing ]' });
  });

  it('rejects a repeated key in one entry', () => {
    const { problems } = parseYamlList('x.yaml', '- id: one\n  id: two\n');
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, field: 'id', expected: 'each field once in an entry' }),
    ]);
  });

  it('rejects an empty file, a file of comments and a top level that is not a list', () => {
    expect(parseYamlList('x.yaml', '').problems[0]?.found).toMatch(/empty file/);
    expect(parseYamlList('x.yaml', '# only a comment\n').problems[0]?.found).toMatch(/empty file/);
    expect(parseYamlList('x.yaml', 'id: one\n').problems[0]?.expected).toMatch(/list of entries/);
  });
});

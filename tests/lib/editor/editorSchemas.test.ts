// The editor schemas (.vscode/schemas/, written by `npm run schemas`): the committed files are
// what the generator writes from today's content, every content file passes its schema, and
// known mistakes fail where the editor would underline them. Validated with a JSON Schema
// validator (ajv), as the YAML extension in VS Code would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  editorContent,
  editorSchemaFiles,
  SCHEMA_DIR,
  yamlSchemasSetting,
  type EditorSchemaFile,
} from '../../../src/lib/editor/editorSchemas.ts';
import { projectFiles } from '../../../src/server/content.ts';

const root = join(import.meta.dirname, '../../..');
const { content } = editorContent(projectFiles(root));
const files = editorSchemaFiles(content);
const STALE = 'the editor schemas are out of date: run npm run schemas and commit .vscode/';

// Draft-07 with the editor's own keywords (enumDescriptions, errorMessage…) ignored.
const ajv = new Ajv({ allErrors: true, strict: false } as ConstructorParameters<typeof Ajv>[0]);
const validators = new Map(files.map((f) => [f.name, ajv.compile(f.schema)]));

/** The schema file that applies to a content file, by the globs of the VS Code setting. */
function schemaFor(path: string): EditorSchemaFile {
  const matches = (glob: string) =>
    new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path);
  const file = files.find((f) => f.globs.some(matches));
  if (!file) throw new Error(`no editor schema applies to ${path}`);
  return file;
}

/** The problems the schema finds in a YAML text, as "path: message" lines. */
function problems(path: string, text: string): string[] {
  const validate = validators.get(schemaFor(path).name);
  if (!validate) throw new Error(`no validator for ${path}`);
  if (validate(parse(text))) return [];
  return (validate.errors ?? []).map(
    (e) => `${pathOf(e)}: ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

/** Where an error is, as a dotted path (`columns.gdp_yi.type`, `0.date`), whichever ajv reports. */
function pathOf(error: object): string {
  const pointer = (error as { instancePath?: string }).instancePath;
  if (pointer !== undefined) return pointer.slice(1).replaceAll('/', '.');
  const dataPath = (error as { dataPath?: string }).dataPath ?? '';
  return dataPath
    .replace(/\['([^']*)'\]|\[(\d+)\]/g, (_, key: string, index: string) => `.${key ?? index}`)
    .replace(/^\./, '');
}

describe('the committed editor schemas', () => {
  it('are what npm run schemas writes from the content today', () => {
    const dir = join(root, SCHEMA_DIR);
    const committed = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    expect(committed.sort(), STALE).toEqual(files.map((f) => f.name).sort());
    for (const file of files) {
      const text = readFileSync(join(dir, file.name), 'utf8');
      expect(JSON.parse(text), `${file.name}: ${STALE}`).toEqual(file.schema);
    }
  });

  it('are mapped to their files in .vscode/settings.json, with the YAML extension recommended', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas'], STALE).toEqual(yamlSchemasSetting(files));
    const extensions = JSON.parse(readFileSync(join(root, '.vscode/extensions.json'), 'utf8'));
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
  });
});

describe('every content file passes its editor schema', () => {
  const list = (dir: string, keep: RegExp) =>
    readdirSync(join(root, dir))
      .filter((f) => keep.test(f))
      .map((f) => `${dir}/${f}`);
  const paths = [
    ...list('content/charts', /\.ya?ml$/),
    ...list('content/data', /\.ya?ml$/),
    'content/sources.yaml',
    'content/sources.schema.yaml',
  ];
  it.each(paths)('%s', (path) => {
    expect(problems(path, readFileSync(join(root, path), 'utf8'))).toEqual([]);
  });

  it('covers every chart, declaration and YAML dataset', () => {
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) expect(() => schemaFor(path)).not.toThrow();
  });
});

describe('known mistakes fail their editor schema', () => {
  const chart = (lines: string) =>
    problems('content/charts/x.yaml', `title: 备案数\n${lines}`).join('\n');
  const metric = (lines: string) =>
    chart(`kind: bar\nmetrics:\n  - id: a\n    data: filings-provinces\n${lines}`);

  it('a kind that is not one of the kinds, as written in lower case', () => {
    expect(chart('kind: Bar\nmetrics: []')).toMatch(/^kind: .*allowedValues.*"bar"/m);
  });

  it('a field no chart has, and a field of another kind', () => {
    expect(metric('    value: services\ncolor: red')).toMatch(/additionalProperty":"color"/);
    expect(metric('    value: services\ncolour: red')).toMatch(/^colour: /m);
    expect(metric('    value: services\ncities: [430100]')).toMatch(/^cities: /m);
  });

  it('a column the dataset does not have, or one that cannot be added up', () => {
    expect(metric('    value: servics')).toMatch(/^metrics\.0\.value: .*allowedValues/m);
    expect(metric('    value: batches')).toMatch(/^metrics\.0\.value: /m);
    expect(metric('    value: services\n    where: { provnce: 430000 }')).toMatch(
      /^metrics\.0\.where/m,
    );
    expect(metric('    value: services')).toBe('');
  });

  it('a dataset that does not exist, and a place code that is not listed', () => {
    expect(chart('kind: table\ndata: filings-province')).toMatch(/^data: .*allowedValues/m);
    expect(metric('    value: services\nhighlight: 439000')).toMatch(/^highlight: /m);
    expect(metric('    value: services\nhighlight: 430000')).toBe('');
  });

  // Bad files of the failure-mode fixtures (tests/fixtures/bad) that a schema can see: the
  // editor underlines them before the check runs. Cross-file mistakes (an unknown source id, a
  // key used twice) and the calendar (2020-02-30) are left to npm run check.
  const bad: [fixture: string, target: string, where: RegExp][] = [
    ['wrong-type.yaml', 'content/data/project-lists.yaml', /^0\.projects_total: /m],
    ['unknown-field.yaml', 'content/data/parks.yaml', /additionalProperty":"levle"/],
    ['missing-field.yaml', 'content/data/events.yaml', /missingProperty":"gloss_en"/],
    ['negative-amount.yaml', 'content/data/key-projects.yaml', /^0\.investment_yi: /m],
    ['chinese-date.yaml', 'content/data/events.yaml', /^0\.date: /m],
    ['one-claim.yaml', 'content/data/conflicts.yaml', /^0\.claims: /m],
    ['enum-case.yaml', 'content/data/parks.yaml', /^0\.level: .*allowedValues/m],
    [
      'unknown-column-type.schema.yaml',
      'content/data/gdp.schema.yaml',
      /^columns\.gdp_yi\.type: .*allowedValues/m,
    ],
    [
      'ref-unknown-dataset.schema.yaml',
      'content/data/key-projects.schema.yaml',
      /^columns\.list\.to: .*allowedValues/m,
    ],
  ];
  it.each(bad)('%s', (fixture, target, where) => {
    const text = readFileSync(join(root, 'tests/fixtures/bad', fixture), 'utf8');
    expect(problems(target, text).join('\n')).toMatch(where);
  });

  it('a null without a note, and a field left out that is required unless another says so', () => {
    const event = (extra: string, level = 'provincial') =>
      problems(
        'content/data/events.yaml',
        `- id: x\n  date: 2020\n  level: ${level}\n  kind: plan\n  about_blockchain: true\n  issuer_zh: 某厅\n  summary_zh: 某事。\n  gloss_en: x\n  sources: [a]\n${extra}`,
      ).join('\n');
    expect(event('  province: 430000\n  title_zh: 标题')).toBe('');
    expect(event('  province: 430000\n  title_zh: null')).toMatch(/missingProperty":"note"/);
    expect(event('  province: 430000\n  title_zh: null\n  note: 没有标题。')).toBe('');
    expect(event('  title_zh: 标题')).toMatch(/missingProperty":"province"/);
    expect(event('  title_zh: 标题', 'national')).toBe('');
  });
});

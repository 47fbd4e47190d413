// Writes the editor schemas (`npm run schemas`): JSON Schemas of chart files, declarations and
// YAML datasets into .vscode/schemas/, and their mapping into .vscode/settings.json, so that VS
// Code with the YAML extension (redhat.vscode-yaml) completes fields and values and underlines
// mistakes while a journalist types. Run it after adding a dataset, a column or a place; a test
// fails when the committed schemas differ from what this writes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  editorContent,
  editorSchemaFiles,
  SCHEMA_DIR,
  yamlSchemasSetting,
} from '../src/lib/editor/editorSchemas.ts';
import { projectFiles } from '../src/server/content.ts';

const root = process.cwd();
const { content, problems } = editorContent(projectFiles(root));
const files = editorSchemaFiles(content);

const dir = join(root, SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
const names = new Set(files.map((f) => f.name));
for (const old of readdirSync(dir))
  if (old.endsWith('.schema.json') && !names.has(old)) rmSync(join(dir, old));
// Formatted as the repository formats JSON, so a change to a schema reads as a short diff.
const options = { ...(await resolveConfig(join(root, 'package.json'))), parser: 'json' };
for (const file of files)
  writeFileSync(join(dir, file.name), await format(JSON.stringify(file.schema), options));

// Other settings in the file are kept; only the schema mapping is rewritten.
const settingsPath = join(root, '.vscode/settings.json');
const settings = existsSync(settingsPath)
  ? (JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>)
  : {};
settings['yaml.schemas'] = yamlSchemasSetting(files);
writeFileSync(settingsPath, await format(JSON.stringify(settings), options));

console.log(`wrote ${files.length} schemas to ${SCHEMA_DIR}/ and .vscode/settings.json`);
if (problems.length > 0)
  console.warn(
    `${problems.length} content problem(s) left some files without a schema: run npm run check`,
  );

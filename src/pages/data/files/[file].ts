import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import type { Declaration } from '../../../lib/data/declaration.ts';
import { publicFileText } from '../../../lib/data/publicFile.ts';
import { getContent } from '../../../server/content.ts';

/**
 * Every data file and its declaration: readers get the rows the site uses, without the columns
 * declared internal (the newsroom's notes).
 */
export const getStaticPaths = (() =>
  [...getContent().datasets.values()]
    .flatMap((d) => [
      { path: d.file, declaration: d.declaration },
      { path: d.declarationFile, declaration: undefined },
    ])
    .map((props) => ({
      params: { file: props.path.replace(/^.*\//, '') },
      props,
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { path, declaration } = props as { path: string; declaration?: Declaration };
  const type = path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/yaml; charset=utf-8';
  const text = readFileSync(path, 'utf8');
  const body = declaration ? publicFileText(path, text, declaration) : text;
  return new Response(body, { headers: { 'content-type': type } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getContent } from '../../../server/content.ts';

/** Every data file and its declaration, served as they are: readers get exactly what the site uses. */
export const getStaticPaths = (() =>
  [...getContent().datasets.values()]
    .flatMap((d) => [d.file, d.declarationFile])
    .map((path) => ({
      params: { file: path.replace(/^.*\//, '') },
      props: { path },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  const type = path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/yaml; charset=utf-8';
  return new Response(readFileSync(path, 'utf8'), { headers: { 'content-type': type } });
};

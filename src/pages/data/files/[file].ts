import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { datasets, DATASET_NAMES } from '../../../lib/data/datasets.ts';

/** Every content data file, served as it is, so readers can download exactly what the site uses. */
export const getStaticPaths = (() =>
  DATASET_NAMES.map((name) => ({
    params: { file: datasets[name].file.replace(/^data\//, '') },
    props: { path: `content/${datasets[name].file}` },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  const type = path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/yaml; charset=utf-8';
  return new Response(readFileSync(path, 'utf8'), { headers: { 'content-type': type } });
};

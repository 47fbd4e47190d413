/**
 * A browser script served as its own file: bundled from src/client at build time, so it can
 * share validators with the pages, and a file rather than an inline script, so the strict CSP
 * needs no hash.
 */
import { build } from 'esbuild';

export async function bundledScript(entryPoint: string): Promise<Response> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}

import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * The embed pages' theme switch, bundled from src/client/embedTheme.ts at build time so that it
 * shares the theme validator with the embed codes (src/lib/embed/params.ts). A file, not an
 * inline script, so the embeds' strict CSP needs no hash.
 */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: ['src/client/embedTheme.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};

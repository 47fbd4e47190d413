import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * The host-side loader, bundled from src/client/embedLoader.ts at build time so that it shares
 * the message validator with the embed pages (src/lib/embed/messages.ts).
 */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: ['src/client/embedLoader.ts'],
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

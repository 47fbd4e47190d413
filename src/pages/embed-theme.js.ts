import type { APIRoute } from 'astro';
import { bundledScript } from '../server/bundleScript.ts';

/**
 * The embed pages' theme switch, bundled from src/client/embedTheme.ts so that it shares the
 * theme validator with the embed codes (src/lib/embed/params.ts).
 */
export const GET: APIRoute = () => bundledScript('src/client/embedTheme.ts');

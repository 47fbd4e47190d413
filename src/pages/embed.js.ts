import type { APIRoute } from 'astro';
import { bundledScript } from '../server/bundleScript.ts';

/**
 * The host-side loader, bundled from src/client/embedLoader.ts so that it shares the message
 * validator with the embed pages (src/lib/embed/messages.ts).
 */
export const GET: APIRoute = () => bundledScript('src/client/embedLoader.ts');

/**
 * The live preview (`npm run dev`) tells the truth about content/:
 * - a saved file shows on the next page load: Astro's cache of getStaticPaths results is
 *   cleared whenever a file under content/ changes, and the browser is told to reload;
 * - while the content has problems, every page is a 500 page listing them (Chinese labels,
 *   file:line, the fix), never the last good page, and the terminal lists them once;
 * - a content mistake never stops the server, at start or later.
 * Only the dev server runs this (astro:server:setup); nothing of it reaches the build.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { DevEnvironment, RunnableDevEnvironment, ViteDevServer } from 'vite';
import { problemPage, problemReport } from '../../lib/data/problemPage.ts';
import type { PreviewCheck } from './problems.ts';

/** Loaded through the pages' environment, so it shares their content and chart caches. */
const CHECK_MODULE = '/src/server/dev/problems.ts';

/** Requests the preview answers itself: pages (all end in "/") and browser navigations, never
 * Vite's own modules and assets. */
export function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (/^\/(?:@|__|_astro\/|src\/)/.test(path) || path.includes('/node_modules/')) return false;
  return path.endsWith('/') || (request.headers.accept ?? '').includes('text/html');
}

function isRunnable(
  environment: DevEnvironment | undefined,
): environment is RunnableDevEnvironment {
  return environment !== undefined && 'runner' in environment;
}

/** Lists the problems in the terminal once, when they change, and says when they are gone. */
function terminalReport(logger: AstroIntegrationLogger) {
  let reported = '';
  return (problems: PreviewCheck['problems']) => {
    const text = problems.length > 0 ? problemReport(problems) : '';
    if (text === reported) return;
    if (text) logger.error(`\n${text}\n`);
    else logger.info('内容问题已全部修正。');
    reported = text;
  };
}

function sendProblemPage(
  request: IncomingMessage,
  response: ServerResponse,
  problems: PreviewCheck['problems'],
): void {
  response.statusCode = 500;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  // The page loads Vite's client, so it reloads by itself when a file is saved.
  const page = problemPage(problems, { script: '/@vite/client' });
  response.end(request.method === 'HEAD' ? undefined : page);
}

function createPreview(server: ViteDevServer, logger: AstroIntegrationLogger) {
  let seenStamp: string | undefined;

  /** Astro keeps each route's getStaticPaths() result; its own content store clears it with
   * this event, which a data or chart file (read with fs) never triggers. */
  const clearRouteCache = async () => {
    for (const name of ['ssr', 'prerender'])
      server.environments[name]?.hot.send('astro:content-changed', {});
    // The environment's module runner handles the event on its next turn.
    await new Promise((done) => setImmediate(done));
  };

  const report = terminalReport(logger);

  /** The content as it is on disk now; undefined when the check itself failed (code, not
   * content: Astro shows that error as usual). */
  const check = async (): Promise<PreviewCheck | undefined> => {
    const environment = server.environments['ssr'];
    if (!isRunnable(environment)) return undefined;
    try {
      const module = (await environment.runner.import(CHECK_MODULE)) as {
        previewCheck: () => PreviewCheck;
      };
      const result = module.previewCheck();
      if (seenStamp !== undefined && result.stamp !== seenStamp) await clearRouteCache();
      seenStamp = result.stamp;
      report(result.problems);
      return result;
    } catch {
      return undefined;
    }
  };

  const middleware = async (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ): Promise<void> => {
    if (!isPageRequest(request)) return next();
    const result = await check();
    if (!result || result.problems.length === 0) return next();
    sendProblemPage(request, response, result.problems);
  };

  let timer: NodeJS.Timeout | undefined;
  /** A file under content/ or public/images/ was saved, added or removed: check, then reload. */
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await check();
      server.environments['client']?.hot.send({ type: 'full-reload', path: '*' });
    }, 30);
  };

  return { middleware, changed, check };
}

export function livePreview(): AstroIntegration {
  return {
    name: 'live-preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const preview = createPreview(server, logger);
        const content = resolve(server.config.root, 'content') + sep;
        // Story pictures: adding one settles a story's "no such file" problem.
        const pictures = resolve(server.config.root, 'public/images') + sep;
        server.watcher.add(content);
        server.watcher.on('all', (_event, path) => {
          const full = resolve(path);
          if (full.startsWith(content) || full.startsWith(pictures)) preview.changed();
        });
        server.middlewares.use(preview.middleware);
        // Problems at start are listed in the terminal at once, not only on the first page.
        server.httpServer?.once('listening', () => void preview.check());
      },
    },
  };
}

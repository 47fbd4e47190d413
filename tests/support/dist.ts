// Helpers for tests that read the built site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Fails with a clear message when the site has not been built yet. */
export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first.');
}

/** Every built HTML page as a URL path (`/data/`), from dist/. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = `/${relative(DIST, full)}`.replace(/index\.html$/, '');
        pages.push(path);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export function readBuilt(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

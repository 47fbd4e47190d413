/** The files in public/, as the site addresses they are served at (/images/park-gate.jpg). */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listPublicFiles(root = process.cwd()): Set<string> {
  const dir = join(root, 'public');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`),
  );
}

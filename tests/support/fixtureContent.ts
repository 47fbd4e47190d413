// The small valid content set in tests/fixtures/base, loaded through the real loader. Its data
// files are small copies; the declarations beside them are the real ones in content/.
import { join } from 'node:path';
import type { ContentFiles } from '../../src/lib/data/contentSet.ts';
import { loadContentSet } from '../../src/lib/data/contentSet.ts';
import { decodeText } from '../../src/lib/data/decodeText.ts';
import { projectFiles } from '../../src/server/content.ts';

const base = projectFiles(join(import.meta.dirname, '..', 'fixtures', 'base'));
const real = projectFiles(join(import.meta.dirname, '..', '..'));
const DECLARATION = /\.schema\.ya?ml$/;

/**
 * The base fixture's files, with `overrides` (path from the project root → text, or bytes read
 * as the project reads them) on top.
 */
export function fixtureFiles(overrides: Record<string, string | Uint8Array> = {}): ContentFiles {
  const strip = (path: string) => path.replace(/^content\//, '');
  const decode = (path: string, bytes: Uint8Array) => {
    const decoded = decodeText(path, bytes);
    return decoded.problem ? { problem: decoded.problem } : decoded.text;
  };
  return {
    read: (path) => {
      const override = overrides[path];
      if (typeof override === 'string') return override;
      if (override) return decode(path, override);
      return DECLARATION.test(path) ? real.read(path) : base.read(strip(path));
    },
    list: (dir) => {
      const data = new Set([
        ...base.list(strip(dir)),
        ...Object.keys(overrides)
          .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'))
          .map((p) => p.slice(dir.length + 1)),
      ]);
      // The real declaration of each fixture data file.
      const stems = new Set([...data].map((f) => f.replace(/\.(csv|ya?ml)$/, '')));
      const declarations = real
        .list(dir)
        .filter((f) => DECLARATION.test(f) && stems.has(f.replace(DECLARATION, '')));
      return [...new Set([...data, ...declarations])].sort();
    },
  };
}

export function fixtureContent() {
  return loadContentSet(fixtureFiles());
}

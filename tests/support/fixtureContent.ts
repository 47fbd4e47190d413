// The small valid content set in tests/fixtures/base, loaded through the real loader.
import { join } from 'node:path';
import { loadContentSet } from '../../src/lib/data/contentSet.ts';
import { readProjectFile } from '../../src/server/content.ts';

export function fixtureContent() {
  const read = readProjectFile(join(import.meta.dirname, '..', 'fixtures', 'base'));
  return loadContentSet((path) => read(path.replace(/^content\//, '')));
}

/**
 * Reads the editor's site settings (content/site.yaml) and the tile map's layout
 * (content/geo/tiles.yaml) from the project, as text; the checks live in src/lib.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentProblem } from '../lib/data/contentError.ts';
import type { ContentSet } from '../lib/data/contentSet.ts';
import { readTileLayout, TILES_FILE, type TileLayout } from '../lib/geo/tiles.ts';
import { readSiteConfig, SITE_FILE, type SiteConfig } from '../lib/site/siteConfig.ts';

const readText = (root: string, file: string) => {
  const full = resolve(root, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};

export function readSiteSettings(root = process.cwd()): {
  config?: SiteConfig;
  problems: ContentProblem[];
} {
  return readSiteConfig(readText(root, SITE_FILE));
}

export function readTiles(
  content: ContentSet | undefined,
  root = process.cwd(),
): { tiles: TileLayout; problems: ContentProblem[] } {
  // Without valid places the codes cannot be checked; the places' own problems are reported.
  if (!content) return { tiles: new Map(), problems: [] };
  return readTileLayout(
    readText(root, TILES_FILE),
    new Set(content.places.map((p) => p.data.code)),
  );
}

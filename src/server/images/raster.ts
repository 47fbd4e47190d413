/**
 * SVG to PNG at build time, with @resvg/resvg-js and the Noto Sans SC font that npm installs,
 * so a fresh clone needs no system font and the same SVG always gives the same bytes.
 *
 * Two things keep it fast. Each PNG is kept in a cache folder under a hash of everything that
 * decides its bytes (the SVG, the width, the renderer's and the font's versions), so a build that
 * finds the hash draws nothing. And what is drawn is drawn with the font cut down to the
 * characters the images use: resvg reads its font files for every image, and reading two 10 MB
 * files was three quarters of the time (measured: 12 charts in 13.7 s with the whole font, 3.4 s
 * with the subset). A glyph is the same glyph in either file, so the pixels are too.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FAMILY = 'Noto Sans SC';
/** The regular and bold weights: every text of our images is one or the other. */
const WEIGHTS = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];
/** Always in the subset, whatever the images say: printable ASCII. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export function fontFiles(): string[] {
  const dir = packageDir(FONT_PACKAGE);
  return WEIGHTS.map((file) => join(dir, file));
}

/** Where drawn PNGs are kept between builds; IMAGE_CACHE_DIR moves it (tests, the bench). */
export function cacheDir(root = process.cwd()): string {
  return process.env['IMAGE_CACHE_DIR'] ?? join(root, 'node_modules/.cache/chart-images');
}

let inputsStamp: string | undefined;

/** What, besides the SVG and the width, decides a PNG's bytes. */
function rendererStamp(): string {
  if (inputsStamp) return inputsStamp;
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  const fonts = fontFiles().map((file) => `${file.split('/').pop()}:${statSync(file).size}`);
  inputsStamp = [version('@resvg/resvg-js'), version(FONT_PACKAGE), ...fonts].join('|');
  return inputsStamp;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The cache file of the PNG of `svg` at `width` px. */
export function cachedPath(svg: string, width: number): string {
  return join(cacheDir(), `${hash(`${rendererStamp()}\n${width}\n${svg}`)}.png`);
}

/** Every character an SVG can draw: its text with tags removed and character references read. */
export function drawnCharacters(svgs: readonly string[]): string {
  const chars = new Set(ASCII);
  for (const svg of svgs) {
    const text = svg
      .replace(/<[^>]*>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
    for (const ch of text) chars.add(ch);
  }
  return [...chars].sort().join('');
}

/** The two weights cut down to `characters`, kept in the cache folder under their hash. */
export async function fontSubset(characters: string): Promise<string[]> {
  const dir = join(cacheDir(), 'fonts');
  const key = hash(`${rendererStamp()}\n${characters}`);
  mkdirSync(dir, { recursive: true });
  return Promise.all(
    fontFiles().map(async (file, i) => {
      const out = join(dir, `${key}-${i}.ttf`);
      if (!existsSync(out))
        writeAtomically(
          out,
          await subsetFont(readFileSync(file), characters, { targetFormat: 'truetype' }),
        );
      return out;
    }),
  );
}

export interface Rasterized {
  png: Uint8Array<ArrayBuffer>;
  /** false when the PNG came from the cache. */
  drawn: boolean;
}

/** The cached PNG of `svg` at `width` px, if it was drawn before. */
export function fromCache(svg: string, width: number): Rasterized | undefined {
  const file = cachedPath(svg, width);
  return existsSync(file) ? { png: readFileSync(file), drawn: false } : undefined;
}

/**
 * The PNG of `svg` scaled to `width` px, drawn with `fonts` (fontSubset of at least the SVG's
 * characters) unless it is in the cache.
 */
export async function rasterize(svg: string, width: number, fonts: string[]): Promise<Rasterized> {
  const cached = fromCache(svg, width);
  if (cached) return cached;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    background: 'white',
    font: {
      loadSystemFonts: false,
      fontFiles: fonts,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  const png = new Uint8Array(image.asPng());
  mkdirSync(cacheDir(), { recursive: true });
  writeAtomically(cachedPath(svg, width), png);
  return { png, drawn: true };
}

/** Written under a temporary name and renamed, so a build stopped halfway leaves no half file. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

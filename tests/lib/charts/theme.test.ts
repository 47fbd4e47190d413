// The charts' colours and fonts live twice: as CSS tokens for the page and as literals in
// theme.ts for SVG files that must look the same in any viewer. This keeps the two in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOURS, FONT_STACK } from '../../../src/lib/charts/theme.ts';

const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

/** The declarations of the first `:root { … }` block: the tokens, before any override. */
function rootTokens(text: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(text.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  const tokens = new Map<string, string>();
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    if (name && value) tokens.set(name, value);
  return tokens;
}

/** A CSS value as a comparable string: single quotes, single spaces, `, ` between items. */
function normalise(value: string): string {
  return value
    .replace(/"/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .trim()
    .toLowerCase();
}

/** The light value of a token: the first argument of light-dark(), or the value itself. */
function light(name: string): string {
  const value = rootTokens(css).get(name);
  if (value === undefined) throw new Error(`tokens.css has no ${name}`);
  const pair = /^\s*light-dark\(\s*([^,]+?)\s*,/.exec(value);
  return normalise(pair?.[1] ?? value);
}

describe('the chart theme and the CSS tokens', () => {
  it.each([
    ['--color-text', COLOURS.text],
    ['--color-muted', COLOURS.muted],
    ['--color-accent', COLOURS.accent],
  ])('%s in light mode is the charts’ colour', (token, colour) => {
    expect(light(token)).toBe(normalise(colour));
  });

  it('--font-sans is the charts’ font stack', () => {
    expect(light('--font-sans')).toBe(normalise(FONT_STACK));
  });
});

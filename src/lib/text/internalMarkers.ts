/**
 * What must never reach a reader: slugs and ids, file names, raw enum values, column names and
 * the newsroom's own remarks. The build test (tests/build/readerText.test.ts) runs this over the
 * visible text of every page, the search index and the downloads.
 */

export interface Marker {
  /** The text found. */
  found: string;
  /** Why it is not for readers. */
  why: string;
}

const PATTERNS: { re: RegExp; why: string }[] = [
  { re: /\b[\w.-]+\.(?:ya?ml|csv|tsx?|astro|mjs)\b/gi, why: 'a file name' },
  { re: /\[[a-z0-9]+(?:[-_][a-z0-9]+)+\]/g, why: 'a bracketed slug' },
  // A kebab or snake id with letters and digits: seed-01blockchain-2020-05-16, gdp_yi.
  {
    re: /(?<![\w./@-])(?=[a-z0-9_-]*[a-z])(?=[a-z0-9_-]*\d)[a-z0-9]+(?:[-_][a-z0-9]+){2,}(?![\w/-])/g,
    why: 'a slug',
  },
  { re: /(?<![\w./-])[a-z]+_[a-z_]+(?![\w/-])/g, why: 'a field name' },
  { re: /\b(?:TODO|FIXME|XXX|TBD)\b/g, why: 'a to-do marker' },
  { re: /\b(?:null|undefined|NaN|vintage|internal)\b/g, why: 'a raw value or field name' },
  {
    re: /\b(?:re-?source|before publication|a journalist|not recorded|title descriptive|research note|repository)\b/gi,
    why: 'an English newsroom remark',
  },
  { re: /研究中|暗示为0|发布前应|发表前应|见 ?conflicts/g, why: 'a research note' },
];

/** The markers in a text; `ids` are the project's own ids and enum values to look for too. */
export function findMarkers(text: string, ids: ReadonlySet<string> = new Set()): Marker[] {
  // Addresses are where ids legitimately live (links shown as text, embed codes).
  const plain = text.replace(/https?:\/\/\S+/g, ' ');
  const found: Marker[] = [];
  for (const { re, why } of PATTERNS)
    for (const m of plain.matchAll(re)) found.push({ found: m[0], why });
  if (ids.size > 0)
    for (const m of plain.matchAll(/(?<![\w./@-])[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w/-])/g))
      if (ids.has(m[0])) found.push({ found: m[0], why: 'an id or raw value from content/' });
  return found;
}

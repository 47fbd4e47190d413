/**
 * Reads a line of a story as a chart placement. The one form that places a chart is a line of
 * its own reading `::chart{id="filings-map"}`; anything close to it — one or three colons, a
 * space after them, Chart in capitals, full-width ：｛｝＝“” typed with a Chinese keyboard, an id
 * without quotes or without id=, or text before it on the line — would be published as literal
 * text with no chart, so it is read as a mistake to report, with the id that was meant.
 */

export type ChartLine =
  | { kind: 'placement'; id: string }
  | {
      kind: 'near-miss';
      /** The id as written, when one can be read. */
      id?: string;
      /** There is other text before it on the same line. */
      textBefore: boolean;
    };

const PLACEMENT = /^\s*::chart\{\s*id\s*=\s*"([^"]*)"\s*\}\s*$/;
/** Colons, then chart and a brace anywhere; or colons and chart opening the line. */
const NEAR = /:+\s*chart\s*\{/i;
const NEAR_START = /^\s*:+\s*chart\b/i;
const ID = /\{\s*(?:id\s*[=:]\s*)?["']?\s*([^"'{}\s=]+)/i;

/** Full-width forms as half-width, curly quotes as straight ones (for reading only). */
function halfWidth(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’′]/g, "'");
}

/** The placement or near miss on this line, or undefined for an ordinary line. */
export function readChartLine(text: string): ChartLine | undefined {
  const exact = PLACEMENT.exec(text);
  if (exact) return { kind: 'placement', id: exact[1] ?? '' };
  const normal = halfWidth(text);
  const near = NEAR.exec(normal) ?? NEAR_START.exec(normal);
  if (!near) return undefined;
  const rest = normal.slice(near.index);
  const id = ID.exec(rest)?.[1];
  const textBefore = /\S/.test(normal.slice(0, near.index));
  return { kind: 'near-miss', ...(id ? { id } : {}), textBefore };
}

/** The line as it should be written. */
export function placementLine(id: string): string {
  return `::chart{id="${id}"}`;
}

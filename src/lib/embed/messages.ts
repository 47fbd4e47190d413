/**
 * The embed height protocol, shared by the embed page (sender) and /embed.js (receiver).
 * A message carries a chart id and a height, nothing else. Anything arriving by postMessage is
 * untrusted, so the receiver accepts only this exact shape and clamps the height.
 */

/** Our own message: `{ type: "ccc-embed-height", id, height }`. */
export const MESSAGE_TYPE = 'ccc-embed-height';
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 10_000;
/** Beyond this a height is not a chart's but an attack or a bug: ignored, not clamped. */
export const ABSURD_HEIGHT = 50_000;
const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  id: string;
  height: number;
}

/** The messages an embed page posts for a height: ours, Datawrapper's and AMP's. */
export function heightMessages(id: string, height: number): unknown[] {
  const px = Math.ceil(height);
  return [
    { type: MESSAGE_TYPE, id, height: px } satisfies HeightMessage,
    { 'datawrapper-height': { [id]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
  ];
}

/** Keeps a height within what a chart can sensibly need. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/**
 * Reads one of our height messages, or returns undefined for anything else: other shapes,
 * extra fields, ids that are not chart ids, heights that are not finite positive numbers.
 * @example parseHeightMessage({ type: 'ccc-embed-height', id: 'filings-map', height: 612.4 }) // { id: 'filings-map', height: 612 }
 * @example parseHeightMessage({ type: 'ccc-embed-height', id: 'x', height: '100' }) // undefined
 */
export function parseHeightMessage(data: unknown): { id: string; height: number } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data).sort();
  if (keys.length !== 3 || keys[0] !== 'height' || keys[1] !== 'id' || keys[2] !== 'type')
    return undefined;
  const { type, id, height } = data as Record<string, unknown>;
  if (type !== MESSAGE_TYPE || typeof id !== 'string' || !CHART_ID.test(id) || id.length > 100)
    return undefined;
  if (
    typeof height !== 'number' ||
    !Number.isFinite(height) ||
    height <= 0 ||
    height > ABSURD_HEIGHT
  )
    return undefined;
  return { id, height: clampHeight(height) };
}

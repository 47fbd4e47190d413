import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampHeight,
  heightMessages,
  MAX_HEIGHT,
  MESSAGE_TYPE,
  MIN_HEIGHT,
  parseHeightMessage,
} from '../../../src/lib/embed/messages.ts';

const ok = { type: MESSAGE_TYPE, id: 'filings-map', height: 612.4 };

describe('embed height messages', () => {
  it('reads our own message and clamps the height', () => {
    expect(parseHeightMessage(ok)).toEqual({ id: 'filings-map', height: 612 });
    expect(parseHeightMessage({ ...ok, height: 5 })?.height).toBe(MIN_HEIGHT);
    expect(parseHeightMessage({ ...ok, height: 20_000 })?.height).toBe(MAX_HEIGHT);
  });

  it.each([
    ['NaN', { ...ok, height: Number.NaN }],
    ['Infinity', { ...ok, height: Number.POSITIVE_INFINITY }],
    ['negative', { ...ok, height: -100 }],
    ['zero', { ...ok, height: 0 }],
    ['a huge height', { ...ok, height: 1e9 }],
    ['a string height', { ...ok, height: '600' }],
    ['an extra field', { ...ok, url: 'https://evil.example' }],
    ['a navigation request', { type: 'navigate', href: 'javascript:alert(1)' }],
    ['a wrong type', { ...ok, type: 'resize' }],
    ['an id with markup', { ...ok, id: '<img src=x onerror=alert(1)>' }],
    ['an array', [MESSAGE_TYPE, 'filings-map', 600]],
    ['a string', JSON.stringify(ok)],
    ['null', null],
  ])('ignores %s', (_, data) => {
    expect(parseHeightMessage(data)).toBeUndefined();
  });

  it('never throws and never returns a height out of range, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const result = parseHeightMessage(data);
        return result === undefined || (result.height >= MIN_HEIGHT && result.height <= MAX_HEIGHT);
      }),
    );
    fc.assert(
      fc.property(
        fc.double(),
        (h) =>
          Number.isNaN(clampHeight(h)) ||
          (clampHeight(h) >= MIN_HEIGHT && clampHeight(h) <= MAX_HEIGHT),
      ),
    );
  });

  it('speaks Datawrapper’s and AMP’s formats too', () => {
    expect(heightMessages('filings-map', 600.2)).toEqual([
      { type: MESSAGE_TYPE, id: 'filings-map', height: 601 },
      { 'datawrapper-height': { 'filings-map': 601 } },
      { sentinel: 'amp', type: 'embed-size', height: 601 },
    ]);
    const [ours] = heightMessages('filings-map', 600);
    expect(parseHeightMessage(ours)).toEqual({ id: 'filings-map', height: 600 });
  });
});

/**
 * Numbered references: WeChat lets an article link only to mp.weixin.qq.com, so every link of a
 * story becomes its text and a number, and the addresses are listed at the end as text. The same
 * address is one number wherever it is linked.
 */

export interface Reference {
  n: number;
  url: string;
}

export interface References {
  /** The number of `href` (resolved against the story's address), a new one the first time. */
  number(href: string): number;
  /** Every reference, by number. */
  list(): Reference[];
}

/** References for a story whose page is `base` (an absolute address). */
export function createReferences(base: string): References {
  const numbers = new Map<string, number>();
  return {
    number(href) {
      const url = new URL(href, base).href;
      const known = numbers.get(url);
      if (known !== undefined) return known;
      const n = numbers.size + 1;
      numbers.set(url, n);
      return n;
    },
    list: () => [...numbers].map(([url, n]) => ({ n, url })),
  };
}

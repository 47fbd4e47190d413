/**
 * Stories are Markdown, and Markdown lets raw HTML through. Anything in it that could run
 * script is rejected with its line, rather than cleaned silently.
 */
import type { ContentProblem } from './contentError.ts';

const UNSAFE: [RegExp, string][] = [
  [
    /<\s*(script|iframe|object|embed|frame|frameset|base|meta|link|style|form)\b/i,
    'an HTML element that can run code or load from elsewhere',
  ],
  [/<[^>]*\son[a-z]+\s*=/i, 'an event-handler attribute (on…=) that runs script'],
  [
    /\b(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i,
    'a link that runs script (javascript:, data:)',
  ],
  [
    /\]\(\s*(?:javascript|vbscript|data):/i,
    'a Markdown link that runs script (javascript:, data:)',
  ],
];

export function unsafeHtmlProblems(body: string, file: string, firstLine = 1): ContentProblem[] {
  return body.split('\n').flatMap((text, i) => {
    const hit = UNSAFE.find(([pattern]) => pattern.test(text));
    return hit
      ? [
          {
            file,
            line: firstLine + i,
            field: 'story text',
            expected: 'Markdown without HTML that can run script',
            found: hit[1],
            hint: 'remove it; charts are placed with ::chart{id="…"}',
          },
        ]
      : [];
  });
}

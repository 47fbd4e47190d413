/**
 * Pictures in a story live in the site: the file goes in public/images/ and the story writes
 * `![what the picture shows](/images/name.jpg)`. A relative address (./images/x.jpg) breaks on
 * the story's page, a missing file is a broken image, a picture from another site is a request
 * leaving the site each time the page is read, and a picture without a description says nothing
 * to a reader who cannot see it: each is a problem with its line and the fix.
 */
import type { ContentProblem } from '../data/contentError.ts';
import { didYouMean } from '../data/didYouMean.ts';
import type { BodyLine } from './bodyLines.ts';
import { targetsOnLines } from './targets.ts';

/** A scheme (https:, http:) or a protocol-relative // address. */
export const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** Schemes that run script: src/lib/data/unsafeHtml.ts rejects these already. */
const SCRIPT = /^(?:javascript|vbscript|data):/i;
const EXAMPLE = '![湖南某区块链产业园的大门](/images/park-gate.jpg)';

type Problem = Omit<ContentProblem, 'file' | 'line'>;

/**
 * One problem per mistake in each picture. `publicFiles` are the files in public/, as site
 * addresses (/images/park-gate.jpg).
 */
export function imageProblems(
  lines: readonly BodyLine[],
  file: string,
  publicFiles: ReadonlySet<string>,
): ContentProblem[] {
  return targetsOnLines(lines, 'image').flatMap(({ line, target: image }) =>
    [addressProblem(image.url, publicFiles), descriptionProblem(image.alt ?? '')]
      .filter((p) => p !== undefined)
      .map((p) => ({ file, line, ...p })),
  );
}

function addressProblem(url: string, publicFiles: ReadonlySet<string>): Problem | undefined {
  const field = 'image';
  const name = fileName(url);
  if (url === '')
    return {
      field,
      expected: `the picture's address between the round brackets, e.g. ${EXAMPLE}`,
      found: 'no address',
    };
  if (SCRIPT.test(url)) return undefined;
  if (REMOTE.test(url))
    return {
      field,
      expected:
        'a picture stored in the site, in public/images/ (a page loads nothing from other sites)',
      found: `a picture from another site "${url}"`,
      hint: `save the picture in public/images/ (say as ${name || 'picture.jpg'}) and write /images/${name || 'picture.jpg'}`,
    };
  if (!url.startsWith('/'))
    return {
      field,
      expected: 'an address starting with /images/ for a file in public/images/',
      found: `a relative address "${url}", which does not work on the story's page`,
      hint: `put the file in public/images/${name} and write /images/${name}`,
    };
  const path = sitePath(url);
  if (publicFiles.has(path)) return undefined;
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const guess = didYouMean(
    path,
    [...publicFiles].filter((f) => f.startsWith(folder)),
  );
  return {
    field,
    expected: 'a picture file that exists in public/',
    found: `no file public${path}`,
    hint: guess
      ? `did you mean ${guess}?`
      : `add the picture to public${folder}, or correct the file name`,
  };
}

function descriptionProblem(alt: string): Problem | undefined {
  if (alt.trim() !== '') return undefined;
  return {
    field: 'image description',
    expected: `a short description of the picture between the square brackets, e.g. ${EXAMPLE}`,
    found: 'a picture with no description',
    hint: 'say in a few words what the picture shows, for readers who cannot see it',
  };
}

/** The address's path on the site, without query, fragment and %-escapes. */
export function sitePath(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The last part of an address: the file name. */
function fileName(url: string): string {
  return sitePath(url).replace(/\/+$/, '').replace(/^.*\//, '');
}

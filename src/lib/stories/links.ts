/**
 * Links in a story go to another site with their scheme (https://www.example.com/…) or to a page
 * of this site from its root (/data/, /charts/filings-map/). `(www.example.com)` without the
 * scheme, or any other relative address, would point below the story's own page and break; a
 * root address naming no page of the site is broken too. Each is a problem with the fix.
 */
import type { ContentProblem } from '../data/contentError.ts';
import { didYouMean } from '../data/didYouMean.ts';
import type { BodyLine } from './bodyLines.ts';
import { REMOTE, sitePath } from './images.ts';
import { targetsOnLines } from './targets.ts';

/** What a story may link to on this site. */
export interface SitePages {
  charts: readonly string[];
  /** Story slugs; when given, /stories/<slug>/ is checked too. */
  stories?: readonly string[];
  /** Files in public/, as site addresses (/images/park-gate.jpg). */
  publicFiles: ReadonlySet<string>;
  /** Slugs of draft stories: a published story may not link to one, as its page is not built. */
  drafts?: readonly string[];
}

/** The first part of every page address of the site (src/pages/). */
const SECTIONS = [
  'stories',
  'charts',
  'data',
  'methodology',
  'about',
  'search',
  'embed',
  'oembed',
  'rss.xml',
];
/** A host name: www.… or name.tld, then the end, a port or a path. */
const HOST =
  /^(?:www\.[^\s/]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|int|info|io|co|me|top|xyz|hk|mo|tw|uk|us|jp|de|fr|ru)(?::\d+)?(?:[/?#]|$))/i;

type Problem = Omit<ContentProblem, 'file' | 'line'>;

export function linkProblems(
  lines: readonly BodyLine[],
  file: string,
  site: SitePages,
): ContentProblem[] {
  return targetsOnLines(lines, 'link').flatMap(({ line, target: link }) => {
    const problem = linkProblem(link.url, site);
    return problem ? [{ file, line, ...problem }] : [];
  });
}

function linkProblem(url: string, site: SitePages): Problem | undefined {
  const field = 'link';
  if (url === '')
    return {
      field,
      expected: 'an address between the round brackets, e.g. [数据页](/data/)',
      found: 'no address',
    };
  if (REMOTE.test(url) || /^[#?]/.test(url)) return undefined;
  if (HOST.test(url))
    return {
      field,
      expected: 'an address of another site starting with https://',
      found: `"${url}" without https://, which the browser reads as a page of this site`,
      hint: `write https://${url}`,
    };
  if (!url.startsWith('/')) {
    const fixed = `/${url.replace(/^(?:\.{1,2}\/)+/, '')}`;
    return {
      field,
      expected: 'a page of this site written from the root, starting with / (e.g. /data/)',
      found: `a relative address "${url}", which points below the story's own page`,
      hint: `write ${fixed}`,
    };
  }
  return pageProblem(url, site);
}

/** A root address must name a page or a file of the site. */
function pageProblem(url: string, site: SitePages): Problem | undefined {
  const path = sitePath(url);
  if (path === '/' || site.publicFiles.has(path)) return undefined;
  const [section = '', id = ''] = path.split('/').filter(Boolean);
  const expected = `a page of this site (/, /${SECTIONS.slice(0, 6).join('/, /')}/ or a story or chart under them)`;
  if (!SECTIONS.includes(section)) {
    const guess = didYouMean(section, SECTIONS);
    return {
      field: 'link',
      expected,
      found: `"${url}", which is no page of the site`,
      ...(guess ? { hint: `did you mean ${url.replace(section, guess)}?` } : {}),
    };
  }
  const chart = id.replace(/\.(?:svg|json)$/, '');
  const known =
    section === 'charts' || section === 'embed'
      ? site.charts
      : section === 'stories'
        ? site.stories
        : undefined;
  if (section === 'stories' && site.drafts?.includes(id))
    return {
      field: 'link',
      expected: 'the address of a published story',
      found: `"${url}": that story is a draft (draft: true), so its page is not published`,
      hint: 'publish that story first, or remove the link',
    };
  if (!known || id === '' || known.includes(chart)) return undefined;
  const guess = didYouMean(chart, known);
  return {
    field: 'link',
    expected: `the address of a ${section === 'stories' ? 'story' : 'chart'} of this site`,
    found: `"${url}": there is no ${section === 'stories' ? 'story' : 'chart'} "${chart}"`,
    ...(guess ? { hint: `did you mean ${url.replace(chart, guess)}?` } : {}),
  };
}

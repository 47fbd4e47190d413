/**
 * Checks everything under content/ in one pass — data, sources, declarations, charts and
 * stories — and returns every problem together, so a journalist fixes them all at once.
 * `npm run check`, the build and the dev preview all report from here.
 */
import {
  loadChartDefinitions,
  type ChartFile,
  type LoadedChart,
} from '../lib/charts/chartDefinitions.ts';
import { boundaryMaps, isPublishBuild, publicationProblems } from '../lib/charts/mapCompliance.ts';
import { ContentError, type ContentProblem } from '../lib/data/contentError.ts';
import type { ContentSet } from '../lib/data/contentSet.ts';
import { parseYamlMapping } from '../lib/data/parseYaml.ts';
import { figureData } from '../lib/stories/figureData.ts';
import { readChartFiles } from './chartFiles.ts';
import { readContent } from './content.ts';
import { GEO } from './geo.ts';
import { readSiteSettings, readTiles } from './siteSettings.ts';
import { readStories, type StoryEntry } from './storyFiles.ts';

export interface ContentReport {
  /** The validated content, when the data files have no problem. */
  content?: ContentSet;
  charts: LoadedChart[];
  stories: StoryEntry[];
  problems: ContentProblem[];
}

/**
 * `publish` (default: the PUBLISH environment variable) adds the publication build's rule: no
 * map with administrative boundaries without a review number (src/lib/charts/mapCompliance.ts).
 */
export function checkContent(
  root = process.cwd(),
  { publish = isPublishBuild(process.env) } = {},
): ContentReport {
  const reading = readContent(root);
  const problems = [...reading.problems];
  const chartFiles = readChartFiles(root);
  const content = reading.content;
  const site = readSiteSettings(root);
  const tiles = readTiles(content, root);
  problems.push(...site.problems, ...tiles.problems);
  const charts = content
    ? collect(problems, () => loadChartDefinitions(chartFiles, content, GEO, tiles.tiles), [])
    : yamlOnly(chartFiles, problems);
  if (publish && site.config)
    problems.push(...publicationProblems(boundaryMaps(chartFiles), site.config.map.review_number));
  // Stories are checked against what exists even when data or charts have problems: the ids
  // of every chart file, and the sources that did validate.
  const sources = reading.datasets.get('sources')?.rows ?? [];
  const known = {
    sources: new Set(sources.map((row) => String(row.data['id']))),
    charts: chartFiles.map((f) => f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')),
    // Figures in prose are checked against the data only when the data itself is sound.
    figures: content ? figureData(content) : undefined,
  };
  const stories = readStories(root, known);
  // An unknown source id in a story says nothing while sources.yaml itself is broken.
  const sourcesBroken = reading.problems.some((p) =>
    /(^|\/)sources\.(schema\.)?yaml$/.test(p.file),
  );
  problems.push(...stories.problems.filter((p) => !(sourcesBroken && p.field === 'sources')));
  return {
    ...(reading.content ? { content: reading.content } : {}),
    charts,
    stories: stories.entries,
    problems,
  };
}

/** Runs a loader that throws a ContentError; keeps its problems and returns `fallback`. */
function collect<T>(problems: ContentProblem[], load: () => T, fallback: T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
    return fallback;
  }
}

/** Without valid data a chart cannot be checked against it; its YAML still can be. */
function yamlOnly(files: readonly ChartFile[], problems: ContentProblem[]): LoadedChart[] {
  for (const file of files)
    problems.push(
      ...(file.problem ? [file.problem] : parseYamlMapping(file.path, file.text).problems),
    );
  return [];
}

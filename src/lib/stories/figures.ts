/**
 * The figures of a story (content/README.md, "数字的写法"): every reference `{{…}}` becomes its
 * data value as readers see it, linked to its row on the data page and naming its source; every
 * quotation `{{引 …}}` becomes the words it quotes; and a figure written as plain text — digits
 * with 亿元, 万元, 元, 项, 个, 家, % or a 万/亿 — is a problem, with the reference to type when
 * exactly one data value matches it.
 */
import type { ContentProblem } from '../data/contentError.ts';
import type { BodyLine } from './bodyLines.ts';
import { referenceFor, statedColumns, type Figure, type FigureData } from './figureData.ts';
import { FIELD, FORM, listed, resolveCount, resolveReference } from './figureRefs.ts';
import {
  figureTokens,
  maskCode,
  nearMissTokens,
  replaceTokens,
  withoutTokens,
  type FigureToken,
} from './figureSyntax.ts';
import { literalFigures, sameValue, splitUnit, type LiteralFigure } from './literalFigures.ts';

/** What a line becomes: `html` for the story body, `plain` for a title or dek. */
export type FigureOutput = 'html' | 'plain';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A resolved figure as a link to its row, its source named for every reader. */
export function figureHtml(figure: Figure): string {
  const source = figure.source;
  return `<a class="figure" href="/data/#${encodeURI(figure.anchor)}" title="${escapeHtml(source)}">${escapeHtml(figure.text)}<span class="visually-hidden" data-pagefind-ignore>（${escapeHtml(source)}）</span></a>`;
}

/**
 * Checks one line of prose (or a title or dek) and returns it with its figures written out.
 * Without `data` (the data files have problems of their own) references are left as written.
 */
export function lineFigures(
  text: string,
  where: { file: string; line: number; field?: string },
  data: FigureData | undefined,
  output: FigureOutput,
): { text: string; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const at = { file: where.file, line: where.line, field: where.field ?? FIELD };
  for (const raw of nearMissTokens(text))
    problems.push({
      ...at,
      expected: `a reference written ${FORM} with two half-width braces on each side`,
      found: `"${raw}"`,
      hint: `write {{${raw.slice(2, -2)}}} (switch the input method to half-width for the braces)`,
    });
  const tokens = figureTokens(text);
  const plain = withoutTokens(maskCode(text), tokens);
  for (const literal of literalFigures(plain))
    problems.push({ ...at, ...literalProblem(literal, data) });
  const rendered = replaceTokens(text, tokens, (token) => {
    const result = renderToken(token, data, output);
    if (result.problem) problems.push({ ...at, ...result.problem });
    return result.text;
  });
  return { text: rendered, problems };
}

function renderToken(
  token: FigureToken,
  data: FigureData | undefined,
  output: FigureOutput,
): { text: string; problem?: Omit<ContentProblem, 'file' | 'line'> } {
  if (token.kind === 'quotation') {
    const quoted = token.words.join(' ');
    if (quoted) return { text: output === 'html' ? escapeHtml(quoted) : quoted };
    return {
      text: token.raw,
      problem: {
        expected: 'the figure as the document wrote it after 引, e.g. {{引 20余个}}',
        found: `"${token.raw}"`,
      },
    };
  }
  if (!data) return { text: token.raw };
  const resolve = token.kind === 'count' ? resolveCount : resolveReference;
  const resolved = resolve(data, token.words, token.raw);
  if ('problem' in resolved) return { text: token.raw, problem: resolved.problem };
  return { text: output === 'html' ? figureHtml(resolved.figure) : resolved.figure.text };
}

/** The references whose value is this figure: same base unit, same value once scaled. */
export function matchingReferences(data: FigureData, literal: LiteralFigure): string[] {
  if (!literal.unit || literal.approximate) return [];
  return [...data.datasets.values()].flatMap((dataset) =>
    statedColumns(dataset.declaration).flatMap((name) => {
      const unit = splitUnit(dataset.declaration.columns[name]?.unit ?? '');
      if (!unit || unit.base !== literal.unit) return [];
      return dataset.rows
        .filter(({ data: row }) => {
          const value = row[name];
          return typeof value === 'number' && sameValue(value * unit.factor, literal.value);
        })
        .map(({ data: row }) => referenceFor(data, dataset, row, name));
    }),
  );
}

function literalProblem(
  literal: LiteralFigure,
  data: FigureData | undefined,
): Omit<ContentProblem, 'file' | 'line'> {
  const quote = `{{引 ${literal.text}}}`;
  const refs = data ? matchingReferences(data, literal) : [];
  const hint = literal.approximate
    ? `an approximate figure is a quotation: write ${quote}`
    : refs.length === 1
      ? `write ${refs[0]} if that is the value meant, or ${quote} if a document says it`
      : refs.length > 1
        ? `write the reference to the value meant: ${listed(refs)}; or ${quote} if a document says it`
        : `write the data value as ${FORM}, or ${quote} if a document says it and the data does not have it`;
  return {
    expected: `a figure written as a reference to the data, ${FORM}, or as a quotation, {{引 …}}`,
    found: `"${literal.text}" as plain text`,
    hint,
  };
}

/** The figures of a story body: its lines with figures written out, and every problem. */
export function bodyFigures(
  lines: readonly BodyLine[],
  file: string,
  data: FigureData | undefined,
  output: FigureOutput = 'html',
): { text: string; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const text = lines
    .map((line) => {
      if (line.kind !== 'text') return line.text;
      // A heading names its section (and the contents list): its figures stay plain text.
      const shown = /^\s{0,3}#{1,6}\s/.test(line.text) ? 'plain' : output;
      const result = lineFigures(line.text, { file, line: line.line }, data, shown);
      problems.push(...result.problems);
      return result.text;
    })
    .join('\n');
  return { text, problems };
}

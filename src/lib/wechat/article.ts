/**
 * A story as a WeChat article (the /wechat/<slug>/ export): title, dek, byline and date, the
 * correction notice, the prose with each chart as its build-time image and credit line, the
 * corrections, the numbered references, the sources and the address of the original. One
 * `section` with inline styles only; no link, script, frame, class or <div>.
 */
import { formatDateZh } from '../format/partialDate.ts';
import { el, escapeText, img } from './html.ts';
import { wechatProse } from './prose.ts';
import { createReferences, type Reference, type References } from './references.ts';

/** A chart as placed in the article: its image (a site address), description and caption lines. */
export interface WechatChart {
  src: string;
  alt: string;
  caption: readonly string[];
}

export type WechatPart = { kind: 'html'; html: string } | { kind: 'chart'; chart: WechatChart };

export interface WechatSource {
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
}

export interface WechatCorrection {
  date: string;
  /** 更正 (the story's text) or 数据更正 (data its charts show). */
  label: string;
  text: string;
}

export interface WechatStory {
  title: string;
  dek: string;
  byline: string;
  date: string;
  updated?: string | undefined;
  corrections: readonly WechatCorrection[];
  parts: readonly WechatPart[];
  /** Ranked already (most primary first). */
  sources: readonly WechatSource[];
  /** The story's page, absolute: relative links resolve against it. */
  storyUrl: string;
  siteName: string;
  licence: string;
}

export interface WechatArticle {
  html: string;
  references: Reference[];
}

/** Source addresses longer than this are left out of the list (the text budget is 20,000). */
export const MAX_SOURCE_URL = 100;

function header(story: WechatStory): string {
  const updated =
    story.updated && story.updated > story.date ? ` · 更新于${formatDateZh(story.updated)}` : '';
  const last = story.corrections.at(-1);
  const count = story.corrections.length > 1 ? `（共${story.corrections.length}处）` : '';
  const notice = last
    ? el(
        'p',
        'notice',
        `${el('strong', 'noticeLabel', '更正')} 本文于${formatDateZh(last.date)}更正${count}，见文末更正说明。`,
      )
    : '';
  return [
    el('h2', 'title', escapeText(story.title)),
    el('p', 'dek', escapeText(story.dek)),
    el('p', 'meta', `${escapeText(story.byline)} · ${formatDateZh(story.date)}${updated}`),
    notice,
  ].join('');
}

function chart(part: WechatChart): string {
  const caption = part.caption.map(escapeText).join('<br>');
  return el('section', 'figure', img(part.src, part.alt) + el('p', 'caption', caption));
}

function body(parts: readonly WechatPart[], refs: References): string {
  return parts
    .map((part) => (part.kind === 'html' ? wechatProse(part.html, refs) : chart(part.chart)))
    .join('');
}

/** A titled block at the end of the article: its lines in the small style. */
function endSection(title: string, lines: readonly string[]): string {
  if (lines.length === 0) return '';
  return el(
    'section',
    'section',
    el('p', 'sectionTitle', escapeText(title)) + lines.map((l) => el('p', 'small', l)).join(''),
  );
}

function corrections(story: WechatStory): string {
  return endSection(
    '更正',
    story.corrections.map(
      (c) => `${formatDateZh(c.date)}${escapeText(c.label)}：${escapeText(c.text)}`,
    ),
  );
}

function sourceLine(source: WechatSource): string {
  const date = source.date ? formatDateZh(source.date) : '日期未知';
  const url = source.url && source.url.length <= MAX_SOURCE_URL ? source.url : '';
  return escapeText(`${source.publisher}《${source.title}》，${date}。${url}`);
}

/** The article's HTML and its references. */
export function wechatArticle(story: WechatStory): WechatArticle {
  const refs = createReferences(story.storyUrl);
  const main = body(story.parts, refs);
  const references = refs.list();
  const html = el(
    'section',
    'article',
    [
      header(story),
      main,
      corrections(story),
      endSection(
        '参考链接',
        references.map((r) => `[${r.n}] ${escapeText(r.url)}`),
      ),
      endSection(`来源（共${story.sources.length}份）`, story.sources.map(sourceLine)),
      el(
        'p',
        'closing',
        `原文与可交互图表：${escapeText(story.storyUrl)}<br>${escapeText(story.siteName)} · ${escapeText(story.licence)}`,
      ),
    ].join(''),
  );
  return { html, references };
}

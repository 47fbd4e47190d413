/**
 * The house style applied to content files: Markdown stories (front matter and prose), YAML
 * (each value written in Chinese) and CSV (each cell). Keys, ids, addresses, dates in date
 * fields and the newsroom's internal fields are not reader text and are left alone.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { fixStyle, styleBreaches, type StyleBreach } from './houseStyle.ts';

export interface FileBreach extends StyleBreach {
  line: number;
  /** The YAML key or CSV column the text is in, when there is one. */
  field?: string;
}

/** Fields that are not reader text. */
const NOT_TEXT =
  /^(?:id|key|url|date|sources|data|value|where|type|to|pattern|internal_note|supports|.*_en)$/;

const YAML_LINE = /^(\s*(?:-\s+)?)(?:([\w-]+):(\s+|$))?(.*)$/;

/** The reader text of one YAML line, where it starts, and its field. */
function yamlText(line: string): { start: number; text: string; field?: string } | undefined {
  if (/^\s*#/.test(line)) return undefined;
  const m = YAML_LINE.exec(line);
  if (!m) return undefined;
  const [, indent = '', field, gap = '', value = ''] = m;
  if (field && NOT_TEXT.test(field)) return undefined;
  // A flow list or map ([a, b], { k: v }): its commas and colons are YAML's.
  if (/^[[{]/.test(value)) return undefined;
  let start = indent.length + (field ? field.length + 1 + gap.length : 0);
  let text = value;
  // A quoted YAML scalar: the quotes are YAML's, not the text's.
  const quote = /^(['"])(.*)\1$/.exec(value);
  if (quote) {
    start += 1;
    text = quote[2] ?? '';
  }
  return { start, text, ...(field ? { field } : {}) };
}

type Part = { line: number; start: number; text: string; field?: string };

function markdownParts(lines: string[]): Part[] {
  const parts: Part[] = [];
  let frontMatter = lines[0] === '---';
  let fence = false;
  lines.forEach((line, i) => {
    if (i > 0 && frontMatter && line === '---') {
      frontMatter = false;
      return;
    }
    if (frontMatter) {
      const part = yamlText(line);
      if (part) parts.push({ line: i + 1, ...part });
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence || /^\s*(::|<!--)/.test(line)) return;
    parts.push({ line: i + 1, start: 0, text: line });
  });
  return parts;
}

function parts(file: string, text: string): Part[] {
  const lines = text.split('\n');
  if (file.endsWith('.md')) return markdownParts(lines);
  // A declaration: only its title and description are reader text (labels are short words).
  const declaration = file.includes('.schema.');
  return lines.flatMap((line, i) => {
    if (declaration && !/^(?:title|description):/.test(line)) return [];
    const part = yamlText(line);
    return part ? [{ line: i + 1, ...part }] : [];
  });
}

function csvBreaches(text: string): FileBreach[] {
  const lines = text.split('\n');
  const header = csvParseRows(lines[0] ?? '')[0] ?? [];
  return lines.slice(1).flatMap((line, i) =>
    (csvParseRows(line)[0] ?? []).flatMap((cell, c) =>
      NOT_TEXT.test(header[c] ?? '')
        ? []
        : styleBreaches(cell).map((b) => ({
            ...b,
            line: i + 2,
            field: header[c] ?? `#${c + 1}`,
          })),
    ),
  );
}

/** Every breach of the house style in a content file. */
export function fileBreaches(file: string, text: string): FileBreach[] {
  if (file.endsWith('.csv')) return csvBreaches(text);
  return parts(file, text).flatMap((part) =>
    styleBreaches(part.text).map((b) => ({
      ...b,
      column: b.column + part.start,
      line: part.line,
      ...(part.field ? { field: part.field } : {}),
    })),
  );
}

/** The file with every breach fixed. */
export function fixFile(file: string, text: string): string {
  const lines = text.split('\n');
  if (file.endsWith('.csv')) {
    const header = csvParseRows(lines[0] ?? '')[0] ?? [];
    return lines
      .map((line, i) => {
        if (i === 0 || line === '') return line;
        const cells = csvParseRows(line)[0] ?? [];
        const fixed = cells.map((cell, c) =>
          NOT_TEXT.test(header[c] ?? '') ? cell : fixStyle(cell),
        );
        return fixed.every((cell, c) => cell === cells[c]) ? line : csvFormatRows([fixed]);
      })
      .join('\n');
  }
  for (const part of parts(file, text)) {
    const line = lines[part.line - 1] ?? '';
    const end = part.start + part.text.length;
    lines[part.line - 1] = line.slice(0, part.start) + fixStyle(part.text) + line.slice(end);
  }
  return lines.join('\n');
}

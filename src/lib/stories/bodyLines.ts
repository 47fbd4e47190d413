/**
 * The lines of a story's body, each with its file line and what it is in Markdown: text, a line
 * of a fenced code block (``` or ~~~), or a line inside an HTML comment (<!-- … -->). Checks look
 * at text only: a chart line shown as code, or a note to the newsroom in a comment, is neither a
 * placement nor a picture.
 */

export interface BodyLine {
  /** The line as written. */
  text: string;
  /** 1-based line in the file. */
  line: number;
  kind: 'text' | 'code' | 'comment';
  /**
   * The text without inline code (`…`) and comment parts, for scanning; empty for code and
   * comment lines.
   */
  scan: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function bodyLines(body: string, firstLine = 1): BodyLine[] {
  let fence: string | undefined;
  let inComment = false;
  return body.split('\n').map((text, i): BodyLine => {
    const line = firstLine + i;
    if (fence !== undefined) {
      const close = FENCE.exec(text)?.[1];
      if (
        close &&
        close[0] === fence[0] &&
        close.length >= fence.length &&
        !/\S/.test(text.trim().slice(close.length))
      )
        fence = undefined;
      return { text, line, kind: 'code', scan: '' };
    }
    if (inComment) {
      const end = text.indexOf('-->');
      if (end < 0) return { text, line, kind: 'comment', scan: '' };
      inComment = false;
      const rest = stripComments(text.slice(end + 3));
      inComment = rest.open;
      return {
        text,
        line,
        kind: rest.text.trim() ? 'text' : 'comment',
        scan: stripCode(rest.text),
      };
    }
    const open = FENCE.exec(text)?.[1];
    if (open) {
      fence = open;
      return { text, line, kind: 'code', scan: '' };
    }
    const stripped = stripComments(text);
    inComment = stripped.open;
    const kind = stripped.text.trim() || !/<!--/.test(text) ? 'text' : 'comment';
    return { text, line, kind, scan: stripCode(stripped.text) };
  });
}

/** The line without its complete comments; `open` when a comment starts and does not end. */
function stripComments(text: string): { text: string; open: boolean } {
  const closed = text.replace(/<!--[\s\S]*?-->/g, ' ');
  const start = closed.indexOf('<!--');
  return start < 0 ? { text: closed, open: false } : { text: closed.slice(0, start), open: true };
}

/** The line without inline code spans (`…`, ``…``). */
function stripCode(text: string): string {
  return text.replace(/(`+)[\s\S]*?\1/g, ' ');
}

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './contentError.ts';
import type { FieldPath, RawFile, RawItem } from './rawItems.ts';
import { yamlSyntaxProblems } from './yamlSyntax.ts';

/**
 * Reads a YAML content file, which must be a list of entries (`- key: value` blocks).
 * Returns the entries with a way to find the line of any field, or the problems that make
 * the file unreadable.
 */
export function parseYamlList(
  file: string,
  text: string,
  /** An empty list `[]` is a file with no entries yet (a declaration's `empty: allowed`). */
  allowEmpty = false,
): { parsed?: RawFile; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: yamlSyntaxProblems(file, text, 'list') };
  const root = doc.contents;
  if (allowEmpty && isSeq(root) && root.items.length === 0)
    return { parsed: { file, format: 'yaml', items: [] }, problems: [] };
  if (root === null || (isSeq(root) && root.items.length === 0)) {
    return {
      problems: [
        {
          file,
          line: 1,
          expected: 'a list of entries, each starting with "- "',
          found: 'an empty file (or an empty list)',
        },
      ],
    };
  }
  if (!isSeq(root)) {
    return {
      problems: [
        {
          file,
          line: 1,
          expected: 'a list of entries, each starting with "- "',
          found: 'something else at the top of the file',
        },
      ],
    };
  }
  const lineAt = (node: Node | null | undefined, fallback: number) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : fallback;

  const items: RawItem[] = root.items.map((node, i) => {
    const line = lineAt(node as Node, 1);
    return {
      index: i + 1,
      line,
      value: (node as Node | null)?.toJSON() ?? null,
      lineOf: (path: FieldPath) => lineAt(findNode(node as Node, path), line),
    };
  });
  return { parsed: { file, format: 'yaml', items }, problems: [] };
}

/**
 * Reads a YAML file that holds one entry as `key: value` lines (a chart definition, say).
 * Returns it as a one-item file so it validates like any list entry.
 */
export function parseYamlMapping(
  file: string,
  text: string,
): { parsed?: RawFile; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: yamlSyntaxProblems(file, text, 'mapping') };
  const root = doc.contents;
  if (root === null) {
    return {
      problems: [{ file, line: 1, expected: '"key: value" lines', found: 'an empty file' }],
    };
  }
  if (!isMap(root)) {
    return {
      problems: [
        {
          file,
          line: 1,
          expected: '"key: value" lines (not a list)',
          found: 'something else at the top of the file',
        },
      ],
    };
  }
  const lineAt = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const item: RawItem = {
    index: 1,
    line: 1,
    value: root.toJSON(),
    lineOf: (path: FieldPath) => lineAt(findNode(root, path)),
  };
  return { parsed: { file, format: 'yaml', items: [item] }, problems: [] };
}

/** Walks a path down maps and lists; returns the deepest node reached (a map key for the last step). */
function findNode(start: Node | null | undefined, path: FieldPath): Node | undefined {
  let node: Node | null | undefined = start;
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (!pair) return node;
      if (i === path.length - 1) return pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const next = node.items[step] as Node | undefined;
      if (!next) return node;
      node = next;
    } else {
      return node ?? undefined;
    }
  }
  return node ?? undefined;
}

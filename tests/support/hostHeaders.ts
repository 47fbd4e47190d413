// Reads public/_headers (the file static hosts apply) so the test server sends the same
// Content-Security-Policy and other headers, and Chromium reports any violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule {
  pattern: RegExp;
  remove: string[];
  set: [string, string][];
}

export function readHostHeaders(
  file = join(import.meta.dirname, '..', '..', 'public', '_headers'),
): (path: string) => Record<string, string> {
  const rules: Rule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), remove: [], set: [] });
      continue;
    }
    const rule = rules.at(-1);
    const text = line.trim();
    if (!rule) continue;
    if (text.startsWith('!')) rule.remove.push(text.slice(1).trim().toLowerCase());
    else {
      const at = text.indexOf(':');
      rule.set.push([text.slice(0, at).trim().toLowerCase(), text.slice(at + 1).trim()]);
    }
  }
  return (path) => {
    // Rules apply in file order: a later "! Name" drops what an earlier rule set.
    const headers = new Map<string, string>();
    for (const rule of rules.filter((r) => r.pattern.test(path))) {
      for (const name of rule.remove) headers.delete(name);
      for (const [name, value] of rule.set) headers.set(name, value);
    }
    return Object.fromEntries(headers);
  };
}

/**
 * Reads a _headers file (Netlify / Cloudflare Pages syntax) and answers which headers a URL path gets.
 * Matching follows Cloudflare Pages: every matching rule applies; a later rule's header of the same
 * name is joined with a comma (as both hosts do); `! Name` on a rule removes a header set by an
 * earlier rule.
 */

export interface ParsedRule {
  readonly path: string;
  readonly line: number;
  readonly set: ReadonlyMap<string, string>;
  readonly detach: readonly string[];
}

export class HeadersFileError extends Error {}

export function parseHeadersFile(text: string, fileName = '_headers'): ParsedRule[] {
  const rules: { path: string; line: number; set: Map<string, string>; detach: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith('/'))
        throw new HeadersFileError(`${fileName}:${line}:1: a rule must start with a path beginning with "/"`);
      rules.push({ path: raw.trim(), line, set: new Map(), detach: [] });
      return;
    }
    const current = rules.at(-1);
    if (!current)
      throw new HeadersFileError(
        `${fileName}:${line}:1: header line before any path: put a path line above it`,
      );
    const text = raw.trim();
    if (text.startsWith('!')) {
      current.detach.push(text.slice(1).trim().toLowerCase());
      return;
    }
    const colon = text.indexOf(':');
    if (colon <= 0)
      throw new HeadersFileError(`${fileName}:${line}:${raw.indexOf(text) + 1}: expected "Name: value"`);
    const name = text.slice(0, colon).trim().toLowerCase();
    const value = text.slice(colon + 1).trim();
    const previous = current.set.get(name);
    current.set.set(name, previous === undefined ? value : `${previous}, ${value}`);
  });
  return rules;
}

/** Does a _headers path pattern match this URL path? `*` spans anything, `:name` one segment. */
export function patternMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/** The headers a URL path receives, header names in lower case. */
export function headersFor(rules: readonly ParsedRule[], urlPath: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.path, urlPath)) continue;
    for (const name of rule.detach) result.delete(name);
    for (const [name, value] of rule.set) {
      const previous = result.get(name);
      result.set(name, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return result;
}

/**
 * The explainer pages link to glossary entries (/begrippen/#kiesdeler, /en/glossary/#kiesdeler) and to
 * each other. A link to an anchor or page that does not exist fails here, before a reader finds it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { proseBlocks } from '../../../src/lib/language/prose.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pagesDir = path.join(repoRoot, 'content', 'pages');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? mdxFiles(path.join(dir, e.name))
      : e.name.endsWith('.mdx')
        ? [path.join(dir, e.name)]
        : [],
  );
}

const files = mdxFiles(pagesDir);
/** URL path of a page file, as the site routes it: nl at the root, en under /en/. */
function urlOf(file: string): string {
  const rel = path.relative(pagesDir, file).replace(/\.mdx$/, '');
  const [locale, ...slug] = rel.split(path.sep);
  return `${locale === 'en' ? '/en' : ''}/${slug.join('/')}/`;
}
const pageUrls = new Set(files.map(urlOf));
// Pages built in code rather than from MDX: fixed pages, and one results page per election snapshot
// (src/pages/uitslag/[election].astro). The built site's link gate (tests/unit/quality/links.test.ts)
// checks every link again over dist/.
const snapshots = readdirSync(path.join(repoRoot, 'content', 'data'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name.toLowerCase());
const fixedPages = new Set([
  '/',
  '/en/',
  '/zoeken/',
  '/en/search/',
  // The observer finder (src/pages/waarnemen/tellingen/, issue 12).
  '/waarnemen/tellingen/',
  '/en/observing/counts/',
  ...snapshots.flatMap((id) => [`/uitslag/${id}/`, `/en/results/${id}/`]),
  // The checks page of each election (src/pages/uitslag/[election]/controle.astro, issue 13).
  ...snapshots.flatMap((id) => [`/uitslag/${id}/controle/`, `/en/results/${id}/checks/`]),
  // The widget configurator (issue 14).
  '/insluiten/',
  '/en/embed/',
]);

describe('links between explainer pages', () => {
  const glossaryIds = {
    nl: new Set(
      [...readFileSync(path.join(pagesDir, 'nl', 'begrippen.mdx'), 'utf8').matchAll(/id="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    ),
    en: new Set(
      [...readFileSync(path.join(pagesDir, 'en', 'glossary.mdx'), 'utf8').matchAll(/id="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    ),
  };

  it('has the same glossary entries in both languages', () => {
    expect([...glossaryIds.en].sort()).toEqual([...glossaryIds.nl].sort());
    expect(glossaryIds.nl.has('kiesdeler')).toBe(true);
  });

  for (const file of files) {
    const rel = path.relative(repoRoot, file);
    it(`${rel}: every internal link points at an existing page and glossary entry`, () => {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\]\((\/[^)\s]*)\)/g)) {
        const href = match[1] ?? '';
        const [pathname = '', hash] = href.split('#');
        expect(pageUrls.has(pathname) || fixedPages.has(pathname), `${rel}: ${href} is not a page`).toBe(
          true,
        );
        if (hash) {
          const ids = pathname.startsWith('/en/') ? glossaryIds.en : glossaryIds.nl;
          expect(ids.has(hash), `${rel}: ${href} has no anchor #${hash}`).toBe(true);
        }
      }
    });
  }

  it('the language check skips headings written as HTML (glossary anchors)', () => {
    const blocks = proseBlocks('<h2 id="x">Kiesdeler</h2>\n\nHet aantal stemmen voor één zetel.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Het aantal stemmen voor één zetel.']);
  });
});

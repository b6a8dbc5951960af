import { describe, expect, test } from 'vitest';
import { readPageFacts } from '../../../src/lib/site-audit/page-facts.ts';
import { pageType, templateKey } from '../../../src/lib/site-audit/page-type.ts';
import { median } from '../../../src/lib/site-audit/audit.ts';
import { page } from '../../helpers/tmp-site.ts';

describe('readPageFacts', () => {
  test('finds stylesheets, external scripts and module preloads, not data blocks', () => {
    const facts = readPageFacts(
      page(
        '<script type="application/ld+json">{"a":1}</script>',
        '<link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="/m.js"><script src="/s.js" defer></script><link rel="icon" href="/f.svg">',
      ),
    );
    expect(facts.stylesheets).toEqual(['/a.css']);
    expect(facts.scripts).toEqual(['/m.js', '/s.js']);
    expect(facts.inlineScripts).toEqual([]);
  });

  test('notices a <noscript> element, in the head or the body', () => {
    expect(
      readPageFacts(page('<main><noscript><p>Zoeken werkt alleen met JavaScript.</p></noscript></main>'))
        .noscript,
    ).toBe(true);
    expect(
      readPageFacts(page('<main><p>no script here</p></main>', '<noscript><style></style></noscript>'))
        .noscript,
    ).toBe(true);
    expect(readPageFacts(page('<main><p>&lt;noscript&gt; as text</p></main>')).noscript).toBe(false);
  });

  test('reports inline scripts, event handlers and inline styles', () => {
    const facts = readPageFacts(
      page('<p style="color:red" onclick="x()">a</p><script>alert(1)</script><style>p{}</style>'),
    );
    expect(facts.inlineScripts).toEqual(['alert(1)']);
    expect(facts.eventHandlers).toHaveLength(1);
    expect(facts.inlineStyles).toBe(2);
  });

  test('images without size and outer SVGs without viewBox; nested SVGs and srcset', () => {
    const facts = readPageFacts(
      page(
        '<img src="/a.png" alt="" width="10"><img src="/b.png" alt="" width="1" height="2" srcset="/b2.png 2x, /b3.png 3x">' +
          '<svg viewBox="0 0 1 1"><svg width="1"></svg></svg><svg></svg>',
      ),
    );
    expect(facts.images.map((i) => [i.src, i.width, i.height])).toEqual([
      ['/a.png', '10', undefined],
      ['/b.png', '1', '2'],
    ]);
    expect(facts.svgs.map((s) => s.hasViewBox)).toEqual([true, false]);
    expect(facts.references.map((r) => r.value)).toEqual(['/a.png', '/b.png', '/b2.png', '/b3.png']);
  });

  test('collects ids, the declared page type and the language', () => {
    const facts = readPageFacts(
      page('<h2 id="x">x</h2><a name="old">y</a>', '', 'en').replace(
        '<body>',
        '<body data-page-type="content">',
      ),
    );
    expect([...facts.ids].sort()).toEqual(['old', 'x']);
    expect(facts.declaredType).toBe('content');
    expect(facts.lang).toBe('en');
  });
});

describe('page types', () => {
  test('declared type wins; otherwise the URL shape without language prefix and ids', () => {
    expect(pageType('/uitslag/gm0363/', 'results')).toBe('results');
    expect(pageType('/en/uitslag/gm0363/', undefined)).toBe('/uitslag/:id/');
    expect(templateKey('/uitslag/gm0599/')).toBe(templateKey('/en/uitslag/gm0363/'));
    expect(templateKey('/en/')).toBe('/');
  });

  test('median is the lower middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBe(0);
  });
});

import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createHtmlValidator, htmlValidateConfig } from '../../../src/lib/site-audit/html-validator.ts';
import { page } from '../../helpers/tmp-site.ts';

const doc = (body: string, head = ''): string =>
  page(body, head).replace('<!doctype html>', '<!DOCTYPE html>');

// One page per kind of mistake, valid pages in between: a validator that kept anything of one page
// (ids, landmarks, headings) would report on the next page what it saw on the one before.
const pages: [string, string][] = [
  ['valid.html', doc('<main><h1>Uitslag</h1><p>Stembureau</p></main>')],
  ['duplicate-id.html', doc('<main><h1>Uitslag</h1><p id="x">a</p><p id="x">b</p></main>')],
  ['valid-with-id-x.html', doc('<main><h1>Uitslag</h1><p id="x">a</p></main>')],
  ['image-without-alt.html', doc('<main><h1>Kaart</h1><img src="/a.png" width="1" height="1"></main>')],
  ['heading-skips-a-level.html', doc('<main><h1>Uitslag</h1><h3>Partijen</h3></main>')],
  ['two-main-landmarks.html', doc('<main><h1>a</h1></main><main><p>b</p></main>')],
  ['valid-again.html', doc('<main><h1>Uitslag</h1><h2>Partijen</h2></main>')],
  ['div-in-paragraph.html', doc('<main><h1>a</h1><p><div>b</div></p></main>')],
];

describe('createHtmlValidator (the configuration resolved once for every page)', () => {
  test('reports on each page exactly what html-validate reports when it resolves the configuration for that page', async () => {
    const validator = await createHtmlValidator();
    const config = JSON.parse(readFileSync(htmlValidateConfig, 'utf8')) as ConfigData;
    const format = formatterFactory('text');
    const reference = async (html: string, file: string): Promise<string> => {
      const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(html, file);
      return report.valid ? '' : format(report.results);
    };
    // Twice over, so every page also follows every other kind of page.
    for (const [file, html] of [...pages, ...pages.slice().reverse()]) {
      expect(await validator.validate(html, file), file).toBe(await reference(html, file));
    }
    const reports = await Promise.all(pages.map(([file, html]) => validator.validate(html, file)));
    const invalid = pages.filter((_, i) => reports[i] !== '').map(([file]) => file);
    expect(invalid).toEqual([
      'duplicate-id.html',
      'image-without-alt.html',
      'heading-skips-a-level.html',
      'two-main-landmarks.html',
      'div-in-paragraph.html',
    ]);
  });
});

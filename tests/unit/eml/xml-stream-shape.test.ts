/**
 * The XML driver's parser must keep V8's fast property layout with all its handlers set. With a plain
 * SaxesParser, the 7th handler set through `on()` turns the parser into a dictionary object and the
 * whole import runs about 4× slower (see FixedShapeSaxesParser in src/lib/eml/xml-stream.ts).
 * V8's own check (%HasFastProperties) needs --allow-natives-syntax, hence a child process.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const xmlStream = pathToFileURL(path.join(repo, 'src/lib/eml/xml-stream.ts')).href;

function inV8(code: string): string {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('XmlStream parser shape', () => {
  it('keeps fast properties with every handler set, also after a whole document', () => {
    const out = inV8(`
      const { XmlStream } = await import(${JSON.stringify(xmlStream)});
      const seen = [];
      const x = new XmlStream('f.xml', { open() {}, close() {}, end() {} });
      seen.push(%HasFastProperties(x.parser));
      x.write(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><a xmlns="urn:x"><b c="1">t</b></a>'));
      x.close();
      seen.push(%HasFastProperties(x.parser));
      console.log(seen.join(','));
    `);
    expect(out).toBe('true,true');
  });

  it('is needed: a plain SaxesParser with as many handlers goes slow (V8 behaviour this guards against)', () => {
    const out = inV8(`
      const { SaxesParser } = await import('saxes');
      const p = new SaxesParser({ xmlns: true, position: true, fileName: 'f.xml' });
      for (const e of ['doctype', 'xmldecl', 'processinginstruction', 'opentag', 'text', 'cdata', 'closetag', 'end', 'error'])
        p.on(e, () => {});
      console.log(%HasFastProperties(p));
    `);
    // If a future saxes or V8 keeps this fast, the workaround can go; this test then says so.
    expect(out).toBe('false');
  });
});

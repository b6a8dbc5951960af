/**
 * What a file really is, from its first bytes, so a wrong file gets a message about what it is rather
 * than a parser error about what it is not: a zip (or an Excel .xlsx, which is a zip) renamed to .xml or
 * .csv, a gzip, a PDF, or UTF-16 text (Excel's "Unicode text" export). EML_NL and osv4-3 are UTF-8.
 */
const SIGNATURES: [number[], string][] = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    'a zip archive (or an Excel workbook); give it a .zip name, or save the sheet as CSV (UTF-8, ";")',
  ],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty zip archive'],
  [[0x1f, 0x8b], 'a gzip-compressed file; unpack it first (gunzip)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document, not a data file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) workbook; save it as CSV (UTF-8, ";")'],
  [[0xff, 0xfe], 'UTF-16 text; save it as UTF-8 (EML_NL and osv4-3 files are UTF-8)'],
  [[0xfe, 0xff], 'UTF-16 text; save it as UTF-8 (EML_NL and osv4-3 files are UTF-8)'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 text; save it as UTF-8'],
];

/** A sentence ("a PDF document, …") when the bytes are a known non-data format, else null. */
export function foreignFormat(head: Uint8Array): string | null {
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => head[i] === b)) return what;
  }
  // UTF-16 without a BOM: ASCII text with a zero byte after (LE) or before (BE) every character.
  if (head.length >= 8) {
    let le = 0;
    let be = 0;
    for (let i = 0; i + 1 < Math.min(head.length, 64); i += 2) {
      if (head[i] !== 0 && head[i + 1] === 0) le++;
      if (head[i] === 0 && head[i + 1] !== 0) be++;
    }
    const pairs = Math.floor(Math.min(head.length, 64) / 2);
    if (le === pairs || be === pairs)
      return 'UTF-16 text; save it as UTF-8 (EML_NL and osv4-3 files are UTF-8)';
  }
  return null;
}

/** Reads the first chunk, checks it, and yields all chunks unchanged. */
export async function* sniffed(
  chunks: AsyncIterable<Uint8Array>,
  refuse: (what: string) => never,
): AsyncIterable<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      const what = foreignFormat(chunk);
      if (what) refuse(what);
    }
    yield chunk;
  }
}

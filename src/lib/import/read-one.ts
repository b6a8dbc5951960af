/**
 * Reads one input file into its figures: hashes the bytes as they stream by, refuses what is no data
 * file (sniff.ts) and hands the rest to the EML or osv4-3 reader. Every problem becomes a
 * SourceFileError for that file. Used by the import on the main thread and by the parse workers
 * (parse-pool.ts), so both read a file in exactly the same way.
 */
import { readEml } from '../eml/read-eml.ts';
import type { EmlFile } from '../eml/read-eml.ts';
import { readOsvCsv } from '../csv/osv4-3.ts';
import { hashing } from './input.ts';
import type { InputFile } from './input.ts';
import { sniffed } from './sniff.ts';
import { SourceFileError, toSourceFileError } from '../model/source-error.ts';
import type { CountFile, Source } from '../model/types.ts';

/** What one file holds: an EML file of its kind, or an osv4-3 CSV (always one count). */
export type ReadFile = EmlFile | { kind: 'osv4-3'; data: CountFile[] };

export async function readOne(input: InputFile): Promise<ReadFile> {
  const source: Source = {
    id: '',
    file: input.display,
    sha256: '',
    kind: 'osv4-3',
    status: 'official',
    issuer: null,
    created: null,
  };
  try {
    const chunks = sniffed(
      hashing(await input.open(), (sha) => {
        source.sha256 = sha;
      }),
      (what) => {
        throw new SourceFileError(input.display, 1, 1, `this file is ${what}`);
      },
    );
    if (/\.csv$/i.test(input.display)) {
      source.status = 'provisional';
      const data = await readOsvCsv(chunks, source);
      return { kind: 'osv4-3' as const, data: [data] };
    }
    return await readEml(chunks, source);
  } catch (e) {
    throw toSourceFileError(input.display, readableIoError(e));
  }
}

/** "EACCES: permission denied, open '/x/y.xml'" → a sentence about the input file. */
function readableIoError(e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return new Error('cannot read this file: permission denied');
  if (code === 'EISDIR') return new Error('this is a folder, not a file');
  if (code === 'ENOENT') return new Error('the file disappeared while reading it');
  return e;
}

/**
 * Input files for an import: plain files, folders (recursively) and .zip archives.
 *
 * Zip safety (why): archives come from the internet. We refuse entries whose names are absolute or
 * climb out with "..", symbolic links, and archives whose declared uncompressed size is too large
 * (zip bombs); yauzl additionally checks that each entry inflates to its declared size.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { SourceFileError } from '../model/source-error.ts';

export interface InputFile {
  /** Name shown in messages and stored as the source file name ("a.zip!dir/b.xml"). */
  display: string;
  /** Opens the bytes as a stream of chunks. */
  open(): Promise<AsyncIterable<Uint8Array>>;
  /** The file's path when it is a plain file (not a zip entry): a parse worker can open it itself. */
  path?: string;
}

/** Cap on the total uncompressed size of one zip archive. */
export const MAX_ZIP_UNCOMPRESSED = 2 * 1024 * 1024 * 1024;
/** Cap on the compression ratio of one entry (EML compresses about 20:1; bombs far more). */
export const MAX_ZIP_RATIO = 200;

const DATA_FILE = /\.(xml|csv)$/i;

/** Expands the arguments of `npm run import` into input files, sorted by name for deterministic output. */
export async function collectInputs(args: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new SourceFileError(
        arg,
        1,
        1,
        code === 'EACCES' || code === 'EPERM'
          ? 'cannot read this file or folder: permission denied'
          : 'no such file or folder',
      );
    }
    if (info.isDirectory()) {
      let found = 0;
      for (const f of await walk(arg)) {
        if (/\.zip$/i.test(f)) {
          out.push(...(await zipEntries(f)));
          found++;
        } else if (DATA_FILE.test(f)) {
          out.push(plainFile(f));
          found++;
        }
      }
      if (found === 0)
        throw new SourceFileError(
          arg,
          1,
          1,
          'this folder holds no .xml, .csv or .zip files; give the folder with the EML or osv4-3 files',
        );
    } else if (/\.zip$/i.test(arg)) out.push(...(await zipEntries(arg)));
    else out.push(plainFile(arg));
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new SourceFileError(
      dir,
      1,
      1,
      `cannot read this folder (${e.code === 'EACCES' ? 'permission denied' : (e.code ?? e.message)})`,
    );
  });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else if (e.isFile()) files.push(p);
  }
  return files;
}

export function plainFile(file: string): InputFile {
  return {
    display: file,
    path: file,
    open: async () => createReadStream(file, { highWaterMark: 1 << 16 }),
  };
}

/** Bytes read from disk at a time by `syncChunks`. */
const SYNC_BLOCK = 1 << 20;
/** Size of the chunks handed to the readers, the same as plainFile's stream gives. */
const CHUNK = 1 << 16;

/**
 * The bytes of a plain file, read with blocking reads of 1 MB and handed out in 64 KB chunks like
 * plainFile's stream. For a parse worker (parse-pool.ts), whose thread has nothing else to do: each
 * asynchronous read is a round trip through libuv's thread pool, and on a busy 2-core machine the
 * worker waited on those round trips for a sixth of its time (TK2023 profile). The memory held stays
 * one block, whatever the file's size.
 */
export function syncFile(file: string): InputFile {
  return {
    display: file,
    path: file,
    open: async () => syncChunks(file),
  };
}

async function* syncChunks(file: string): AsyncIterable<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      // A fresh block each time: a reader may keep a view on an earlier chunk (the sniffed head).
      const block = Buffer.allocUnsafe(SYNC_BLOCK);
      const n = readSync(fd, block, 0, SYNC_BLOCK, null);
      if (n === 0) return;
      for (let at = 0; at < n; at += CHUNK) yield block.subarray(at, Math.min(n, at + CHUNK));
    }
  } finally {
    closeSync(fd);
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true }, (err, zip) => {
      if (err) reject(new SourceFileError(file, 1, 1, `not a readable zip archive: ${err.message}`));
      else resolve(zip);
    });
  });
}

/** Lists the data entries of a zip after the safety checks; entries are opened lazily. */
export async function zipEntries(file: string): Promise<InputFile[]> {
  const zip = await openZip(file);
  const entries: yauzl.Entry[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        const fail = (msg: string) => reject(new SourceFileError(`${file}!${name}`, 1, 1, msg));
        if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split(/[\\/]/).includes('..')) {
          fail('zip entry with an absolute path or ".." (path traversal) refused; the archive is unsafe');
          return;
        }
        const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
        if (mode === 0o120000) {
          fail('zip entry is a symbolic link; refused');
          return;
        }
        total += entry.uncompressedSize;
        if (total > MAX_ZIP_UNCOMPRESSED) {
          fail(`the archive unpacks to more than ${MAX_ZIP_UNCOMPRESSED} bytes (zip bomb?); refused`);
          return;
        }
        if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > MAX_ZIP_RATIO) {
          fail(`zip entry compresses more than ${MAX_ZIP_RATIO}:1 (zip bomb?); refused`);
          return;
        }
        // A zip inside the zip is not opened (each level multiplies the zip-bomb risk); say so rather
        // than skip its files silently.
        if (!name.endsWith('/') && /\.zip$/i.test(name)) {
          fail('the archive contains another zip archive; unpack the outer archive and import the inner one');
          return;
        }
        if (!name.endsWith('/') && DATA_FILE.test(name)) entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) => {
        // yauzl itself refuses absolute paths and ".." entries (strictFileNames); say so plainly.
        const unsafe = /relative path|absolute path|invalid characters/.test(err.message);
        const msg = unsafe
          ? `unsafe zip entry refused (absolute path or ".." path traversal): ${err.message}`
          : `damaged zip archive: ${err.message}`;
        reject(new SourceFileError(file, 1, 1, msg));
      });
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    throw e;
  }
  if (entries.length === 0) {
    zip.close();
    throw new SourceFileError(
      file,
      1,
      1,
      'the archive holds no .xml or .csv files; give an archive with the EML or osv4-3 files',
    );
  }
  entries.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  return entries.map((entry) => ({
    display: `${file}!${entry.fileName}`,
    open: () =>
      new Promise<AsyncIterable<Uint8Array>>((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err)
            reject(
              new SourceFileError(`${file}!${entry.fileName}`, 1, 1, `cannot read zip entry: ${err.message}`),
            );
          else resolve(stream);
        });
      }),
  }));
}

/** Passes chunks through while computing their SHA-256 and byte count. */
export async function* hashing(
  chunks: AsyncIterable<Uint8Array>,
  done: (sha256: string, bytes: number, head: Uint8Array) => void,
): AsyncIterable<Uint8Array> {
  const hash = createHash('sha256');
  let bytes = 0;
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (bytes === 0) head = chunk.subarray(0, 64);
    hash.update(chunk);
    bytes += chunk.length;
    yield chunk;
  }
  done(hash.digest('hex'), bytes, head);
}

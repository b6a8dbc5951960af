/**
 * Reads one EML_NL file of any supported kind from a stream of byte chunks: the root element's Id
 * chooses the reader (110a, 230b/c, 510a/b/c/d, 520).
 */
import { XmlStream } from './xml-stream.ts';
import type { XmlHandler } from './xml-stream.ts';
import { checkRoot, EML_KINDS } from './common.ts';
import { create510Reader } from './count-510.ts';
import { create230Reader } from './candidate-list-230.ts';
import { create110aReader } from './definition-110a.ts';
import { create110bReader } from './polling-stations-110b.ts';
import { StructureChecker } from './structure.ts';
import { create520Reader } from './result-520.ts';
import type { EmlReader } from './reader.ts';
import type {
  CandidateListsFile,
  CountFile,
  ElectionDefinitionFile,
  EmlKind,
  PollingStationsFile,
  ResultFile,
  Source,
} from '../model/types.ts';

/** 230 and 510 files may hold several Contests (EML_NL schema): one entry per contest, in file order. */
export type EmlFile =
  | { kind: '110a'; data: ElectionDefinitionFile }
  | { kind: '110b'; data: PollingStationsFile }
  | { kind: '230b' | '230c'; data: CandidateListsFile[] }
  | { kind: '510a' | '510b' | '510c' | '510d'; data: CountFile[] }
  | { kind: '520'; data: ResultFile };

function readerFor(kind: EmlKind, xml: () => XmlStream, source: Source): EmlReader<unknown> {
  switch (kind) {
    case '110a':
      return create110aReader(xml, source);
    case '110b':
      return create110bReader(xml, source);
    case '230b':
    case '230c':
      return create230Reader(xml, source);
    case '520':
      return create520Reader(xml, source);
    default:
      return create510Reader(xml, source);
  }
}

/**
 * Parses EML from `chunks`; throws SourceFileError with file:line:column on any problem. Every element
 * passes the EML_NL structure check (structure.ts) before the kind's reader sees it.
 */
export async function readEml(chunks: AsyncIterable<Uint8Array>, source: Source): Promise<EmlFile> {
  let reader: EmlReader<unknown> | null = null;
  let structure: StructureChecker | null = null;
  let kind: EmlKind | null = null;
  const dispatcher: XmlHandler = {
    open(name, attributes, path, at) {
      if (!reader) {
        kind = checkRoot(xml, name, attributes, at, EML_KINDS);
        reader = readerFor(kind, () => xml, source);
        structure = new StructureChecker(kind);
        source.kind = kind;
      }
      structure!.open(name, attributes, path.length, at, xml);
      reader.open(name, attributes, path, at);
    },
    close(name, text, path, at) {
      structure!.close(name, text, xml);
      reader!.close(name, text, path, at);
    },
    end() {},
  };
  const xml: XmlStream = new XmlStream(source.file, dispatcher);
  for await (const chunk of chunks) xml.write(chunk);
  xml.close();
  // TypeScript cannot see the assignment inside the callbacks, hence the widening casts.
  const done = reader as unknown as EmlReader<unknown> | null;
  if (!done) xml.fail('the file is empty or has no root element');
  return { kind, data: done.result() } as unknown as EmlFile;
}

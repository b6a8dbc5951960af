/**
 * Reads one EML_NL file of any supported kind from a stream of byte chunks: the root element's Id
 * chooses the reader (110a, 230b, 510b/c/d, 520).
 */
import type { SaxesAttributeNS } from 'saxes';
import { XmlStream } from './xml-stream.ts';
import type { Position, XmlHandler } from './xml-stream.ts';
import { checkRoot, EML_KINDS } from './common.ts';
import { create510Reader } from './count-510.ts';
import { create230Reader } from './candidate-list-230.ts';
import { create110aReader } from './definition-110a.ts';
import { create520Reader } from './result-520.ts';
import type {
  CandidateListsFile,
  CountFile,
  ElectionDefinitionFile,
  ResultFile,
  Source,
} from '../model/types.ts';

export type EmlFile =
  | { kind: '110a'; data: ElectionDefinitionFile }
  | { kind: '230b'; data: CandidateListsFile }
  | { kind: '510b' | '510c' | '510d'; data: CountFile }
  | { kind: '520'; data: ResultFile };

type Reader = XmlHandler & { result(): unknown };

/** Parses EML from `chunks`; throws InputError with file:line:column on any problem. */
export async function readEml(chunks: AsyncIterable<Uint8Array>, source: Source): Promise<EmlFile> {
  let reader: Reader | null = null;
  let kind: string | null = null;
  const dispatcher: XmlHandler = {
    open(name: string, attributes: Record<string, SaxesAttributeNS>, path: readonly string[], at: Position) {
      if (!reader) {
        kind = checkRoot(xml, name, attributes, at, EML_KINDS);
        const get = () => xml;
        reader =
          kind === '110a'
            ? create110aReader(get, source)
            : kind === '230b'
              ? create230Reader(get, source)
              : kind === '520'
                ? create520Reader(get, source)
                : create510Reader(get, source);
        source.kind = kind as Source['kind'];
      }
      reader.open(name, attributes, path, at);
    },
    close(name: string, text: string, path: readonly string[], at: Position) {
      reader!.close(name, text, path, at);
    },
    end() {},
  };
  const xml: XmlStream = new XmlStream(source.file, dispatcher);
  for await (const chunk of chunks) xml.write(chunk);
  xml.close();
  // TypeScript cannot see the assignment inside the callbacks, hence the widening casts.
  const done = reader as unknown as Reader | null;
  if (!done) xml.fail('the file is empty or has no root element');
  return { kind, data: done.result() } as unknown as EmlFile;
}

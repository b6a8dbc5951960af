/**
 * The part every EML_NL reader shares (EML_NL 110a/230/510/520 all start the same way): the root check,
 * the header (ManagingAuthority, kr:CreationDateTime), the ElectionIdentifier subtree and, for the kinds
 * that carry full candidate data (230, 520), the Candidate subtree. A reader built with `createEmlReader`
 * only handles what is specific to its kind; the elements consumed here never reach it.
 */
import type { SaxesAttributeNS } from 'saxes';
import type { Position, XmlHandler, XmlStream } from './xml-stream.ts';
import { checkRoot, ElectionIdentifierBuilder, HeaderBuilder } from './common.ts';
import { CandidateBuilder } from './candidates.ts';
import type { Candidate, ElectionIdentifier, EmlKind, Source } from '../model/types.ts';

/** What the shared part has read, handed to the kind-specific `result`. */
export interface EmlContext {
  xml: XmlStream;
  kind: EmlKind;
  election: ElectionIdentifier;
  /** Every Election of the file in order (only a 110b may hold more than one). */
  elections: ElectionIdentifier[];
  /** Where the (first) ElectionIdentifier starts. */
  electionAt: Position;
  header: HeaderBuilder;
  rootAt: Position;
}

export interface EmlBody<T> {
  /** EML Id values this body reads (e.g. ['510a', '510b', '510c', '510d']). */
  accepted: readonly EmlKind[];
  /** When set, Candidate subtrees are collected into a Candidate and handed to `candidate`. */
  candidate?: (c: Candidate, xml: XmlStream, at: Position) => void;
  open(
    name: string,
    attributes: Record<string, SaxesAttributeNS>,
    path: readonly string[],
    at: Position,
    xml: XmlStream,
  ): void;
  close(name: string, text: string, path: readonly string[], at: Position, xml: XmlStream): void;
  result(ctx: EmlContext): T;
}

export type EmlReader<T> = XmlHandler & { result(): T };

/** ElectionIdentifier sits at EML/<message>/Election/ElectionIdentifier in every kind. */
function inElectionIdentifier(path: readonly string[]): boolean {
  return path.length >= 4 && path[3] === 'ElectionIdentifier';
}

export function createEmlReader<T>(xml: () => XmlStream, source: Source, body: EmlBody<T>): EmlReader<T> {
  const header = new HeaderBuilder();
  let electionId = new ElectionIdentifierBuilder();
  const elections: ElectionIdentifier[] = [];
  let electionAt: Position = { line: 1, column: 1 };
  const cand = new CandidateBuilder();
  let kind: EmlKind | null = null;
  let election: ElectionIdentifier | null = null;
  let rootAt: Position = { line: 1, column: 1 };
  let inCandidate = false;

  return {
    open(name, attributes, path, at) {
      const x: XmlStream = xml();
      if (path.length === 1) {
        kind = checkRoot(x, name, attributes, at, body.accepted);
        rootAt = at;
        return;
      }
      header.open(name, attributes, path);
      if (inElectionIdentifier(path)) {
        if (name === 'ElectionIdentifier') electionId = new ElectionIdentifierBuilder();
        electionId.open(name, attributes, at);
        return;
      }
      if (inCandidate) {
        cand.open(name, attributes);
        return;
      }
      if (name === 'Candidate' && body.candidate) {
        inCandidate = true;
        cand.reset();
      }
      body.open(name, attributes, path, at, x);
    },
    close(name, text, path, at) {
      const x: XmlStream = xml();
      if (header.close(name, text, path)) return;
      if (inElectionIdentifier(path)) {
        electionId.close(name, text);
        if (name === 'ElectionIdentifier') {
          const built = electionId.build(x, at);
          if (!election) {
            election = built;
            electionAt = electionId.at;
          }
          elections.push(built);
        }
        return;
      }
      if (inCandidate) {
        if (name !== 'Candidate') {
          cand.close(name, text);
          return;
        }
        inCandidate = false;
        body.candidate!(cand.c, x, at);
      }
      body.close(name, text, path, at, x);
    },
    end() {},
    result() {
      const x: XmlStream = xml();
      if (!kind) x.fail('the root element EML is missing', rootAt);
      if (!election) x.fail('missing required element ElectionIdentifier', rootAt);
      source.issuer = header.issuerName;
      source.created = header.created;
      return body.result({ xml: x, kind, election, elections, electionAt, header, rootAt });
    },
  };
}

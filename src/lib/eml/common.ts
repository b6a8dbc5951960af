/**
 * Parts shared by all EML_NL readers: the root check, the header (issuer, creation time) and the
 * ElectionIdentifier (EML_NL 110a/230b/510/520 all carry the same structure).
 */
import type { SaxesAttributeNS } from 'saxes';
import type { Position, XmlStream } from './xml-stream.ts';
import type { ElectionIdentifier, EmlKind } from '../model/types.ts';
import { checkDomain, SUBCATEGORIES } from '../model/election-law.ts';

export const EML_KINDS: readonly EmlKind[] = [
  '110a',
  '110b',
  '230b',
  '230c',
  '510a',
  '510b',
  '510c',
  '510d',
  '520',
];

export function attr(attributes: Record<string, SaxesAttributeNS>, name: string): string | undefined {
  return attributes[name]?.value;
}

/** Checks the root element and returns the EML Id (e.g. "510b"). */
export function checkRoot(
  xml: XmlStream,
  name: string,
  attributes: Record<string, SaxesAttributeNS>,
  at: Position,
  accepted: readonly string[],
): EmlKind {
  if (name !== 'EML') {
    const shown = name.startsWith('{') ? `${name} (wrong namespace)` : name;
    xml.fail(
      `the root element is ${shown}; expected EML in namespace urn:oasis:names:tc:evs:schema:eml (EML_NL)`,
      at,
    );
  }
  const id = attr(attributes, 'Id');
  if (id === undefined || !accepted.includes(id)) {
    xml.fail(
      `EML Id="${id ?? ''}" is not one of the supported kinds (${accepted.join(', ')}); import election definitions (110a), polling-station lists (110b), candidate lists (230b/c), counts (510a-d) or results (520)`,
      at,
    );
  }
  return id as EmlKind;
}

/** Parses xs:nonNegativeInteger as a safe JavaScript integer; anything else is an error (never rounded). */
export function parseCount(xml: XmlStream, text: string, what: string, at: Position): number {
  const t = text.trim();
  if (!/^\+?\d+$/.test(t)) {
    if (/^-\d+$/.test(t)) xml.fail(`${what} is negative (${t}); counts must be 0 or more`, at);
    xml.fail(`${what} is not a whole number: "${t.slice(0, 40)}"`, at);
  }
  const n = Number(t);
  if (!Number.isSafeInteger(n)) {
    xml.fail(`${what} is too large to be a real count (${t.slice(0, 40)})`, at);
  }
  return n;
}

/** Collects the ElectionIdentifier subtree (when the path is inside it). */
export class ElectionIdentifierBuilder {
  id = '';
  name = '';
  category = '';
  subcategory: string | null = null;
  date = '';
  nominationDate: string | null = null;
  domainId: string | null = null;
  domainName: string | null = null;
  /** kr:ElectionDomain present (with or without Id: the PS2023 definitions name the province only). */
  sawDomain = false;
  seen = false;
  at: Position = { line: 1, column: 1 };

  open(name: string, attributes: Record<string, SaxesAttributeNS>, at?: Position): void {
    if (name === 'ElectionIdentifier') {
      this.seen = true;
      this.id = attr(attributes, 'Id') ?? '';
      if (at) this.at = at;
    } else if (name === 'kr:ElectionDomain') {
      this.sawDomain = true;
      this.domainId = attr(attributes, 'Id') ?? null;
    }
  }

  close(name: string, text: string): void {
    const t = text.trim();
    switch (name) {
      case 'ElectionName':
        this.name = t;
        break;
      case 'ElectionCategory':
        this.category = t;
        break;
      case 'kr:ElectionSubcategory':
        this.subcategory = t;
        break;
      case 'kr:ElectionDate':
        this.date = t;
        break;
      case 'kr:NominationDate':
        this.nominationDate = t;
        break;
      case 'kr:ElectionDomain':
        this.domainName = t || null;
        break;
    }
  }

  build(xml: XmlStream, at: Position): ElectionIdentifier {
    if (!this.seen) xml.fail('missing required element ElectionIdentifier', at);
    if (!this.id) xml.fail('ElectionIdentifier has no Id attribute', at);
    if (!this.category) xml.fail('missing required element ElectionCategory', at);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.date))
      xml.fail('missing or invalid kr:ElectionDate (expected YYYY-MM-DD)', at);
    const domainProblem = checkDomain(this.category, this.sawDomain ? { id: this.domainId } : null);
    if (domainProblem) xml.fail(domainProblem, this.at);
    const allowed = SUBCATEGORIES[this.category];
    if (this.subcategory !== null && allowed && !allowed.includes(this.subcategory))
      xml.fail(
        `kr:ElectionSubcategory ${this.subcategory} does not belong to ElectionCategory ${this.category} (allowed: ${allowed.join(', ')}; EML_NL ElectionSubcategoryType); use the file as the election software exported it`,
        this.at,
      );
    return {
      id: this.id,
      eventId: this.id.split('_')[0] ?? this.id,
      name: this.name,
      category: this.category,
      subcategory: this.subcategory,
      date: this.date,
      nominationDate: this.nominationDate,
      domain: this.domainId === null ? null : { id: this.domainId, name: this.domainName },
    };
  }
}

/** Issuer and creation time, common to every EML_NL message. */
export class HeaderBuilder {
  issuerId: string | null = null;
  issuerName: string | null = null;
  created: string | null = null;

  close(name: string, text: string, path: readonly string[]): boolean {
    if (path.length === 3 && name === 'AuthorityIdentifier' && path[1] === 'ManagingAuthority') {
      this.issuerName = text.trim() || null;
      return true;
    }
    if (path.length === 2 && name === 'kr:CreationDateTime') {
      this.created = text.trim() || null;
      return true;
    }
    return false;
  }

  open(name: string, attributes: Record<string, SaxesAttributeNS>, path: readonly string[]): void {
    if (path.length === 3 && name === 'AuthorityIdentifier' && path[1] === 'ManagingAuthority') {
      this.issuerId = attr(attributes, 'Id') ?? null;
    }
  }
}

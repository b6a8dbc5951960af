/**
 * What the EML_NL "kiesraad-strict" schemas (shared/data/eml-nl-xsd, kiesraad/EML_NL) require of each
 * kind of file, checked while the file streams by: the body element that goes with the root's Id,
 * the required child elements (minOccurs ≥ 1 outside choices), required attributes and the
 * enumerations that carry meaning (categories, subcategories, reason codes, list types).
 *
 * Why not a general XSD validator: the only complete ones (libxml2, Xerces) are native or build the
 * whole document in memory, and count files can be hundreds of MB. This checker keeps one small
 * frame per open element (the depth of the tree), so memory stays flat. It checks presence and
 * values, not the order of elements, and it does not refuse elements the schema does not list:
 * the Kiesraad's own files carry a few (a kr:NominationDate in a 110b).
 */
import type { SaxesAttributeNS } from 'saxes';
import type { EmlKind } from '../model/types.ts';
import type { Position, XmlStream } from './xml-stream.ts';

interface AttributeRule {
  required?: boolean;
  values?: readonly string[];
  pattern?: RegExp;
  /** Shown instead of the pattern. */
  expected?: string;
}

interface ElementRule {
  /** Child elements that must be present (schema minOccurs ≥ 1). */
  required?: readonly string[];
  attributes?: Readonly<Record<string, AttributeRule>>;
  /** Allowed text content. */
  values?: readonly string[];
  pattern?: RegExp;
  expected?: string;
}

/** Rules for an element name, optionally depending on its parent element. */
type RuleEntry = ElementRule | { byParent: Readonly<Record<string, ElementRule>>; other?: ElementRule };

const CATEGORIES = ['EK', 'TK', 'EP', 'PS', 'AB', 'GR', 'BC', 'GC', 'ER', 'NR', 'PR', 'LR', 'IR'];
const SUBCATEGORIES = [
  'PS1',
  'PS2',
  'AB1',
  'AB2',
  'GR1',
  'GR2',
  'BC',
  'GC',
  'ER1',
  'TK',
  'EK',
  'EP',
  'NR',
  'PR',
  'LR',
  'IR',
];
const REJECTED_REASONS = ['blanco', 'ongeldig'];
const UNCOUNTED_REASONS = [
  'geldige stempassen',
  'geldige volmachtbewijzen',
  'geldige kiezerspassen',
  'toegelaten kiezers',
  'meer getelde stembiljetten',
  'minder getelde stembiljetten',
  'meegenomen stembiljetten',
  'te weinig uitgereikte stembiljetten',
  'te veel uitgereikte stembiljetten',
  'geen briefstembiljetten',
  'te veel briefstembiljetten',
  'kwijtgeraakte stembiljetten',
  'geen verklaring',
  'andere verklaring',
];
const REGION_CATEGORIES = [
  'DEELGEMEENTE',
  'GEMEENTE',
  'KIESKRING',
  'PROVINCIE',
  'PROVINCIAAL_KIESKRING',
  'PROVINCIAAL_STEMBUREAU',
  'STAAT',
  'STEMBUREAU',
  'WATERSCHAP',
  'WATERSCHAP_KIESKRING',
  'WATERSCHAP_GEMEENTE',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Shared by every kind (kiesraad-eml-restrictions.xsd, kiesraad-eml-extensions.xsd). */
const COMMON: Record<string, RuleEntry> = {
  ManagingAuthority: { required: ['AuthorityIdentifier'] },
  ElectionIdentifier: {
    required: ['ElectionCategory', 'kr:ElectionDate'],
    attributes: {
      Id: {
        required: true,
        // XSD \w is every character but punctuation, separators and controls (XML Schema F.1).
        pattern:
          /^(EP|EK|TK|GR|BC|GC|ER|PS|AB|NR|PR|LR|IR)2\d\d\d(\d\d\d\d)?(_(?:[^\p{P}\p{Z}\p{C}]|[_-])*)?$/u,
        expected: 'the category and year, e.g. "TK2023" or "GR2022_WestMaasenWaal" (ElectionIdType)',
      },
    },
  },
  ElectionCategory: { values: CATEGORIES },
  'kr:ElectionSubcategory': { values: SUBCATEGORIES },
  'kr:ElectionDomain': {
    attributes: {
      Id: {
        pattern: /^(\d{4}|[12]?[0-9])$/,
        expected: 'a 4-digit municipality code or a province/water-board number (1-29)',
      },
    },
  },
  'kr:ElectionDate': { pattern: DATE, expected: 'a date YYYY-MM-DD' },
  'kr:NominationDate': { pattern: DATE, expected: 'a date YYYY-MM-DD' },
  ContestIdentifier: { attributes: { Id: { required: true } } },
  // emlcore VotingMethodType; MaxVotes is xs:positiveInteger with a default, so it may be empty.
  VotingMethod: {
    values: [
      'AMS',
      'FPP',
      'IRV',
      'NOR',
      'OPV',
      'RCV',
      'SPV',
      'STV',
      'cumulative',
      'approval',
      'block',
      'supporterlist',
      'partisan',
      'supplementaryvote',
      'other',
    ],
  },
  MaxVotes: { pattern: /^\s*(\+?0*[1-9]\d*)?\s*$/, expected: 'a whole number above 0 (or empty)' },
};

/** The body element of each kind: the one child of EML that carries the data. */
const BODY: Record<string, string> = {
  ElectionEvent: 'an election definition (110a) or polling-station list (110b)',
  CandidateList: 'candidate lists (230b/230c)',
  Count: 'a count (510a-d)',
  Result: 'a result (520)',
};
const BODY_OF: Record<EmlKind, string> = {
  '110a': 'ElectionEvent',
  '110b': 'ElectionEvent',
  '230b': 'CandidateList',
  '230c': 'CandidateList',
  '510a': 'Count',
  '510b': 'Count',
  '510c': 'Count',
  '510d': 'Count',
  '520': 'Result',
};
/** Elements that only one of the two ElectionEvent kinds has: they tell 110a and 110b apart. */
const MARKS: Record<string, EmlKind> = {
  'kr:NumberOfSeats': '110a',
  'kr:ElectionTree': '110a',
  'kr:RegisteredParties': '110a',
  PollingPlace: '110b',
  ReportingUnit: '110b',
};

const XSD: Record<string, string> = {
  '110a': '110a-electionevent-kiesraad-strict.xsd',
  '110b': '110b-electionevent-kiesraad-strict.xsd',
  '230': '230-candidatelist-kiesraad-strict.xsd',
  '510': '510-count-kiesraad-strict.xsd',
  '520': '520-result-kiesraad-strict.xsd',
};

const RULES: Record<string, Record<string, RuleEntry>> = {
  '110a': {
    EML: { required: ['TransactionId', 'ElectionEvent'] },
    ElectionEvent: { required: ['EventIdentifier', 'Election'] },
    Election: {
      required: [
        'ElectionIdentifier',
        'Contest',
        'kr:NumberOfSeats',
        'kr:PreferenceThreshold',
        'kr:ElectionTree',
        'kr:RegisteredParties',
      ],
    },
    ElectionIdentifier: {
      ...(COMMON['ElectionIdentifier'] as ElementRule),
      // kr:NominationDate is required too, but a missing one is left to the reader: checking it here
      // would hide the clearer "the kind and the body disagree" of a 110b sent as a 110a.
      required: ['ElectionName', 'ElectionCategory', 'kr:ElectionSubcategory', 'kr:ElectionDate'],
    },
    Contest: { required: ['ContestIdentifier', 'VotingMethod', 'MaxVotes'] },
    'kr:ElectionTree': { required: ['kr:Region'] },
    'kr:Region': {
      required: ['kr:RegionName'],
      attributes: { RegionCategory: { required: true, values: REGION_CATEGORIES } },
    },
    'kr:Committee': {
      attributes: { CommitteeCategory: { required: true, values: ['CSB', 'HSB', 'PROV_SB', 'PSB'] } },
    },
    'kr:RegisteredParty': { required: ['kr:RegisteredAppellation'] },
  },
  '110b': {
    EML: { required: ['TransactionId', 'ManagingAuthority', 'ElectionEvent'] },
    ElectionEvent: { required: ['EventIdentifier', 'Election'] },
    Election: { required: ['ElectionIdentifier', 'Contest'] },
    Contest: { required: ['ContestIdentifier', 'ReportingUnit', 'VotingMethod', 'MaxVotes', 'PollingPlace'] },
    ReportingUnit: { required: ['ReportingUnitIdentifier'] },
    PollingPlace: {
      required: ['PhysicalLocation'],
      attributes: { Channel: { required: true, values: ['polling', 'postal'] } },
    },
    PhysicalLocation: { required: ['Address', 'PollingStation'] },
    Address: { required: ['Locality'] },
    Locality: { required: ['xal:LocalityName'] },
    PollingStation: {
      attributes: { Id: { required: true, pattern: /^\d+$/, expected: 'the station number (digits)' } },
      pattern: /^\s*\d+\s*$/,
      expected: 'the number of voters (digits)',
    },
  },
  '230': {
    EML: { required: ['TransactionId', 'ManagingAuthority', 'IssueDate', 'CandidateList'] },
    CandidateList: { required: ['Election'] },
    Election: { required: ['ElectionIdentifier', 'Contest'] },
    Contest: { required: ['ContestIdentifier', 'Affiliation'] },
    Affiliation: { required: ['AffiliationIdentifier', 'Type', 'kr:ListData', 'Candidate'] },
    AffiliationIdentifier: { required: ['RegisteredName'] },
    Type: { values: ['lijstengroep', 'stel gelijkluidende lijsten', 'op zichzelf staande lijst'] },
    'kr:ListData': { attributes: { PublishGender: { required: true, values: ['true', 'false', '1', '0'] } } },
    Candidate: { required: ['CandidateIdentifier'] },
    CandidateIdentifier: {
      attributes: { Id: { required: true, pattern: /^[1-9]\d*$/, expected: 'the position on the list' } },
    },
  },
  '510': {
    EML: { required: ['TransactionId', 'ManagingAuthority', 'Count'] },
    Count: { required: ['EventIdentifier', 'Election'] },
    Election: { required: ['ElectionIdentifier', 'Contests'] },
    Contests: { required: ['Contest'] },
    Contest: { required: ['ContestIdentifier'] },
    AffiliationIdentifier: { required: ['RegisteredName'] },
    RejectedVotes: { attributes: { ReasonCode: { required: true, values: REJECTED_REASONS } } },
    'kr:InitialRejectedVotes': { attributes: { ReasonCode: { required: true, values: REJECTED_REASONS } } },
    UncountedVotes: { attributes: { ReasonCode: { required: true, values: UNCOUNTED_REASONS } } },
    'kr:InitialUncountedVotes': {
      attributes: { ReasonCode: { required: true, values: UNCOUNTED_REASONS } },
    },
    'kr:CountingMethod': {
      attributes: {
        MethodCode: { required: true, values: ['centrale stemopneming', 'decentrale stemopneming'] },
      },
    },
    'kr:Phase': { attributes: { PhaseCode: { required: true, values: ['eerste zitting', 'corrigendum'] } } },
  },
  '520': {
    EML: { required: ['TransactionId', 'ManagingAuthority', 'Result'] },
    Result: { required: ['Election'] },
    Election: { required: ['ElectionIdentifier', 'Contest'] },
    Contest: { required: ['ContestIdentifier', 'Selection'] },
    Selection: { required: ['Elected'] },
    AffiliationIdentifier: { required: ['RegisteredName'] },
    Candidate: { required: ['CandidateIdentifier', 'CandidateFullName'] },
    Elected: { values: ['yes', 'no'] },
  },
};

function schemaGroup(kind: EmlKind): string {
  return kind.startsWith('230') ? '230' : kind.startsWith('510') ? '510' : kind;
}

interface Frame {
  name: string;
  at: Position;
  rule: ElementRule | undefined;
  /** Children seen so far; only kept when the rule requires some. */
  seen: Set<string> | null;
}

const FIX = 'use the file as the election software exported it';

/** The attribute rules of an element as a list, made once per rule rather than once per element. */
const attributeRuleLists = new WeakMap<object, [string, AttributeRule][]>();
function attributeRules(rules: Readonly<Record<string, AttributeRule>>): [string, AttributeRule][] {
  let list = attributeRuleLists.get(rules);
  if (!list) attributeRuleLists.set(rules, (list = Object.entries(rules)));
  return list;
}

/** What to say when a required element is missing: why it matters, and what to do. */
const MISSING_HINT: Record<string, string> = {
  'kr:NumberOfSeats': 'the number of seats decides the whole seat allocation',
  'kr:PreferenceThreshold': 'the preference threshold decides who is elected on preference votes',
  'kr:ElectionSubcategory': 'the subcategory says which seat-allocation rules apply',
  'kr:ElectionTree': 'the election tree lists the kieskringen and municipalities of the election',
  'kr:Region': 'an election tree without regions names no kieskring or municipality',
  Affiliation: 'a candidate list file without lists names no party',
  Candidate: 'a list without candidates cannot win a seat (Kieswet H 1)',
  PollingPlace: 'a polling-station list without stations is empty',
};

/**
 * Streaming structure check for one EML file. Feed it every open/close (after the root is known);
 * it throws through `xml.fail` with the file, line and column of the offending element.
 */
export class StructureChecker {
  private readonly rules: Record<string, RuleEntry>;
  private readonly stack: Frame[] = [];
  private readonly group: string;
  private readonly kind: EmlKind;
  constructor(kind: EmlKind) {
    this.kind = kind;
    this.group = schemaGroup(kind);
    this.rules = RULES[this.group] ?? {};
  }

  private ruleFor(name: string, parent: string | undefined): ElementRule | undefined {
    const entry = this.rules[name] ?? COMMON[name];
    if (!entry) return undefined;
    if ('byParent' in entry)
      return (parent !== undefined ? entry.byParent[parent] : undefined) ?? entry.other;
    return entry;
  }

  private where(): string {
    return `EML_NL ${this.kind} (${XSD[this.group]})`;
  }

  open(
    name: string,
    attributes: Record<string, SaxesAttributeNS>,
    depth: number,
    at: Position,
    xml: XmlStream,
  ): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent?.seen) parent.seen.add(name);
    if (depth === 2 && BODY[name] !== undefined && BODY_OF[this.kind] !== name) {
      xml.fail(
        `the root says Id="${this.kind}" but the body is ${name}, which is ${BODY[name]}; the kind and the body disagree. Set Id to the kind of the body, or use the file as the election software exported it`,
        at,
      );
    }
    const mark = MARKS[name];
    if (mark !== undefined && mark !== this.kind && (this.kind === '110a' || this.kind === '110b')) {
      xml.fail(
        `${name} belongs to ${mark === '110a' ? 'an election definition (110a)' : 'a polling-station list (110b)'}, but the root says Id="${this.kind}"; the kind and the body disagree. Set Id="${mark}" if this is ${mark === '110a' ? 'a definition' : 'a polling-station list'}`,
        at,
      );
    }
    const rule = this.ruleFor(name, parent?.name);
    if (rule?.attributes) {
      for (const [attrName, a] of attributeRules(rule.attributes)) {
        const v = attributes[attrName]?.value;
        if (v === undefined) {
          if (a.required)
            xml.fail(`${name} has no ${attrName} attribute; ${this.where()} requires it; ${FIX}`, at);
          continue;
        }
        if (a.values && !a.values.includes(v.trim()))
          xml.fail(
            `${name} ${attrName}="${v.slice(0, 60)}" is not one of the values ${this.where()} allows (${a.values.join(', ')}); ${FIX}`,
            at,
          );
        if (a.pattern && !a.pattern.test(v))
          xml.fail(
            `${name} ${attrName}="${v.slice(0, 60)}" is not ${a.expected ?? `of the form ${a.pattern.source}`}; ${FIX}`,
            at,
          );
      }
    }
    this.stack.push({ name, at, rule, seen: rule?.required ? new Set() : null });
  }

  close(name: string, text: string, xml: XmlStream): void {
    const frame = this.stack.pop();
    if (!frame || frame.name !== name) return;
    const rule = frame.rule;
    if (!rule) return;
    if (rule.required && frame.seen) {
      for (const child of rule.required) {
        if (frame.seen.has(child)) continue;
        const hint = MISSING_HINT[child];
        xml.fail(
          `${name} has no ${child}; ${this.where()} requires it${hint ? ` (${hint})` : ''}. Use the file as the election software exported it, or restore the ${child} element`,
          frame.at,
        );
      }
    }
    if (rule.values || rule.pattern) {
      const t = text.trim();
      if (rule.values && !rule.values.includes(t))
        xml.fail(
          `${name} "${t.slice(0, 60)}" is not one of the values ${this.where()} allows (${rule.values.join(', ')}); ${FIX}`,
          frame.at,
        );
      if (rule.pattern && !rule.pattern.test(text))
        xml.fail(
          `${name} "${t.slice(0, 60)}" is not ${rule.expected ?? `of the form ${rule.pattern.source}`}; ${FIX}`,
          frame.at,
        );
    }
  }
}

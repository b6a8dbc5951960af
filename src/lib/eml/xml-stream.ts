/**
 * Streaming, namespace-aware XML driver on saxes for EML_NL files.
 *
 * Security and strictness (why): EML files are published by many municipalities and pass through many
 * hands. saxes never expands DTD entities, but we go further and refuse any DOCTYPE outright, so entity
 * expansion ("billion laughs") and external entities (XXE) cannot even be declared. Bytes are decoded with
 * a fatal UTF-8 decoder (EML_NL mandates UTF-8), so a wrong encoding stops the import instead of turning
 * names into mojibake. Files can be tens of MB on one line, so we never hold the document as a string.
 */
import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesOptions, SaxesTagNS } from 'saxes';
import { SourceFileError } from '../model/source-error.ts';

export const NS_EML = 'urn:oasis:names:tc:evs:schema:eml';

/**
 * Deepest element nesting accepted. Published EML_NL files nest at most 10 levels (all files in
 * ../shared/data); saxes resolves namespace prefixes by walking the open-element stack, so 200,000 nested
 * elements would take minutes. Refusing early keeps the reader linear in the file size.
 */
export const MAX_DEPTH = 64;
export const NS_KR = 'http://www.kiesraad.nl/extensions';
const PREFIXES: Record<string, string> = {
  [NS_EML]: '',
  [NS_KR]: 'kr:',
  'urn:oasis:names:tc:ciq:xsdschema:xNL:2.0': 'xnl:',
  'urn:oasis:names:tc:ciq:xsdschema:xAL:2.0': 'xal:',
  'http://www.w3.org/2000/09/xmldsig#': 'ds:',
};

/**
 * saxes stores each handler as a property the first time `on()` sets it, under a computed name. V8 turns
 * an object into a slow dictionary after about a dozen such keyed additions beyond its fixed layout, and
 * a SaxesParser with 7 or more handlers crosses that line: every property read in the parser's inner loop
 * then becomes a hash lookup (about 4× slower), and the parser's shared code stays slower for the whole
 * process. Declaring every handler slot in the constructor keeps one fixed layout; `on()` then only
 * overwrites an existing property. (Measured on TK2023: XmlStream with empty handlers 3.3 s → 0.9 s.)
 */
class FixedShapeSaxesParser<O extends SaxesOptions> extends SaxesParser<O> {
  constructor(opt: O) {
    super(opt);
    // The names are saxes' own (EVENT_NAME_TO_HANDLER_NAME); they are private in its types, hence the cast.
    const slots = this as unknown as Record<string, undefined>;
    slots.xmldeclHandler = undefined;
    slots.textHandler = undefined;
    slots.piHandler = undefined;
    slots.doctypeHandler = undefined;
    slots.commentHandler = undefined;
    slots.openTagStartHandler = undefined;
    slots.attributeHandler = undefined;
    slots.openTagHandler = undefined;
    slots.closeTagHandler = undefined;
    slots.cdataHandler = undefined;
    slots.errorHandler = undefined;
    slots.endHandler = undefined;
    slots.readyHandler = undefined;
  }
}

/**
 * A copy of `s` that does not keep the parser's input alive. saxes hands out text and attribute
 * values as slices of the decoded 64 KB chunk; V8 represents a slice of 13 or more characters as a
 * view on the whole chunk, so every name a reader keeps (a polling station, a party) pinned a
 * 64 KB string: after a TK2023 import the whole 53.7 MB input stayed in memory (79 of 92 MB retained)
 * and each chunk was copied by the garbage collector on promotion. Slicing a concatenation makes V8
 * flatten it into a fresh string of its own first. Shorter strings are copies already.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Element name with a fixed prefix per namespace, independent of the prefixes the file itself uses. */
export function qualifiedName(tag: SaxesTagNS): string {
  const prefix = PREFIXES[tag.uri];
  if (prefix === undefined) return tag.uri ? `{${tag.uri}}${tag.local}` : tag.local;
  return prefix + tag.local;
}

/** Most distinct element names one stream remembers; an EML_NL file uses fewer than 200. */
const MAX_NAMES = 2048;

/**
 * The qualified names of one stream, one string per distinct name (why): saxes builds every tag name
 * as a fresh string, and each lookup of a fresh string as a property key (the structure rules, the
 * readers' tables) first hashes it and searches V8's string table. Handing out the same string for
 * every occurrence makes those lookups and the readers' `switch (name)` comparisons cheap after the
 * first time. Bounded, so a hostile file with millions of distinct names cannot grow it.
 */
class NameCache {
  private readonly byUri = new Map<string, Map<string, string>>();
  private size = 0;
  /**
   * The last name seen at each depth: siblings repeat (Selection after Selection, ValidVotes in
   * each), and comparing two short strings is cheaper than hashing one for the map.
   */
  private readonly lastLocal: string[] = [];
  private readonly lastUri: string[] = [];
  private readonly lastName: string[] = [];

  name(tag: SaxesTagNS, depth: number): string {
    if (this.lastLocal[depth] === tag.local && this.lastUri[depth] === tag.uri) return this.lastName[depth]!;
    const name = this.lookUp(tag);
    this.lastLocal[depth] = tag.local;
    this.lastUri[depth] = tag.uri;
    this.lastName[depth] = name;
    return name;
  }

  private lookUp(tag: SaxesTagNS): string {
    let locals = this.byUri.get(tag.uri);
    if (locals === undefined) {
      if (this.size >= MAX_NAMES) return qualifiedName(tag);
      this.byUri.set(tag.uri, (locals = new Map()));
    }
    let name = locals.get(tag.local);
    if (name === undefined) {
      name = qualifiedName(tag);
      if (this.size < MAX_NAMES) {
        locals.set(tag.local, name);
        this.size++;
      }
    }
    return name;
  }
}

export interface Position {
  line: number;
  column: number;
}

/** Callbacks of a reader. `path` is the stack of qualified names, root first (do not keep a reference). */
export interface XmlHandler {
  open(
    name: string,
    attributes: Record<string, SaxesAttributeNS>,
    path: readonly string[],
    at: Position,
  ): void;
  /** `text` is the element's own text if it had no child elements, otherwise ''. */
  close(name: string, text: string, path: readonly string[], at: Position): void;
  end(): void;
}

/**
 * Feeds byte chunks to saxes. `fail(message)` throws an SourceFileError at the current position with the
 * element path, so readers report `file:line:column: message (at EML/Count/...)`.
 */
export class XmlStream {
  readonly file: string;
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly path: string[] = [];
  private text = '';
  private hasChild = false;
  private sawRoot = false;
  private openAt: Position = { line: 1, column: 1 };
  private bytes = 0;
  private sawContent = false;

  constructor(file: string, handler: XmlHandler) {
    this.file = file;
    const parser = new FixedShapeSaxesParser({ xmlns: true, position: true, fileName: file });
    this.parser = parser;
    parser.on('doctype', () => {
      this.fail(
        'a DOCTYPE declaration is not allowed in EML files (it can declare entities or external resources); remove it',
      );
    });
    parser.on('xmldecl', (decl) => {
      if (decl.encoding !== undefined && !/^utf-?8$/i.test(decl.encoding)) {
        this.fail(`the XML declaration says encoding "${decl.encoding}"; EML_NL files must be UTF-8`);
      }
    });
    parser.on('processinginstruction', (pi) => {
      this.fail(`unexpected processing instruction <?${pi.target}?>`);
    });
    parser.on('attribute', (a) => {
      if (a.value.length >= 13) a.value = detached(a.value);
    });
    const names = new NameCache();
    parser.on('opentag', (tag) => {
      const name = names.name(tag, this.path.length);
      if (this.path.length >= MAX_DEPTH)
        this.fail(
          `elements nest more than ${MAX_DEPTH} levels deep; EML_NL files nest about 10 levels, so this file is damaged or not EML`,
        );
      this.path.push(name);
      this.sawRoot = true;
      this.text = '';
      this.hasChild = false;
      const at = { line: parser.line, column: Math.max(1, parser.column) };
      this.openAt = at;
      handler.open(name, tag.attributes, this.path, at);
    });
    parser.on('text', (t) => {
      if (this.path.length === 0) return;
      this.text += t;
    });
    parser.on('cdata', (t) => {
      this.text += t;
    });
    parser.on('closetag', () => {
      // saxes only reports the close of the element on top of its stack (a mismatched close tag is
      // an error, thrown below), so the name is the top of our path.
      const name = this.path[this.path.length - 1]!;
      const text = this.hasChild ? '' : detached(this.text);
      handler.close(name, text, this.path, { line: parser.line, column: Math.max(1, parser.column) });
      this.path.pop();
      this.text = '';
      this.hasChild = true; // the parent now has a child element
    });
    parser.on('end', () => {
      if (!this.sawRoot) this.fail('the file is empty or has no root element');
      handler.end();
    });
    parser.on('error', (err) => {
      // saxes messages look like "file:line:col: message"; keep only the message part.
      const message = err.message.replace(/^.*?:\d+:\d+: /, '');
      if (this.bytes === 0) throw new SourceFileError(this.file, 1, 1, 'the file is empty');
      throw new SourceFileError(
        this.file,
        parser.line,
        Math.max(1, parser.column),
        `malformed XML: ${message}`,
        this.pathString(),
      );
    });
    void this.openAt;
  }

  pathString(): string | undefined {
    const p = this.path;
    if (p.length === 0) return undefined;
    // A damaged file can nest deeply: keep the message one readable line.
    if (p.length > 16) return [...p.slice(0, 8), `…(${p.length - 12} more)…`, ...p.slice(-4)].join('/');
    return p.join('/');
  }

  fail(message: string, at?: Position): never {
    const pos = at ?? { line: this.parser.line, column: Math.max(1, this.parser.column) };
    throw new SourceFileError(this.file, pos.line, pos.column, message, this.pathString());
  }

  write(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    let s: string;
    try {
      s = this.decoder.decode(chunk, { stream: true });
    } catch {
      this.fail('the file is not valid UTF-8 (EML_NL requires UTF-8); re-export it as UTF-8');
    }
    if (!this.sawContent) {
      // A file that does not start with markup is no XML at all (a PDF, a README, a CSV without its
      // .csv name): say that, rather than report saxes' "text data outside of root node".
      const start = s.replace(/^[\uFEFF\s]+/, '');
      if (start.length > 0) {
        this.sawContent = true;
        if (!start.startsWith('<'))
          throw new SourceFileError(
            this.file,
            1,
            1,
            'this is not an XML file; give EML_NL files (.xml), osv4-3 exports (.csv) or .zip archives of them',
          );
      }
    }
    if (s) this.parser.write(s);
  }

  close(): void {
    let s: string;
    try {
      s = this.decoder.decode();
    } catch {
      this.fail('the file ends in the middle of a UTF-8 character (truncated or not UTF-8)');
    }
    if (s) this.parser.write(s);
    this.parser.close();
  }
}

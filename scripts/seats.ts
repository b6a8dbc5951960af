/**
 * CLI over src/lib/apportionment: seat allocation per Kieswet chapter P.
 *
 *   npm run --silent seats -- <file.json>      (or JSON on standard input, or "-")
 *
 * Input: one case or an array of cases; output (stdout, JSON): one result or an array in the
 * same order. Every case is validated before anything is computed or printed: on bad input a
 * message goes to stderr, nothing to stdout, exit code 1. A result that needs a drawing of lots
 * is a valid result (exit 0) with "drawingOfLots" set. Schema: src/lib/apportionment/README.md.
 */
import { readFileSync } from 'node:fs';
import {
  ApportionmentInputError,
  LotInputError,
  RuleSelectionError,
  allocateSeats,
  parseApportionmentInput,
  type ApportionmentInput,
} from '../src/lib/apportionment/index.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line += 1;
      col = 1;
    } else col += 1;
  }
  return `${line}:${col}`;
}

const args = process.argv.slice(2);
if (args.length > 1 || args[0] === '--help' || args[0] === '-h') {
  fail('usage: npm run --silent seats -- [file.json | -]   (no file or "-": read JSON from standard input)');
}
const file = args[0] === undefined || args[0] === '-' ? '<stdin>' : args[0];
let text: string;
try {
  text = readFileSync(file === '<stdin>' ? 0 : file, 'utf8');
} catch (e) {
  fail(`${file}: cannot read: ${(e as Error).message}`);
}

let data: unknown;
try {
  data = JSON.parse(text);
} catch (e) {
  const msg = (e as Error).message;
  const pos = /position (\d+)/.exec(msg);
  const where = pos?.[1] !== undefined ? `${file}:${lineColumn(text, Number(pos[1]))}` : file;
  fail(`${where}: not valid JSON (${msg}); give one case object or an array of cases`);
}

const batch = Array.isArray(data);
const raw: unknown[] = batch ? (data as unknown[]) : [data];
if (batch && raw.length === 0) fail(`${file}: the array of cases is empty`);
const cases: ApportionmentInput[] = [];
try {
  raw.forEach((c, i) => cases.push(parseApportionmentInput(c, batch ? `[${i}]` : '')));
} catch (e) {
  if (e instanceof ApportionmentInputError) fail(`${file}: ${e.message}`);
  throw e;
}

const results = [];
for (let i = 0; i < cases.length; i++) {
  try {
    results.push(allocateSeats(cases[i] as ApportionmentInput));
  } catch (e) {
    const where = batch ? `[${i}].` : '';
    if (e instanceof LotInputError) fail(`${file}: ${where}${e.path}: ${e.message}`);
    // The rule set is chosen by category and date: name the date as the path to fix.
    if (e instanceof RuleSelectionError) fail(`${file}: ${where}date: ${e.message}`);
    if (e instanceof ApportionmentInputError)
      fail(`${file}: ${where.replace(/\.$/, '')}${where ? ': ' : ''}${e.message}`);
    throw e;
  }
}
process.stdout.write(`${JSON.stringify(batch ? results : results[0], null, 2)}\n`);

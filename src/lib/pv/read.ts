/**
 * Importer step: the processen-verbaal address lists (one folder per election, one text file per
 * municipality named "<code> <name>.txt", optionally beside a SHA256SUMS) → one PvFile per election.
 * Quirks handled (see ../shared/data/README.md): CRLF line ends, empty files, lines that are a bare
 * file name instead of an address (kept as unmatched: "not a web address"), duplicate lines (kept once).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { applyLeadingNumberRule, matchPvFile, type PvMatch } from './match.ts';
import { PV_FORMAT, type PvFile, type PvLink, type PvMunicipality } from './types.ts';

async function listFiles(dir: string): Promise<{ list: string; sums: string | null }[]> {
  const out: { list: string; sums: string | null }[] = [];
  for (const e of (await readdir(dir)).sort()) {
    const p = path.join(dir, e);
    if ((await stat(p)).isDirectory()) {
      const inner = (await readdir(p)).sort();
      const sums = inner.includes('SHA256SUMS') ? path.join(p, 'SHA256SUMS') : null;
      for (const f of inner) if (f.endsWith('.txt')) out.push({ list: path.join(p, f), sums });
    } else if (e.endsWith('.txt')) {
      out.push({ list: p, sums: null });
    }
  }
  return out;
}

/** SHA256SUMS: "<64 hex>  <name as saved>" → name → hash; a name listed twice with two hashes is dropped. */
export function parseSums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const bad = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/i.exec(line.trim());
    if (!m) continue;
    const [, hash, name] = m as unknown as [string, string, string];
    const prev = out.get(name);
    if (prev && prev !== hash.toLowerCase()) bad.add(name);
    out.set(name, hash.toLowerCase());
  }
  for (const b of bad) out.delete(b);
  return out;
}

function savedName(url: string): string | null {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).pop() ?? null;
  } catch {
    return null;
  }
}

/**
 * A municipality's address as the site links it: always over https. Since 1 July 2023 every Dutch
 * government website must serve HTTPS with HSTS (Besluit beveiligde verbindingen met overheidswebsites
 * en -webapplicaties, under the Wet digitale overheid), so an "http://" address in a list is an old
 * form of the same document, and a visitor must not be sent over an unencrypted connection to fetch
 * a proces-verbaal (someone on the way could swap it). The file name, and so the match, is unchanged.
 */
export function overHttps(url: string): string {
  return url.replace(/^http:\/\//i, 'https://');
}

export async function readPvFolder(dir: string, election: string, origin: string): Promise<PvFile> {
  const municipalities: PvMunicipality[] = [];
  for (const { list, sums } of await listFiles(dir)) {
    const base = path.basename(list, '.txt');
    const m = /^(\d{4}) (.+)$/.exec(base);
    if (!m) throw new Error(`${list}: file name must be "<4-digit code> <municipality>.txt"`);
    const [, code, name] = m as unknown as [string, string, string];
    const hashes = sums ? parseSums(await readFile(sums, 'utf8')) : new Map<string, string>();
    const lines = [
      ...new Set(
        (await readFile(list, 'utf8'))
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    ];
    const urls = lines.filter((l) => /^https?:\/\//i.test(l));
    const matches: PvMatch[] = applyLeadingNumberRule(urls.map((u) => matchPvFile(u, code, name)));
    const entry: PvMunicipality = {
      code,
      name,
      files: lines.length,
      municipal: [],
      control: [],
      stations: {},
      unmatched: [],
    };
    const link = (url: string, form?: PvLink['form']): PvLink => {
      const saved = savedName(url);
      let sha = saved ? hashes.get(saved) : undefined;
      if (!sha && saved) {
        try {
          sha = hashes.get(decodeURIComponent(saved));
        } catch {
          /* keep none */
        }
      }
      const out: PvLink = { url: overHttps(url) };
      if (form) out.form = form;
      if (sha) out.sha256 = sha;
      return out;
    };
    urls.forEach((url, i) => {
      const r = matches[i] as PvMatch;
      if (r.kind === 'station') (entry.stations[r.station] ??= []).push(link(url, r.form));
      else if (r.kind === 'municipal') entry.municipal.push(link(url, r.form));
      else if (r.kind === 'control') entry.control.push(link(url));
      else if (r.kind === 'unmatched') entry.unmatched.push({ ...link(url), reason: r.reason });
    });
    for (const l of lines.filter((x) => !/^https?:\/\//i.test(x))) {
      entry.unmatched.push({ url: l, reason: 'not a web address (a bare file name)' });
    }
    // Stations in numeric order, for stable diffs.
    entry.stations = Object.fromEntries(
      Object.entries(entry.stations).sort(([a], [b]) => Number(a) - Number(b)),
    );
    municipalities.push(entry);
  }
  municipalities.sort((a, b) => a.code.localeCompare(b.code));
  const count = (f: (m: PvMunicipality) => number) => municipalities.reduce((a, m) => a + f(m), 0);
  return {
    format: PV_FORMAT,
    election,
    source: { origin, folder: path.basename(dir) },
    summary: {
      municipalities: municipalities.length,
      files: count((m) => m.files),
      stations: count((m) => Object.values(m.stations).reduce((a, l) => a + l.length, 0)),
      municipal: count((m) => m.municipal.length),
      control: count((m) => m.control.length),
      unmatched: count((m) => m.unmatched.length),
    },
    municipalities,
  };
}

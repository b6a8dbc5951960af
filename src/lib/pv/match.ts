/**
 * Which polling station or which municipal report a published processen-verbaal file is, read from
 * its file name by explicit rules — never guessed. Every municipality names its files its own way
 * ("0014_PV_stembureau_100_Stadhuis_TK23_ZH.pdf", "TK23-sb-016-ver-juliana-bernhard.pdf",
 * "SLI_N10_004_Sportzaal_De_Sprong_TK_2023_2211_Z.org", "Groningen_100_Stadhuis I_TK25_eerste_telling.pdf").
 *
 * Rules, in order (the first that applies decides; a rule that finds two different numbers gives up):
 * 1. No file name (an opaque address like ".../dsresource?objectid=…" or ".../download") → unmatched.
 * 2. "controleprotocol" (also misspelt "controleprotecol", Heusden) → the control protocol.
 * 3. A station keyword with a number: "stembureau 12", "stembureau12", "sb 016", "SB3", "stemlokaal 4"
 *    → station 12 / 16 / 3 / 4. (Also when the name says Na 31: Almere's "PVNA31_Stembureau24" is the
 *    station's annex.)
 * 4. Model N 10 followed by a number: "N10_004", "N10-1_0012" → station 4 / 12.
 * 5. "uitkomst partijniveau 97 …" / "uitkomst kandidaatsniveau 97 …" → station 97; the municipality's
 *    name followed by a number: "Groningen_100_Stadhuis" → station 100.
 * 6. Na 31-1 / Na 31-2, "gemeentelijk stembureau", "GSB", "totaaluitslag" → the municipal report.
 * 7. A number leading the name (after the municipality code and the words pv/uitslag/proces-verbaal/
 *    corrigendum/tk/ep/gr and a year): "27-Dorpshuis-t-Haarhoes.pdf", "TK_13_De_Ontmoeting" → station
 *    27 / 13 — only when every leading number in that municipality's list is different (checked by the
 *    caller, `applyLeadingNumberRule`), otherwise unmatched.
 * Otherwise unmatched, with the reason.
 * A leading municipality code (e.g. "0034_" or "034_") is removed first, so it is never read as a station.
 */

export type PvForm = 'N 10-1' | 'N 10-2' | 'Na 31-1' | 'Na 31-2' | 'Na 14-1' | 'Na 14-2' | 'corrigendum';

export type PvMatch =
  | { kind: 'station'; station: string; rule: string; form?: PvForm }
  | { kind: 'municipal'; rule: string; form?: PvForm }
  | { kind: 'control'; rule: string }
  | { kind: 'leading'; station: string; rule: string; form?: PvForm; signature: string }
  | { kind: 'unmatched'; reason: string };

/** The last path segment of a URL, percent-decoded, without query or fragment; null if there is none. */
export function fileNameOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const last = u.pathname.split('/').filter(Boolean).pop();
  if (!last) return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Lower case, accents off, every run of separators one space. */
export function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.(pdf|org|zip|csv|docx?|xlsx?)$/g, '')
    .replace(/\.(pdf|org)$/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function formOf(n: string): PvForm | undefined {
  if (/(?:\b|model)n ?10 ?1\b/.test(n)) return 'N 10-1';
  if (/(?:\b|model)n ?10 ?2\b/.test(n)) return 'N 10-2';
  if (/(?:\b|model)na ?31 ?1\b/.test(n)) return 'Na 31-1';
  if (/(?:\b|model)na ?31 ?2\b/.test(n)) return 'Na 31-2';
  if (/\bna ?14 ?1\b/.test(n)) return 'Na 14-1';
  if (/\bna ?14 ?2\b/.test(n)) return 'Na 14-2';
  if (/\bcorrigendum\b/.test(n)) return 'corrigendum';
  return undefined;
}

const stationNumber = (digits: string) => String(Number(digits));

/** All distinct numbers a pattern finds; one → that number, none → null, several → 'ambiguous'. */
function single(n: string, re: RegExp): string | null | 'ambiguous' {
  // A four-digit 20xx after "stembureaus" is a year ("stembureaus 2023"), not a station.
  const found = new Set(
    [...n.matchAll(re)]
      .map((m) => m[1] as string)
      .filter((d) => !/^20[0-3]\d$/.test(d))
      .map(stationNumber),
  );
  if (found.size === 0) return null;
  return found.size === 1 ? ([...found][0] as string) : 'ambiguous';
}

function withForm<T extends object>(m: T, form: PvForm | undefined): T & { form?: PvForm } {
  return form ? { ...m, form } : m;
}

/**
 * Classifies one URL of municipality `code` (4 digits) named `municipality`.
 * Rule 7 results come back as kind 'leading' for the caller to confirm (applyLeadingNumberRule).
 */
export function matchPvFile(url: string, code: string, municipality: string): PvMatch {
  const file = fileNameOf(url);
  if (
    !file ||
    !/[a-z]/i.test(file.replace(/\.(pdf|org)$/i, '')) ||
    /^(download|dsresource|index|view)$/i.test(file)
  ) {
    return { kind: 'unmatched', reason: 'no file name in the address' };
  }
  // Drop the municipality code where it leads the name ("0034_…", "034_…", "GM0034_…"); elsewhere
  // the same digits may be a station number (Almere's "034_PVN1O__Stembureau_034_…" is station 34).
  const codeRe = new RegExp(`^(?:gm)?0*${Number(code)}(?=\\s|$)`);
  const n = normalise(file).replace(codeRe, '').trim();
  const form = formOf(n);

  if (/controle ?prot[eo]col/.test(n)) return { kind: 'control', rule: 'controleprotocol' };

  // Some sites glue everything together ("0109pvstembureau23hetwapen…"): the long keywords count
  // anywhere, the short "sb" only as a word of its own.
  const keyword = single(n, /(?:stembureaus?|stemlokaal|\bsb)\s?(\d{1,4})(?!\d)/g);
  if (keyword === 'ambiguous')
    return { kind: 'unmatched', reason: 'two different station numbers in the name' };
  if (keyword) return withForm({ kind: 'station' as const, station: keyword, rule: 'station keyword' }, form);

  const model = single(n, /\bn ?10(?: ?[12])? (\d{1,4})\b/g);
  if (model === 'ambiguous')
    return { kind: 'unmatched', reason: 'two different station numbers in the name' };
  if (model) return withForm({ kind: 'station' as const, station: model, rule: 'model N 10 number' }, form);

  const niveau = single(n, /\buitkomst (?:partij|kandidaats)niveau (\d{1,4}) [a-z]/g);
  if (niveau && niveau !== 'ambiguous') {
    return withForm({ kind: 'station' as const, station: niveau, rule: 'uitkomst niveau number' }, form);
  }

  // "Rijswijk (ZH.)" names its files "Rijswijk_3_…".
  const town = normalise(municipality.replace(/\s*\(.*?\)\s*/g, ' '));
  if (town && n.startsWith(`${town} `)) {
    // "Hoogeveen_0118_35_De_Goede_Herderkerk": the code may stand between name and number.
    const m = new RegExp(`^${town} (?:(?:gm)?0*${Number(code)} )?(\\d{1,4}) [a-z]`).exec(n);
    if (m)
      return withForm(
        {
          kind: 'station' as const,
          station: stationNumber(m[1] as string),
          rule: 'municipality name + number',
        },
        form,
      );
  }

  if (form === 'Na 31-1' || form === 'Na 31-2' || form === 'Na 14-1' || form === 'Na 14-2') {
    return { kind: 'municipal', rule: 'model Na', form };
  }
  if (/\bgemeentelijk stembureau\b|gsb\b|\btotaaluitslag\b/.test(n)) {
    return withForm({ kind: 'municipal' as const, rule: 'municipal report' }, form);
  }

  const lead =
    /^(?:(?:pv|uitslag|proces verbaal|corrigendum|tk|ep|gr|tk\d{2}|ep\d{2}|gr\d{2}|20\d{2})\s)*(\d{1,4})\s([a-z][a-z0-9]*(?: [a-z0-9]+)?)/.exec(
      n,
    );
  if (lead && !/^(19|20)\d{2}$/.test(lead[1] as string)) {
    return withForm(
      {
        kind: 'leading' as const,
        station: stationNumber(lead[1] as string),
        rule: 'leading number',
        signature: lead[2] as string,
      },
      form,
    );
  }
  return { kind: 'unmatched', reason: 'no rule tells the station or report from the name' };
}

/**
 * Rule 7's check over one municipality's list: the leading numbers are accepted as station numbers
 * only if each number always names the same place (the two words after it agree: "214_Eemwijk_GR26"
 * and "214_Eemwijk_GR26_eerste_telling" are one station's two reports). One number with two places
 * ("2-ams-de-nesse", "2-ams-ons-tweede-thuis") shows the number is something else, and then no leading
 * number of that municipality is trusted.
 */
export function applyLeadingNumberRule(matches: PvMatch[]): PvMatch[] {
  const places = new Map<string, Set<string>>();
  for (const m of matches) {
    if (m.kind !== 'leading') continue;
    const set = places.get(m.station) ?? new Set<string>();
    set.add(m.signature);
    places.set(m.station, set);
  }
  const unique = [...places.values()].every((s) => s.size === 1);
  return matches.map((m): PvMatch => {
    if (m.kind !== 'leading') return m;
    if (!unique)
      return { kind: 'unmatched', reason: 'a leading number names two places in this municipality' };
    return { kind: 'station', station: m.station, rule: m.rule, ...(m.form ? { form: m.form } : {}) };
  });
}

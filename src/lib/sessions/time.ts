/**
 * Local wall-clock times of a place → ISO 8601 with the UTC offset in force there. The sources give
 * "2023-11-22T21:00:00" without offset (VNG standard: local time); the offset comes from the IANA
 * zone through Intl, so summer time (GR2026 is in March, after the switch only from the last Sunday)
 * is right without a hand-written rule.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
}

/** Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]"; null when the text is not a real calendar moment. */
export function parseLocal(text: string): LocalDateTime | null {
  const m = LOCAL.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  if (m[4] === undefined) return { year, month, day, hour: null, minute: null, second: null };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  // 24:00 is not used by the standard; a careless export writing it is an error, not midnight.
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at an instant. */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  let f = offsetFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p['year']),
    Number(p['month']) - 1,
    Number(p['day']),
    Number(p['hour']),
    Number(p['minute']),
    Number(p['second']),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * "2023-11-22T21:00:00" in Europe/Amsterdam → "2023-11-22T21:00:00+01:00". A date alone stays a date.
 * In the hour that summer time skips, the earlier offset is used (no polling station opens at 02:30).
 */
export function withOffset(local: LocalDateTime, timeZone: string): string {
  const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
  if (local.hour === null) return date;
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute ?? 0,
    local.second ?? 0,
  );
  let offset = offsetMinutes(timeZone, wall);
  offset = offsetMinutes(timeZone, wall - offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${pad(local.hour)}:${pad(local.minute ?? 0)}:${pad(local.second ?? 0)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** True when the text carries a time of day (not only a date). */
export function hasTime(iso: string): boolean {
  return iso.includes('T');
}

/** Epoch milliseconds of an ISO value with offset, or of a date at local midnight UTC (for sorting). */
export function epoch(iso: string): number {
  return hasTime(iso) ? Date.parse(iso) : Date.parse(`${iso}T00:00:00Z`);
}

/** "2022-02-30" is well-formed but no day of the calendar; published dates must be real days. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no time-zone or DST shifts).
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

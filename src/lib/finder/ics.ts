/**
 * Calendar files (RFC 5545) with ical-generator: times as local wall-clock with TZID and a VTIMEZONE
 * per zone (@touch4it/ical-timezones), so a calendar shows 21:00 in the Netherlands whatever the
 * device's zone. Dates go in as Luxon DateTimes: with a plain Date ical-generator would write the UTC
 * clock time under a TZID (20:00 instead of 21:00). UIDs are the session ids, stable across builds;
 * DTSTAMP is the date of the source, so two builds give the same bytes.
 * Summaries are Dutch with the English kind after a slash: one file serves both languages.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { t, type MessageKey } from '../i18n/t.ts';
import { hasTime } from '../sessions/time.ts';
import type { Session } from '../sessions/types.ts';
import { addressLine } from './data.ts';

export const UID_DOMAIN = 'opentelling.nl';

// The VTIMEZONE text of a zone never changes within a build: make it once per zone (10,000+ files).
const zoneCache = new Map<string, string | null>();
function vtimezone(zone: string): string | null {
  if (!zoneCache.has(zone)) zoneCache.set(zone, getVtimezoneComponent(zone) ?? null);
  return zoneCache.get(zone)!;
}

function summary(s: Session): string {
  const key = `finder.kind.${s.kind}` as MessageKey;
  return `${t('nl', key)}: ${s.name} / ${t('en', key)}`;
}

function description(s: Session, pageUrl: string): string {
  const lines = [t('nl', `finder.kind.${s.kind}` as MessageKey), s.name];
  if (s.stationType === 'mobile') lines.push(t('nl', 'finder.station.mobile'));
  if (!s.verified) lines.push(t('nl', 'finder.unverified'));
  if (s.note) lines.push(s.note);
  lines.push(`${t('nl', 'finder.source')}: ${s.source.name} (${s.source.updated})`, pageUrl);
  return lines.join('\n');
}

function addEvent(cal: ICalCalendar, s: Session, pageUrl: string): void {
  if (!s.start) return;
  const location = [s.name, addressLine(s)].filter(Boolean).join(', ');
  const base = {
    id: `${s.id}@${UID_DOMAIN}`,
    summary: summary(s),
    description: description(s, pageUrl),
    location: location || null,
    url: pageUrl,
    stamp: DateTime.fromISO(`${s.source.updated}T00:00:00Z`, { zone: 'utc' }),
  };
  if (hasTime(s.start)) {
    cal.createEvent({
      ...base,
      start: DateTime.fromISO(s.start, { zone: s.timeZone }),
      ...(s.end ? { end: DateTime.fromISO(s.end, { zone: s.timeZone }) } : {}),
      timezone: s.timeZone,
    });
  } else {
    cal.createEvent({ ...base, start: DateTime.fromISO(s.start, { zone: 'utc' }), allDay: true });
  }
}

/** One calendar of sessions; `pageUrl(session)` is the absolute address of the session on the site. */
export function sessionsCalendar(
  name: string,
  sessions: readonly Session[],
  pageUrl: (s: Session) => string,
): string {
  const cal = ical({
    name,
    prodId: { company: 'Open Telling', product: 'Waarnemen', language: 'NL' },
    timezone: { name: null, generator: vtimezone },
  });
  for (const s of sessions) addEvent(cal, s, pageUrl(s));
  return cal.toString();
}

/**
 * Calendar files parse back with an independent parser (ical.js, Mozilla's) and give the right local
 * time: the count at the Gemeentehuis Gieten at 21:00 in Europe/Amsterdam (20:00 UTC in November), a
 * polling place on Bonaire at 21:00 local time (01:00 UTC the next day), and a day-only session as
 * an all-day event. UIDs are stable between two builds.
 */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { finderElection } from '../../../src/lib/finder/data.ts';
import { sessionsCalendar } from '../../../src/lib/finder/ics.ts';

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar files', () => {
  const e = finderElection('tk2023');
  const aa = e.municipalities.find((m) => m.name === 'Aa en Hunze')!;
  const gieten = aa.sessions.find((s) => s.name === 'Gemeentehuis Gieten')!;

  test('one session: 21:00 Europe/Amsterdam, location with the address, stable UID', () => {
    const text = sessionsCalendar(
      'x',
      [gieten],
      () => 'https://opentelling.nl/waarnemen/tellingen/tk2023/aa-en-hunze/#s-x',
    );
    expect(text).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(text).toContain('BEGIN:VTIMEZONE');
    const [ev] = parse(text);
    expect(ev!.startDate.zone.tzid).toBe('Europe/Amsterdam');
    expect([ev!.startDate.hour, ev!.startDate.minute]).toEqual([21, 0]);
    expect(ev!.startDate.toJSDate().toISOString()).toBe('2023-11-22T20:00:00.000Z');
    expect(ev!.location).toBe('Gemeentehuis Gieten, Spiekersteeg 1, 9461 BH Gieten');
    expect(ev!.uid).toBe(`${gieten.id}@opentelling.nl`);
    expect(sessionsCalendar('x', [gieten], () => 'u')).toBe(sessionsCalendar('x', [gieten], () => 'u'));
  });

  test('Bonaire counts at 21:00 local time (UTC−4)', () => {
    const bonaire = e.municipalities.find((m) => m.code === '9001')!;
    const s = bonaire.sessions.find((x) => x.kind === 'polling-station-count' && x.start)!;
    const [ev] = parse(sessionsCalendar('x', [s], () => 'u'));
    expect(ev!.startDate.zone.tzid).toBe('America/Kralendijk');
    expect(ev!.startDate.toJSDate().toISOString()).toBe('2023-11-23T01:00:00.000Z');
  });

  test('a municipality calendar has every dated session; day-only sessions are all-day events', () => {
    const haag = e.municipalities.find((m) => m.code === '0518')!;
    const events = parse(sessionsCalendar('Den Haag', haag.sessions, () => 'u'));
    expect(events).toHaveLength(haag.sessions.filter((s) => s.start).length);
    const second = events.find((ev) => ev.uid === 'tk2023-central-committee-2@opentelling.nl')!;
    expect(second.startDate.isDate).toBe(true);
    expect(second.startDate.toString()).toBe('2023-12-04');
    const first = events.find((ev) => ev.uid === 'tk2023-central-committee-1@opentelling.nl')!;
    expect(first.startDate.toJSDate().toISOString()).toBe('2023-12-01T09:00:00.000Z');
  });
});

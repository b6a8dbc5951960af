/**
 * Addresses of the finder, its pages and its files. Pages have a slug per language; data, calendar
 * and open-data files are language-neutral and live under /data/sessions/.
 */
import type { Locale } from '../i18n/locales.ts';
import { pathForSlug } from '../i18n/routes.ts';

const finderSlug: Record<Locale, string> = { nl: 'waarnemen/tellingen', en: 'observing/counts' };

export function finderPath(locale: Locale): string {
  return pathForSlug(locale, finderSlug[locale]);
}
export function electionFinderPath(locale: Locale, election: string): string {
  return `${finderPath(locale)}${election}/`;
}
export function municipalityPath(locale: Locale, election: string, municipality: string): string {
  return `${electionFinderPath(locale, election)}${municipality}/`;
}
export function sessionAnchor(id: string): string {
  return `s-${id}`;
}
/** Per-municipality JSON for the island. */
export function municipalityDataPath(election: string, municipality: string): string {
  return `/data/sessions/${election}/${municipality}.json`;
}
export function indexDataPath(election: string): string {
  return `/data/sessions/${election}/index.json`;
}
export function postcodesDataPath(): string {
  return '/data/sessions/postcodes.json';
}
export function municipalityIcsPath(election: string, municipality: string): string {
  return `/data/sessions/${election}/${municipality}.ics`;
}
export function sessionIcsPath(election: string, municipality: string, id: string): string {
  return `/data/sessions/${election}/${municipality}/${id}.ics`;
}
export function openDataPath(election: string, format: 'csv' | 'json'): string {
  return `/data/sessions/${election}/sessions.${format}`;
}

/**
 * Words for the figures in a finding ("geldige stemmen", "lijst 3, kandidaat 12"), per language.
 * Reason codes of the EML (uncounted.*) are the Kiesraad's own Dutch terms; they are shown as they are.
 */
import type { CheckResult } from '../checks/types.ts';
import { formatInteger } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { hasMessage, t } from '../i18n/t.ts';

export function fieldLabel(locale: Locale, r: CheckResult, candidateName: string | null = null): string {
  if (r.check === 'seats') return t(locale, 'checks.field.seats', { list: r.list ?? '' });
  if (r.check === 'elected')
    return t(locale, 'checks.field.elected', { list: r.list ?? '', candidate: r.candidate ?? '' });
  if (r.check === 'signal-swapped-lists') return t(locale, 'checks.field.swapped', { list: r.list ?? '' });
  if (r.field === 'votes') {
    if (r.candidate !== undefined)
      return t(locale, 'checks.field.candidate', {
        list: r.list ?? '',
        candidate: candidateName ? `${r.candidate} (${candidateName})` : r.candidate,
      });
    return t(locale, 'checks.field.list', { list: r.list ?? '' });
  }
  const key = `checks.field.${r.field}`;
  if (hasMessage(key)) return t(locale, key);
  const m = /^(uncounted|extra|rejected)\.(.+)$/.exec(r.field);
  if (m)
    return t(locale, m[1] === 'extra' ? 'checks.field.extra' : 'checks.field.uncounted', { reason: m[2]! });
  return r.field;
}

/** A figure as shown in a table: numbers per locale, "—" for none. */
export function figure(locale: Locale, v: number | string | null): string {
  if (v === null) return '—';
  return typeof v === 'number' ? formatInteger(locale, v) : v;
}

/** "+3", "−1" (a real minus sign), "0"; "—" when there is no numeric difference. */
export function signed(locale: Locale, d: number | null): string {
  if (d === null) return '—';
  if (d === 0) return '0';
  return `${d > 0 ? '+' : '−'}${formatInteger(locale, Math.abs(d))}`;
}

/**
 * The first title that fits: the layout appends " | Open Telling" and html-validate's long-title rule
 * (search results cut longer titles) allows 70 characters in all, so a page title gets 55.
 */
export function fittingTitle(candidates: readonly string[], max = 55): string {
  const fit = candidates.find((c) => c.length <= max);
  if (fit !== undefined) return fit;
  const last = candidates.at(-1) ?? '';
  return `${last.slice(0, max - 1).trimEnd()}…`;
}

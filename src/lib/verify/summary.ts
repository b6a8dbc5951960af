/**
 * The summary of a checks page in plain words, one paragraph per point. Dutch at B1 (Flesch-Douma ≥ 65,
 * tested in tests/unit/verify): short sentences, and only what the checks found.
 */
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { ChecksSummaryData } from './page-data.ts';

export function summaryParagraphs(locale: Locale, s: ChecksSummaryData): string[] {
  const p: string[] = [];
  const sums: string[] = [];
  if (s.csbUnits !== null)
    sums.push(
      s.csbFailed === 0
        ? t(locale, 'checks.sumCsb', { count: s.csbUnits })
        : t(locale, 'checks.sumCsbNot', { count: s.csbFailed }),
    );
  if (s.hsbUnits !== null)
    sums.push(
      s.hsbFailed === 0
        ? t(locale, 'checks.sumHsb', { count: s.hsbUnits })
        : t(locale, 'checks.sumHsbNot', { count: s.hsbFailed }),
    );
  if (s.gsbFiles !== null)
    sums.push(
      s.gsbFailed === 0
        ? t(locale, 'checks.sumGsb', { count: s.gsbFiles })
        : t(locale, 'checks.sumGsbNot', { count: s.gsbFailed }),
    );
  sums.push(
    s.listFailed === 0 ? t(locale, 'checks.listsOk') : t(locale, 'checks.listsNot', { count: s.listFailed }),
  );
  p.push(sums.join(' '));

  if (s.differences === 0) p.push(t(locale, 'checks.differencesNone'));
  else if (s.explained === s.differences)
    p.push(
      `${t(locale, 'checks.differences', { count: s.differences })} ${t(locale, 'checks.differencesAllExplained', { count: s.differences })}`,
    );
  else
    p.push(
      `${t(locale, 'checks.differences', { count: s.differences })} ${t(locale, 'checks.differencesSomeExplained', { explained: s.explained, open: s.differences - s.explained })}`,
    );

  if (s.seats) {
    const seats =
      s.seats.failed === 0
        ? t(locale, 'checks.seatsOk', { seats: s.seats.seats })
        : t(locale, 'checks.seatsNot', { count: s.seats.failed });
    const elected = s.elected
      ? s.elected.failed === 0
        ? t(locale, 'checks.electedOk', { count: s.elected.count })
        : t(locale, 'checks.electedNot', { count: s.elected.failed })
      : '';
    p.push([seats, elected].filter(Boolean).join(' '));
  }
  if (s.turnout > 0) p.push(t(locale, 'checks.turnout', { count: s.turnout }));
  if (s.ballotsStations > 0)
    p.push(
      `${t(locale, 'checks.ballots', { count: s.ballotsStations })} ${t(locale, 'checks.ballotsRecorded')}`,
    );
  if (s.provisional)
    p.push(
      `${t(locale, 'checks.provisional', { count: s.provisional.count, units: s.provisional.units })} ${t(locale, 'checks.provisionalNormal')}`,
    );
  if (s.signals > 0)
    p.push(`${t(locale, 'checks.signals', { count: s.signals })} ${t(locale, 'checks.signalsCaveat')}`);
  return p;
}

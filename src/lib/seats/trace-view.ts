/**
 * The seat allocation of one election, ready to render (SeatTrace.astro only draws what this returns):
 * the figure's geometry, its title, description and one-sentence finding, the two tables (full seats
 * per list; residual seats in order) and every step of the calculation as a sentence. The engine
 * returns codes and data; all wording comes from the `seats.` messages, so a Dutch page never shows
 * English engine text. Numbers: formatInteger; exact values: formatFraction (one format site-wide).
 */
import type { ApportionmentResult, DrawingOfLots, Step } from '../apportionment/types.ts';
import {
  residualSteps,
  seatTraceFinding,
  seatTraceGeometry,
  splitSeatTrace,
  type SeatTracePart,
  votesShort,
  type SeatTraceGeometry,
} from '../charts/seat-trace.ts';
import { formatFraction, formatInteger, joinList, type FractionLike } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { DataTableModel } from '../site/data-table.ts';

export interface SeatTraceView {
  id: string;
  title: string;
  desc: string;
  finding: string;
  geometry: SeatTraceGeometry;
  /** The seats per list, always shown. */
  lists: SeatTracePart;
  /** The residual seats one at a time, shown on demand; null when there were none. */
  rounds: { label: string; title: string; part: SeatTracePart } | null;
  tablesLabel: string;
  fullTable: DataTableModel;
  roundsTable: DataTableModel | null;
  stepsLabel: string;
  steps: string[];
}

export interface SeatTraceViewOptions {
  /** Display names per list number (default: the names in the result, else "Lijst n"). */
  names?: Readonly<Record<number, string>>;
  /** Prefix for element ids; give each chart on one page its own. */
  id?: string;
}

/** The display name of a list: the given name, else the name in the result, else "Lijst n" / "List n". */
export function listDisplayName(
  result: ApportionmentResult,
  list: number,
  locale: Locale,
  names?: Readonly<Record<number, string>>,
): string {
  return (
    names?.[list] ??
    result.lists.find((l) => l.number === list)?.name ??
    t(locale, 'seats.listName', { n: list })
  );
}

/** A drawing of lots in words (the engine gives the kind, the options and the tied value). */
export function drawingOfLotsText(
  locale: Locale,
  drawing: DrawingOfLots,
  nameOf: (option: number | string) => string,
): string {
  const value = formatFraction(locale, {
    num: BigInt(drawing.value.numerator),
    den: BigInt(drawing.value.denominator),
  });
  const lists = joinList(locale, drawing.options.map(nameOf));
  const count = drawing.seatsAvailable;
  switch (drawing.kind) {
    case 'residualSeat':
      return t(locale, 'seats.lots.residualSeat', {
        lists,
        count,
        value,
        method: t(locale, `seats.method.${drawing.method ?? 'highestAverage'}`),
        seats: joinList(
          locale,
          drawing.seatsAtStake.map((s) => formatInteger(locale, s)),
        ),
      });
    case 'absoluteMajority':
      return t(locale, 'seats.lots.absoluteMajority', { lists, value });
    case 'groupSeat':
      return t(locale, 'seats.lots.groupSeat', { lists, value, count, list: drawing.list ?? '' });
    case 'preferenceSeat':
      return t(locale, 'seats.lots.preferenceSeat', {
        lists: joinList(locale, drawing.options.map(String)),
        value,
        count,
        list: drawing.list ?? '',
      });
  }
}

/** One engine step as a sentence. */
export function stepText(locale: Locale, step: Step, name: (list: number) => string): string {
  const frac = (f: FractionLike) => formatFraction(locale, f);
  const seatsWord = (count: number) => t(locale, 'seats.count.seats', { count });
  switch (step.type) {
    case 'quota':
      return t(locale, 'seats.step.quota', {
        article: step.article,
        votes: step.totalVotes,
        seats: seatsWord(step.seats),
        quota: frac(step.quota),
      });
    case 'fullSeats':
      return t(locale, 'seats.step.fullSeats', {
        article: step.article,
        count: step.totalFullSeats,
        residual: t(locale, 'seats.count.residualSeats', { count: step.residualSeats }),
      });
    case 'residualThreshold':
      return step.excluded.length === 0
        ? t(locale, 'seats.step.residualThresholdNone', {
            article: step.article,
            threshold: frac(step.threshold),
          })
        : t(locale, `seats.step.residualThreshold.${step.rule}`, {
            article: step.article,
            excluded: joinList(locale, step.excluded.map(name)),
            threshold: frac(step.threshold),
          });
    case 'residualSeat': {
      const text = t(locale, 'seats.step.residualSeat', {
        article: step.article,
        seat: step.seat,
        list: name(step.list),
        method: t(locale, `seats.method.${step.method}`),
        value: frac(step.value),
      });
      return step.byLot ? `${text} (${t(locale, 'seats.trace.byLot')})` : text;
    }
    case 'absoluteMajority':
      return t(locale, 'seats.step.absoluteMajority', {
        article: step.article,
        from: name(step.from),
        to: name(step.to),
      });
    case 'listExhaustion':
      return t(locale, 'seats.step.listExhaustion', {
        article: step.article,
        list: name(step.list),
        candidates: t(locale, 'seats.count.candidates', { count: step.candidates }),
        count: step.seatsRemoved,
      });
    case 'emptySeats':
      return t(locale, 'seats.step.emptySeats', { article: step.article, count: step.count });
    case 'groupDistribution':
      return t(locale, 'seats.step.groupDistribution', {
        article: step.article,
        count: step.seats,
        list: name(step.list),
      });
    case 'preferenceThreshold':
      return t(locale, 'seats.step.preferenceThreshold', {
        article: step.article,
        percentage: String(step.percentage),
        votes: frac(step.votes),
      });
    case 'candidateElected':
      return t(locale, 'seats.step.candidateElected', {
        article: step.article,
        list: name(step.list),
        position: step.position,
      });
    case 'deceasedSkipped':
      return t(locale, 'seats.step.deceasedSkipped', {
        article: step.article,
        list: name(step.list),
        position: step.position,
      });
    case 'lot': {
      const option = (o: number | string) => (typeof o === 'number' ? name(o) : o);
      return t(locale, 'seats.step.lot', {
        at: step.at,
        winner: option(step.winner),
        options: joinList(locale, step.options.map(option)),
      });
    }
  }
}

/** The finding under the figure, in one sentence. */
export function findingText(
  locale: Locale,
  result: ApportionmentResult,
  name: (list: number) => string,
): string {
  const finding = seatTraceFinding(result);
  if (finding.kind === 'lots')
    return t(locale, 'seats.finding.lots', {
      lists: joinList(locale, finding.options.map(name)),
      seats: joinList(
        locale,
        finding.seats.map((s) => formatInteger(locale, s)),
      ),
    });
  if (finding.kind === 'noResidualSeats')
    return t(locale, 'seats.finding.noResidual', { count: finding.seats });
  if (finding.runnerUp === null || finding.votesShort === null)
    return t(locale, 'seats.finding.lastAlone', { winner: name(finding.winner) });
  if (finding.tie)
    return t(locale, 'seats.finding.lastTie', {
      winner: name(finding.winner),
      runnerUp: name(finding.runnerUp),
    });
  return t(locale, 'seats.finding.last', {
    winner: name(finding.winner),
    runnerUp: name(finding.runnerUp),
    count: finding.votesShort,
  });
}

/** Everything SeatTrace.astro shows, worded for one language. */
export function seatTraceView(
  result: ApportionmentResult,
  locale: Locale,
  options: SeatTraceViewOptions = {},
): SeatTraceView {
  const { names } = options;
  const id = options.id ?? `seat-trace-${result.category.toLowerCase()}-${result.seats}-${result.totalVotes}`;
  const n = (v: number | bigint) => formatInteger(locale, v);
  const frac = (f: FractionLike) => formatFraction(locale, f);
  const name = (list: number) => listDisplayName(result, list, locale, names);

  const geometry = seatTraceGeometry(result, {
    locale,
    labels: {
      listsTitle: t(locale, 'seats.trace.listsTitle'),
      roundsTitle: t(locale, 'seats.trace.roundsTitle'),
      fullSeat: t(locale, 'seats.trace.legendFull'),
      residualSeat: t(locale, 'seats.trace.legendResidual'),
      winner: t(locale, 'seats.trace.legendWinner'),
      runnerUp: t(locale, 'seats.trace.legendRunnerUp'),
      method: (method) => t(locale, 'seats.trace.method', { method: t(locale, `seats.method.${method}`) }),
      round: (seat, byLot, list, value) =>
        t(locale, byLot ? 'seats.trace.roundByLot' : 'seats.trace.round', { seat, list, value }),
      seatCount: (total, full, residual) => t(locale, 'seats.trace.seatCount', { total, full, residual }),
      listName: (list) => listDisplayName(result, list, locale, names),
    },
  });

  const parts = splitSeatTrace(geometry);
  const finding = findingText(locale, result, name);
  const fullStep = result.steps.find(
    (x): x is Extract<Step, { type: 'fullSeats' }> => x.type === 'fullSeats',
  );
  const remainders = new Map(fullStep?.lists.map((l) => [l.number, l.remainder]) ?? []);
  const totalFull = result.lists.reduce((sum, l) => sum + l.fullSeats, 0);
  const totalResidual = result.lists.reduce((sum, l) => sum + l.residualSeats, 0);
  const quotaText = frac(result.quota);

  // Narrow by design (WCAG 2.2 SC 1.4.10): three or four columns that fit 360 px, each row named by its
  // list; a seat count reads "37" over "35 + 2" (full + residual).
  const usesRemainders = residualSteps(result).some((r) => r.method === 'largestRemainder');
  const seatsCell = (seats: number, full: number, residual: number) => ({
    text: `${n(seats)} (${n(full)} + ${n(residual)})`,
    lines: [n(seats), `${n(full)} + ${n(residual)}`],
  });
  const fullTable: DataTableModel = {
    caption: t(locale, 'seats.table.full', { quota: quotaText }),
    rowHeaders: true,
    columns: [
      { label: t(locale, 'seats.col.list') },
      { label: t(locale, 'seats.col.votes'), numeric: true },
      ...(usesRemainders ? [{ label: t(locale, 'seats.col.remainder'), numeric: true }] : []),
      { label: t(locale, 'seats.col.total') },
    ],
    rows: [
      ...result.lists.map((l) => {
        const rem = remainders.get(l.number);
        return {
          cells: [
            `${l.number}. ${name(l.number)}`,
            n(l.votes),
            ...(usesRemainders ? [rem ? frac(rem) : ''] : []),
            seatsCell(l.seats, l.fullSeats, l.residualSeats),
          ],
        };
      }),
      {
        total: true,
        cells: [
          t(locale, 'seats.table.total'),
          n(result.totalVotes),
          ...(usesRemainders ? [''] : []),
          seatsCell(totalFull + totalResidual, totalFull, totalResidual),
        ],
      },
    ],
  };

  const rounds = residualSteps(result);
  const roundsTable: DataTableModel | null =
    rounds.length === 0
      ? null
      : {
          caption: t(locale, 'seats.table.rounds'),
          rowHeaders: true,
          columns: [{ label: t(locale, 'seats.col.winner') }, { label: t(locale, 'seats.col.runnerUp') }],
          rows: rounds.map((r) => {
            const short = votesShort(result, r);
            const winner = [
              t(locale, r.byLot ? 'seats.table.seatByLot' : 'seats.table.seat', { seat: r.seat }),
              name(r.list),
              frac(r.value),
            ];
            const runnerUp =
              r.runnerUp === null
                ? [t(locale, 'seats.table.noRunnerUp')]
                : [
                    name(r.runnerUp.list),
                    frac(r.runnerUp.value),
                    ...(short === null ? [] : [t(locale, 'seats.table.short', { count: short })]),
                  ];
            return {
              cells: [
                { text: winner.join(' '), lines: winner },
                { text: runnerUp.join(' '), lines: runnerUp },
              ],
            };
          }),
        };

  const steps = result.steps.map((step) => stepText(locale, step, name));
  return {
    id,
    title: t(locale, 'seats.trace.title', { count: result.seats }),
    desc: t(locale, 'seats.trace.desc', {
      quota: quotaText,
      full: t(locale, 'seats.trace.descFull', { count: totalFull }),
      residual: t(locale, 'seats.trace.descResidual', { count: totalResidual }),
      finding,
    }),
    finding,
    geometry,
    lists: parts.lists,
    rounds:
      parts.rounds === null
        ? null
        : {
            label: t(locale, 'seats.trace.rounds', { count: totalResidual }),
            title: t(locale, 'seats.trace.roundsTitle'),
            part: parts.rounds,
          },
    tablesLabel: t(locale, 'seats.trace.tables'),
    fullTable,
    roundsTable,
    stepsLabel: t(locale, 'seats.trace.steps', { count: steps.length }),
    steps,
  };
}

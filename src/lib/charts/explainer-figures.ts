/**
 * The explainer's two process figures, ready to render with ChartFigure: the counting chain and the
 * timeline of TK2023. Figures and dates come from content/explainer/*.json (each recomputed from the
 * published files by tests/unit/content/explainer-data.test.ts); words from the `explainer.` messages;
 * the geometry from chain.ts and timeline.ts. The table twin carries the same facts (WCAG 2.2 SC 1.1.1).
 */
import chain from '../../../content/explainer/tk2023-chain.json' with { type: 'json' };
import timeline from '../../../content/explainer/tk2023-timeline.json' with { type: 'json' };
import { formatDate, formatShortDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { DataTableModel } from '../site/data-table.ts';
import { layoutChain, type ChainLayout, type ChainStep } from './chain.ts';
import { layoutTimeline, type TimelineLayout } from './timeline.ts';

export interface ExplainerFigure<L> {
  id: string;
  title: string;
  desc: string;
  caption: string;
  layout: L;
  table: DataTableModel;
  tableLabel: string;
}

const STEPS = [1, 2, 3, 4] as const;

export function countingChainFigure(locale: Locale): ExplainerFigure<ChainLayout> & { postal: string } {
  const f = chain.figures;
  const figureValues = {
    1: { count: f.pollingPlaces.value, mobile: f.mobilePollingPlaces.value },
    2: { count: f.municipalities.value, islands: f.openbareLichamen.value },
    3: { count: f.kieskringen.value },
    4: { count: f.centraalStembureau.value },
  } as const;
  const steps: ChainStep[] = STEPS.map((n) => ({
    title: `${n}. ${t(locale, `explainer.chain.${n}.title`)}`,
    figure: t(locale, `explainer.chain.${n}.figure`, figureValues[n]),
    detail: t(locale, `explainer.chain.${n}.detail`),
  }));
  return {
    id: t(locale, 'explainer.chain.id'),
    title: t(locale, 'explainer.chain.title'),
    desc: t(locale, 'explainer.chain.desc', {
      pollingPlaces: f.pollingPlaces.value,
      municipalities: f.municipalities.value,
      islands: f.openbareLichamen.value,
      districts: f.kieskringen.value,
    }),
    caption: t(locale, 'explainer.chain.caption', {
      votes: f.votesCast.value,
      pollingPlaces: f.pollingPlaces.value,
    }),
    layout: layoutChain(steps, 320),
    // Two columns that wrap (the step and its figure name the row), so nothing scrolls or hides at 360 px.
    table: {
      caption: t(locale, 'explainer.chain.title'),
      rowHeaders: true,
      columns: [
        { label: t(locale, 'explainer.chain.col.step') },
        { label: t(locale, 'explainer.chain.col.makes') },
      ],
      rows: steps.map((s) => ({
        cells: [{ text: `${s.title}: ${s.figure}`, lines: [s.title, s.figure] }, s.detail],
      })),
    },
    tableLabel: t(locale, 'explainer.chain.table'),
    postal: t(locale, 'explainer.chain.postal', { votes: f.nbsbVotesCast.value }),
  };
}

/** Whole days from one YYYY-MM-DD date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

export function timelineFigure(locale: Locale): ExplainerFigure<TimelineLayout> {
  const events = [...timeline.events].sort((a, b) => a.date.localeCompare(b.date));
  const first = events[0];
  const last = events.at(-1);
  const electionDay = events.find((e) => e.key);
  if (first === undefined || last === undefined || electionDay === undefined)
    throw new Error('content/explainer/tk2023-timeline.json: events with a key day expected');
  const layout = layoutTimeline(
    events.map((e) => ({
      date: e.date,
      dateLabel: formatShortDate(locale, e.date),
      text: e[locale],
      key: e.key,
    })),
    320,
  );
  return {
    id: t(locale, 'explainer.timeline.id'),
    title: t(locale, 'explainer.timeline.title'),
    desc: t(locale, 'explainer.timeline.desc', {
      count: events.length,
      first: formatDate(locale, first.date),
      last: formatDate(locale, last.date),
    }),
    caption: t(locale, 'explainer.timeline.caption', { days: daysBetween(electionDay.date, last.date) }),
    layout,
    table: {
      caption: t(locale, 'explainer.timeline.title'),
      rowHeaders: true,
      columns: [
        { label: t(locale, 'explainer.timeline.col.date') },
        { label: t(locale, 'explainer.timeline.col.what') },
      ],
      rows: events.map((e) => ({ cells: [formatDate(locale, e.date), e[locale]] })),
    },
    tableLabel: t(locale, 'explainer.timeline.table'),
  };
}

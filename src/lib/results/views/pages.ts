/**
 * View models of the results pages, one function per page type. Each takes the election's results
 * model (built once per build, shared by nl and en) and one unit, and returns everything the page
 * renders, worded for one language: route data (title, breadcrumbs, the other language's address),
 * the h1, the lead sentence and the sections in order. No Astro, no formatting in components.
 */
import { formatDate, formatFraction, formatPointDifference, percentUnits } from '../../i18n/format.ts';
import { otherLocale, type Locale } from '../../i18n/locales.ts';
import { DEFAULT_BAR_COLOUR } from '../../charts/bars.ts';
import { hasMessage, t, type MessageKey } from '../../i18n/t.ts';
import { joinRich, nameValue as nm, plainText, richList, tRich, type Words } from '../../i18n/rich.ts';
import type { DataTableModel, DataTableRow } from '../../site/data-table.ts';
import { routeData, type Crumb } from '../../site/route-data.ts';
import type {
  ElectionList,
  ListCount,
  MunicipalityResult,
  RegionResult,
  ResultsElection,
  StationResult,
  UnitFigures,
} from '../election.ts';
import {
  listPath,
  municipalitiesPath,
  municipalitiesSortPath,
  municipalityPath,
  regionPath,
  resultsPath,
  resultsRoot,
  stationPath,
  chartFilePath,
} from '../paths.ts';
import { compareWithPrevious } from '../previous-council.ts';
import { coloursOf } from '../colours.ts';
import { sortDirection, sortMunicipalities, type MunicipalitySort } from '../municipality-sort.ts';
import { hemicycleSection, mapSections, placesSection, pvSection } from './slots.ts';
import {
  candidateChart,
  downloadsSection,
  figureItems,
  int,
  largestList,
  listChart,
  pct,
  provenanceText,
  provisionalNotice,
  sortedLists,
  sourcesSection,
  strip,
} from './common.ts';
import type { ResultsPageVM, Section } from './types.ts';

type PathFn = (locale: Locale) => string;

function route(
  locale: Locale,
  pageType: Parameters<typeof routeData>[0]['pageType'],
  title: string,
  description: Words,
  path: PathFn,
  parents: Crumb[],
  crumbLabel?: string,
) {
  return routeData({
    locale,
    pageType,
    title,
    description: plainText(description),
    path: path(locale),
    alternatePath: path(otherLocale(locale)),
    parents,
    ...(crumbLabel ? { crumbLabel } : {}),
  });
}

/** Short election name for titles and crumbs: "Tweede Kamer 2023", "Gemeenteraad 2022". */
export function electionLabel(locale: Locale, e: ResultsElection): string {
  const key = `results.category.${e.category}`;
  return hasMessage(key) ? t(locale, key, { year: e.date.slice(0, 4) }) : e.name;
}

function crumbsTo(locale: Locale, e: ResultsElection, extra: Crumb[] = []): Crumb[] {
  return [
    { label: t(locale, 'nav.results'), href: resultsRoot(locale) },
    { label: electionLabel(locale, e), href: resultsPath(locale, e.slug) },
    ...extra,
  ];
}

function municipalitiesCrumb(locale: Locale, e: ResultsElection): Crumb {
  return {
    label: t(locale, e.type === 'council' ? 'results.councils.crumb' : 'results.municipalities.crumb'),
    href: municipalitiesPath(locale, e.slug),
  };
}

function listHrefFor(locale: Locale, e: ResultsElection) {
  const bySlug = new Map(e.lists.map((l) => [l.list, l.slug]));
  return (l: ListCount) => {
    const slug = bySlug.get(l.list);
    return slug ? listPath(locale, e.slug, slug) : null;
  };
}

function seatsMap(e: ResultsElection): Map<string, number> | null {
  if (!e.seatData) return null;
  const hasOfficial = e.seatData.parties.some((p) => p.official !== null);
  return new Map(e.seatData.parties.map((p) => [String(p.number), hasOfficial ? (p.official ?? 0) : p.ours]));
}

function kiesdelerReference(locale: Locale, e: ResultsElection) {
  if (!e.seatData) return null;
  const q = e.seatData.quota;
  const value = Number(BigInt(q.numerator)) / Number(BigInt(q.denominator));
  return {
    value,
    label: t(locale, 'results.kiesdeler.line', {
      value: formatFraction(locale, { num: BigInt(q.numerator), den: BigInt(q.denominator) }),
    }),
  };
}

function turnoutText(locale: Locale, f: UnitFigures): string | null {
  return f.eligible === null ? null : pct(locale, f.votesCast, f.eligible);
}

function largestText(f: UnitFigures): string | { text: string; name: true } {
  const top = largestList(f.lists);
  return top ? { text: top.name, name: true } : '–';
}

// ---------------------------------------------------------------------------------------------
// /uitslag/<election>/

export function electionPage(locale: Locale, e: ResultsElection): ResultsPageVM {
  const label = electionLabel(locale, e);
  const path = (l: Locale) => resultsPath(l, e.slug);
  const here = path(locale);
  const sections: Section[] = [];
  const date = formatDate(locale, e.date);
  let lead: Words;

  if (e.nation) {
    const n = e.nation;
    const top = largestList(n.lists);
    const seats = seatsMap(e);
    lead = top
      ? tRich(locale, seats ? 'results.election.leadSeats' : 'results.election.lead', {
          date,
          list: nm(top.name),
          votes: int(locale, top.votes),
          share: pct(locale, top.votes, n.valid) ?? '–',
          seats: String(seats?.get(top.list) ?? 0),
          total: String(e.seats ?? 0),
        })
      : t(locale, 'results.election.leadNoVotes', { date });
    const prov = provisionalNotice(locale, n.provenance);
    if (prov) sections.push(prov);
    if (e.seatData) sections.push(verdictNotice(locale, e));
    sections.push({
      kind: 'figures',
      heading: t(locale, 'results.fig.heading'),
      items: figureItems(locale, n),
      provenance: provenanceText(locale, n.provenance),
    });
    if (seats) {
      const hemicycle = hemicycleSection(locale, e);
      if (hemicycle) sections.push(hemicycle);
      sections.push({
        kind: 'chart',
        heading: t(locale, 'results.votes.heading'),
        intro: t(locale, 'results.votes.intro'),
        chart: listChart({
          locale,
          colours: coloursOf(e, null),
          id: 'votes',
          election: e,
          unitName: t(locale, 'results.nation'),
          figures: n,
          pagePath: here,
          reference: kiesdelerReference(locale, e),
          seats,
          listHref: listHrefFor(locale, e),
        }),
      });
      sections.push(seatCheckSection(locale, e));
      sections.push(kiesdelerSection(locale, e));
    } else {
      sections.push({
        kind: 'chart',
        heading: t(locale, 'results.votes.heading'),
        chart: listChart({
          locale,
          colours: coloursOf(e),
          id: 'votes',
          election: e,
          unitName: label,
          figures: n,
          pagePath: here,
        }),
      });
    }
  } else {
    lead = t(locale, e.type === 'council' ? 'results.council.lead' : 'results.election.leadPartial', {
      date,
      count: e.municipalities.length,
    });
    if (e.type !== 'council')
      sections.push({ kind: 'notice', tone: 'info', text: t(locale, 'results.election.noNational') });
  }

  sections.push(...mapSections(locale, e));

  if (e.regions.length > 0 && e.nation) {
    sections.push({
      kind: 'table',
      heading: t(locale, 'results.regions.heading'),
      table: {
        caption: t(locale, 'results.regions.caption', { election: label }),
        columns: [
          { label: t(locale, 'results.col.region') },
          { label: t(locale, 'results.col.valid'), numeric: true },
          { label: t(locale, 'results.col.turnout'), numeric: true },
          { label: t(locale, 'results.col.largest') },
        ],
        rows: e.regions.map((r) => ({
          cells: [
            { text: `${r.number}. ${r.name}`, name: true, href: regionPath(locale, e.slug, r.slug) },
            int(locale, r.figures.valid),
            turnoutText(locale, r.figures) ?? '–',
            largestText(r.figures),
          ],
        })),
      },
    });
  }
  // Without a national count (council elections, a partial TK snapshot) the overview is the table of
  // councils / municipalities.
  if (!e.nation && e.municipalities.length > 0)
    sections.push(municipalityTable(locale, e, e.municipalities, label));
  if (e.municipalities.length > 0)
    sections.push({
      kind: 'links',
      heading: t(
        locale,
        e.type === 'council' ? 'results.councils.heading' : 'results.municipalities.heading',
      ),
      intro: t(locale, e.type === 'council' ? 'results.councils.intro' : 'results.municipalities.intro', {
        count: e.municipalities.length,
      }),
      items: [
        {
          href: municipalitiesPath(locale, e.slug),
          label: t(locale, e.type === 'council' ? 'results.councils.all' : 'results.municipalities.all'),
        },
      ],
    });
  if (e.lists.length > 0)
    sections.push({
      kind: 'links',
      heading: t(locale, 'results.lists.heading'),
      intro: t(locale, 'results.lists.intro'),
      columns: true,
      items: e.lists.map((l) => ({ href: listPath(locale, e.slug, l.slug), label: `${l.list}. ${l.name}` })),
    });
  sections.push(downloadsSection(locale, path('nl')));
  sections.push(sourcesSection(locale, e.sources, []));

  const title = t(locale, 'results.election.title', { election: label });
  return {
    route: route(locale, 'results-election', title, lead, path, crumbsTo(locale, e).slice(0, 1), label),
    h1: e.name,
    kicker: t(locale, 'results.kicker.election', { date }),
    lead,
    sections,
    search: { election: label, type: t(locale, 'results.type.election') },
  };
}

function verdictNotice(locale: Locale, e: ResultsElection): Section {
  const d = e.seatData!;
  if (d.agreement === null)
    return { kind: 'notice', tone: 'info', text: t(locale, 'results.verdict.noOfficial') };
  if (d.agreement.differing.length === 0)
    return {
      kind: 'notice',
      tone: 'info',
      text: t(locale, 'results.verdict.agree', { count: d.agreement.parties }),
    };
  return {
    kind: 'notice',
    tone: 'warning',
    text: tRich(locale, 'results.verdict.differ', {
      count: d.agreement.differing.length,
      total: d.agreement.parties,
      lists: richList(
        locale,
        d.agreement.differing.map((p) => p.name),
      ),
    }),
  };
}

function seatCheckSection(locale: Locale, e: ResultsElection): Section {
  const d = e.seatData!;
  const rows: DataTableRow[] = [...d.parties]
    .filter((p) => p.ours > 0 || (p.official ?? 0) > 0)
    .sort((a, b) => (b.official ?? b.ours) - (a.official ?? a.ours) || b.votes - a.votes)
    .map((p) => ({
      cells: [
        { text: p.name, name: true },
        p.official === null ? '–' : String(p.official),
        String(p.ours),
        p.agrees === null ? '–' : t(locale, p.agrees ? 'results.check.same' : 'results.check.differs'),
      ],
    }));
  return {
    kind: 'table',
    heading: t(locale, 'results.check.heading'),
    intro: t(locale, 'results.check.intro'),
    table: {
      caption: t(locale, 'results.check.caption'),
      columns: [
        { label: t(locale, 'results.col.list') },
        { label: t(locale, 'results.col.seatsOfficial'), numeric: true },
        { label: t(locale, 'results.col.seatsOurs'), numeric: true },
        { label: t(locale, 'results.col.check') },
      ],
      rows,
    },
  };
}

function kiesdelerSection(locale: Locale, e: ResultsElection): Section {
  const d = e.seatData!;
  const paragraphs = [
    t(locale, 'results.kiesdeler.text', {
      valid: int(locale, d.totals.valid),
      seats: String(d.seats),
      quota: formatFraction(locale, { num: BigInt(d.quota.numerator), den: BigInt(d.quota.denominator) }),
    }),
  ];
  if (d.preferenceThreshold)
    paragraphs.push(
      t(locale, 'results.kiesdeler.threshold', {
        percentage: String(d.preferenceThreshold.percentage),
        votes: thresholdText(locale, d.preferenceThreshold.text),
      }),
    );
  return { kind: 'text', heading: t(locale, 'results.kiesdeler.heading'), paragraphs };
}

/** "17387 88/100" (engine text) → "17.387 88/100" / "17,387 88/100". */
function thresholdText(locale: Locale, text: string): string {
  const [whole, frac] = text.split(' ');
  const w = int(locale, BigInt(whole ?? '0'));
  return frac ? `${w} ${frac}` : w;
}

// ---------------------------------------------------------------------------------------------
// /uitslag/<election>/kieskringen/<n>-<slug>/

export function regionPage(locale: Locale, e: ResultsElection, r: RegionResult): ResultsPageVM {
  const label = electionLabel(locale, e);
  const path = (l: Locale) => regionPath(l, e.slug, r.slug);
  const here = path(locale);
  const f = r.figures;
  const top = largestList(f.lists);
  const h1 = t(locale, 'results.region.h1', { number: r.number, name: r.name });
  const lead = top
    ? tRich(locale, 'results.region.lead', {
        list: nm(top.name),
        share: pct(locale, top.votes, f.valid) ?? '–',
        turnout: turnoutText(locale, f) ?? '–',
        country: e.nation ? (turnoutText(locale, e.nation) ?? '–') : '–',
      })
    : t(locale, 'results.chart.lists.empty');
  const munis = r.municipalities
    .map((code) => e.municipalities.find((m) => m.code === code))
    .filter((m): m is MunicipalityResult => m !== undefined);
  const sections: Section[] = [];
  const prov = provisionalNotice(locale, f.provenance);
  if (prov) sections.push(prov);
  sections.push({
    kind: 'figures',
    heading: t(locale, 'results.fig.heading'),
    items: figureItems(locale, f, e.nation, t(locale, 'results.nation')),
    provenance: provenanceText(locale, f.provenance),
  });
  sections.push({
    kind: 'chart',
    heading: t(locale, 'results.compare.heading'),
    intro: t(locale, 'results.compare.intro'),
    chart: listChart({
      locale,
      colours: coloursOf(e, null),
      id: 'shares',
      election: e,
      unitName: h1,
      figures: f,
      pagePath: here,
      compare: e.nation ? { name: t(locale, 'results.nation'), figures: e.nation } : null,
      listHref: listHrefFor(locale, e),
    }),
  });
  sections.push(municipalityTable(locale, e, munis, h1));
  sections.push(downloadsSection(locale, path('nl')));
  sections.push(
    sourcesSection(locale, e.sources, [
      f.provenance.source,
      ...munis.map((m) => m.figures.provenance.source),
    ]),
  );
  return {
    route: route(locale, 'results-region', `${h1} – ${label}`, lead, path, crumbsTo(locale, e), h1),
    h1,
    kicker: t(locale, 'results.kicker.region', { election: label }),
    lead,
    sections,
    search: { election: label, type: t(locale, 'results.type.region') },
  };
}

function municipalityTable(
  locale: Locale,
  e: ResultsElection,
  munis: readonly MunicipalityResult[],
  where: string,
  filter = false,
  sorting: MunicipalitySort | null = null,
): Section {
  const council = e.type === 'council';
  // With `sorting`, the headers of the sortable columns link to the table in their order (a static
  // page each) and the current column carries aria-sort.
  const sortable = (sort: MunicipalitySort) =>
    sorting === null
      ? {}
      : sort === sorting
        ? { sorted: sortDirection(sort) }
        : { sortHref: municipalitiesSortPath(locale, e.slug, sort) };
  return {
    kind: 'table',
    heading: t(locale, council ? 'results.councils.heading' : 'results.municipalities.heading'),
    ...(sorting !== null ? { intro: t(locale, 'results.sort.intro') } : {}),
    table: {
      caption:
        t(locale, council ? 'results.councils.caption' : 'results.municipalities.caption', { where }) +
        (sorting !== null && sorting !== 'name'
          ? t(locale, 'results.sort.suffix', { by: t(locale, `results.sort.by.${sorting}`) })
          : ''),
      columns: [
        {
          label: t(locale, council ? 'results.col.council' : 'results.col.municipality'),
          ...sortable('name'),
        },
        { label: t(locale, 'results.col.valid'), numeric: true, ...sortable('valid') },
        { label: t(locale, 'results.col.turnout'), numeric: true, ...sortable('turnout') },
        { label: t(locale, 'results.col.largest'), ...sortable('largest') },
        ...(council ? [{ label: t(locale, 'results.col.seats'), numeric: true }] : []),
      ],
      rows: munis.map((m) => ({
        cells: [
          { text: m.name, name: true, href: municipalityPath(locale, e.slug, m.slug) },
          int(locale, m.figures.valid),
          turnoutText(locale, m.figures) ?? '–',
          largestText(m.figures),
          ...(council
            ? [m.council?.seats != null ? String(m.council.seats) : t(locale, 'results.seats.notInFiles')]
            : []),
        ],
      })),
    },
    ...(filter
      ? {
          filter: {
            label: t(locale, 'results.filter.label'),
            hint: t(locale, 'results.filter.hint'),
            count: t(locale, 'results.filter.count', { shown: '{shown}', total: '{total}' }),
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// /uitslag/<election>/gemeenten/ and /uitslag/<election>/gemeenten/sorteer/<order>/

/**
 * The index of municipalities (councils), in one of its orders. The name order is the index page
 * itself and the only one search indexes; the other orders are the same table as pages of their own
 * (sorting without JavaScript), each paired with the same order in the other language.
 */
export function municipalitiesPage(
  locale: Locale,
  e: ResultsElection,
  sort: MunicipalitySort = 'name',
): ResultsPageVM {
  const label = electionLabel(locale, e);
  const council = e.type === 'council';
  const path = (l: Locale) => municipalitiesSortPath(l, e.slug, sort);
  const h1 = t(locale, council ? 'results.councils.h1' : 'results.municipalities.h1', { election: label });
  const lead = t(locale, council ? 'results.councils.intro' : 'results.municipalities.intro', {
    count: e.municipalities.length,
  });
  const sections: Section[] = [];
  if (council && e.municipalities.some((m) => m.council?.seats == null))
    sections.push({ kind: 'notice', tone: 'info', text: t(locale, 'results.seats.missingAll') });
  sections.push(
    municipalityTable(locale, e, sortMunicipalities(locale, e.municipalities, sort), label, true, sort),
  );
  sections.push(downloadsSection(locale, municipalitiesPath('nl', e.slug)));
  sections.push(
    sourcesSection(
      locale,
      e.sources,
      e.municipalities.map((m) => m.figures.provenance.source),
    ),
  );
  const crumb = municipalitiesCrumb(locale, e);
  const sorted = sort !== 'name';
  const by = t(locale, `results.sort.by.${sort}`);
  return {
    route: route(
      locale,
      sorted ? 'results-municipalities-sorted' : 'results-municipalities',
      sorted ? `${h1}${t(locale, 'results.sort.suffix', { by })}` : h1,
      lead,
      path,
      sorted ? crumbsTo(locale, e, [crumb]) : crumbsTo(locale, e),
      sorted ? t(locale, 'results.sort.crumb', { by }) : crumb.label,
    ),
    h1,
    // The index of every municipality (council) of the election, not a kieskring.
    kicker: t(locale, council ? 'results.kicker.councils' : 'results.kicker.municipalities', {
      election: label,
    }),
    lead,
    sections,
    search: { election: label, type: t(locale, 'results.type.municipalities') },
    // One table, four orders: only the name order is indexed, so a search finds it once.
    searchable: !sorted,
  };
}

// ---------------------------------------------------------------------------------------------
// /uitslag/<election>/gemeenten/<slug>/

export function municipalityPage(locale: Locale, e: ResultsElection, m: MunicipalityResult): ResultsPageVM {
  const label = electionLabel(locale, e);
  const path = (l: Locale) => municipalityPath(l, e.slug, m.slug);
  const here = path(locale);
  const f = m.figures;
  const council = e.type === 'council';
  const top = largestList(f.lists);
  const country = e.nation;
  const turnout = turnoutText(locale, f);
  const lead = top
    ? tRich(
        locale,
        country && turnout
          ? 'results.municipality.leadCompare'
          : turnout
            ? 'results.municipality.lead'
            : 'results.municipality.leadNoTurnout',
        {
          name: nm(m.name),
          list: nm(top.name),
          votes: int(locale, top.votes),
          share: pct(locale, top.votes, f.valid) ?? '–',
          turnout: turnout ?? '–',
          country: country ? (turnoutText(locale, country) ?? '–') : '–',
        },
      )
    : t(locale, 'results.chart.lists.empty');
  const sections: Section[] = [];
  const prov = provisionalNotice(locale, f.provenance);
  if (prov) sections.push(prov);
  if (m.kind === 'postal')
    sections.push({ kind: 'notice', tone: 'info', text: t(locale, 'results.municipality.postal') });
  if (m.kind === 'island')
    sections.push({ kind: 'notice', tone: 'info', text: t(locale, 'results.municipality.island') });
  if (council) {
    sections.push({
      kind: 'notice',
      tone: 'info',
      text:
        m.council?.seats != null
          ? t(locale, 'results.seats.council', { count: m.council.seats })
          : tRich(locale, 'results.seats.missing', { name: nm(m.name) }),
    });
  }
  sections.push({
    kind: 'figures',
    heading: t(locale, 'results.fig.heading'),
    items: figureItems(locale, f, country, t(locale, 'results.nation')),
    provenance: provenanceText(locale, f.provenance),
  });
  sections.push({
    kind: 'chart',
    heading: t(locale, country ? 'results.compare.heading' : 'results.votes.heading'),
    ...(country ? { intro: t(locale, 'results.compare.intro') } : {}),
    chart: listChart({
      locale,
      colours: coloursOf(e, m),
      id: 'lists',
      election: e,
      unitName: m.name,
      figures: f,
      pagePath: here,
      compare: country ? { name: t(locale, 'results.nation'), figures: country } : null,
      listHref: listHrefFor(locale, e),
    }),
  });
  const previous = previousCouncilSection(locale, e, m, here);
  if (previous) sections.push(previous);
  if (f.admission) sections.push(admissionSection(locale, f, m.name));
  if (m.stations.length > 0) sections.push(...stationSections(locale, e, m, here));
  else
    sections.push({
      kind: 'notice',
      tone: 'info',
      text: t(locale, m.kind === 'municipality' ? 'results.stations.none' : 'results.stations.noneSpecial'),
    });
  const places = placesSection(locale, e, m);
  if (places) sections.push(places);
  const pv = pvSection(locale, e, m);
  if (pv) sections.push(pv);
  sections.push(downloadsSection(locale, path('nl')));
  sections.push(
    sourcesSection(locale, e.sources, [
      f.provenance.source,
      m.stations[0]?.figures.provenance.source ?? null,
    ]),
  );
  const parents = crumbsTo(locale, e, [municipalitiesCrumb(locale, e)]);
  return {
    route: route(locale, 'results-municipality', `${m.name} – ${label}`, lead, path, parents, m.name),
    h1: m.name,
    kicker: t(
      locale,
      m.kind === 'postal'
        ? 'results.kicker.postal'
        : m.kind === 'island'
          ? 'results.kicker.island'
          : council
            ? 'results.kicker.council'
            : 'results.kicker.municipality',
      { election: label },
    ),
    lead,
    sections,
    search: { election: label, type: t(locale, 'results.type.municipality') },
  };
}

/**
 * The council against its own previous result (./previous-council.ts): lists paired by name, shares
 * now and then, the difference in percentage points computed exactly. Nothing when the data has no
 * earlier council election for this municipality.
 */
function previousCouncilSection(
  locale: Locale,
  e: ResultsElection,
  m: MunicipalityResult,
  here: string,
): Section | null {
  const prev = m.previous;
  if (e.type !== 'council' || !prev) return null;
  const f = m.figures;
  const pf = prev.figures;
  const { rows, gone } = compareWithPrevious(f, pf);
  const byList = new Map(rows.map((r) => [r.list.list, r]));
  const year = prev.date.slice(0, 4);
  const categoryKey = `results.category.${prev.category}`;
  const thenLabel = hasMessage(categoryKey) ? t(locale, categoryKey, { year }) : prev.name;
  const diffOf = (r: (typeof rows)[number]) =>
    r.previous
      ? formatPointDifference(
          locale,
          { part: r.list.votes, whole: f.valid },
          { part: r.previous.votes, whole: pf.valid },
        )
      : null;
  const chart = listChart({
    locale,
    colours: coloursOf(e, m),
    id: 'previous',
    election: e,
    unitName: m.name,
    figures: f,
    pagePath: here,
    compare: { name: thenLabel, figures: pf, match: (l) => byList.get(l.list)?.previous ?? null },
    listHref: listHrefFor(locale, e),
  });
  const ordered = sortedLists(f.lists).map((l) => byList.get(l.list)!);
  // The largest gain and loss among the lists that stood both times, exactly (cross-multiplied).
  const matched = ordered.filter((r) => r.previous !== null);
  const change = (r: (typeof rows)[number]) =>
    BigInt(r.list.votes) * BigInt(pf.valid) - BigInt(r.previous!.votes) * BigInt(f.valid);
  const up = matched.reduce<(typeof rows)[number] | null>(
    (best, r) => (change(r) > 0n && (best === null || change(r) > change(best)) ? r : best),
    null,
  );
  const down = matched.reduce<(typeof rows)[number] | null>(
    (best, r) => (change(r) < 0n && (best === null || change(r) < change(best)) ? r : best),
    null,
  );
  const newCount = ordered.filter((r) => r.status === 'new').length;
  const caption = [
    up ? tRich(locale, 'results.prev.gain', { list: nm(up.list.name), points: diffOf(up) ?? '' }) : [],
    down ? tRich(locale, 'results.prev.loss', { list: nm(down.list.name), points: diffOf(down) ?? '' }) : [],
    tRich(locale, 'results.prev.newCount', { count: newCount }),
  ];
  const table: DataTableModel = {
    caption: tRich(locale, 'results.prev.caption', { name: nm(m.name), then: thenLabel }),
    columns: [
      { label: t(locale, 'results.col.list') },
      { label: t(locale, 'results.col.votes'), numeric: true },
      { label: t(locale, 'results.col.share'), numeric: true },
      { label: t(locale, 'results.col.shareIn', { name: thenLabel }), numeric: true },
      { label: t(locale, 'results.col.points'), numeric: true },
    ],
    rows: ordered.map((r) => ({
      cells: [
        { text: r.list.name, name: true },
        int(locale, r.list.votes),
        pct(locale, r.list.votes, f.valid) ?? '–',
        r.previous
          ? (pct(locale, r.previous.votes, pf.valid) ?? '–')
          : t(locale, r.status === 'new' ? 'results.prev.new' : 'results.prev.ambiguous'),
        diffOf(r) ?? '–',
      ],
    })),
  };
  const intro = joinRich([
    tRich(locale, 'results.prev.intro', { then: thenLabel }),
    ...(gone.length > 0
      ? [
          tRich(locale, 'results.prev.gone', {
            count: gone.length,
            lists: richList(
              locale,
              gone.map((g) => g.name),
            ),
          }),
        ]
      : []),
  ]);
  return {
    kind: 'chart',
    heading: t(locale, 'results.prev.heading', { then: thenLabel }),
    intro,
    chart: {
      ...chart,
      title: t(locale, 'results.prev.title', { name: m.name, then: thenLabel }),
      caption: joinRich(caption),
      table,
      svgHref: chartFilePath(here, locale === 'nl' ? 'grafiek-vorige-uitslag' : 'chart-previous-result'),
      provenance: `${provenanceText(locale, f.provenance)} ${thenLabel}: ${provenanceText(locale, pf.provenance)}`,
    },
  };
}

function stationSections(locale: Locale, e: ResultsElection, m: MunicipalityResult, here: string): Section[] {
  const out: Section[] = [];
  const stations = m.stations;
  const withTurnout = stations.filter((s) => s.figures.eligible !== null && s.figures.eligible > 0);
  const prov = provenanceText(locale, stations[0]!.figures.provenance);
  const href = (s: StationResult) => stationPath(locale, e.slug, m.slug, s.slug);
  if (withTurnout.length > 0) {
    const values = withTurnout.map((s) => ({
      key: s.code,
      value: Number(percentUnits(s.figures.votesCast, s.figures.eligible!, 1) ?? 0n) / 10,
      label: s.name,
      valueText: pct(locale, s.figures.votesCast, s.figures.eligible) ?? '–',
      href: href(s),
    }));
    const max = Math.max(...values.map((v) => v.value));
    const hi = max > 100 ? Math.min(200, Math.ceil(max / 25) * 25) : 100;
    const own = m.figures.eligible
      ? Number(percentUnits(m.figures.votesCast, m.figures.eligible, 1) ?? 0n) / 10
      : null;
    const outside = values.filter((v) => v.value > hi).length;
    out.push({
      kind: 'chart',
      heading: t(locale, 'results.stations.turnoutHeading'),
      intro: t(locale, 'results.stations.turnoutIntro'),
      chart: strip({
        locale,
        id: 'station-turnout',
        pagePath: here,
        file: { nl: 'grafiek-opkomst-stembureaus', en: 'chart-station-turnout' },
        title: t(locale, 'results.stations.turnoutTitle', { name: m.name }),
        desc: t(locale, 'results.stations.turnoutDesc', { count: values.length }),
        caption:
          t(locale, 'results.stations.turnoutCaption', {
            count: values.length,
            low: pct(locale, Math.min(...values.map((v) => v.value)) * 10, 1000) ?? '–',
            high: pct(locale, max * 10, 1000) ?? '–',
          }) +
          (outside > 0 ? ` ${t(locale, 'results.stations.outside', { count: outside })}` : '') +
          ` ${t(locale, 'results.stations.inTable')}`,
        values,
        domain: [0, hi],
        tickFormat: (v) => `${int(locale, v)}%`,
        reference:
          own !== null
            ? {
                value: own,
                label: t(locale, 'results.stations.ownTurnout', {
                  value: turnoutText(locale, m.figures) ?? '',
                }),
              }
            : null,
        provenance: prov,
      }),
    });
  }
  const withAdmission = stations.filter((s) => s.figures.admission?.admitted != null);
  if (withAdmission.length > 0) {
    const values = withAdmission.map((s) => {
      const d = s.figures.admission!.ballots - s.figures.admission!.admitted!;
      return {
        key: s.code,
        value: d,
        label: s.name,
        valueText: signed(locale, d),
        href: href(s),
      };
    });
    const extent = Math.max(5, ...values.map((v) => Math.abs(v.value)));
    const lim = Math.min(extent, 50);
    const differing = values.filter((v) => v.value !== 0).length;
    out.push({
      kind: 'chart',
      heading: t(locale, 'results.stations.diffHeading'),
      intro: t(locale, 'results.stations.diffIntro'),
      chart: strip({
        locale,
        id: 'station-diff',
        pagePath: here,
        file: { nl: 'grafiek-verschillen-stembureaus', en: 'chart-station-differences' },
        title: t(locale, 'results.stations.diffTitle', { name: m.name }),
        desc: t(locale, 'results.stations.diffDesc', { count: values.length }),
        caption: `${t(locale, 'results.stations.diffCaption', { count: differing, total: values.length })} ${t(locale, 'results.stations.inTable')}`,
        values,
        domain: [-lim, lim],
        tickFormat: (v) => signed(locale, v),
        reference: null,
        provenance: prov,
      }),
    });
  }
  const anyTurnout = withTurnout.length > 0;
  const anyDiff = withAdmission.length > 0;
  out.push({
    kind: 'table',
    heading: t(locale, 'results.stations.heading'),
    intro: t(locale, 'results.stations.anywhere'),
    table: {
      caption: tRich(locale, 'results.stations.caption', { name: nm(m.name), count: stations.length }),
      columns: [
        { label: t(locale, 'results.col.station') },
        { label: t(locale, 'results.col.valid'), numeric: true },
        ...(anyTurnout ? [{ label: t(locale, 'results.col.turnout'), numeric: true }] : []),
        ...(anyDiff ? [{ label: t(locale, 'results.col.difference'), numeric: true }] : []),
        { label: t(locale, 'results.col.largest') },
      ],
      rows: stations.map((s) => {
        const a = s.figures.admission;
        return {
          cells: [
            { text: s.name, name: true, href: href(s) },
            int(locale, s.figures.valid),
            ...(anyTurnout ? [turnoutText(locale, s.figures) ?? '–'] : []),
            ...(anyDiff ? [a?.admitted != null ? signed(locale, a.ballots - a.admitted) : '–'] : []),
            largestText(s.figures),
          ],
        };
      }),
    },
  });
  return out;
}

function signed(locale: Locale, v: number): string {
  return v > 0 ? `+${int(locale, v)}` : v < 0 ? `−${int(locale, -v)}` : '0';
}

function admissionSection(locale: Locale, f: UnitFigures, name: string): Section {
  const a = f.admission!;
  const rows: DataTableRow[] = [];
  const add = (key: MessageKey, v: number | null) => {
    if (v !== null) rows.push({ cells: [t(locale, key), int(locale, v)] });
  };
  add('results.adm.stempassen', a.stempassen);
  add('results.adm.volmachten', a.volmachten);
  add('results.adm.kiezerspassen', a.kiezerspassen);
  add('results.adm.admitted', a.admitted);
  add('results.adm.ballots', a.ballots);
  if (a.admitted !== null)
    rows.push({
      total: true,
      cells: [t(locale, 'results.adm.difference'), signed(locale, a.ballots - a.admitted)],
    });
  const expl: DataTableRow[] = a.explanations.map((x) => ({
    cells: [{ text: explanationLabel(locale, x.reason), lang: 'nl' }, int(locale, x.count)],
  }));
  const diff = a.admitted === null ? null : a.ballots - a.admitted;
  const intro =
    diff === null
      ? t(locale, 'results.adm.introNoAdmitted')
      : diff === 0
        ? t(locale, 'results.adm.same', { count: a.admitted ?? 0 })
        : t(locale, 'results.adm.differ', {
            ballots: int(locale, a.ballots),
            admitted: int(locale, a.admitted ?? 0),
            difference: signed(locale, diff),
          });
  return {
    kind: 'table',
    heading: t(locale, 'results.adm.heading'),
    intro:
      `${intro} ${a.explanations.length > 0 ? t(locale, 'results.adm.explained') : diff ? t(locale, 'results.adm.unexplained') : ''}`.trim(),
    table: {
      caption: tRich(locale, 'results.adm.caption', { name: nm(name) }),
      columns: [
        { label: t(locale, 'results.col.item') },
        { label: t(locale, 'results.col.count'), numeric: true },
      ],
      rows: [...rows.filter((r) => !r.total), ...expl, ...rows.filter((r) => r.total)],
    },
  };
}

function explanationLabel(locale: Locale, reason: string): string {
  const key = `results.expl.${reason}`;
  return hasMessage(key) ? t(locale, key) : reason;
}

// ---------------------------------------------------------------------------------------------
// /uitslag/<election>/gemeenten/<slug>/<station>/

export function stationPage(
  locale: Locale,
  e: ResultsElection,
  m: MunicipalityResult,
  s: StationResult,
): ResultsPageVM {
  const label = electionLabel(locale, e);
  const path = (l: Locale) => stationPath(l, e.slug, m.slug, s.slug);
  const here = path(locale);
  const f = s.figures;
  const top = largestList(f.lists);
  const lead = top
    ? tRich(locale, 'results.station.lead', {
        name: nm(s.name),
        municipality: nm(m.name),
        list: nm(top.name),
        votes: int(locale, top.votes),
        valid: int(locale, f.valid),
      })
    : t(locale, 'results.chart.lists.empty');
  const sections: Section[] = [];
  const prov = provisionalNotice(locale, f.provenance);
  if (prov) sections.push(prov);
  sections.push({
    kind: 'notice',
    tone: 'info',
    text: tRich(locale, 'results.station.anywhere', { municipality: nm(m.name) }),
  });
  sections.push({
    kind: 'figures',
    heading: t(locale, 'results.fig.heading'),
    items: [
      { label: t(locale, 'results.col.number'), value: s.code },
      ...(s.postcode ? [{ label: t(locale, 'results.fig.postcode'), value: s.postcode }] : []),
      ...figureItems(locale, f),
    ],
    provenance: provenanceText(locale, f.provenance),
  });
  sections.push({
    kind: 'chart',
    heading: t(locale, 'results.votes.heading'),
    chart: listChart({
      locale,
      colours: coloursOf(e, m),
      id: 'votes',
      election: e,
      unitName: s.name,
      figures: f,
      pagePath: here,
      listHref: listHrefFor(locale, e),
    }),
  });
  if (f.admission) sections.push(admissionSection(locale, f, s.name));
  const pv = pvSection(locale, e, m, s);
  if (pv) sections.push(pv);
  sections.push(downloadsSection(locale, path('nl')));
  sections.push(sourcesSection(locale, e.sources, [f.provenance.source]));
  const parents = crumbsTo(locale, e, [
    municipalitiesCrumb(locale, e),
    { label: m.name, href: municipalityPath(locale, e.slug, m.slug) },
  ]);
  return {
    route: route(locale, 'results-station', `${s.name}, ${m.name} – ${label}`, lead, path, parents, s.name),
    h1: s.name,
    kicker: tRich(locale, 'results.kicker.station', { municipality: nm(m.name), election: label }),
    lead,
    sections,
    search: { election: label, type: t(locale, 'results.type.station') },
  };
}

// ---------------------------------------------------------------------------------------------
// /uitslag/<election>/partijen/<n>-<slug>/

const CHART_CANDIDATES = 30;

export function listPage(locale: Locale, e: ResultsElection, l: ElectionList): ResultsPageVM {
  const label = electionLabel(locale, e);
  const path = (x: Locale) => listPath(x, e.slug, l.slug);
  const here = path(locale);
  const n = e.nation!;
  const party = e.seatData?.parties.find((p) => String(p.number) === l.list) ?? null;
  const seats = party ? (party.official ?? party.ours) : null;
  const elected = e.seatData?.elected.find((p) => String(p.number) === l.list) ?? null;
  const electedBy = new Map<string, { preference: boolean; order: number }>();
  elected?.elected.forEach((c, i) => electedBy.set(c.name, { preference: c.preference, order: i + 1 }));
  const lead = tRich(locale, seats !== null ? 'results.list.leadSeats' : 'results.list.lead', {
    list: nm(l.name),
    votes: int(locale, l.votes),
    share: pct(locale, l.votes, n.valid) ?? '–',
    count: seats ?? 0,
  });
  const threshold = e.seatData?.preferenceThreshold ?? null;
  const thresholdValue = threshold ? Number(threshold.text.split(' ')[0]) + 1 : null;
  const cands = [...l.candidates].sort((a, b) => b.votes - a.votes || (a.position ?? 0) - (b.position ?? 0));
  const shown = cands.slice(0, CHART_CANDIDATES);
  const chart = candidateChart({
    locale,
    pagePath: here,
    listName: l.name,
    candidates: shown,
    total: l.votes,
    threshold: thresholdValue,
    colour: coloursOf(e).get(l.list)?.fill ?? DEFAULT_BAR_COLOUR,
    provenance: provenanceText(locale, n.provenance),
  });
  const sections: Section[] = [];
  const prov = provisionalNotice(locale, n.provenance);
  if (prov) sections.push(prov);
  sections.push({
    kind: 'figures',
    heading: t(locale, 'results.fig.listHeading'),
    items: [
      { label: t(locale, 'results.col.number'), value: l.list },
      { label: t(locale, 'results.col.votes'), value: int(locale, l.votes) },
      { label: t(locale, 'results.col.share'), value: pct(locale, l.votes, n.valid) ?? '–' },
      ...(seats !== null ? [{ label: t(locale, 'results.col.seats'), value: String(seats) }] : []),
      ...(threshold
        ? [{ label: t(locale, 'results.list.threshold'), value: int(locale, thresholdValue ?? 0) }]
        : []),
    ],
    provenance: provenanceText(locale, n.provenance),
  });
  sections.push({
    kind: 'chart',
    heading: t(locale, 'results.list.chartHeading'),
    intro: t(locale, 'results.list.chartIntro'),
    chart,
  });
  sections.push({
    kind: 'table',
    heading: t(locale, 'results.list.candidatesHeading'),
    intro: t(locale, 'results.list.howElected'),
    table: {
      caption: tRich(locale, 'results.list.candidatesCaption', { list: nm(l.name) }),
      columns: [
        { label: t(locale, 'results.col.candidate') },
        { label: t(locale, 'results.col.position'), numeric: true },
        { label: t(locale, 'results.col.votes'), numeric: true },
        { label: t(locale, 'results.col.elected') },
      ],
      rows: [...l.candidates]
        .sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9))
        .map((c) => {
          const el = electedBy.get(c.name);
          return {
            cells: [
              { text: c.name, name: true },
              c.position === null ? '–' : String(c.position),
              int(locale, c.votes),
              el
                ? t(locale, el.preference ? 'results.list.byPreference' : 'results.list.byOrder')
                : t(locale, 'results.no'),
            ],
          };
        }),
    },
  });
  sections.push(downloadsSection(locale, path('nl')));
  sections.push(sourcesSection(locale, e.sources, [n.provenance.source]));
  return {
    route: route(locale, 'results-list', `${l.name} – ${label}`, lead, path, crumbsTo(locale, e), l.name),
    h1: l.name,
    kicker: t(locale, 'results.kicker.list', { number: l.list, election: label }),
    lead,
    sections,
    search: { election: label, type: t(locale, 'results.type.list') },
  };
}

// ---------------------------------------------------------------------------------------------
// /uitslag/ : the list of elections with results (rendered inside the Uitslag content page).

export interface ElectionIndexVM {
  heading: string;
  intro: string;
  items: { href: string; label: string; note: string }[];
  csvHeading: string;
  csvText: string;
}

export function electionIndex(locale: Locale, elections: readonly ResultsElection[]): ElectionIndexVM {
  return {
    heading: t(locale, 'results.index.heading'),
    intro: t(locale, 'results.index.intro'),
    items: [...elections]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map((e) => ({
        href: resultsPath(locale, e.slug),
        label: `${e.name}`,
        note: [
          formatDate(locale, e.date),
          ...(e.nation ? [t(locale, 'results.index.nation')] : []),
          t(locale, e.type === 'council' ? 'results.index.councils' : 'results.index.municipalities', {
            count: e.municipalities.length,
          }),
          t(locale, 'results.index.stations', {
            count: e.municipalities.reduce((n, m) => n + m.stations.length, 0),
          }),
        ].join(' · '),
      })),
    csvHeading: t(locale, 'results.index.csvHeading'),
    csvText: t(locale, 'results.index.csvText'),
  };
}

/**
 * The finder island: search by municipality, alias, town, 4-digit postcode or the browser's position,
 * over static JSON of this site (an index per election, a postcode file, one file per municipality).
 * The position never leaves the browser. Shareable: ?verkiezing=tk2023&q=Gieten opens that search.
 * Results are plain links and text in a list; the status line is a polite live region.
 */
import type {
  ClientSession,
  FinderIndex,
  MunicipalityData,
  PostcodeCentroids,
} from '../../lib/finder/client-data.ts';
import {
  applyFilters,
  nearestMunicipalities,
  rank,
  resolveQuery,
  townCentre,
  type Position,
  type Resolved,
} from '../../lib/finder/search.ts';
import { render, type Message, type MessageValues } from '../../lib/i18n/translate.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

const form = document.querySelector<HTMLFormElement>('#finder');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const locale = (form.dataset['locale'] ?? 'nl') as Locale;
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Record<string, Message>;
  const msg = (key: string, values?: MessageValues): string => render(locale, messages[key] ?? key, values);
  const guide = form.dataset['guide'] ?? '/';
  const election = $<HTMLSelectElement>('finder-election');
  const query = $<HTMLInputElement>('finder-q');
  const kind = $<HTMLSelectElement>('finder-kind');
  const wheelchair = $<HTMLInputElement>('finder-wheelchair');
  const counts = $<HTMLInputElement>('finder-counts');
  const sort = $<HTMLSelectElement>('finder-sort');
  const section = $<HTMLElement>('finder-results-section');
  const status = $<HTMLElement>('finder-status');
  const list = $<HTMLOListElement>('finder-results');
  const collator = new Intl.Collator(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const dateFormat = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(url: string): Promise<T> => {
    let p = cache.get(url);
    if (!p) {
      p = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json();
      });
      cache.set(url, p);
      p.catch(() => cache.delete(url));
    }
    return p as Promise<T>;
  };
  const indexUrl = (slug: string): string => `/data/sessions/${slug}/index.json`;
  let last: {
    sessions: ClientSession[];
    at: Position | null;
    where: string;
    pages: Map<string, string>;
    municipalities: { name: string; page: string }[];
  } | null = null;
  const more = $<HTMLElement>('finder-more');

  form.hidden = false;
  $('finder-needs-js').hidden = true;
  const params = new URLSearchParams(location.search);
  const wanted = params.get('verkiezing');
  if (wanted && [...election.options].some((o) => o.value === wanted.toLowerCase()))
    election.value = wanted.toLowerCase();
  query.value = params.get('q') ?? '';

  function when(s: ClientSession): string {
    if (!s.s) return msg('finder.timeUnknown');
    const date = dateFormat.format(new Date(`${s.s.slice(0, 10)}T12:00:00Z`));
    return s.s.includes('T') ? `${date}, ${s.s.slice(11, 16)}` : date;
  }

  function show(text: string): void {
    section.hidden = false;
    status.textContent = text;
  }

  function draw(): void {
    list.replaceChildren();
    if (!last) return;
    const filtered = applyFilters(last.sessions, {
      kind: kind.value,
      wheelchair: wheelchair.checked,
      countsHere: counts.checked,
    });
    const ranked = rank(
      filtered,
      last.at,
      sort.value === 'name' || !last.at ? 'name' : 'distance',
      collator,
    ).slice(0, 50);
    show(msg('finder.client.found', { count: filtered.length, where: last.where }));
    more.replaceChildren();
    more.hidden = filtered.length <= ranked.length;
    if (!more.hidden) {
      more.append(msg('finder.client.more', { shown: ranked.length }), ' ');
      last.municipalities.forEach((m, i) => {
        const a = document.createElement('a');
        a.className = 'utrecht-link';
        a.href = m.page;
        a.textContent = msg('finder.client.page', { name: m.name });
        more.append(...(i > 0 ? [', ', a] : [a]));
      });
    }
    for (const { session: s, km } of ranked) {
      const li = document.createElement('li');
      li.className = 'ot-session';
      const h = document.createElement('h3');
      h.className = 'utrecht-heading-3';
      const a = document.createElement('a');
      a.className = 'utrecht-link';
      a.href = `${last.pages.get(s.i) ?? ''}#s-${s.i}`;
      a.textContent = s.n;
      h.append(a);
      const p = document.createElement('p');
      p.className = 'utrecht-paragraph';
      const parts = [
        msg(`finder.kind.${s.k}`) + (s.t === 'm' ? ` (${msg('finder.station.mobile')})` : ''),
        when(s),
        s.a,
        msg(`finder.wheelchair.${s.w === 'y' ? 'yes' : s.w === 'n' ? 'no' : 'unknown'}`),
        km === null ? '' : msg('finder.client.km', { km: km < 10 ? km.toFixed(1) : String(Math.round(km)) }),
        s.v ? '' : msg('finder.unverified'),
      ].filter(Boolean);
      p.textContent = parts.join(' · ');
      li.append(h, p);
      const links = document.createElement('p');
      links.className = 'utrecht-paragraph ot-session__links';
      if (s.c) {
        const ics = document.createElement('a');
        ics.className = 'utrecht-link';
        ics.href = s.c;
        ics.download = '';
        ics.textContent = msg('finder.calendarOne');
        links.append(ics);
      }
      const g = document.createElement('a');
      g.className = 'utrecht-link';
      g.href = guide;
      g.textContent = msg('finder.guide');
      links.append(g);
      li.append(links);
      list.append(li);
    }
  }

  async function sessionsOf(resolved: Extract<Resolved, { municipalities: unknown }>): Promise<{
    sessions: ClientSession[];
    pages: Map<string, string>;
    municipalities: { name: string; page: string }[];
  }> {
    const files = await Promise.all(
      resolved.municipalities.map((m) =>
        load<MunicipalityData>(`/data/sessions/${election.value}/${m[2]}.json`),
      ),
    );
    const pages = new Map<string, string>();
    for (const f of files) for (const s of f.sessions) pages.set(s.i, f.page[locale]);
    return {
      sessions: files.flatMap((f) => f.sessions),
      pages,
      municipalities: files.map((f) => ({ name: f.name, page: f.page[locale] })),
    };
  }

  async function search(): Promise<void> {
    const q = query.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('verkiezing', election.value);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) return;
    show(msg('finder.client.searching'));
    try {
      const [index, postcodes] = await Promise.all([
        load<FinderIndex>(indexUrl(election.value)),
        load<PostcodeCentroids>(form.dataset['postcodes'] ?? ''),
      ]);
      const r = resolveQuery(index, postcodes, q);
      if (r.kind === 'postcode-unknown') {
        last = null;
        draw();
        show(msg('finder.client.postcodeUnknown', { postcode: r.postcode }));
        return;
      }
      if (r.kind === 'none') {
        last = null;
        draw();
        const names = r.suggestions.map((m) => m[1]).join(', ');
        show(
          msg('finder.client.none', { query: q }) +
            (names ? ` ${msg('finder.client.suggest')} ${names}` : ''),
        );
        return;
      }
      const { sessions, pages, municipalities } = await sessionsOf(r);
      const at = r.kind === 'position' ? r.position : r.kind === 'town' ? townCentre(sessions, r.town) : null;
      const where =
        r.kind === 'position'
          ? msg('finder.client.postcode', { postcode: r.postcode ?? '' })
          : r.kind === 'town'
            ? r.town
            : r.municipalities.map((m) => m[1]).join(', ');
      last = { sessions, at, where, pages, municipalities };
      draw();
    } catch {
      show(msg('finder.client.loadFailed'));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  election.addEventListener('change', () => void search());
  for (const control of [kind, wheelchair, counts, sort]) control.addEventListener('change', draw);
  $<HTMLButtonElement>('finder-locate').addEventListener('click', () => {
    if (!('geolocation' in navigator)) return show(msg('finder.client.locateFailed'));
    show(msg('finder.client.locating'));
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const at = { lat: pos.coords.latitude, lon: pos.coords.longitude };
        void load<FinderIndex>(indexUrl(election.value))
          .then(async (index) => {
            const { sessions, pages, municipalities } = await sessionsOf({
              kind: 'municipality',
              municipalities: nearestMunicipalities(index, at),
            });
            last = { sessions, at, where: msg('finder.client.yourLocation'), pages, municipalities };
            sort.value = 'distance';
            draw();
          })
          .catch(() => show(msg('finder.client.loadFailed')));
      },
      () => show(msg('finder.client.locateFailed')),
      { maximumAge: 600000, timeout: 15000 },
    );
  });
  if (query.value) void search();
}

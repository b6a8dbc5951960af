/**
 * The configurator page (/insluiten/, /en/embed/) as ready data: the municipalities that have figures
 * per election, the options, and example snippets for readers without JavaScript.
 */
import { otherLocale, type Locale } from '../i18n/locales.ts';
import { pathFor } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';
import { catalog } from '../model/catalog.ts';
import { routeData, type RouteData } from '../site/route-data.ts';
import { municipalFigures } from './results-widget.ts';
import { sessionsWidgetPages } from './sessions-widget.ts';
import { componentSnippet, iframeSnippet, type WidgetOptions } from './widgets.ts';

export interface ConfiguratorView {
  route: RouteData;
  /** <optgroup> per election: value "tk2023:0014". */
  municipalities: {
    label: string;
    election: string;
    /** Which widget these municipalities have data for. */
    widget: 'uitslag' | 'tellingen';
    options: { value: string; label: string }[];
  }[];
  example: { iframe: string; component: string };
  /** Frame titles with a {name} placeholder, for the island. */
  frameTitles: Record<'uitslag' | 'tellingen' | 'uitleg', string>;
}

export async function configuratorView(locale: Locale, site: string): Promise<ConfiguratorView> {
  const c = await catalog();
  const groups: ConfiguratorView['municipalities'] = [];
  for (const entry of [...c.entries].sort((a, b) =>
    a.election.election.date < b.election.election.date ? 1 : -1,
  )) {
    const figures = await municipalFigures(entry);
    if (figures.size === 0) continue;
    groups.push({
      label: `${t(locale, 'embed.config.widget.uitslag')}: ${entry.election.election.name}`,
      election: entry.slug,
      widget: 'uitslag',
      options: [...figures.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((f) => ({ value: `${entry.slug}:${f.code}`, label: f.name })),
    });
  }
  for (const page of sessionsWidgetPages().filter((p) => p.lang === locale && !p.compact)) {
    let group = groups.find((g) => g.widget === 'tellingen' && g.election === page.election);
    if (!group) {
      group = {
        label: `${t(locale, 'embed.config.widget.tellingen')}: ${page.electionName}`,
        election: page.election,
        widget: 'tellingen',
        options: [],
      };
      groups.push(group);
    }
    group.options.push({ value: `${page.election}:${page.gemeente.slice(2)}`, label: page.municipalityName });
  }
  for (const g of groups) g.options.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const firstOption = groups[0]?.options[0];
  const first = firstOption?.value.split(':') ?? ['tk2023', '0014'];
  const example: WidgetOptions = {
    type: 'uitslag',
    lang: locale,
    verkiezing: first[0]!,
    gemeente: `GM${first[1]!}`,
    heading: 2,
    compact: false,
    search: false,
  };
  const title = t(locale, 'embed.config.title');
  return {
    route: routeData({
      locale,
      pageType: 'configurator',
      title,
      description: t(locale, 'embed.config.intro'),
      path: pathFor('embed', locale),
      alternatePath: pathFor('embed', otherLocale(locale)),
    }),
    municipalities: groups,
    example: {
      iframe: iframeSnippet(
        site,
        example,
        t(locale, 'embed.frameTitle.uitslag', { name: firstOption?.label ?? '' }),
      ),
      component: componentSnippet(site, example),
    },
    frameTitles: {
      uitslag: t(locale, 'embed.frameTitle.uitslag', { name: '{name}' }),
      tellingen: t(locale, 'embed.frameTitle.tellingen', { name: '{name}' }),
      uitleg: t(locale, 'embed.frameTitle.uitleg'),
    },
  };
}

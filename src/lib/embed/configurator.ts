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
import { componentSnippet, iframeSnippet, type WidgetOptions } from './widgets.ts';

export interface ConfiguratorView {
  route: RouteData;
  /** <optgroup> per election: value "tk2023:0014". */
  municipalities: { label: string; election: string; options: { value: string; label: string }[] }[];
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
      label: entry.election.election.name,
      election: entry.slug,
      options: [...figures.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((f) => ({ value: `${entry.slug}:${f.code}`, label: f.name })),
    });
  }
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

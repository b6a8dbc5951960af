/**
 * The home page as ready data: the lead, the cards per audience and per promise, and the next election
 * (from content/elections/upcoming.json). The page only renders it.
 */
import { nextElectionView } from '../elections/next-election-view.ts';
import type { NextElectionView } from '../elections/upcoming.ts';
import type { Locale } from '../i18n/locales.ts';
import { pathFor, type PageKey } from '../i18n/routes.ts';
import { t } from '../i18n/t.ts';

export interface HomeCard {
  title: string;
  text: string;
  link: string;
  href: string;
}

export interface HomeView {
  title: string;
  description: string;
  lead: string;
  lead2: string;
  audiencesTitle: string;
  audiences: HomeCard[];
  pillarsTitle: string;
  pillars: HomeCard[];
  next: NextElectionView | null;
  noTracking: string;
}

type CardKey = 'voting' | 'observing' | 'municipality' | 'explain' | 'recompute' | 'facts';

export function homeView(locale: Locale, today?: string): HomeView {
  const card = (key: CardKey, page: PageKey): HomeCard => ({
    title: t(locale, `home.${key}.title`),
    text: t(locale, `home.${key}.text`),
    link: t(locale, `home.${key}.link`),
    href: pathFor(page, locale),
  });
  return {
    title: t(locale, 'home.title'),
    description: t(locale, 'home.description'),
    lead: t(locale, 'home.lead'),
    lead2: t(locale, 'home.lead2'),
    audiencesTitle: t(locale, 'home.audiences'),
    // Municipalities go to the widget configurator (issue 14): that is what they can do with the site.
    audiences: [card('voting', 'voting'), card('observing', 'observing'), card('municipality', 'embed')],
    pillarsTitle: t(locale, 'home.pillars'),
    pillars: [card('explain', 'counting'), card('recompute', 'results'), card('facts', 'sources')],
    next: nextElectionView(locale, today),
    noTracking: t(locale, 'footer.noTracking'),
  };
}

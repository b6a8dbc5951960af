import type { Locale } from './locales.ts';
import type { PageKey } from './routes.ts';

/**
 * All interface strings of the site, per language, in one typed dictionary.
 * The Dutch text is the reference: the English dictionary must have exactly the same keys
 * (the type below makes a missing translation a compile error).
 */
const nl = {
  'site.name': 'Open Telling',
  'site.tagline': 'Zo wordt er geteld. Controleer het zelf.',
  'skip.main': 'Naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.voting': 'Stemmen',
  'nav.counting': 'Tellen',
  'nav.results': 'Uitslag',
  'nav.observing': 'Waarnemen',
  'nav.search': 'Zoeken',
  'nav.home': 'Home',
  'nav.glossary': 'Begrippenlijst',
  'nav.about': 'Over deze site',
  'nav.sources': 'Bronnen en licenties',
  'nav.privacy': 'Privacy',
  'nav.accessibility': 'Toegankelijkheid',
  'breadcrumb.label': 'Kruimelpad',
  'footer.label': 'Over deze site',
  'footer.text':
    'Open Telling is een onafhankelijke uitleg van de verkiezingsuitslag. De cijfers komen uit de openbare bestanden van de Kiesraad en de gemeenten.',
  'footer.noTracking': 'Geen cookies. Geen tracking.',
  'lang.switch': 'Read this page in English',
  'lang.switchShort': 'English',
  'lang.label': 'Taal',
  'page.lastChecked': 'Laatst gecontroleerd',
  'page.readingTime': 'Leestijd',
  'page.minutes': 'min.',
  'page.sources': 'Bronnen',
  'page.previous': 'Vorige',
  'page.next': 'Volgende',
  'page.pagination': 'Vorige en volgende pagina',
  'search.title': 'Zoeken',
  'search.intro': 'Zoek in alle pagina’s van Open Telling.',
  'search.noscript':
    'Zoeken werkt alleen met JavaScript. Alle pagina’s zijn ook te vinden via het menu bovenaan.',
  'notFound.title': 'Pagina niet gevonden',
} as const;

type Dictionary = Record<keyof typeof nl, string>;

const en: Dictionary = {
  'site.name': 'Open Telling',
  'site.tagline': 'How the votes are counted. Check it yourself.',
  'skip.main': 'Skip to content',
  'nav.label': 'Main menu',
  'nav.voting': 'Voting',
  'nav.counting': 'Counting',
  'nav.results': 'Results',
  'nav.observing': 'Observing',
  'nav.search': 'Search',
  'nav.home': 'Home',
  'nav.glossary': 'Glossary',
  'nav.about': 'About this site',
  'nav.sources': 'Sources and licences',
  'nav.privacy': 'Privacy',
  'nav.accessibility': 'Accessibility',
  'breadcrumb.label': 'Breadcrumb',
  'footer.label': 'About this site',
  'footer.text':
    'Open Telling is an independent explanation of the Dutch election result. The figures come from the public files of the Electoral Council (Kiesraad) and the municipalities.',
  'footer.noTracking': 'No cookies. No tracking.',
  'lang.switch': 'Lees deze pagina in het Nederlands',
  'lang.switchShort': 'Nederlands',
  'lang.label': 'Language',
  'page.lastChecked': 'Last checked',
  'page.readingTime': 'Reading time',
  'page.minutes': 'min',
  'page.sources': 'Sources',
  'page.previous': 'Previous',
  'page.next': 'Next',
  'page.pagination': 'Previous and next page',
  'search.title': 'Search',
  'search.intro': 'Search all pages of Open Telling.',
  'search.noscript': 'Search needs JavaScript. Every page can also be reached from the menu at the top.',
  'notFound.title': 'Page not found',
};

export type UiKey = keyof typeof nl;

const dictionaries: Record<Locale, Dictionary> = { nl, en };

/** The interface string for a key in a language. */
export function t(locale: Locale, key: UiKey): string {
  return dictionaries[locale][key];
}

/** The navigation label of a fixed page. */
export function navLabel(locale: Locale, key: PageKey): string {
  const uiKey = `nav.${key}` as UiKey;
  return dictionaries[locale][uiKey];
}

/** Dates as people write them: "22 november 2023" / "22 November 2023". */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** Whole numbers with the locale's thousands separator: 10.432.726 / 10,432,726. */
export function formatNumber(locale: Locale, value: number | bigint): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

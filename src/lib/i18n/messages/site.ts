import type { MessagesOf } from '../translate.ts';

/**
 * Site-wide interface strings (header, footer, navigation, page furniture, search, 404).
 * The Dutch text is the reference: the English dictionary must have exactly the same keys
 * (MessagesOf makes a missing translation a compile error). Register new namespaces in ./index.ts.
 */
export const nl = {
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
  'nav.embed': 'Op uw eigen site',
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
  'notFound.description': 'Deze pagina bestaat niet (meer). Ga naar de homepage of zoek wat u zocht.',
  'notFound.text':
    'Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de pagina verplaatst.',
  'notFound.home': 'Naar de homepage',
  'notFound.search': 'Zoeken op deze site',
} as const;

export const en: MessagesOf<typeof nl> = {
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
  'nav.embed': 'On your own site',
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
  'notFound.description':
    'This page does not exist (any more). Go to the home page or search for what you were looking for.',
  'notFound.text':
    'This page does not exist (any more). Perhaps the address was mistyped, or the page has moved.',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search this site',
};

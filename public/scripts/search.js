// Starts the Pagefind search interface on the search page (an island: the only script on the page).
// Pagefind picks the index and the interface language from <html lang>, so Dutch pages search the
// Dutch index and English pages the English one. A ?q= in the address starts a search at once.
/* global PagefindUI */
const element = document.querySelector('#search');
if (element && typeof PagefindUI === 'function') {
  // Our own interface words per language (data-translations, from src/lib/i18n/messages/search.ts).
  let translations;
  try {
    translations = JSON.parse(element.getAttribute('data-translations') || '{}');
  } catch {
    translations = {};
  }
  const ui = new PagefindUI({
    element: '#search',
    translations,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: false,
  });
  document.querySelector('#search-needs-js')?.setAttribute('hidden', '');
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
}

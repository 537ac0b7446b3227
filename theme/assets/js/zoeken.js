// The search page (/zoeken/): loads the engine, searches as you type, shows results with marked
// snippets and filters with counts, and keeps query and filters in the URL (back and forward work,
// a copied URL shows the same results). The page without JavaScript says so itself (noscript).

import { openEngine, request, siteUrl } from './zoeken/engine.js';
import { readState, stateUrl, isPrefixQuery, hasFilters } from './zoeken/state.js';
import { FiltersView } from './zoeken/filters-view.js';
import { ResultsView } from './zoeken/results-view.js';
import { el } from './zoeken/dom.js';
import { StatusView } from './zoeken/status-view.js';
import { whenIdle } from './zoeken/idle.js';

const PAGE_SIZE = 10;
// Results follow every keystroke (a search takes milliseconds); the URL and its history entry
// follow once typing pauses, so the address bar does not flicker and back skips half-typed words.
const URL_DELAY_MS = 300;
// At the latest this long after the engine is ready, it warms up (see Engine.warm).
const WARM_UP_DELAY_MS = 500;

const form = document.getElementById('zoekformulier');

/** Where to go when the search cannot work: the browse pages. */
const browseLink = () => el('a', { class: 'utrecht-link utrecht-link--html-a', href: siteUrl('/voorbeelden/') }, 'alle voorbeelden');

if (form) start(form);

function start(searchForm) {
  const input = searchForm.querySelector('input[name="q"]');
  const panel = document.getElementById('zoekpaneel');
  const filterContainer = document.getElementById('zoekfilters');
  const filters = new FiltersView(filterContainer, searchForm.id);
  const moreButton = document.getElementById('meer-resultaten');
  const results = new ResultsView(document.getElementById('zoekresultaten'), moreButton);
  const status = new StatusView(document.getElementById('zoekstatus'), document.getElementById('zoekmelding'),
    document.getElementById('gezocht-naar'));
  const baseTitle = document.title;

  let state = readState(window.location.search);
  let engine = null;
  let typingTimer = 0;
  let asYouType = false;
  let phrases = null;

  input.value = state.q;
  panel.hidden = false;
  status.loading();

  openEngine(searchForm.dataset.manifest, searchForm.dataset.engine).then(
    (opened) => {
      engine = opened;
      panel.removeAttribute('aria-busy');
      search(false);
      // The search from the URL (or the full list) comes first; then, when the page is idle, the
      // engine runs its main paths once, so the visitor's first searches are as fast as later ones.
      whenIdle(() => engine.warm(), WARM_UP_DELAY_MS);
    },
    () => {
      panel.removeAttribute('aria-busy');
      status.failed(browseLink());
    },
  );

  input.addEventListener('input', () => {
    update(formState());
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => commit('type'), URL_DELAY_MS);
  });
  filterContainer.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') commit('filter');
  });
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    commit('submit');
  });
  moreButton.addEventListener('click', () => {
    const firstNew = search(true);
    if (firstNew) firstNew.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(window.location.search);
    input.value = state.q;
    filters.select(state.filters);
    search(false);
  });

  /** The state the form shows; before the engine is there, the filters from the URL still count. */
  function formState() {
    if (!engine) return { q: input.value, filters: state.filters };
    return readState(new URLSearchParams(new FormData(searchForm)));
  }

  /**
   * Puts the form's state in the URL. Typing updates one history entry (a new one for the first
   * keystroke after a finished search); a filter or Enter makes a new entry, so back goes one step.
   */
  function commit(kind) {
    const next = formState();
    const url = stateUrl(next, window.location.pathname);
    const current = window.location.pathname + window.location.search;
    const typingEntry = window.history.state?.typing === true;
    if (kind === 'type') {
      if (url !== current) {
        if (typingEntry) window.history.replaceState({ typing: true }, '', url);
        else window.history.pushState({ typing: true }, '', url);
      }
    } else if (url !== current) {
      window.history.pushState({ typing: false }, '', url);
    } else {
      window.history.replaceState({ typing: false }, '', url);
    }
    if (!update(next) && kind === 'submit') search(false);
  }

  /** Searches when the state changed; returns whether it did. */
  function update(next) {
    const changed = next.q !== state.q || JSON.stringify(next.filters) !== JSON.stringify(state.filters);
    state = next;
    if (changed) search(false);
    return changed;
  }

  /** Fetches the phrase index once, then runs the search that waited for it. */
  function loadPhrases() {
    if (phrases) return;
    phrases = engine.loadPhrases().then(
      () => search(false),
      () => {
        phrases = null;
        status.failed(browseLink());
      },
    );
  }

  /** Runs the current state; append = the next page of the same search. Returns the first new result link. */
  function search(append) {
    if (!engine) return null;
    if (!append) asYouType = isPrefixQuery(state.q);
    const offset = append ? results.count : 0;
    // Quotes mean a phrase is coming: the phrase index starts downloading while the words are typed.
    if (state.q.includes('"')) loadPhrases();
    let response = engine.search(request(state.q, state.filters, offset, PAGE_SIZE, asYouType));
    if (response.needsPhrases) {
      // Without the phrase index a phrase would miss its matches in the body: wait for it instead.
      status.loading('Het zoeken op een zin wordt geladen…');
      return null;
    }
    if (!append && asYouType && response.total === 0) {
      // Nothing starts with the last word: perhaps it is complete but misspelt. Searching it as a
      // whole word lets the engine correct it ("pleegoudres" finds "pleegouders").
      const whole = engine.search(request(state.q, state.filters, 0, PAGE_SIZE, false));
      if (whole.total > 0) {
        response = whole;
        asYouType = false;
      }
    }
    if (!append) filters.update(response.facets);
    const snippetQuery = response.searchedFor ?? state.q;
    const firstNew = results.show(response.hits, {
      append, total: response.total, snippetQuery, asYouType: response.searchedFor ? false : asYouType, engine,
    });
    if (!append) {
      status.show(response.total, state.q, response.searchedFor, state.q.trim() === '' && !hasFilters(state));
      document.title = state.q.trim() === '' ? baseTitle : `${state.q.trim()} - ${baseTitle}`;
    }
    return firstNew;
  }
}

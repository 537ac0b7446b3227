// The result list: per hit the title as a link, a snippet with the matched words marked, and the
// gemeenten and thema's. The list is rebuilt for every search; snippets arrive as soon as the
// plain text of that voorbeeld is fetched (only for the results on screen).

import { el, markedText } from './dom.js';
import { siteUrl } from './engine.js';

export class ResultsView {
  #list;
  #more;
  #generation = 0;
  #pending = [];

  constructor(list, moreButton) {
    this.#list = list;
    this.#more = moreButton;
  }

  /** Replaces the list (append = false) or adds the next page to it. Returns the first new link. */
  show(hits, { append, total, snippetQuery, asYouType, engine }) {
    if (!append) {
      this.#generation += 1;
      this.#list.replaceChildren();
    }
    const generation = this.#generation;
    let firstLink = null;
    for (const hit of hits) {
      const snippet = el('p', { class: 'utrecht-paragraph pv-search-result__snippet' });
      const item = this.#item(hit, snippet);
      firstLink ??= item.querySelector('a');
      this.#list.append(item);
      this.#fillSnippet(snippet, hit, snippetQuery, asYouType, engine, generation);
    }
    this.#list.hidden = this.#list.childElementCount === 0;
    this.#more.hidden = this.#list.childElementCount >= total;
    return firstLink;
  }

  get count() {
    return this.#list.childElementCount;
  }

  #item(hit, snippet) {
    const link = el('a', { class: 'utrecht-link utrecht-link--html-a', href: siteUrl(hit.url) }, hit.title);
    const facts = el('dl', { class: 'pv-card__meta' });
    if (hit.gemeenten.length > 0) facts.append(fact('Gemeente', hit.gemeenten));
    if (hit.themas.length > 0) facts.append(fact('Thema', hit.themas));
    return el('li', { class: 'pv-card pv-search-result' },
      el('h3', { class: 'utrecht-heading-3 pv-card__title' }, link),
      snippet,
      facts.childElementCount > 0 ? facts : null);
  }

  /** Without a query the summary is the best description; with one, the matching part of the text. */
  #fillSnippet(target, hit, query, asYouType, engine, generation) {
    const put = (text) => {
      const html = engine.snippet(hit.id, text || hit.summary, query, asYouType);
      if (html) target.replaceChildren(markedText(html));
    };
    if (query.trim() === '') {
      target.textContent = hit.summary;
      return;
    }
    const cached = engine.cachedText(hit.id);
    if (cached !== undefined) {
      put(cached);
      return;
    }
    target.textContent = hit.summary;
    // The texts are fetched once the results are on screen: starting ten requests is work a
    // keystroke need not wait for, and the summary stands in until the text is there.
    if (this.#pending.length === 0) window.setTimeout(() => this.#fetchPending(), 0);
    this.#pending.push(() => engine.text(hit.id).then((text) => {
      if (generation === this.#generation && target.isConnected) put(text);
    }));
  }

  #fetchPending() {
    const pending = this.#pending;
    this.#pending = [];
    for (const start of pending) start();
  }
}

function fact(term, values) {
  return el('div', { class: 'pv-card__fact' }, el('dt', {}, term), el('dd', {}, values.join(', ')));
}

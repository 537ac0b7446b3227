// What the page says about the search: loading, the number of results (visible, and announced
// politely to screen readers once typing pauses), and "Gezocht naar: …" after a spelling fix.

import { el } from './dom.js';

const ANNOUNCE_DELAY_MS = 800;

export class StatusView {
  #visible;
  #live;
  #searchedFor;
  #timer = 0;

  /** visible: shown count; live: an aria-live="polite" element; searchedFor: the "Gezocht naar" line. */
  constructor(visible, live, searchedFor) {
    this.#visible = visible;
    this.#live = live;
    this.#searchedFor = searchedFor;
  }

  loading(text = 'Het zoeken wordt geladen…') {
    this.#visible.classList.add('pv-search-status--loading');
    this.#say(text, true);
  }

  failed(link) {
    this.#visible.classList.remove('pv-search-status--loading');
    this.#visible.replaceChildren('Het zoeken werkt nu niet. Laad de pagina opnieuw of bekijk ', link, '.');
    this.#announce('Het zoeken werkt nu niet.', true);
  }

  show(total, query, searchedFor, everything) {
    this.#visible.classList.remove('pv-search-status--loading');
    let text;
    if (everything) text = `Alle ${total} voorbeelden. Typ een woord of kies een filter.`;
    else if (total === 0) text = 'Geen voorbeelden gevonden. Probeer een ander woord of zet een filter uit.';
    else text = total === 1 ? '1 voorbeeld gevonden.' : `${total} voorbeelden gevonden.`;
    this.#searchedFor.hidden = !searchedFor;
    if (searchedFor) {
      this.#searchedFor.replaceChildren('Gezocht naar: ', el('strong', {}, searchedFor),
        ` (u typte: ${query.trim()})`);
      this.#say(text, false, `${text} Gezocht naar: ${searchedFor}.`);
    } else {
      this.#say(text, false);
    }
  }

  #say(text, now, spoken = text) {
    this.#visible.textContent = text;
    this.#announce(spoken, now);
  }

  /** Only the last state is read out, after typing pauses; the same text twice is read twice. */
  #announce(text, now) {
    window.clearTimeout(this.#timer);
    const speak = () => {
      this.#live.textContent = '';
      window.setTimeout(() => { this.#live.textContent = text; }, 50);
    };
    if (now) speak();
    else this.#timer = window.setTimeout(speak, ANNOUNCE_DELAY_MS);
  }
}

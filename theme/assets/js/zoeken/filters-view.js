// Filter checkboxes with counts for thema, doelgroep, participatieniveau and gemeente. The
// checkboxes are fields of the search form (name = facet, value = slug, joined by their form
// attribute), so the form's data is the search state. They are updated in place, never rebuilt,
// so keyboard focus stays where it is while the counts change.

import { el } from './dom.js';
import { FACETS } from './state.js';

/** Long facets (gemeente) show this many values until the visitor asks for all. */
const SHORT_LIST = 8;

export class FiltersView {
  #groups = new Map();
  #formId;
  #section;

  /** container: where the groups go; its section (with the "Filters" heading) shows only when a group has values. */
  constructor(container, formId) {
    this.#formId = formId;
    this.#section = container.closest('section') ?? container;
    this.#section.hidden = true;
    for (const { name, legend, plural } of FACETS) {
      const list = el('ul', { class: 'pv-search-filters__list' });
      const toggle = el('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle pv-search-filters__toggle', 'aria-expanded': 'false', hidden: true });
      const fieldset = el('fieldset', { class: 'pv-search-filters__group', hidden: true },
        el('legend', { class: 'pv-search-filters__legend' }, legend), list, toggle);
      const group = { name, plural, fieldset, list, toggle, items: new Map(), values: [], expanded: false };
      toggle.addEventListener('click', () => {
        group.expanded = !group.expanded;
        this.#render(group);
        if (!group.expanded) toggle.focus();
      });
      this.#groups.set(name, group);
      container.append(fieldset);
    }
  }

  /** facets: { facet: [{ value, label, count, selected }] } from the engine. */
  update(facets) {
    for (const group of this.#groups.values()) {
      group.values = facets[group.name] || [];
      this.#render(group);
    }
    // No results and no ticked filter: no heading over an empty area.
    this.#section.hidden = [...this.#groups.values()].every((group) => group.fieldset.hidden);
  }

  /** Ticks exactly the values in filters (used after back/forward, before the engine answers). */
  select(filters) {
    for (const group of this.#groups.values()) {
      const selected = new Set(filters[group.name] || []);
      for (const [value, item] of group.items) item.checkbox.checked = selected.has(value);
    }
  }

  #item(group, facet) {
    const id = `filter-${group.name}-${facet.value}`;
    const checkbox = el('input', { type: 'checkbox', class: 'utrecht-checkbox utrecht-checkbox--html-input pv-search-filters__checkbox', id, name: group.name, value: facet.value, form: this.#formId });
    const count = el('span', {});
    const countLabel = el('span', { class: 'pv-visually-hidden' });
    const label = el('label', { class: 'utrecht-form-label utrecht-form-label--checkbox pv-search-filters__label', for: id },
      facet.label, ' ', el('span', { class: 'pv-search-filters__count' }, '(', count, countLabel, ')'));
    const li = el('li', { class: 'pv-search-filters__item' }, checkbox, label);
    return { li, checkbox, count, countLabel, shown: -1 };
  }

  /**
   * Shows the group's values in the engine's order, in place. A long group (gemeente: hundreds of
   * values) shows SHORT_LIST of them, plus every ticked one, until the visitor asks for all: the
   * others are not in the page at all, so a keystroke updates a few elements, not hundreds.
   */
  #render(group) {
    const { values } = group;
    const long = values.length > SHORT_LIST;
    let cursor = group.list.firstElementChild;
    const wanted = new Set();
    for (let index = 0; index < values.length; index += 1) {
      const facet = values[index];
      if (long && !group.expanded && index >= SHORT_LIST && !facet.selected) continue;
      wanted.add(facet.value);
      let item = group.items.get(facet.value);
      if (!item) {
        item = this.#item(group, facet);
        group.items.set(facet.value, item);
      }
      if (item.checkbox.checked !== facet.selected) item.checkbox.checked = facet.selected;
      if (item.shown !== facet.count) {
        item.shown = facet.count;
        item.count.textContent = String(facet.count);
        item.countLabel.textContent = facet.count === 1 ? ' voorbeeld' : ' voorbeelden';
      }
      if (item.li !== cursor) group.list.insertBefore(item.li, cursor);
      else cursor = cursor.nextElementSibling;
    }
    for (const [value, item] of group.items) {
      if (!wanted.has(value)) {
        item.li.remove();
        group.items.delete(value);
      }
    }
    group.fieldset.hidden = values.length === 0;
    group.toggle.hidden = !long;
    group.toggle.setAttribute('aria-expanded', String(group.expanded));
    group.toggle.textContent = group.expanded ? `Toon minder ${group.plural}` : `Toon alle ${values.length} ${group.plural}`;
  }
}

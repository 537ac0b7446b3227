// The search state lives in the URL, so a result list can be shared, bookmarked and reached with
// back and forward: /zoeken/?q=pleegouders&thema=pleegzorg&gemeente=utrecht (OR within a facet,
// AND across facets). The same names are used by the form fields, so a search also works as a
// plain form submit.

/** The facets shown as filters, in display order, with their Dutch names. */
export const FACETS = [
  { name: 'thema', legend: 'Thema', plural: "thema's" },
  { name: 'doelgroep', legend: 'Doelgroep', plural: 'doelgroepen' },
  { name: 'participatieniveau', legend: 'Participatieniveau', plural: 'niveaus' },
  { name: 'gemeente', legend: 'Gemeente', plural: 'gemeenten' },
];

const MAX_QUERY_LENGTH = 300;

/** { q, filters: { facet: [slug, …] } } from a query string. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const q = (params.get('q') || '').slice(0, MAX_QUERY_LENGTH);
  const filters = {};
  for (const { name } of FACETS) {
    const values = [...new Set(params.getAll(name).filter((v) => v !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  return { q, filters };
}

/** The path plus query string for a state; parameters in a fixed order so equal states give equal URLs. */
export function stateUrl(state, pathname) {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const { name } of FACETS) {
    for (const value of state.filters[name] || []) params.append(name, value);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function hasFilters(state) {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * Search as you type treats the last word as the start of a word. The choice follows from the
 * query text alone (a space or closing quote at the end means the last word is complete), so a
 * copied URL gives exactly the results that were on screen.
 */
export function isPrefixQuery(q) {
  return q.trim() !== '' && !/[\s"]$/.test(q);
}

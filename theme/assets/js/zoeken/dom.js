// Small DOM helpers: every element is built with createElement and textContent, never from HTML
// strings, so text from the index can never become markup.

/** el('p', { class: 'x', hidden: true }, 'text', child) */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

/**
 * The snippet from the engine is HTML-escaped text with <mark> around matched words, and nothing
 * else. It is split on those two tags and every piece becomes a text node, so even unexpected
 * markup stays text. (Cheaper than parsing a document per result on every keystroke.)
 */
export function markedText(html) {
  const fragment = document.createDocumentFragment();
  html.split(/(<mark>[^<]*<\/mark>)/).forEach((piece) => {
    if (piece === '') return;
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const text = unescapeHtml(marked ? piece.slice('<mark>'.length, -'</mark>'.length) : piece);
    fragment.append(marked ? el('mark', { class: 'pv-search-result__mark' }, text) : document.createTextNode(text));
  });
  return fragment;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Undoes exactly the escaping of SnippetMaker (the five characters it escapes). */
function unescapeHtml(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

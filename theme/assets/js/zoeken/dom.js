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
 * The snippet HTML from the engine is escaped text with <mark> elements. It is parsed inertly and
 * rebuilt from its text, keeping only <mark>, so even unexpected markup stays text.
 */
export function markedText(html) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
      fragment.append(el('mark', { class: 'pv-search-result__mark' }, node.textContent));
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }
  return fragment;
}

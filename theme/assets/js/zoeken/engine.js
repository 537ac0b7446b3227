// Loads the search engine (Lucene.Net compiled to WebAssembly) and the index it searches.
//
// The build writes {LinkRoot}/zoeken/index/manifest.json (always revalidated), shaped like
//   { "buildId": "…", "documentCount": 7,
//     "index": { "<file name>": "<url>" },   // Lucene files + vocabulary.bin
//     "phrases": { "<file name>": "<url>" }, // the phrase index: fetched only for a "phrase"
//     "texts": { "<voorbeeld id>": "<url>" }, // JSON { "<id>": "plain text" }, for snippets
//     "engine": "<url of _framework/dotnet.js>" }
// with every URL relative to the manifest itself, so nothing here assumes the site lives at "/".
// All files but the manifest have content-hashed names and may be cached forever.

const ENGINE_ASSEMBLY = 'Praktijkvoorbeelden.Search.Browser';

/** LinkRoot without a trailing slash ("" or "/pv"), from <html data-link-root>. */
export function linkRoot() {
  return (document.documentElement.dataset.linkRoot || '').replace(/\/+$/, '');
}

/** Site path ("/voorbeelden/x/") to a URL under LinkRoot. */
export function siteUrl(path) {
  return path.startsWith('/') ? linkRoot() + path : path;
}

export function defaultManifestUrl() {
  return siteUrl('/zoeken/index/manifest.json');
}

let manifestPromise = null;

/** The manifest, fetched once per page; URLs in it are resolved to absolute ones. */
export function loadManifest(manifestUrl = defaultManifestUrl()) {
  if (!manifestPromise) {
    const base = new URL(manifestUrl, document.baseURI);
    manifestPromise = fetch(base, { cache: 'no-cache', credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`manifest ${response.status}`);
        return response.json();
      })
      .then((data) => ({
        documentCount: data.documentCount,
        engine: new URL(data.engine, base).href,
        index: Object.entries(data.index).map(([name, url]) => ({ name, url: new URL(url, base).href })),
        phrases: Object.entries(data.phrases || {}).map(([name, url]) => ({ name, url: new URL(url, base).href })),
        texts: new Map(Object.entries(data.texts).map(([id, url]) => [id, new URL(url, base).href])),
      }));
    manifestPromise.catch(() => { manifestPromise = null; });
  }
  return manifestPromise;
}

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Index files as the engine takes them: [{ name, bytes }], fetched side by side. */
function fetchFiles(files) {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: await fetchBytes(file.url) })));
}

/**
 * The runtime files that dotnet.create() loads but dotnet.download() does not: the native
 * WebAssembly (the largest file of all) and its two JavaScript modules. The SDK gives them these
 * fixed names next to dotnet.js (the folder name carries the content hash instead).
 */
const RUNTIME_FILES = ['dotnet.native.wasm', 'dotnet.native.js', 'dotnet.runtime.js'];

/**
 * Warms the browser cache so that the search page starts fast: downloads the engine and the
 * index without starting the runtime (no CPU work on pages that only might search).
 */
export async function preloadEngine(manifestUrl) {
  const manifest = await loadManifest(manifestUrl);
  const { dotnet } = await import(manifest.engine);
  const runtime = RUNTIME_FILES.map((name) => fetchBytes(new URL(name, manifest.engine).href));
  await Promise.all([dotnet.download(), ...runtime, ...manifest.index.map((file) => fetchBytes(file.url))]);
}

let enginePromise = null;

/**
 * Starts the engine once per page and opens the index. Resolves to an object with
 * search(request), loadPhrases(), warm(), snippet(text, query, asYouType), text(id) and documentCount.
 */
export function openEngine(manifestUrl, engineUrl) {
  if (!enginePromise) {
    enginePromise = start(manifestUrl, engineUrl);
    enginePromise.catch(() => { enginePromise = null; });
  }
  return enginePromise;
}

async function start(manifestUrl, engineUrl) {
  // The manifest (revalidated on every visit) and the index download while the runtime starts,
  // which the page can begin at once when it names the engine. One promise for the files, handled
  // at once: a failed file must reject start() below, not surface as an unhandled rejection while
  // the runtime is still starting (or never be awaited when the runtime fails first).
  const manifestLoaded = loadManifest(manifestUrl);
  const files = manifestLoaded.then((manifest) => fetchFiles(manifest.index));
  files.catch(() => {});
  const engineModule = engineUrl
    ? import(new URL(engineUrl, document.baseURI).href)
    : manifestLoaded.then((manifest) => import(manifest.engine));
  const { dotnet } = await engineModule;
  // The engine's folder name is a content hash, so its files never change. Without this the loader
  // fetches every file with cache "no-cache": a round trip each even when the preload has cached
  // them, and a full download again from a server that sends no validators.
  const runtime = await dotnet.withConfig({ disableNoCacheFetch: true }).create();
  const exports = await runtime.getAssemblyExports(ENGINE_ASSEMBLY);
  const api = exports.Praktijkvoorbeelden.Search.Browser.EngineExports;
  for (const file of await files) {
    api.AddFile(file.name, file.bytes);
  }
  const documentCount = api.Open();
  return new Engine(api, await manifestLoaded, documentCount, decodeLayout(api.FacetLayout()));
}

/**
 * Searches that run the engine's main paths once: a word with compound parts and a synonym, a
 * word typed halfway, a typo, and a snippet. Interpreted .NET prepares each method the first
 * time it runs, which made a visitor's first searches of each kind several times slower.
 */
const WARM_UP = [['jeugdhulp', false], ['jeu', true], ['jeugdhlp', false]];
const WARM_UP_TEXT = 'Gemeenten regelen de jeugdhulp voor kinderen en hun ouders.';

/** The request shape of Praktijkvoorbeelden.Search.SearchRequest, in camelCase. */
export function request(query, filters, offset, limit, asYouType) {
  return { query, filters, offset, limit, asYouType };
}

/** EngineExports.Search takes the filters as facet and value in turns. */
function call(api, layout, { query, filters, offset, limit, asYouType }) {
  const pairs = Object.entries(filters || {}).flatMap(([facet, values]) => values.flatMap((value) => [facet, value]));
  return decodeResponse(api.Search(query, pairs, offset, limit, asYouType), layout, filters || {});
}

/**
 * The counted facets' values and labels, read once (ResponseRows.FacetLayout):
 * { facet: [{ value, label }] } in display order, the order of the counts in every response.
 */
export function decodeLayout(rows) {
  let at = 0;
  const next = () => rows[at++];
  const layout = {};
  for (let f = Number(next()); f > 0; f -= 1) {
    const name = next();
    layout[name] = Array.from({ length: Number(next()) }, () => ({ value: next(), label: next() }));
  }
  return layout;
}

/**
 * The engine answers with one flat array of strings (see ResponseRows.cs, which this mirrors):
 * total, searchedFor, the hits, each list preceded by its length, then per facet the counts of
 * all its values. A facet lists the values with results and the ones the visitor selected.
 */
export function decodeResponse(rows, layout, filters) {
  let at = 0;
  const next = () => rows[at++];
  const count = () => Number(next());
  const list = () => Array.from({ length: count() }, next);
  const total = count();
  const searchedFor = next() || null;
  const hits = Array.from({ length: count() }, () => ({
    id: next(), url: next(), title: next(), summary: next(), gemeenten: list(), themas: list(),
  }));
  const facets = {};
  for (let f = count(); f > 0; f -= 1) {
    const name = next();
    const counts = next().split(',');
    const values = layout[name] || [];
    const selected = new Set(filters[name] || []);
    const shown = [];
    for (let v = 0; v < values.length; v += 1) {
      const n = Number(counts[v]);
      if (n > 0 || selected.has(values[v].value)) shown.push({ ...values[v], count: n, selected: selected.has(values[v].value) });
    }
    facets[name] = shown;
  }
  const needsPhrases = next() === '1';
  return { total, searchedFor, hits, facets, needsPhrases };
}

class Engine {
  #api;
  #manifest;
  #texts = new Map();
  #phrases = null;
  #layout;

  constructor(api, manifest, documentCount, layout) {
    this.#api = api;
    this.#manifest = manifest;
    this.documentCount = documentCount;
    this.#layout = layout;
  }

  /**
   * Praktijkvoorbeelden.Search.SearchResponse in camelCase: { total, hits, facets, searchedFor,
   * needsPhrases }. needsPhrases: the query has a phrase, so call loadPhrases() and search again.
   */
  search(searchRequest) {
    return call(this.#api, this.#layout, searchRequest);
  }

  /**
   * Fetches and opens the phrase index (the body's word positions, most of the index's bytes), once.
   * Only a phrase needs it, so a visitor who never types quotes never downloads it.
   */
  loadPhrases() {
    if (!this.#phrases) {
      this.#phrases = fetchFiles(this.#manifest.phrases)
        .then((files) => {
          for (const file of files) this.#api.AddFile(file.name, file.bytes);
          this.#api.OpenPhrases();
        });
      this.#phrases.catch(() => { this.#phrases = null; });
    }
    return this.#phrases;
  }

  /** Runs WARM_UP; call it when the page is idle, never before the visitor's own first search. */
  warm() {
    for (const [query, asYouType] of WARM_UP) call(this.#api, this.#layout, request(query, {}, 0, 1, asYouType));
    this.#api.Snippet(WARM_UP_TEXT, 'jeugdhulp', false);
  }

  /** Escaped text with <mark> around matched words, from the fetched text of voorbeeld id when that is the text. */
  snippet(id, text, query, asYouType) {
    if (text && this.#texts.get(id) === text) return this.#api.SnippetOf(id, query, asYouType);
    return this.#api.Snippet(text, query, asYouType);
  }

  /** The text already fetched for a voorbeeld, or undefined. */
  cachedText(id) {
    const entry = this.#texts.get(id);
    return typeof entry === 'string' ? entry : undefined;
  }

  /** Fetches the plain text of one voorbeeld (only for results that are shown). */
  text(id) {
    const known = this.#texts.get(id);
    if (known !== undefined) return Promise.resolve(known);
    const url = this.#manifest.texts.get(id);
    if (!url) return Promise.resolve('');
    const pending = fetch(url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : {}))
      .then((json) => {
        const text = typeof json[id] === 'string' ? json[id] : '';
        this.#texts.set(id, text);
        this.#api.AddText(id, text); // kept in the engine, so later snippets need not send it again
        return text;
      })
      .catch(() => {
        this.#texts.delete(id);
        return '';
      });
    this.#texts.set(id, pending);
    return pending;
  }
}

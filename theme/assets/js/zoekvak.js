// On every page: warm the browser cache with the search engine and index, so that the search page
// answers at once. Starts when a search box gets focus, or when the browser is idle after loading,
// but not for visitors who asked to save data. Only downloads; the engine starts on /zoeken/.

import { preloadEngine } from './zoeken/engine.js';
import { whenIdle } from './zoeken/idle.js';

const IDLE_TIMEOUT_MS = 5000;

function setUp() {
  // The search page loads the engine itself.
  if (document.getElementById('zoekformulier')) return;
  let started = false;
  const preload = () => {
    if (started) return;
    started = true;
    preloadEngine().catch(() => { started = false; });
  };
  for (const box of document.querySelectorAll('form[role="search"] input[name="q"]')) {
    box.addEventListener('focus', preload, { once: true });
  }
  const connection = navigator.connection;
  const saveData = connection && (connection.saveData || /(^|-)2g$/.test(connection.effectiveType || ''));
  if (saveData) return;
  const preloadWhenIdle = () => whenIdle(preload, IDLE_TIMEOUT_MS);
  if (document.readyState === 'complete') preloadWhenIdle();
  else window.addEventListener('load', preloadWhenIdle, { once: true });
}

setUp();

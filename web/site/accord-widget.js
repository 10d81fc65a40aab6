// <accord-checker>: the embeddable Accord clause checker.
//
//   <script type="module" src=".../accord-widget.js"></script>
//   <accord-checker></accord-checker>
//
// A plain-JS custom element (defining it from Rust would need eval) that
// mounts the Yew app in an open shadow root, so the host page's CSS cannot
// break it and its CSS cannot leak. Attributes: compact, theme
// (light|dark|auto), text, principles (comma-separated IDs), share-url,
// rules (the URL of another principle set, same origin only, JSON in this
// build). Nothing is sent anywhere: the wasm, the stylesheet and a rules
// file are loaded from this site, and the analysis runs in the browser.
import init, { mount } from './accord_web.js';

const base = new URL('.', import.meta.url);
let engine = null;
function loadEngine() {
  engine ??= init({ module_or_path: new URL('accord_web_bg.wasm', base) });
  return engine;
}

// The principle set named by rules="…": its text, or why it cannot be had.
// Only a file of this page's origin is fetched.
async function loadRules(name) {
  if (!name) return {};
  let url;
  try {
    url = new URL(name, document.baseURI);
  } catch {
    return { rulesName: name, rulesError: `rules="${name}" is not a URL.` };
  }
  if (url.origin !== location.origin) {
    return { rulesName: name, rulesError: `rules="${name}": only a principle set of this site (${location.origin}) can be loaded.` };
  }
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    if (!res.ok) return { rulesName: name, rulesError: `The principle set “${name}” could not be loaded (HTTP ${res.status}).` };
    return { rulesName: name, rules: await res.text() };
  } catch (err) {
    return { rulesName: name, rulesError: `The principle set “${name}” could not be loaded (${err.message}).` };
  }
}

class AccordChecker extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('accord-widget.css', base).href;
    const host = document.createElement('div');
    host.className = 'accord-host';
    // theme="light" | "dark", or "auto" (default): follow the reader's
    // colour-scheme preference, also when it changes.
    const wanted = this.getAttribute('theme') || 'auto';
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const applyTheme = () => host.setAttribute('data-theme', wanted === 'auto' ? (scheme.matches ? 'dark' : 'light') : wanted);
    applyTheme();
    if (wanted === 'auto') scheme.addEventListener('change', applyTheme);
    root.append(style, host);
    const index = Array.from(document.querySelectorAll('accord-checker')).indexOf(this);
    const storageKey = `accord-draft:${this.id || `${location.pathname}#${index}`}`;
    Promise.all([loadEngine(), loadRules(this.getAttribute('rules'))])
      .then(([, rules]) =>
        mount(host, {
          text: this.getAttribute('text'),
          compact: this.hasAttribute('compact'),
          principles: this.getAttribute('principles'),
          shareUrl: this.getAttribute('share-url'),
          storageKey,
          ...rules,
        }),
      )
      .then(() => this.dispatchEvent(new CustomEvent('accord-ready', { bubbles: true })))
      .catch((err) => {
        host.textContent = `The clause checker could not start: ${err.message}`;
      });
  }
}

if (!customElements.get('accord-checker')) {
  customElements.define('accord-checker', AccordChecker);
}

// <accord-checker>: the embeddable Accord clause checker.
//
//   <script type="module" src=".../accord-widget.js"></script>
//   <accord-checker></accord-checker>
//
// A plain-JS custom element (defining it from Rust would need eval) that
// mounts the Yew app in an open shadow root, so the host page's CSS cannot
// break it and its CSS cannot leak. Attributes: compact, theme
// (light|dark|auto), text, principles (comma-separated IDs), share-url.
// Nothing is sent anywhere: the wasm and the stylesheet are loaded from next
// to this file, and the analysis runs in the browser.
import init, { mount } from './accord_web.js';

const base = new URL('.', import.meta.url);
let engine = null;
function loadEngine() {
  engine ??= init({ module_or_path: new URL('accord_web_bg.wasm', base) });
  return engine;
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
    loadEngine()
      .then(() =>
        mount(host, {
          text: this.getAttribute('text'),
          compact: this.hasAttribute('compact'),
          principles: this.getAttribute('principles'),
          shareUrl: this.getAttribute('share-url'),
          storageKey,
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

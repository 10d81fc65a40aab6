// Browser entry (ESM, with or without a bundler): fetch and compile the wasm
// next to this file, then expose the synchronous API. The wasm download
// starts before the JS glue is loaded (a dynamic import), so the two travel
// in parallel instead of one after the other.
const url = new URL('./accord_wasm_bg.wasm', import.meta.url);
const response = fetch(url);
const core = import('./core.js');

async function compile(pending) {
  const res = await pending;
  if (!res.ok) throw new Error(`accord: could not load ${url} (HTTP ${res.status})`);
  if (typeof WebAssembly.compileStreaming === 'function' && res.headers.get('content-type') === 'application/wasm') {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

const [module, api] = await Promise.all([compile(response), core]);
api.instantiate(module);

export const { analyze, compare, principles, groups, explain, version, loadRules } = api;

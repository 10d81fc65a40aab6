// Browser entry (ESM, with or without a bundler): fetch and compile the wasm
// next to this file, then expose the synchronous API.
import { instantiate } from './core.js';

const url = new URL('./accord_wasm_bg.wasm', import.meta.url);
const response = await fetch(url);
let module;
if (typeof WebAssembly.compileStreaming === 'function' && response.headers.get('content-type') === 'application/wasm') {
  module = await WebAssembly.compileStreaming(response);
} else {
  module = await WebAssembly.compile(await response.arrayBuffer());
}
instantiate(module);

export { analyze, principles, groups, explain, version, loadRules } from './core.js';

// Node entry (Node >= 20): Node's fetch cannot load file: URLs, so the wasm
// is read from disk and compiled synchronously; `import { analyze } from
// 'accord-clause-checker'` works with no extra step.
import { readFileSync } from 'node:fs';
import { instantiate } from './core.js';

instantiate(new WebAssembly.Module(readFileSync(new URL('./accord_wasm_bg.wasm', import.meta.url))));

export { analyze, compare, principles, groups, explain, version, loadRules } from './core.js';

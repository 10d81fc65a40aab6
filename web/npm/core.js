// The engine's JS API over the wasm-bindgen glue. It keeps the compiled
// module so that, if the instance ever traps (which leaves it unusable), the
// next call runs on a fresh instance.
import * as glue from './accord_wasm.js';

let compiled = null;

/** @internal Instantiate (or re-instantiate) from a compiled WebAssembly.Module. */
export function instantiate(module) {
  compiled = module;
  glue.initSync({ module });
}

function guarded(fn) {
  return (...args) => {
    if (compiled === null) {
      throw new Error('accord: the engine is not initialised yet');
    }
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof WebAssembly.RuntimeError) {
        instantiate(compiled);
        throw new Error(`accord: internal error; the engine was restarted and the next call will work (${err.message})`);
      }
      throw err;
    }
  };
}

/** Analyse a clause with the built-in Tech Accord principles. */
export const analyze = guarded((text, options) => glue.analyze(text, options));
/** Compare two versions of a text (provisions matched, word diffs, verdicts that moved). */
export const compare = guarded((oldText, newText) => glue.compare(oldText, newText));
/** The built-in principles. */
export const principles = guarded(() => glue.principles());
/** The groups (pillars) of the built-in set. */
export const groups = guarded(() => glue.groups());
/** One principle's documentation, or undefined. */
export const explain = guarded((id) => glue.explain(id));
/** Engine and catalog versions. */
export const version = guarded(() => glue.version());
/** Load another principle set (TOML or JSON text); returns a checker. */
export const loadRules = guarded((source) => {
  const checker = glue.loadRules(source);
  return {
    analyze: guarded((text, options) => checker.analyze(text, options)),
    compare: guarded((oldText, newText) => checker.compare(oldText, newText)),
    principles: guarded(() => checker.principles()),
    explain: guarded((id) => checker.explain(id)),
    free: () => checker.free(),
  };
});

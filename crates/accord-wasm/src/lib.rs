//! # accord-wasm
//!
//! The engine for JavaScript, through wasm-bindgen. This crate converts types
//! and nothing else (like Harper's harper-wasm): every decision is made in
//! `accord-core`. Reports cross the boundary as plain JS objects of the same
//! shape as the CLI's JSON (see ARCHITECTURE.md), spans as
//! `{bytes, utf16, text}` so that `text.slice(utf16[0], utf16[1])` is exactly
//! the evidence.
//!
//! Bad input from JS (not a string, an oversized string, an invalid principle
//! set) throws a JS `Error` with a clear message; a string's length is checked
//! before it is copied into wasm memory.
#![forbid(unsafe_code)]

use accord_core::set::PrincipleSet;
use accord_core::Report;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Report panics to the console (they should never happen: the JS wrapper
/// also re-instantiates the module after a trap).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

/// Take a JS string argument, checking its type and size before copying it.
fn text_arg(value: &JsValue, what: &str) -> Result<String, JsError> {
    let Some(s) = value.dyn_ref::<js_sys::JsString>() else {
        let kind = value.js_typeof().as_string().unwrap_or_default();
        return Err(JsError::new(&format!("{what}: expected a string, got {kind}")));
    };
    // Each UTF-16 unit is at least one UTF-8 byte: over the limit in units
    // means over the limit in bytes, refused before any copy.
    let units = s.length() as usize;
    if units > accord_core::MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "{what}: the text is {units} characters long; the limit is {} bytes (analyse it article by article)",
            accord_core::MAX_INPUT_BYTES
        )));
    }
    Ok(String::from(s))
}

/// Options of `analyze`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    /// Only report these principle IDs (all when absent).
    #[serde(default)]
    principles: Option<Vec<String>>,
}

fn options_arg(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("analyze(text, options): invalid options: {e}")))
}

fn run(checker: &accord_core::Checker, text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = text_arg(&text, "analyze(text)")?;
    let options = options_arg(options)?;
    let mut report: Report = checker.analyze(&text).map_err(|e| JsError::new(&e.to_string()))?;
    if let Some(ids) = options.principles {
        if let Some(unknown) = ids.iter().find(|id| checker.set().principle(id).is_none()) {
            return Err(JsError::new(&format!("analyze: unknown principle \"{unknown}\"")));
        }
        report.principles.retain(|p| ids.contains(&p.id));
        for p in &mut report.provisions {
            p.verdicts.retain(|id, _| ids.contains(id));
        }
    }
    to_js(&report)
}

/// Analyse a clause with the built-in Tech Accord principles.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    run(accord_core::builtin(), text, options)
}

fn run_compare(checker: &accord_core::Checker, old: JsValue, new: JsValue) -> Result<JsValue, JsError> {
    let old = text_arg(&old, "compare(oldText, newText): oldText")?;
    let new = text_arg(&new, "compare(oldText, newText): newText")?;
    to_js(&checker.compare(&old, &new).map_err(|e| JsError::new(&e.to_string()))?)
}

/// Compare two versions of a text with the built-in principles.
#[wasm_bindgen]
pub fn compare(old: JsValue, new: JsValue) -> Result<JsValue, JsError> {
    run_compare(accord_core::builtin(), old, new)
}

/// The built-in principles (IDs, titles, groups, seeds, documentation).
#[wasm_bindgen]
pub fn principles() -> Result<JsValue, JsError> {
    to_js(&accord_core::builtin().set().principles)
}

/// The groups (pillars) of the built-in set, in order.
#[wasm_bindgen]
pub fn groups() -> Result<JsValue, JsError> {
    to_js(&accord_core::builtin().set().groups)
}

fn run_explain(set: &PrincipleSet, id: JsValue) -> Result<JsValue, JsError> {
    let id = text_arg(&id, "explain(id)")?;
    match set.principle(&id) {
        Some(p) => to_js(p),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// One principle's documentation, or `undefined` for an unknown ID.
#[wasm_bindgen]
pub fn explain(id: JsValue) -> Result<JsValue, JsError> {
    run_explain(accord_core::builtin().set(), id)
}

#[derive(Serialize)]
struct Version<'a> {
    package: &'a str,
    catalog: &'a str,
    catalog_id: &'a str,
}

/// `{ package, catalog, catalog_id }`: the engine and the built-in set versions.
#[wasm_bindgen]
pub fn version() -> Result<JsValue, JsError> {
    let meta = &accord_core::builtin().set().meta;
    to_js(&Version {
        package: accord_core::VERSION,
        catalog: &meta.version,
        catalog_id: &meta.id,
    })
}

/// A checker for another principle set, from `loadRules`.
#[wasm_bindgen]
pub struct Checker {
    inner: accord_core::Checker,
}

#[wasm_bindgen]
impl Checker {
    /// Analyse a clause with this set.
    pub fn analyze(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
        run(&self.inner, text, options)
    }

    /// Compare two versions of a text with this set.
    pub fn compare(&self, old: JsValue, new: JsValue) -> Result<JsValue, JsError> {
        run_compare(&self.inner, old, new)
    }

    /// The principles of this set.
    pub fn principles(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.set().principles)
    }

    /// One principle of this set, or `undefined` for an unknown ID.
    pub fn explain(&self, id: JsValue) -> Result<JsValue, JsError> {
        run_explain(self.inner.set(), id)
    }
}

/// Load a principle set (TOML or JSON text, told apart by the first
/// non-blank character). Throws an Error with the message and position
/// (`line L, column C`) of each fault.
#[wasm_bindgen(js_name = loadRules)]
pub fn load_rules(source: JsValue) -> Result<Checker, JsError> {
    let source = text_arg(&source, "loadRules(source)")?;
    let set = PrincipleSet::from_source(&source).map_err(|e| JsError::new(&format!("invalid principle set:\n{e}")))?;
    Ok(Checker {
        inner: accord_core::Checker::new(set),
    })
}

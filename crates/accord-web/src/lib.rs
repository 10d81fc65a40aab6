//! # accord-web
//!
//! The Accord clause checker widget in Yew: paste a clause and see, live and
//! entirely in the browser, which Tech Accord principles it supports or
//! violates. The engine (`accord-core`) is linked into this wasm.
//!
//! - [`Checker`] is the Yew component (other Yew apps can use it directly);
//! - [`mount`] is what `web/site/accord-widget.js` (the `<accord-checker>`
//!   custom element, plain JS) calls to render it inside its shadow root.
//!
//! Where to start: `app.rs` (the component), `state.rs` (reducer),
//! `components.rs` (marks, cards), `draft.rs` (heat map, bracket readings),
//! `versions.rs` ("Compare versions": the two texts, local files, the word
//! diff and the verdicts that moved), `browser.rs` (fragment, storage,
//! clipboard, download: nothing is sent over the network).
#![forbid(unsafe_code)]

mod app;
mod browser;
mod components;
mod draft;
mod state;
mod versions;

pub use app::{Checker, CheckerProps};
pub use state::{Action, Mode, Rules, Side, State, Versions};

use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// Attributes of `<accord-checker>`, as the custom element passes them.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct MountConfig {
    text: Option<String>,
    compact: bool,
    principles: Option<String>,
    share_url: Option<String>,
    storage_key: Option<String>,
    /// The `rules` attribute as written (for messages).
    rules_name: Option<String>,
    /// The text of the principle set it names, fetched by the element.
    rules: Option<String>,
    /// Why the element could not fetch it.
    rules_error: Option<String>,
}

/// The principle set of the `rules` attribute, or why it cannot be used
/// (then the built-in set is used).
fn load_rules(c: &MountConfig) -> (Option<Rules>, Option<String>) {
    let name = c.rules_name.as_deref().unwrap_or("(rules)");
    let fallback = "The built-in Tech Accord principles are used instead.";
    if let Some(e) = &c.rules_error {
        return (None, Some(format!("{e} {fallback}")));
    }
    let Some(source) = &c.rules else {
        return (None, None);
    };
    match accord_core::PrincipleSet::from_source(source) {
        Ok(set) => (Some(Rules(std::rc::Rc::new(accord_core::Checker::new(set)))), None),
        Err(errors) => (
            None,
            Some(format!("The principle set “{name}” is not valid. {fallback}\n{errors}")),
        ),
    }
}

/// Render the checker into `root` (an element in the custom element's
/// shadow root). `config` holds the element's attributes.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, config: JsValue) -> Result<(), JsError> {
    let c: MountConfig = if config.is_undefined() || config.is_null() {
        MountConfig::default()
    } else {
        serde_wasm_bindgen::from_value(config)
            .map_err(|e| JsError::new(&format!("accord-checker: bad attributes: {e}")))?
    };
    let (rules, rules_error) = load_rules(&c);
    let props = CheckerProps {
        text: c.text.unwrap_or_default().into(),
        compact: c.compact,
        principles: c
            .principles
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| yew::AttrValue::from(s.to_owned()))
            .collect(),
        share_url: c.share_url.map(Into::into),
        storage_key: c.storage_key.unwrap_or_else(|| "accord-draft".into()).into(),
        rules,
        rules_error: rules_error.map(Into::into),
    };
    yew::Renderer::<Checker>::with_root_and_props(root, props).render();
    Ok(())
}

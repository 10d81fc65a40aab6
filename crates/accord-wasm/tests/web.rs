//! The wasm API in headless Chromium (wasm-bindgen-test). Run by
//! scripts/test.sh with chromedriver; see `webdriver.json` for the flags.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn principle(report: &JsValue, id: &str) -> JsValue {
    let list: js_sys::Array = get(report, "principles").into();
    list.iter()
        .find(|p| get(p, "id").as_string().as_deref() == Some(id))
        .unwrap()
}

#[wasm_bindgen_test]
fn utf16_spans_select_the_evidence_after_non_bmp_characters() {
    let text = "😀🇪🇺 𝔄 Each State Party shall require service providers to decrypt communications.";
    let report = accord_wasm::analyze(JsValue::from_str(text), JsValue::UNDEFINED).unwrap();
    let enc = principle(&report, "strong-encryption");
    assert_eq!(get(&enc, "verdict").as_string().unwrap(), "violates");
    let evidence: js_sys::Array = get(&enc, "evidence").into();
    let spans: js_sys::Array = get(&evidence.get(0), "spans").into();
    let span = spans.get(0);
    let utf16: js_sys::Array = get(&span, "utf16").into();
    let (s, e) = (
        utf16.get(0).as_f64().unwrap() as u32,
        utf16.get(1).as_f64().unwrap() as u32,
    );
    let js_text = js_sys::JsString::from(text);
    assert_eq!(String::from(js_text.slice(s, e)), "decrypt");
    assert_eq!(get(&span, "text").as_string().unwrap(), "decrypt");
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_not_a_trap() {
    let err = accord_wasm::analyze(JsValue::from_f64(3.0), JsValue::UNDEFINED).unwrap_err();
    let err: JsValue = err.into();
    let msg = js_sys::Error::from(err).message();
    assert!(String::from(msg).contains("expected a string, got number"));
    let ok = accord_wasm::analyze(
        JsValue::from_str("Decisions shall be taken by consensus."),
        JsValue::NULL,
    )
    .unwrap();
    assert_eq!(get(&get(&ok, "alignment"), "score").as_f64(), Some(100.0));
}

#[wasm_bindgen_test]
fn catalog_and_version() {
    let list: js_sys::Array = accord_wasm::principles().unwrap().into();
    assert_eq!(list.length() as usize, accord_core::builtin().set().principles.len());
    let v = accord_wasm::version().unwrap();
    assert_eq!(get(&v, "catalog_id").as_string().unwrap(), "tech-accord");
    assert!(accord_wasm::explain(JsValue::from_str("nope")).unwrap().is_undefined());
}

#[wasm_bindgen_test]
fn load_rules_reports_positions() {
    let message = |src: &str| -> String {
        let err: JsValue = accord_wasm::load_rules(JsValue::from_str(src)).err().unwrap().into();
        js_sys::Error::from(err).message().into()
    };
    let syntax = message("{\n\"set\": ");
    assert!(syntax.contains("line 2"), "{syntax}");
    // TOML sets are read too, with positions in the TOML.
    let toml = message("[set]\nid = ");
    assert!(toml.contains("line 2"), "{toml}");
    let unknown = message(&MINI_TOML.replace("trigger = [\"shutdown\"]", "trigger = [\"nope\"]"));
    assert!(
        unknown.contains("unknown concept \"nope\"") && unknown.contains("line 37"),
        "{unknown}"
    );
}

/// A small set in TOML, the authoring format (shared with the core's tests).
const MINI_TOML: &str = include_str!("../../accord-core/tests/fixtures/mini-set.toml");

#[wasm_bindgen_test]
fn load_rules_reads_toml_sets() {
    let checker = accord_wasm::load_rules(JsValue::from_str(MINI_TOML)).unwrap();
    let report = checker
        .analyze(
            JsValue::from_str("The authority may order an internet shutdown."),
            JsValue::UNDEFINED,
        )
        .unwrap();
    let principles: js_sys::Array = get(&report, "principles").into();
    let verdict = |i: u32| get(&principles.get(i), "verdict").as_string().unwrap();
    assert_eq!(
        (verdict(0).as_str(), verdict(1).as_str()),
        ("not_addressed", "violates")
    );
}

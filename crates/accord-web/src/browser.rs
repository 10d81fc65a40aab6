//! The few browser services the widget uses: the URL fragment (share links),
//! local storage (drafts), the clipboard and downloads. Nothing here sends
//! anything over the network.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

const FRAGMENT_KEY: &str = "clause=";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The clause carried in the URL fragment (`#clause=…`), if any.
pub fn clause_from_fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    let encoded = hash.trim_start_matches('#').strip_prefix(FRAGMENT_KEY)?;
    let decoded = js_sys::decode_uri_component(encoded).ok()?.as_string()?;
    (!decoded.trim().is_empty()).then_some(decoded)
}

/// A link that carries `text` in its fragment (never sent to a server).
pub fn share_link(share_url: Option<&str>, text: &str) -> String {
    let base = match share_url {
        Some(u) if !u.is_empty() => u.to_owned(),
        _ => window().and_then(|w| w.location().href().ok()).unwrap_or_default(),
    };
    let base = base.split('#').next().unwrap_or("").to_owned();
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("{base}#{FRAGMENT_KEY}{encoded}")
}

pub fn load_draft(key: &str) -> Option<String> {
    LocalStorage::get::<String>(key).ok().filter(|d| !d.trim().is_empty())
}

pub fn save_draft(key: &str, text: &str) {
    if text.trim().is_empty() {
        LocalStorage::delete(key);
    } else {
        // Storage may be full or disabled: the draft is then kept in memory only.
        let _ = LocalStorage::set(key, text);
    }
}

/// Copy `text` to the clipboard (asynchronously; errors are reported by the promise).
pub fn copy(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok();
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return false;
    };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    write.call1(&clipboard, &JsValue::from_str(text)).is_ok()
}

/// Offer `contents` as a file download.
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Ok(a) = doc.create_element("a") else { return false };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Milliseconds since page load (for the timing budget).
pub fn now() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Scroll the first mark of provision `i` (or, with none, the start of its
/// text) into the middle of the view, inside `container` (the marked text).
pub fn scroll_to_provision(container: &yew::NodeRef, i: usize) {
    let Some(root) = container.cast::<web_sys::Element>() else {
        return;
    };
    let target = root
        .query_selector(&format!("mark.mark-focus[data-provision=\"{i}\"]"))
        .ok()
        .flatten()
        .or_else(|| {
            root.query_selector(&format!("[data-provision-anchor=\"{i}\"]"))
                .ok()
                .flatten()
        });
    if let Some(el) = target {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    }
}

/// Focus the first element inside `container` that matches `selector`.
pub fn focus_in(container: &yew::NodeRef, selector: &str) {
    let el = container
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten());
    if let Some(html) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = html.focus();
    }
}

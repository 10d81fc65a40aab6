//! Turns the embedded TOML data into JSON at build time, so that the built-in
//! set needs no TOML parser at run time (and WebAssembly builds without the
//! `toml` feature carry none).

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["accord", "lexicon"] {
        let src_path = format!("data/{name}.toml");
        println!("cargo:rerun-if-changed={src_path}");
        let src = std::fs::read_to_string(&src_path).unwrap_or_else(|e| panic!("{src_path}: {e}"));
        let mut value: serde_json::Value = basic_toml::from_str(&src).unwrap_or_else(|e| panic!("{src_path}: {e}"));
        // The rules' examples (`fire`, `quiet`) are fixtures and
        // documentation (tests/rules.rs runs them from the TOML), and so are
        // the concepts' notes: the embedded copy leaves them out (3.4 KB
        // gzip of the npm wasm).
        for (list, fields) in [("rules", ["fire", "quiet"]), ("concepts", ["note", "note"])] {
            if let Some(items) = value.get_mut(list).and_then(|r| r.as_array_mut()) {
                for item in items.iter_mut().filter_map(|r| r.as_object_mut()) {
                    for field in fields {
                        item.remove(field);
                    }
                }
            }
        }
        let json = serde_json::to_string(&value).expect("a JSON value serialises");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("write OUT_DIR");
    }
}

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
        let table: toml::Table = toml::from_str(&src).unwrap_or_else(|e| panic!("{src_path}: {e}"));
        let json = serde_json::to_string(&table).expect("TOML values are JSON values");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("write OUT_DIR");
    }
}

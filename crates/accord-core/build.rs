//! Builds the embedded principle set at compile time.
//!
//! The Tech Accord set is written one principle per file
//! (`data/principles/<id>.toml`: the principle, its seeds and documentation,
//! the concepts only its rules use, its rules with examples), plus
//! `data/accord.toml` (the set's name, groups, shared concepts and the
//! catalog order). This script appends the principle files to `accord.toml`
//! in catalog order — the result is one valid set in the ordinary set
//! format (`$OUT_DIR/accord.toml`, which the tests read for the rules'
//! examples) — and turns it and `data/lexicon.toml` into JSON, so that the
//! built-in set needs no TOML parser at run time (and WebAssembly builds
//! without the `toml` feature carry none).

use std::path::Path;

/// The `[catalog]` table of `accord.toml`, which only this script reads.
const CATALOG: &str = "[catalog]";

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=data");
    let set_source = assemble_set();
    std::fs::write(Path::new(&out).join("accord.toml"), &set_source).expect("write OUT_DIR");
    for (name, src) in [("accord", set_source), ("lexicon", read("data/lexicon.toml"))] {
        let mut value: serde_json::Value = basic_toml::from_str(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
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

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `accord.toml` without its `[catalog]` table, then every principle file
/// in the catalog's order. Every file in `data/principles/` must be listed,
/// and every listed principle must have its file.
fn assemble_set() -> String {
    let main = read("data/accord.toml");
    let at = main
        .find(&format!("\n{CATALOG}\n"))
        .unwrap_or_else(|| panic!("data/accord.toml: no {CATALOG} table"));
    let (head, catalog) = main.split_at(at + 1);
    // The catalog table runs to the next table header or the end.
    let catalog_end = catalog[CATALOG.len()..]
        .find("\n[")
        .map_or(catalog.len(), |i| CATALOG.len() + i + 1);
    let (catalog, rest) = catalog.split_at(catalog_end);
    #[derive(serde::Deserialize)]
    struct Catalog {
        catalog: Order,
    }
    #[derive(serde::Deserialize)]
    struct Order {
        order: Vec<String>,
    }
    let order = basic_toml::from_str::<Catalog>(catalog)
        .unwrap_or_else(|e| panic!("data/accord.toml [catalog]: {e}"))
        .catalog
        .order;
    let mut files: Vec<String> = std::fs::read_dir("data/principles")
        .expect("data/principles")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = order.iter().map(|id| format!("{id}.toml")).collect();
    listed.sort();
    assert_eq!(
        files, listed,
        "data/principles/ and the catalog order of data/accord.toml must name the same principles"
    );
    let mut set = String::with_capacity(256 * 1024);
    set.push_str(head);
    set.push_str(rest);
    for id in &order {
        set.push_str(&format!("\n# ── data/principles/{id}.toml ──\n"));
        set.push_str(&read(&format!("data/principles/{id}.toml")));
    }
    set
}

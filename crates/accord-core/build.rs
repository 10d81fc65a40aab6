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
//!
//! It also compiles the phrases of the shared lexicon and of the set into
//! the lexicon's trie, with the engine's own `lexicon` module, and writes
//! its bytes (`$OUT_DIR/accord.lexicon`): loading the built-in set then
//! tokenizes and stems nothing, which was three quarters of a process's
//! start-up (and of a browser tab's first analysis). The embedded JSON
//! leaves the phrases out; `tests/embedded.rs` checks that the bytes are
//! what compiling the set's phrases at run time gives.

use std::path::Path;

// The engine's tokenizer, stemmer and trie, compiled into this script.
#[allow(dead_code)]
#[path = "src/lexicon.rs"]
mod lexicon;
#[allow(dead_code)]
#[path = "src/sort.rs"]
mod sort;

/// The `[catalog]` table of `accord.toml`, which only this script reads.
const CATALOG: &str = "[catalog]";

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=data");
    // The trie is made by these modules: a change to them remakes it.
    println!("cargo:rerun-if-changed=src/lexicon.rs");
    println!("cargo:rerun-if-changed=src/sort.rs");
    let set_source = assemble_set();
    std::fs::write(Path::new(&out).join("accord.toml"), &set_source).expect("write OUT_DIR");
    let mut values = Vec::new();
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
        values.push((name, value));
    }
    // The trie of every phrase, numbered as the set's compilation numbers
    // concepts: the shared lexicon's first, then the set's, in file order.
    let concepts = |v: &serde_json::Value| {
        v.get("concepts")
            .and_then(|c| c.as_array())
            .cloned()
            .unwrap_or_default()
    };
    let all: Vec<serde_json::Value> = concepts(&values[1].1)
        .into_iter()
        .chain(concepts(&values[0].1))
        .collect();
    let phrases: Vec<(usize, String)> = (all.iter().enumerate())
        .flat_map(|(i, c)| {
            let list = c.get("phrases").and_then(|p| p.as_array()).cloned().unwrap_or_default();
            list.into_iter()
                .map(move |p| (i, p.as_str().expect("a phrase is a string").to_owned()))
        })
        .collect();
    let trie = lexicon::Lexicon::compile(&lexicon::Analyzer::default(), &phrases).unwrap_or_else(|bad| {
        panic!(
            "phrases that can never match: {:?}",
            bad.iter().map(|&b| &phrases[b].1).collect::<Vec<_>>()
        )
    });
    std::fs::write(Path::new(&out).join("accord.lexicon"), trie.to_bytes()).expect("write OUT_DIR");
    // The set's own phrases are in the trie; the embedded JSON keeps the
    // shared lexicon's, which sets loaded at run time compile with theirs.
    if let Some(list) = values[0].1.get_mut("concepts").and_then(|c| c.as_array_mut()) {
        for c in list.iter_mut().filter_map(|c| c.as_object_mut()) {
            c.insert("phrases".into(), serde_json::Value::Array(Vec::new()));
        }
    }
    write_repairs(&out);
    for (name, value) in values {
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

/// `data/repairs.toml` as Rust statics (`$OUT_DIR/repairs.rs`, included by
/// `suggest.rs`): no parsing at run time and no deserializer linked for it
/// (a serde_json reader of the repairs cost 9 KB gzip of the npm wasm).
fn write_repairs(out: &str) {
    let src = read("data/repairs.toml");
    let value: serde_json::Value = basic_toml::from_str(&src).unwrap_or_else(|e| panic!("data/repairs.toml: {e}"));
    let text = |v: &serde_json::Value, what: &str| -> String {
        v.as_str()
            .unwrap_or_else(|| panic!("data/repairs.toml: {what} must be a string"))
            .to_owned()
    };
    let set = text(&value["set"], "set");
    let mut rs = format!("pub static REPAIRS_SET: &str = {set:?};\npub static REPAIRS: &[Repair] = &[\n");
    for r in value["repairs"].as_array().expect("data/repairs.toml: [[repairs]]") {
        let table = r.as_object().expect("data/repairs.toml: a repair is a table");
        for key in table.keys() {
            assert!(
                ["rule", "insert", "replace"].contains(&key.as_str()),
                "data/repairs.toml: unknown field {key}"
            );
        }
        let rule = text(&r["rule"], "rule");
        let insert = r.get("insert").map(|v| text(v, "insert")).unwrap_or_default();
        let pairs: Vec<String> = (r.get("replace").and_then(|v| v.as_array()).cloned().unwrap_or_default())
            .iter()
            .map(|p| {
                let pair = p.as_array().filter(|p| p.len() == 2);
                let pair =
                    pair.unwrap_or_else(|| panic!("data/repairs.toml: {rule}: replace takes [words, with] pairs"));
                format!("({:?}, {:?})", text(&pair[0], "words"), text(&pair[1], "with"))
            })
            .collect();
        assert!(
            insert.is_empty() != pairs.is_empty(),
            "data/repairs.toml: {rule}: give insert or replace"
        );
        rs.push_str(&format!(
            "    Repair {{ rule: {rule:?}, insert: {insert:?}, replace: &[{}] }},\n",
            pairs.join(", ")
        ));
    }
    rs.push_str("];\n");
    std::fs::write(Path::new(out).join("repairs.rs"), rs).expect("write OUT_DIR");
}

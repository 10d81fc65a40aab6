//! Quality gates: the project's own labelled clauses (`tests/cases.jsonl`)
//! must hold the figures recorded in `quality/cases.json` (a ratchet: raise
//! the record when the engine improves, never lower it to make a test pass).

use accord_core::eval::{self, Summary};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn gate(corpus: &Path, record: &Path) {
    let src = std::fs::read_to_string(corpus).unwrap();
    let result = eval::run(accord_core::builtin(), &src, None).unwrap();
    let record: Summary = serde_json::from_str(&std::fs::read_to_string(record).unwrap()).unwrap();
    let below = result.summary.below(&record);
    assert!(
        below.is_empty(),
        "{}\n\ndisagreements:\n{}",
        below.join("\n"),
        result.disagreements.join("\n")
    );
    // The targets hold whatever the record says.
    assert!(result.summary.f1 >= 0.85 && result.summary.violation_recall >= 0.90 && result.summary.flips == 0);
}

/// Every own corpus `tests/NAME.jsonl` is held to its record `quality/NAME.json`.
#[test]
fn own_corpora_hold_their_records() {
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let record = root().join("quality").join(format!("{stem}.json"));
            assert!(record.exists(), "{} has no record {}", path.display(), record.display());
            gate(&path, &record);
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} own corpora found");
}

#[test]
fn own_cases_cover_every_principle_in_both_polarities() {
    let src = std::fs::read_to_string(root().join("tests/cases.jsonl")).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut n = 0;
    for line in src.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        n += 1;
        for (k, verdict) in v["expect"].as_object().unwrap() {
            seen.insert((k.clone(), verdict.as_str().unwrap().to_owned()));
        }
    }
    assert!(n >= 100, "only {n} cases");
    for p in &accord_core::builtin().set().principles {
        for v in ["supports", "violates"] {
            assert!(
                seen.contains(&(p.id.clone(), v.to_owned())),
                "no case where {} {v}",
                p.id
            );
        }
    }
}

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

#[test]
fn own_cases_hold_their_record() {
    gate(&root().join("tests/cases.jsonl"), &root().join("quality/cases.json"));
}

#[test]
fn holdout_cases_hold_their_record() {
    gate(
        &root().join("tests/holdout.jsonl"),
        &root().join("quality/holdout.json"),
    );
}

#[test]
fn third_set_holds_its_record() {
    gate(
        &root().join("tests/holdout2.jsonl"),
        &root().join("quality/holdout2.json"),
    );
}

#[test]
fn fourth_set_holds_its_record() {
    gate(
        &root().join("tests/holdout3.jsonl"),
        &root().join("quality/holdout3.json"),
    );
}

#[test]
fn fifth_set_holds_its_record() {
    gate(
        &root().join("tests/holdout4.jsonl"),
        &root().join("quality/holdout4.json"),
    );
}

#[test]
fn sixth_set_holds_its_record() {
    gate(
        &root().join("tests/holdout5.jsonl"),
        &root().join("quality/holdout5.json"),
    );
}

#[test]
fn seventh_set_holds_its_record() {
    gate(
        &root().join("tests/holdout6.jsonl"),
        &root().join("quality/holdout6.json"),
    );
}

#[test]
fn eighth_set_holds_its_record() {
    gate(
        &root().join("tests/holdout7.jsonl"),
        &root().join("quality/holdout7.json"),
    );
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

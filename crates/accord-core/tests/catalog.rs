//! The catalog: the public principle IDs, their seeds, and set loading.

use accord_core::{PrincipleSet, Verdict};
use std::path::Path;

/// The 18 IDs of `shared/spec/principles.md`, a public interface.
const IDS: [&str; 18] = [
    "lawful-access",
    "strong-encryption",
    "harmonized-rules",
    "international-cooperation",
    "narrow-scope",
    "free-expression",
    "state-obligations",
    "inclusive-capacity-building",
    "voluntary-tech-neutral-assistance",
    "information-sharing",
    "human-rights",
    "due-diligence",
    "multistakeholder-participation",
    "victim-protection",
    "accountability",
    "time-proofing",
    "open-internet",
    "consensus",
];

#[test]
fn the_builtin_set_has_exactly_the_public_ids_in_order() {
    let set = PrincipleSet::builtin();
    let ids: Vec<&str> = set.principles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, IDS);
}

#[test]
fn every_principle_is_documented_and_cites_a_seed() {
    for p in &PrincipleSet::builtin().principles {
        assert!(!p.seeds.is_empty(), "{}", p.id);
        for field in [
            &p.title,
            &p.summary,
            &p.doc.checks,
            &p.doc.why,
            &p.doc.violating_example,
            &p.doc.better_wording,
        ] {
            assert!(field.len() > 10, "{}: a documentation field is empty", p.id);
        }
    }
}

fn squash(s: &str) -> String {
    s.replace(['*', '_'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each seed quote is a verbatim passage of its seed file. The seeds live in
/// `shared/seeds` beside the repository (CI has them); without them the
/// test fails loudly rather than pass unchecked, unless the caller opts out.
#[test]
fn seed_quotes_are_verbatim() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !dir.exists() {
        assert!(
            std::env::var_os("ACCORD_NO_SEEDS").is_some(),
            "seed directory {} is missing; set ACCORD_NO_SEEDS=1 to skip this check",
            dir.display()
        );
        return;
    }
    for p in &PrincipleSet::builtin().principles {
        for s in &p.seeds {
            let text =
                std::fs::read_to_string(dir.join(&s.file)).unwrap_or_else(|e| panic!("{}: {}: {e}", p.id, s.file));
            assert!(
                squash(&text).contains(&squash(&s.quote)),
                "{}: quote not found in {}: {}",
                p.id,
                s.file,
                s.quote
            );
        }
    }
}

/// Every seed the built-in principles cite names its document: the title
/// and date of the set's `[[seeds]]` table, which are those of the file's
/// header (the lines before its first paragraph of text), when the seed
/// files are there.
#[test]
fn seeds_carry_the_title_and_date_of_their_document() {
    let set = PrincipleSet::builtin();
    for p in &set.principles {
        for s in &p.seeds {
            assert!(
                !s.title.is_empty() && !s.date.is_empty(),
                "{}: {} has no title or date",
                p.id,
                s.file
            );
            assert_eq!(s.source(), format!("{}, {}", s.title, s.date));
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !dir.exists() {
        assert!(
            std::env::var_os("ACCORD_NO_SEEDS").is_some(),
            "seed directory {} is missing",
            dir.display()
        );
        return;
    }
    // The set as written (the compiled set keeps no table of documents).
    let json = PrincipleSet::toml_to_json(accord_core::set::ACCORD_TOML).expect("the built-in set converts");
    let file: accord_core::set::SetFile = serde_json::from_str(&json).expect("the built-in set parses");
    assert!(!file.seeds.is_empty());
    for d in &file.seeds {
        let text = std::fs::read_to_string(dir.join(&d.file)).unwrap_or_else(|e| panic!("{}: {e}", d.file));
        // The header: the first lines up to the first long paragraph.
        let header: Vec<&str> = text.lines().take_while(|l| l.len() < 400).take(12).collect();
        let header = squash(&header.join(" ").replace('#', ""));
        assert!(
            header.contains(&squash(&d.title)),
            "{}: title not in the header: {header}",
            d.file
        );
        // The date as written there, or with a year the header leaves out.
        let date = squash(&d.date);
        let without_year = date.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
        assert!(
            header.contains(&date) || header.contains(without_year),
            "{}: date {date:?} not in the header: {header}",
            d.file
        );
    }
}

/// Another set may list its documents; a citation of a file it does not
/// list is an error, and without a table a citation names its file.
#[test]
fn a_sets_seed_table_names_its_documents() {
    let mini = include_str!("fixtures/mini-set.toml");
    let set = PrincipleSet::from_toml(mini).unwrap();
    assert_eq!(set.principles[0].seeds[0].title, "");
    assert_eq!(set.principles[0].seeds[0].source(), "f");
    let listed = mini.replacen(
        "[[groups]]",
        "[[seeds]]\nfile = \"f\"\ntitle = \"A Statement\"\ndate = \"1 May 2024\"\n\n[[groups]]",
        1,
    );
    let set = PrincipleSet::from_toml(&listed).unwrap();
    assert_eq!(set.principles[1].seeds[0].source(), "A Statement, 1 May 2024");
    assert_eq!(set.principles[1].seeds[0].file, "f");
    let unlisted = listed.replacen("file = \"f\"\ntitle", "file = \"g\"\ntitle", 1);
    let e = PrincipleSet::from_toml(&unlisted).unwrap_err().to_string();
    assert!(
        e.contains("cites \"f\", which the [[seeds]] table does not list"),
        "{e}"
    );
}

#[test]
fn errors_in_a_set_carry_their_position() {
    let src = r#"
[set]
id = "x"
name = "X"
version = "1"

[[groups]]
id = "g"
name = "G"

[[principles]]
id = "p-one"
group = "g"
title = "P"
summary = "S"
seeds = [{ file = "f", section = "s", quote = "q" }]
doc = { checks = "c", why = "w", violating_example = "v", better_wording = "b" }

[[rules]]
id = "R1"
principle = "p-one"
verdict = "violates"
explain = "e"
trigger = ["no-such-concept"]
"#;
    let err = PrincipleSet::from_toml(src).unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert!(
        err.0[0].message.contains("unknown concept \"no-such-concept\""),
        "{}",
        err
    );
    assert_eq!(err.0[0].line, Some(24));

    let syntax = PrincipleSet::from_toml("[set]\nid = ").unwrap_err();
    assert_eq!(syntax.0[0].line, Some(2));
}

/// A small valid TOML set with two principles, for the type-error tests.
const TWO_PRINCIPLES: &str = include_str!("fixtures/mini-set.toml");

#[test]
fn a_type_error_in_the_nth_table_points_at_that_table() {
    assert!(PrincipleSet::from_toml(TWO_PRINCIPLES).is_ok());

    // A wrong type inside an inline table of the second [[principles]].
    let at = TWO_PRINCIPLES.rfind("why = \"w\"").unwrap();
    let src = format!("{}why = 3{}", &TWO_PRINCIPLES[..at], &TWO_PRINCIPLES[at + 9..]);
    let err = PrincipleSet::from_toml(&src).unwrap_err();
    assert_eq!(
        err.0[0].message,
        "principles[1].doc.why: invalid type: integer `3`, expected a string"
    );
    assert_eq!((err.0[0].line, err.0[0].column), (Some(26), Some(23)));

    // An unknown variant and an unknown field.
    let err = PrincipleSet::from_toml(&TWO_PRINCIPLES.replace("\"violates\"", "\"violate\"")).unwrap_err();
    assert!(
        err.0[0]
            .message
            .starts_with("rules[0].verdict: unknown variant `violate`"),
        "{err}"
    );
    assert_eq!(err.0[0].line, Some(35));
    let err = PrincipleSet::from_toml(&TWO_PRINCIPLES.replacen("summary", "sumary", 1)).unwrap_err();
    assert!(
        err.0[0]
            .message
            .starts_with("principles[0].sumary: unknown field `sumary`"),
        "{err}"
    );
    assert_eq!(err.0[0].line, Some(16));
}

#[test]
fn a_type_error_in_json_names_its_path() {
    let json = PrincipleSet::toml_to_json(TWO_PRINCIPLES).unwrap();
    let bad = json.replace("\"violates\"", "\"violate\"");
    let err = PrincipleSet::from_json(&bad).unwrap_err();
    assert!(
        err.0[0]
            .message
            .starts_with("rules[0].verdict: unknown variant `violate`"),
        "{err}"
    );
    let line = bad.lines().position(|l| l.contains("\"violate\"")).unwrap() + 1;
    assert_eq!(err.0[0].line, Some(line));
}

#[test]
fn a_custom_set_in_json_works_with_the_shared_lexicon() {
    let src = r#"{
      "set": {"id": "mini", "name": "Mini", "version": "0.1"},
      "groups": [{"id": "g", "name": "G"}],
      "principles": [{"id": "no-shutdowns", "group": "g", "title": "No shutdowns", "summary": "s",
        "seeds": [{"file": "f", "section": "s", "quote": "q"}],
        "doc": {"checks": "c", "why": "w", "violating_example": "v", "better_wording": "b"}}],
      "concepts": [{"id": "shutdown", "phrases": ["shutdown", "shut down"]}],
      "rules": [
        {"id": "NSD001", "principle": "no-shutdowns", "verdict": "violates", "explain": "e", "trigger": ["shutdown"]},
        {"id": "NSD002", "principle": "no-shutdowns", "verdict": "supports", "explain": "e", "trigger": ["~shutdown"]}
      ]
    }"#;
    let checker = accord_core::Checker::new(PrincipleSet::from_json(src).unwrap());
    let r = checker
        .analyze("The authority may order a shutdown of the network.")
        .unwrap();
    assert_eq!(r.verdict("no-shutdowns"), Verdict::Violates);
    let r = checker
        .analyze("No State shall order a shutdown of the network.")
        .unwrap();
    assert_eq!(r.verdict("no-shutdowns"), Verdict::Supports);
    assert_eq!(r.principles.len(), 1);
}

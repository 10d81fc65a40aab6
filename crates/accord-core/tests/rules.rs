//! Every rule of the built-in set carries examples on which it must fire and
//! must stay quiet; this runs them all (one test, like ruff's fixtures).
//! The examples are read from the TOML source: the embedded copy of the set
//! leaves them out (they are documentation and fixtures, not engine data).

use accord_core::set::PrincipleSet;
use accord_core::{builtin, Checker};

#[test]
fn every_rule_fires_on_its_examples_and_only_there() {
    let source = PrincipleSet::from_toml(accord_core::set::ACCORD_TOML).expect("the set's TOML is valid");
    let checker = Checker::new(source);
    assert_eq!(
        checker.set().rules.len(),
        builtin().set().rules.len(),
        "the embedded set is the TOML source"
    );
    let mut failures = Vec::new();
    for rule in &checker.set().rules {
        assert!(
            !rule.fire.is_empty(),
            "rule {} has no example on which it fires",
            rule.id
        );
        for text in &rule.fire {
            if !checker.fired_rules(text).contains(&rule.id) {
                failures.push(format!("{} should fire on: {text}", rule.id));
            }
        }
        for text in &rule.quiet {
            if checker.fired_rules(text).contains(&rule.id) {
                failures.push(format!("{} should stay quiet on: {text}", rule.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rule_ids_are_stable_codes() {
    for rule in &builtin().set().rules {
        let (prefix, digits) = rule.id.split_at(3);
        assert!(prefix.chars().all(|c| c.is_ascii_uppercase()), "{}", rule.id);
        assert!(
            digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit()),
            "{}",
            rule.id
        );
    }
}

/// Each principle's documentation is a test case: its "wording to use
/// instead" supports it and its violating example violates it, so what the
/// product suggests to a user is what the engine itself rewards.
#[test]
fn every_principle_rewards_its_better_wording_and_flags_its_violating_example() {
    let checker = builtin();
    let mut failures = Vec::new();
    for p in &checker.set().principles {
        for (text, want) in [
            (&p.doc.better_wording, accord_core::set::Verdict::Supports),
            (&p.doc.violating_example, accord_core::set::Verdict::Violates),
        ] {
            let report = checker.analyze(text).expect("a short example");
            let got = report
                .principles
                .iter()
                .find(|r| r.id == p.id)
                .expect("every principle is reported")
                .verdict;
            if got != want {
                failures.push(format!("{}: {want:?} expected, {got:?} on: {text}", p.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

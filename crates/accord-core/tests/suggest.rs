//! Suggested wording: the better wording on violated principles, and the
//! repairs of `data/repairs.toml` (spans inside the text, edits that mend).

use accord_core::suggest::{apply, repairs_for};
use accord_core::{analyze, Verdict};

#[test]
fn violated_principles_carry_the_better_wording() {
    let r = analyze("Each State Party shall require service providers to decrypt communications.").unwrap();
    for p in &r.principles {
        assert_eq!(
            p.better_wording.is_some(),
            matches!(p.verdict, Verdict::Violates | Verdict::Mixed),
            "{}",
            p.id
        );
    }
    assert!(r.principles.iter().any(|p| p.better_wording.is_some()));
}

#[test]
fn every_repair_names_a_rule_of_the_set() {
    let set = accord_core::builtin().set();
    let repairs = repairs_for(&set.meta.id);
    assert!(!repairs.is_empty());
    for r in repairs {
        assert!(set.rules.iter().any(|x| x.id == r.rule), "{}", r.rule);
        assert!(
            r.insert.is_empty() != r.replace.is_empty(),
            "{}: insert or replace",
            r.rule
        );
    }
}

#[test]
fn the_decryption_mandate_becomes_a_prohibition() {
    let text = "Each State Party shall require service providers to decrypt communications.";
    let r = analyze(text).unwrap();
    let s = r
        .suggestions
        .iter()
        .find(|s| s.rule == "ENC001")
        .expect("an ENC001 suggestion");
    assert_eq!(&text[s.span.bytes[0]..s.span.bytes[1]], "shall require");
    assert_eq!(s.replacement, "shall not require");
    let fixed = apply(text, s).unwrap();
    assert_eq!(
        fixed,
        "Each State Party shall not require service providers to decrypt communications."
    );
    assert_ne!(analyze(&fixed).unwrap().verdict("strong-encryption"), Verdict::Violates);
}

#[test]
fn a_power_without_safeguards_gets_them() {
    let text =
        "Each State Party shall empower its competent authorities to intercept the content of any communications.";
    let r = analyze(text).unwrap();
    assert_eq!(r.verdict("lawful-access"), Verdict::Violates);
    let s = r
        .suggestions
        .iter()
        .find(|s| s.rule == "LAW001")
        .expect("a LAW001 suggestion");
    assert_eq!(s.span.bytes[0], s.span.bytes[1]);
    assert_eq!(s.span.bytes[0], text.len() - 1, "before the full stop");
    let fixed = apply(text, s).unwrap();
    assert_eq!(
        analyze(&fixed).unwrap().verdict("lawful-access"),
        Verdict::Supports,
        "{fixed}"
    );
}

/// Every rule with a repair: on its `fire` examples, each suggestion's span
/// lies on char boundaries inside the text, its utf16 offsets select the
/// same text, and applying it never makes the rule's principle worse.
#[test]
fn repairs_on_the_rules_examples() {
    let set = accord_core::PrincipleSet::from_toml(accord_core::set::ACCORD_TOML).unwrap();
    for repair in repairs_for(&set.meta.id) {
        let rule = set.rules.iter().find(|r| r.id == repair.rule).unwrap();
        let principle = &set.principles[rule.principle].id;
        for text in &rule.fire {
            let r = analyze(text).unwrap();
            for s in &r.suggestions {
                let [a, b] = s.span.bytes;
                assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
                let units: Vec<u16> = text.encode_utf16().collect();
                assert_eq!(
                    String::from_utf16(&units[s.span.utf16[0]..s.span.utf16[1]]).unwrap(),
                    &text[a..b]
                );
                let fixed = apply(text, s).unwrap();
                let (before, after) = (r.verdict(principle), analyze(&fixed).unwrap().verdict(principle));
                assert!(
                    after != Verdict::Violates || before != Verdict::Violates && before != Verdict::Mixed,
                    "{}: {text:?} → {fixed:?}: {before} → {after}",
                    s.rule
                );
            }
        }
    }
}

#[test]
fn odd_texts_never_panic() {
    for text in [
        "shall require",
        "é shall require to decrypt",
        "Each State Party shall require\r\nservice providers to decrypt communications",
        "Article 1\nEach State Party may require providers to circumvent the encryption of their services\n\nArticle 2\nAuthorities may intercept communications whenever they deem it necessary",
        "[Each State Party shall][may] require providers to decrypt 💥 communications;",
    ] {
        let r = analyze(text).unwrap();
        for s in &r.suggestions {
            assert!(apply(text, s).is_some());
        }
    }
}

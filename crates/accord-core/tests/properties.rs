//! Properties that hold for any input: no panic; every evidence span lies on
//! char boundaries inside the input; each UTF-16 range selects the same text
//! as its byte range.

use accord_core::{analyze, Report};
use proptest::prelude::*;

fn check_spans(text: &str, report: &Report) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for p in &report.principles {
        for e in &p.evidence {
            for s in &e.spans {
                let [a, b] = s.bytes;
                assert!(
                    a <= b && b <= text.len(),
                    "span {a}..{b} outside text of {} bytes",
                    text.len()
                );
                assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                assert_eq!(&text[a..b], s.text);
                let [ua, ub] = s.utf16;
                assert_eq!(String::from_utf16(&utf16[ua..ub]).unwrap(), s.text);
                // Evidence lies in the provision it names.
                let pr = &report.provisions[e.provision].span;
                assert!(
                    pr.bytes[0] <= a && b <= pr.bytes[1],
                    "span {a}..{b} outside its provision {:?}",
                    pr.bytes
                );
            }
        }
    }
    // Provisions in text order, not overlapping, UTF-16 selecting the same text.
    let mut at = 0;
    for p in &report.provisions {
        let [a, b] = p.span.bytes;
        assert!(at <= a && a <= b && b <= text.len(), "provision {a}..{b} out of order");
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        let [ua, ub] = p.span.utf16;
        assert_eq!(String::from_utf16(&utf16[ua..ub]).unwrap(), &text[a..b]);
        assert_eq!(p.verdicts.len(), report.principles.len());
        at = b;
    }
}

/// Fragments of legal English, brackets and odd characters to build inputs.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Each State Party shall ".to_owned()),
        Just("shall not require service providers to decrypt ".to_owned()),
        Just("[shall][may] ".to_owned()),
        Just("[, including the private sector,] ".to_owned()),
        Just("“back doors” ".to_owned()),
        Just("except where ".to_owned()),
        Just("without prior judicial authorisation ".to_owned()),
        Just("1. ".to_owned()),
        Just("\nArticle 5. Scope\n".to_owned()),
        Just("\nChapter II\n".to_owned()),
        Just("(a) ".to_owned()),
        Just("encryp-\ntion ".to_owned()),
        Just("¹ ".to_owned()),
        Just("😀🇪🇺 ".to_owned()),
        Just("Replace “shall” with “may”. ".to_owned()),
        Just("[[[".to_owned()),
        Just("]]".to_owned()),
        Just("\u{0}\u{7}\r\n".to_owned()),
        Just(". ".to_owned()),
        "\\PC{0,12}",
    ]
}

/// A valid TOML set cut and spliced: most of these are broken sets.
fn broken_set() -> impl Strategy<Value = String> {
    const SET: &str = accord_core::set::ACCORD_TOML;
    let head = &SET[..SET.len().min(6000)];
    (0..head.len(), 0..head.len(), "\\PC{0,12}").prop_map(move |(a, b, junk)| {
        let (a, b) = (a.min(b), a.max(b));
        let cut = |i: usize| (0..=i).rev().find(|&j| head.is_char_boundary(j)).unwrap_or(0);
        format!("{}{junk}{}", &head[..cut(a)], &head[cut(b)..])
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn any_principle_set_source_loads_or_fails_with_an_error(src in broken_set()) {
        // TOML, and the same bytes as JSON; errors, never a panic, and
        // positions inside the text.
        for result in [accord_core::set::PrincipleSet::from_source(&src), accord_core::set::PrincipleSet::from_json(&src)] {
            if let Err(errors) = result {
                for e in errors.0 {
                    if let Some(line) = e.line {
                        prop_assert!(line <= src.lines().count() + 1, "line {line} outside the text");
                    }
                }
            }
        }
    }


    #[test]
    fn any_string_is_analysed_without_panic(text in "\\PC{0,200}") {
        let report = analyze(&text).unwrap();
        check_spans(&text, &report);
    }

    #[test]
    fn legal_fragments_keep_spans_exact(parts in proptest::collection::vec(fragment(), 0..24)) {
        let text = parts.concat();
        let report = analyze(&text).unwrap();
        check_spans(&text, &report);
    }
}

#[test]
fn emoji_before_the_evidence_shifts_utf16_but_not_the_text() {
    let text = "😀🇪🇺 Each State Party shall require service providers to decrypt communications.";
    let report = analyze(text).unwrap();
    let spans: Vec<_> = report
        .principles
        .iter()
        .flat_map(|p| &p.evidence)
        .flat_map(|e| &e.spans)
        .collect();
    assert!(!spans.is_empty());
    check_spans(text, &report);
    assert!(spans.iter().all(|s| s.utf16[0] < s.bytes[0]));
}

#[test]
fn hostile_inputs_are_analysed_or_refused_cleanly() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    analyze(&deep).unwrap();
    let long_line = "shall ".repeat(100_000);
    analyze(&long_line).unwrap();
    let controls: String = (0u8..32).map(char::from).collect();
    analyze(&controls).unwrap();
    let too_big = "a".repeat(accord_core::MAX_INPUT_BYTES + 1);
    assert!(analyze(&too_big).is_err());
    // Many bracket groups: the readings are capped, and the report says so.
    // (Groups that differ only in a modal verb are not re-read at all.)
    let many = "Article 1\nStates [shall][shall not] decrypt data. ".repeat(10);
    let r = analyze(&many).unwrap();
    assert!(r.alternatives.capped && r.alternatives.analysed == accord_core::engine::MAX_READINGS);
    // The count of readings stays a safe JavaScript integer.
    let r = analyze(&"States [shall][shall not] decrypt [a][b] data. ".repeat(200)).unwrap();
    assert_eq!(r.alternatives.readings, accord_core::engine::MAX_COUNTED_READINGS);
    assert!(r.alternatives.capped);
}

#[test]
fn modal_only_alternatives_are_not_re_read() {
    let r = analyze("Each State Party [shall][may] require providers to decrypt communications.").unwrap();
    assert_eq!(r.alternatives.readings, 2);
    assert_eq!(r.alternatives.analysed, 1);
    assert!(r.alternatives.differing.is_empty());
    let r = analyze("Each State Party [shall][shall not] require providers to decrypt communications.").unwrap();
    assert_eq!(r.alternatives.analysed, 2);
    assert_eq!(r.alternatives.differing.len(), 1);
}

#[test]
fn empty_and_blank_text_say_there_is_nothing_to_analyse() {
    for t in [
        "",
        "   \n\t",
        "[agreed ad referendum]",
        "¹ Bracketed text reflects proposals.",
    ] {
        let r = analyze(t).unwrap();
        assert_eq!(r.status, accord_core::report::Status::Empty, "{t:?}");
        assert_eq!(r.alignment.score, None);
        assert!(r.message.is_some());
    }
}

/// One line of a draft: headings, numbered paragraphs, brackets, quotes,
/// negations, exceptions, amendment instructions, footnotes.
fn draft_line() -> impl Strategy<Value = String> {
    let clause = prop_oneof![
        Just("Each State Party shall require service providers to decrypt communications"),
        Just("Nothing in this Convention shall be interpreted as requiring back doors"),
        Just("No State Party shall compel a provider to weaken encryption, except where a court so orders"),
        Just("Such powers shall be subject to prior judicial authorisation and to necessity and proportionality"),
        Just("States Parties [shall][may] adopt measures to intercept content data without any maximum duration"),
        Just("Decisions of the Conference shall be taken by consensus"),
        Just("Providers shall not be required to disclose keys"),
        Just("Civil society[, including the private sector,] may participate in the sessions"),
        Just("If consensus cannot be reached, the Conference may adopt it by a vote"),
        Just("The use of encryption that cannot be decrypted shall be prohibited"),
        Just("This Convention shall not apply to content offences"),
    ];
    let line = prop_oneof![
        3 => (clause, prop_oneof![Just("."), Just(";"), Just(", and")]).prop_map(|(c, end)| format!("{c}{end}")),
        1 => (1u8..40).prop_map(|n| format!("Article {n}. Scope")),
        1 => (1u8..9).prop_map(|n| format!("Article {n}")),
        1 => (1u8..9).prop_map(|n| format!("{n}.")),
        1 => Just("(a)".to_owned()),
        1 => Just("Replace “shall” with “may”.".to_owned()),
        1 => Just("In article 3, delete the words 'other unlawful acts'.".to_owned()),
        1 => Just("After “providers” insert “subject to judicial authorisation”.".to_owned()),
        1 => Just("¹ Bracketed text reflects proposals.".to_owned()),
        1 => Just("[agreed ad referendum]".to_owned()),
        1 => Just(String::new()),
    ];
    line
}

fn draft() -> impl Strategy<Value = String> {
    proptest::collection::vec(draft_line(), 1..14).prop_map(|lines| lines.join("\n"))
}

/// The same draft as another word processor would write it.
fn variants(text: &str) -> Vec<(&'static str, String)> {
    vec![
        ("\\r\\n line endings", text.replace('\n', "\r\n")),
        ("lone \\r line endings", text.replace('\n', "\r")),
        ("a BOM", format!("\u{feff}{text}")),
        ("no-break spaces", text.replace(' ', "\u{a0}")),
        ("trailing white space", text.replace('\n', " \t\n") + "  \n"),
        (
            "all of them",
            format!("\u{feff}{}", text.replace(' ', "\u{a0}").replace('\n', " \r\n")) + " ",
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    #[test]
    fn line_endings_and_invisible_characters_change_no_verdict(text in draft()) {
        let base = analyze(&text).unwrap();
        check_spans(&text, &base);
        for (what, v) in variants(&text) {
            let r = analyze(&v).unwrap();
            check_spans(&v, &r);
            prop_assert_eq!(r.status, base.status, "{}: {:?}", what, v);
            prop_assert_eq!(r.verdicts(), base.verdicts(), "{}: {:?}", what, v);
            prop_assert_eq!(r.alignment.score, base.alignment.score, "{}", what);
        }
    }

    #[test]
    fn drafts_are_analysed_fast_without_panic(lines in proptest::collection::vec(draft_line(), 1..60), repeat in 1usize..40) {
        let text = lines.join("\r\n").repeat(repeat);
        let start = std::time::Instant::now();
        let report = analyze(&text).unwrap();
        check_spans(&text, &report);
        // Generous: a debug build on a busy machine; a quadratic loop over
        // a text of this size takes far longer.
        prop_assert!(start.elapsed() < std::time::Duration::from_secs(5), "{} bytes took {:?}", text.len(), start.elapsed());
    }
}

//! The `accord` binary as a user runs it: exit codes, formats, bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn accord(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may exit before reading (bad arguments): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const BAD: &str = "Each State Party shall require service providers to decrypt communications upon request.";
const GOOD: &str = "Decisions of the Conference of the States Parties shall be taken by consensus.";

#[test]
fn check_exits_1_on_a_violation_and_0_otherwise() {
    let out = accord(&["check"], BAD.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(
        s.contains("violates strong-encryption") && s.contains("[ENC001]"),
        "{s}"
    );
    let out = accord(&["check", "-"], GOOD.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("alignment: 100/100"));
}

#[test]
fn check_json_and_markdown() {
    let out = accord(&["check", "--format", "json"], BAD.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 2);
    let enc = v["principles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "strong-encryption")
        .unwrap();
    assert_eq!(enc["verdict"], "violates");
    let span = &enc["evidence"][0]["spans"][0];
    assert_eq!(span["text"], "decrypt");
    assert_eq!(span["bytes"], serde_json::json!([52, 59]));
    let out = accord(&["check", "--format", "markdown"], BAD.as_bytes());
    assert!(text(&out.stdout).contains("| No encryption backdoors (`strong-encryption`) | **violates** |"));
}

#[test]
fn bad_input_exits_2_with_a_message() {
    let out = accord(&["check"], b"  \n ");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nothing to analyse"));

    let dir = std::env::temp_dir().join(format!("accord-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("clause-latin1.txt");
    std::fs::write(&latin1, b"Each State Party shall \xe9tablish").unwrap();
    let out = accord(&["check", latin1.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("clause-latin1.txt is not UTF-8"),
        "{}",
        text(&out.stderr)
    );

    let out = accord(&["check", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("/no/such/file.txt"));

    let big = vec![b'a'; accord_core::MAX_INPUT_BYTES + 10];
    let out = accord(&["check"], &big);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("limit"));
}

#[test]
fn batch_keeps_order_and_reports_bad_lines() {
    let input = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": BAD}),
        serde_json::json!({"id": 7, "text": GOOD})
    );
    let out = accord(&["batch"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["verdicts"]["strong-encryption"], "violates");
    assert_eq!(lines[0]["verdicts"].as_object().unwrap().len(), 18);
    assert!(lines[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(lines[2]["id"], 7);
    assert_eq!(lines[2]["score"], 100);
}

#[test]
fn eval_prints_the_summary_last_and_gates() {
    let dir = std::env::temp_dir().join(format!("accord-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("c.jsonl");
    std::fs::write(
        &corpus,
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "x1", "text": BAD, "expect": {"strong-encryption": "violates", "state-obligations": "violates"}}),
            serde_json::json!({"id": "x2", "text": GOOD, "expect": {"consensus": "supports"}})
        ),
    )
    .unwrap();
    let out = accord(&["eval", corpus.to_str().unwrap()], b"");
    let s = text(&out.stdout);
    assert!(s.trim_end().ends_with("flips             0"), "{s}");
    assert!(s.contains("F1                1.000"));
    let record = dir.join("record.json");
    std::fs::write(
        &record,
        r#"{"precision": 1.0, "recall": 1.0, "f1": 1.0, "violation_recall": 1.0, "flips": 0}"#,
    )
    .unwrap();
    let out = accord(
        &["eval", corpus.to_str().unwrap(), "--gate", record.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(
        &corpus,
        serde_json::json!({"id": "x3", "text": GOOD, "expect": {"consensus": "violates"}}).to_string(),
    )
    .unwrap();
    let out = accord(
        &["eval", corpus.to_str().unwrap(), "--gate", record.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("flips 1 exceed the record 0"));
}

#[test]
fn principles_and_explain() {
    let out = accord(&["principles"], b"");
    let s = text(&out.stdout);
    assert_eq!(s.lines().filter(|l| l.starts_with("  ")).count(), 18);
    let out = accord(&["explain", "strong-encryption"], b"");
    let s = text(&out.stdout);
    assert!(
        s.contains("back-doors") && s.contains("001_724cf03f2b1c9e73.txt"),
        "{s}"
    );
    let out = accord(&["explain", "no-such"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn rules_file_errors_name_the_file_and_position() {
    let dir = std::env::temp_dir().join(format!("accord-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "[set]\nid = \"x\"\nname = 3\n").unwrap();
    let out = accord(&["check", "--rules", bad.to_str().unwrap()], GOOD.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(e.contains("bad.toml") && e.contains("line 3"), "{e}");
}

#[test]
fn trace_shows_the_words_an_amendment_deletes() {
    let amendment = "Delete paragraph 3 (\"Service providers shall decrypt communications upon request\").";
    let out = accord(&["trace"], amendment.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let s = text(&out.stdout);
    let decrypt = s
        .lines()
        .find(|l| l.contains("plaintext-access"))
        .expect("the deleted words are traced");
    assert!(decrypt.contains("deleted by the amendment"), "{s}");
    assert!(s.lines().last().unwrap().starts_with("rules fired: "), "{s}");
}

const DRAFT: &str = "Chapter I\nArticle 1. Purpose\nThe purposes of this Convention are to promote cooperation in preventing and combating cybercrime.\n\nArticle 2\nProtection of encryption\nNothing in this Convention shall be interpreted as requiring a State Party to compel a provider to introduce back doors that weaken encryption.\n\nArticle 3 - Decryption\nEach State Party shall require service providers to decrypt communications upon request.\n";

#[test]
fn check_groups_a_draft_by_article_with_a_tally_and_a_table() {
    let out = accord(&["check"], DRAFT.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    let a2 = s.find("── Article 2: Protection of encryption ──").expect(&s);
    let a3 = s.find("── Article 3: Decryption ──").expect(&s);
    assert!(a2 < a3, "{s}");
    assert!(
        !s.contains("── Article 1"),
        "an article engaging nothing has no group: {s}"
    );
    assert!(s.contains("2 violations in 1 of 3 articles"), "{s}");
    assert!(s.contains("article × principle"), "{s}");
    assert!(s.contains("Article 3 Decryption") && s.contains("2 violated"), "{s}");
    assert!(!s.contains('\u{1b}'), "no colour when not on a terminal: {s}");
    let md = text(&accord(&["check", "--format", "markdown"], DRAFT.as_bytes()).stdout);
    assert!(
        md.contains("| Article 3 — Decryption | ✗ violates | ✗ violates | 0 |"),
        "{md}"
    );
    let v: serde_json::Value =
        serde_json::from_slice(&accord(&["check", "--format", "json"], DRAFT.as_bytes()).stdout).unwrap();
    let labels: Vec<&str> = v["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Article 1", "Article 2", "Article 3"]);
}

#[test]
fn check_csv_writes_the_article_by_principle_matrix() {
    let out = accord(&["check", "--format", "csv"], DRAFT.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    let rows: Vec<&str> = s.lines().collect();
    assert_eq!(rows.len(), 4, "{s}");
    assert!(
        rows[0].starts_with("provision,title,score,lawful-access,strong-encryption,"),
        "{s}"
    );
    assert_eq!(rows[0].split(',').count(), 3 + 18);
    assert!(rows[3].starts_with("Article 3,Decryption,0,"), "{s}");
    assert!(rows[2].contains(",supports,"), "{s}");
}

#[test]
fn check_exits_1_when_another_bracket_reading_violates() {
    let clause = "Each State Party [shall not require][may require] service providers to decrypt communications.";
    let out = accord(&["check"], clause.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(
        s.contains("[may require]") && s.contains("strong-encryption → violates"),
        "{s}"
    );
    assert!(s.contains("another reading of the brackets"), "{s}");
}

fn write_tmp(name: &str, body: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("accord-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

const OLD: &str = "Article 1\nThe purposes of this Convention are to promote cooperation.\n\nArticle 2\nNothing in this Convention shall be interpreted as requiring a State Party to compel a provider to introduce back doors that weaken encryption.\n\nArticle 3\nDecisions shall be taken by consensus.\n";
const NEW: &str = "Article 1\nThe purposes of this Convention are to promote cooperation.\n\nArticle 2\nEach State Party shall require service providers to decrypt communications upon request.\n\nArticle 4\nDecisions shall be taken by consensus.\n";

#[test]
fn diff_exits_1_when_a_verdict_got_worse_0_when_not_2_on_bad_input() {
    let (old, new) = (write_tmp("old.txt", OLD), write_tmp("new.txt", NEW));
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    let out = accord(&["diff", o, n], b"");
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(s.contains("Article 2 (changed)"), "{s}");
    assert!(
        s.contains("[-to compel a provider-] {+shall require service providers+}"),
        "{s}"
    );
    assert!(s.contains("strong-encryption: supports → violates  ✗ worse"), "{s}");
    assert!(s.contains("Article [-3-] {+4+}"), "matched by similarity: {s}");
    assert!(!s.contains("Article 1 ("), "unchanged provisions are not listed: {s}");
    // The other way round, everything got better.
    let out = accord(&["diff", n, o, "--format", "markdown"], b"");
    assert_eq!(out.status.code(), Some(0));
    let md = text(&out.stdout);
    assert!(
        md.contains("| `strong-encryption` | violates | supports | ✓ better |"),
        "{md}"
    );
    let out = accord(&["diff", o, n, "--format", "json"], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let enc = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["principle"] == "strong-encryption")
        .unwrap();
    assert_eq!(
        enc,
        &serde_json::json!({"provision": "Article 2", "principle": "strong-encryption", "before": "supports", "after": "violates", "direction": "worse"})
    );
    assert_eq!(v["worse"], true);
    // Same text: exit 0.
    assert_eq!(accord(&["diff", o, o], b"").status.code(), Some(0));
    // Bad input: a missing file, text that is not UTF-8.
    let out = accord(&["diff", o, "/nonexistent/accord.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    let bad = write_tmp("bad.txt", "");
    std::fs::write(&bad, b"\xff\xfe bad").unwrap();
    assert_eq!(accord(&["diff", bad.to_str().unwrap(), n], b"").status.code(), Some(2));
}

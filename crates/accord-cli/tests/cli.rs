//! The `accord` binary as a user runs it: exit codes, formats, bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `accord args` started with all three streams piped.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn accord(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    // The program may exit before reading (bad arguments): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// The result for principle `id` in a JSON report.
fn principle<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["principles"]
        .as_array()
        .expect("a report lists its principles")
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("no principle {id} in the report"))
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
    let enc = principle(&v, "strong-encryption");
    assert_eq!(enc["verdict"], "violates");
    let span = &enc["evidence"][0]["spans"][0];
    assert_eq!(span["text"], "decrypt");
    assert_eq!(span["bytes"], serde_json::json!([52, 59]));
    // The seed: its document's title and date, and its file for traceability.
    assert_eq!(enc["seed"]["file"], "001_724cf03f2b1c9e73.txt");
    assert_eq!(enc["seed"]["date"], "August 2022");
    assert!(enc["seed"]["title"]
        .as_str()
        .unwrap()
        .starts_with("Cybersecurity Tech Accord Submission"));
    let out = accord(&["check", "--format", "markdown"], BAD.as_bytes());
    let md = text(&out.stdout);
    assert!(md.contains("| No encryption backdoors (`strong-encryption`) | **violates** |"));
    assert!(
        md.contains("— Cybersecurity Tech Accord Submission to the Third Session") && !md.contains(".txt"),
        "{md}"
    );
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
    // A line that is not a record: its error record is written, exit 2.
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["verdicts"]["strong-encryption"], "violates");
    assert_eq!(lines[0]["verdicts"].as_object().unwrap().len(), principles());
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
    assert_eq!(s.lines().filter(|l| l.starts_with("  ")).count(), principles());
    let out = accord(&["explain", "strong-encryption"], b"");
    let s = text(&out.stdout);
    // The seed is named by its document's title and date, not its file.
    assert!(
        s.contains("back-doors")
            && s.contains("— Cybersecurity Tech Accord Submission to the Third Session")
            && s.contains("August 2022, I. International Cooperation")
            && !s.contains(".txt"),
        "{s}"
    );
    let out = accord(&["explain", "no-such"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn explain_takes_a_rule_code_and_suggests_the_closest_id() {
    let set = accord_core::builtin();
    let set = set.set();
    let rule = set.rules.iter().find(|r| r.id == "ENC003").expect("ENC003 exists");
    let p = &set.principles[rule.principle];
    for code in ["ENC003", "enc003"] {
        let out = accord(&["explain", code], b"");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let s = text(&out.stdout);
        assert!(s.starts_with("ENC003 — rule of strong-encryption"), "{s}");
        for part in [&p.title, &p.summary, &rule.explain, &rule.verdict.to_string()] {
            assert!(s.contains(part.as_str()), "{part:?} missing from {s}");
        }
    }
    for (typo, meant) in [
        ("strong-encyption", "strong-encryption"),
        ("strong_encryption", "strong-encryption"),
        ("ENC03", "ENC003"),
        ("enc0003", "ENC003"),
    ] {
        let out = accord(&["explain", typo], b"");
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let e = text(&out.stderr);
        assert!(e.contains(&format!("did you mean \"{meant}\"?")), "{typo}: {e}");
        // The ids are not all listed.
        assert!(!e.contains("lawful-access") || meant == "lawful-access", "{e}");
    }
    let out = accord(&["explain", "completely-unrelated-words"], b"");
    assert_eq!(out.status.code(), Some(2));
    let e = text(&out.stderr);
    assert!(!e.contains("did you mean") && e.contains("accord principles"), "{e}");
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

fn temp_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("accord-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A treaty of many clauses: a large output in every format.
fn big_treaty() -> String {
    let mut t = String::new();
    while t.len() < 120_000 {
        t.push_str(BAD);
        t.push('\n');
        t.push_str(GOOD);
        t.push('\n');
    }
    t
}

/// Run `accord args` and close its standard output after `keep` bytes were
/// read (the reader went away, as `| head -c` does). With `keep` 0 it is
/// closed before the program writes anything; otherwise the output must be
/// larger than a pipe's buffer for the program to meet the closed pipe.
fn closed_after(args: &[&str], stdin: Vec<u8>, keep: usize) -> Output {
    use std::io::Read;
    let mut child = spawn(args);
    let mut stdout = child.stdout.take().unwrap();
    let mut child_stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = child_stdin.write_all(&stdin);
    });
    let mut buf = vec![0u8; keep];
    let _ = stdout.read_exact(&mut buf);
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let dir = temp_dir("pipe");
    let clause = dir.join("clause.txt");
    std::fs::write(&clause, big_treaty()).unwrap();
    let clause = clause.to_str().unwrap();
    let batch: Vec<u8> = (0..3000)
        .flat_map(|i| format!("{}\n", serde_json::json!({"id": i, "text": BAD})).into_bytes())
        .collect();
    let cases: Vec<(Vec<&str>, Vec<u8>, usize)> = vec![
        (vec!["principles"], vec![], 0),
        (vec!["principles", "--json"], vec![], 10),
        (vec!["explain", "strong-encryption"], vec![], 0),
        (vec!["trace", clause], vec![], 10),
        (vec!["check", clause], vec![], 0),
        (vec!["check", "--format", "json", clause], vec![], 100),
        (vec!["check", "--format", "markdown", clause], vec![], 0),
        (vec!["batch"], batch, 100),
        (vec!["--help"], vec![], 0),
    ];
    for (args, stdin, keep) in cases {
        let out = closed_after(&args, stdin, keep);
        assert_eq!(out.status.code(), Some(0), "accord {args:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "accord {args:?}");
    }
}

#[test]
fn a_full_disk_is_an_error_with_exit_2() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let dir = temp_dir("full");
    let clause = dir.join("clause.txt");
    std::fs::write(&clause, BAD).unwrap();
    let clause = clause.to_str().unwrap();
    for (args, stdin) in [
        (vec!["check", clause], &b""[..]),
        (vec!["check", "--format", "json", clause], b""),
        (vec!["principles"], b""),
        (vec!["explain", "strong-encryption"], b""),
        (vec!["trace", clause], b""),
        (vec!["batch"], br#"{"id": 1, "text": "States shall act."}"#),
    ] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(full)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let _ = child.stdin.take().unwrap().write_all(stdin);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(2), "accord {args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("cannot write to standard output"),
            "accord {args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// Lines of standard output as they arrive, on a channel.
fn line_reader(stdout: std::process::ChildStdout) -> std::sync::mpsc::Receiver<String> {
    use std::io::BufRead;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

#[test]
fn batch_streams_a_record_before_its_input_ends() {
    let mut child = spawn(&["batch"]);
    let lines = line_reader(child.stdout.take().unwrap());
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{}", serde_json::json!({"id": "first", "text": BAD})).unwrap();
    stdin.flush().unwrap();
    // Standard input stays open: the record must come anyway.
    let first = lines.recv_timeout(std::time::Duration::from_secs(30));
    let first: serde_json::Value = serde_json::from_str(&first.expect("no record before the input ended")).unwrap();
    assert_eq!(first["id"], "first");
    writeln!(stdin, "{}", serde_json::json!({"id": "second", "text": GOOD})).unwrap();
    let second = lines.recv_timeout(std::time::Duration::from_secs(30)).unwrap();
    assert!(second.contains("\"second\""));
    drop(stdin);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}

#[test]
fn batch_gives_each_bad_line_its_error_and_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice("\u{feff}".as_bytes());
    input.extend_from_slice(br#"{"id": 12345678901234567890123, "text": "Decisions shall be taken by consensus."}"#);
    input.extend_from_slice(b"\n\n   \r\n");
    input.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"\xe9tablish\"}\n");
    input.extend_from_slice(b"[1, 2]\n\"text\"\n");
    input.extend_from_slice(br#"{"id": {"k": [1, 2.50]}, "text": 5}"#);
    input.extend_from_slice(b"\n");
    input.extend_from_slice(br#"{"id": "x", "text": }"#);
    input.extend_from_slice(b"\r\n");
    input.extend_from_slice(br#"{"id": 1.50, "text": "Decisions shall be taken by consensus."}"#);
    let out = accord(&["batch"], &input);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(lines.len(), 7, "{s}");
    // Ids keep their exact form.
    assert!(
        lines[0].starts_with(r#"{"id":12345678901234567890123,"#),
        "{}",
        lines[0]
    );
    assert!(lines[6].starts_with(r#"{"id":1.50,"#), "{}", lines[6]);
    let v: Vec<serde_json::Value> = lines.iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(v[0]["verdicts"]["consensus"], "supports");
    assert_eq!(v[1]["line"], 4);
    assert_eq!(v[1]["error"], "line 4: not UTF-8 text (invalid byte at offset 26)");
    assert_eq!(v[2]["line"], 5);
    assert!(v[2]["error"].as_str().unwrap().contains("not an object"), "{}", v[2]);
    assert!(v[3]["error"].as_str().unwrap().contains("not an object"), "{}", v[3]);
    assert_eq!(v[4]["id"], serde_json::json!({"k": [1, 2.5]}));
    assert!(
        lines[4].contains(r#"[1,2.50]"#) || lines[4].contains(r#"[1, 2.50]"#),
        "{}",
        lines[4]
    );
    assert_eq!(v[4]["error"], "line 7: `text` is not a string");
    // The line is named once.
    let e = v[5]["error"].as_str().unwrap();
    assert!(e.starts_with("line 8: ") && e.matches("line").count() == 1, "{e}");
    assert_eq!(v[6]["score"], 100);
}

#[test]
fn batch_exit_codes_follow_check() {
    let rec = |t: &str| format!("{}\n", serde_json::json!({"id": 1, "text": t}));
    assert_eq!(accord(&["batch"], rec(GOOD).as_bytes()).status.code(), Some(0));
    assert_eq!(accord(&["batch"], b"").status.code(), Some(0));
    let both = rec(GOOD) + &rec(BAD);
    assert_eq!(accord(&["batch"], both.as_bytes()).status.code(), Some(1));
    let err = both + "nope\n";
    let out = accord(&["batch"], err.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout).lines().count(), 3);
    // Nothing to analyse is bad input, as for `check`.
    let out = accord(&["batch"], rec(" ").as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).contains("nothing to analyse"));
}

#[test]
fn batch_applies_the_size_limit_per_line() {
    let big = "a ".repeat(accord_core::MAX_INPUT_BYTES / 2 + 10);
    let input = rec_line(&big) + &rec_line(GOOD);
    let out = accord(&["batch"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let v: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v.len(), 2);
    assert!(v[0]["error"].as_str().unwrap().contains("limit"), "{}", v[0]);
    assert_eq!(v[1]["score"], 100);
}

fn rec_line(t: &str) -> String {
    format!("{}\n", serde_json::json!({"id": 1, "text": t}))
}

#[test]
fn check_stops_reading_standard_input_past_the_limit() {
    let mut child = spawn(&["check", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(&vec![b'a'; accord_core::MAX_INPUT_BYTES + 100])
        .unwrap();
    // Standard input stays open: the refusal must not wait for its end.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = rx
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("accord check - read past the limit")
        .unwrap();
    drop(stdin);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("over the limit"), "{}", text(&out.stderr));
}

#[test]
fn the_text_format_quotes_a_bounded_part_of_a_long_line() {
    let dir = temp_dir("long-line");
    let treaty = dir.join("treaty.txt");
    let one_line = format!("{BAD} {GOOD} ").repeat(3000);
    std::fs::write(&treaty, &one_line).unwrap();
    let out = accord(&["check", treaty.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let s = text(&out.stdout);
    assert!(s.len() < 100_000, "{} bytes written", s.len());
    assert!(s.contains("more places (the JSON report lists them all)"), "{s}");
    assert!(s.contains("[ENC001] violates"), "{s}");
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
    assert_eq!(rows[0].split(',').count(), 3 + principles());
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

/// How many principles the built-in set has (tests read the set; no count
/// is written into them).
fn principles() -> usize {
    accord_core::builtin().set().principles.len()
}

fn write_tmp(name: &str, body: &str) -> std::path::PathBuf {
    let p = temp_dir("cli-test").join(name);
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

/// A `mixed` principle is a warning in the text diagnostics, whichever
/// verdict its first finding has (it took that finding's severity: a
/// `note` when the finding that supports came first).
#[test]
fn a_mixed_principle_is_a_warning_whatever_its_first_finding() {
    let supports_first = "Each State Party shall respect the right to privacy; however, that right may be restricted where the authorities consider it necessary for public order.";
    let offences = "Each State Party shall establish as criminal offences, when committed intentionally: (a) damaging or deleting electronic data without right; and (b) the use of an ICT system to commit any other offence.";
    let only_mixed =
        "Interception of content data shall be authorised by a judge. Such authorisation may be renewed indefinitely.";
    for clause in [supports_first, offences, only_mixed] {
        let json = accord(&["check", "--format", "json"], clause.as_bytes());
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let mixed: Vec<&str> = v["principles"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["verdict"] == "mixed")
            .map(|p| p["id"].as_str().unwrap())
            .collect();
        assert!(!mixed.is_empty(), "{clause}");
        let out = accord(&["check"], clause.as_bytes());
        assert_eq!(out.status.code(), Some(1));
        let s = text(&out.stdout);
        for id in mixed {
            let title = s
                .lines()
                .find(|l| l.contains(&format!("mixed {id}:")))
                .unwrap_or_else(|| panic!("no diagnostic for {id}: {s}"));
            assert!(title.starts_with("warning: mixed "), "{title}\n{s}");
        }
    }
    // The case this guards: its first finding supports.
    let v: serde_json::Value =
        serde_json::from_slice(&accord(&["check", "--format", "json"], supports_first.as_bytes()).stdout).unwrap();
    let hum = principle(&v, "human-rights");
    assert_eq!(hum["verdict"], "mixed");
    assert_eq!(hum["evidence"][0]["verdict"], "supports");
}

#[test]
fn check_prints_each_suggestion_as_help_and_json_carries_them() {
    let out = accord(&["check"], BAD.as_bytes());
    let s = text(&out.stdout);
    let expected = "error: violates strong-encryption: No encryption backdoors
 --> <stdin>:1:53
  |
1 | Each State Party shall require service providers to decrypt communications upon request.
  |                                                     ^^^^^^^ [ENC001] violates
  |
  = help: The clause requires content to be delivered decrypted or intelligible, or keys to be handed over, which forces access to be built into encryption.
  = help: replace “shall require” with “shall not require”
";
    assert!(s.starts_with(expected), "{s}");
    let power =
        "Each State Party shall empower its competent authorities to intercept the content of any communications.";
    let s = text(&accord(&["check"], power.as_bytes()).stdout);
    assert!(
        s.contains("  = help: insert “, subject to prior authorisation by a judge, where necessary and proportionate, and for a period not exceeding ninety days” after “communications”\n"),
        "{s}"
    );
    let v: serde_json::Value =
        serde_json::from_slice(&accord(&["check", "--format", "json"], BAD.as_bytes()).stdout).unwrap();
    assert_eq!(
        v["suggestions"][0],
        serde_json::json!({
            "rule": "ENC001",
            "principle": "strong-encryption",
            "span": {"bytes": [17, 30], "utf16": [17, 30]},
            "replacement": "shall not require",
        })
    );
    let enc = principle(&v, "strong-encryption");
    assert!(enc["better_wording"].as_str().is_some_and(|w| !w.is_empty()));
    // A principle that is not violated or mixed carries none.
    assert!(v["principles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["verdict"] == "not_addressed")
        .all(|p| p.get("better_wording").is_none()));
    let v: serde_json::Value =
        serde_json::from_slice(&accord(&["check", "--format", "json"], GOOD.as_bytes()).stdout).unwrap();
    assert_eq!(v["suggestions"], serde_json::json!([]));
}

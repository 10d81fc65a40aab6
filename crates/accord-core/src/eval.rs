//! The corpus metric (`shared/spec/corpus-format.md`).
//!
//! Over every (clause, principle) pair where the expected or the predicted
//! verdict is not `not_addressed`: correct, false alarm, miss, wrong (a flip
//! when supports ↔ violates). precision = correct / (correct + false alarms +
//! wrong); recall = correct / (correct + misses + wrong); F1 = 2PR / (P + R);
//! violation recall = correct `violates` / expected `violates`.

use crate::{Checker, Verdict};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    expect: BTreeMap<String, String>,
}

/// The summary figures (also the format of a gate record).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Summary {
    #[serde(default)]
    pub clauses: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub violation_recall: f64,
    pub flips: usize,
}

impl Summary {
    /// The figures that fall below `record` (a ratchet).
    pub fn below(&self, record: &Summary) -> Vec<String> {
        let mut out = Vec::new();
        let eps = 1e-9;
        for (name, now, min) in [
            ("precision", self.precision, record.precision),
            ("recall", self.recall, record.recall),
            ("F1", self.f1, record.f1),
            ("violation recall", self.violation_recall, record.violation_recall),
        ] {
            if now + eps < min {
                out.push(format!("{name} {now:.3} is below its record {min:.3}"));
            }
        }
        if self.flips > record.flips {
            out.push(format!("flips {} exceed the record {}", self.flips, record.flips));
        }
        out
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    correct: usize,
    false_alarm: usize,
    miss: usize,
    wrong: usize,
    flips: usize,
    expected_violates: usize,
    correct_violates: usize,
}

impl Counts {
    fn add(&mut self, expected: Verdict, got: Verdict) {
        if expected == Verdict::Violates {
            self.expected_violates += 1;
            if got == Verdict::Violates {
                self.correct_violates += 1;
            }
        }
        match (expected, got) {
            (Verdict::NotAddressed, Verdict::NotAddressed) => {}
            (e, g) if e == g => self.correct += 1,
            (Verdict::NotAddressed, _) => self.false_alarm += 1,
            (_, Verdict::NotAddressed) => self.miss += 1,
            (e, g) => {
                self.wrong += 1;
                if matches!(
                    (e, g),
                    (Verdict::Supports, Verdict::Violates) | (Verdict::Violates, Verdict::Supports)
                ) {
                    self.flips += 1;
                }
            }
        }
    }

    fn prf(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let p = ratio(self.correct, self.correct + self.false_alarm + self.wrong);
        let r = ratio(self.correct, self.correct + self.miss + self.wrong);
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

pub struct EvalResult {
    pub summary: Summary,
    per_principle: Vec<(String, Counts)>,
    pub disagreements: Vec<String>,
}

/// Score `checker` on the corpus `src`.
pub fn run(checker: &Checker, src: &str, prefix: Option<&str>) -> Result<EvalResult, String> {
    run_with_progress(checker, src, prefix, &mut |_, _| {})
}

/// [`run`], calling `progress(done, total)` after each line of the corpus
/// (for a progress display; the engine itself does no IO).
pub fn run_with_progress(
    checker: &Checker,
    src: &str,
    prefix: Option<&str>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<EvalResult, String> {
    let lines = src.lines().count();
    let ids: Vec<String> = checker.set().principles.iter().map(|p| p.id.clone()).collect();
    let mut total = Counts::default();
    let mut per: Vec<Counts> = vec![Counts::default(); ids.len()];
    let mut disagreements = Vec::new();
    let mut clauses = 0;
    for (n, line) in src.lines().enumerate() {
        progress(n, lines);
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(line).map_err(|e| format!("corpus line {}: {e}", n + 1))?;
        if prefix.is_some_and(|p| !case.id.starts_with(p)) {
            continue;
        }
        for (k, v) in &case.expect {
            if !ids.contains(k) {
                return Err(format!(
                    "corpus line {} ({}): unknown principle \"{k}\"",
                    n + 1,
                    case.id
                ));
            }
            if Verdict::parse(v).is_none() {
                return Err(format!("corpus line {} ({}): unknown verdict \"{v}\"", n + 1, case.id));
            }
        }
        clauses += 1;
        let report = checker.analyze(&case.text).map_err(|e| format!("{}: {e}", case.id))?;
        for (i, id) in ids.iter().enumerate() {
            let expected = case
                .expect
                .get(id)
                .and_then(|v| Verdict::parse(v))
                .unwrap_or(Verdict::NotAddressed);
            let got = report.verdict(id);
            total.add(expected, got);
            per[i].add(expected, got);
            if expected != got {
                let rules: Vec<&str> = report
                    .principles
                    .iter()
                    .find(|p| &p.id == id)
                    .map(|p| p.evidence.iter().map(|e| e.rule.as_str()).collect())
                    .unwrap_or_default();
                disagreements.push(format!(
                    "{:<10} {:<34} expected {:<13} got {:<13} {}",
                    case.id,
                    id,
                    expected.as_str(),
                    got.as_str(),
                    rules.join(",")
                ));
            }
        }
    }
    let (precision, recall, f1) = total.prf();
    let violation_recall = if total.expected_violates == 0 {
        1.0
    } else {
        total.correct_violates as f64 / total.expected_violates as f64
    };
    Ok(EvalResult {
        summary: Summary {
            clauses,
            precision,
            recall,
            f1,
            violation_recall,
            flips: total.flips,
        },
        per_principle: ids.into_iter().zip(per).collect(),
        disagreements,
    })
}

impl EvalResult {
    /// Text report: per-principle table, disagreements, then the summary last.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:<34} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
            "principle", "correct", "false", "miss", "wrong", "flips", "P", "R", "F1"
        );
        for (id, c) in &self.per_principle {
            let (p, r, f) = c.prf();
            let _ = writeln!(
                s,
                "{:<34} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3}",
                id, c.correct, c.false_alarm, c.miss, c.wrong, c.flips, p, r, f
            );
        }
        let _ = writeln!(s, "\ndisagreements ({}):", self.disagreements.len());
        for d in &self.disagreements {
            let _ = writeln!(s, "  {d}");
        }
        let m = &self.summary;
        let _ = writeln!(s, "\nclauses           {}", m.clauses);
        let _ = writeln!(s, "precision         {:.3}", m.precision);
        let _ = writeln!(s, "recall            {:.3}", m.recall);
        let _ = writeln!(s, "F1                {:.3}", m.f1);
        let _ = writeln!(s, "violation recall  {:.3}", m.violation_recall);
        let _ = writeln!(s, "flips             {}", m.flips);
        s
    }
}

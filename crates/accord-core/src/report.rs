//! The report: what the engine tells a user about one clause.
//!
//! The field names here are frozen (schema version 1): the CLI's JSON, the JS
//! package and the widget all read this shape. Verdicts are snake_case
//! (`not_addressed`), principle IDs are the set's own (kebab-case).
//!
//! # The alignment score
//! Over the principles the clause engages (verdict other than
//! `not_addressed`): `score = round(100 × (supports + ½ × mixed) / engaged)`.
//! A clause that engages nothing has `score: null` and the label "Not
//! engaged": silence is never reported as "100 % aligned".

use crate::set::{Seed, Verdict};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Version of the report's shape.
pub const SCHEMA_VERSION: u32 = 1;

/// A span of the original text, in the units every layer needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offsets `[start, end)` into the original UTF-8 text (Rust).
    pub bytes: [usize; 2],
    /// UTF-16 code-unit offsets `[start, end)` (JavaScript's `slice`).
    pub utf16: [usize; 2],
    /// The text the span selects.
    pub text: String,
}

/// Why a rule fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Stable rule ID, e.g. `SE-DECRYPT-MANDATE`.
    pub rule: String,
    pub verdict: Verdict,
    /// One sentence a non-lawyer understands.
    pub explanation: String,
    /// The words of the clause that triggered the rule, first the trigger.
    pub spans: Vec<Span>,
}

/// The verdict on one principle.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleReport {
    pub id: String,
    pub title: String,
    pub group: String,
    pub verdict: Verdict,
    /// +1 supports, 0 mixed or not addressed, −1 violates.
    pub score: i8,
    /// Plain-language explanation of the verdict (empty when not addressed).
    pub explanation: String,
    pub evidence: Vec<Evidence>,
    /// The seed passage the principle rests on.
    pub seed: Seed,
}

/// Whether there was anything to analyse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Analysed,
    /// The text was empty, blank, or only editorial matter.
    Empty,
}

/// The overall alignment of the clause with the principle set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    /// 0–100, or `null` when no principle is engaged.
    pub score: Option<u8>,
    pub label: String,
    pub summary: String,
}

/// Another reading of the negotiating brackets whose verdicts differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reading {
    /// For each group of alternatives, the text of the alternative chosen.
    pub choices: Vec<String>,
    /// The principles whose verdict differs from the main reading.
    pub verdicts: BTreeMap<String, Verdict>,
}

/// What the bracketed alternatives change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternatives {
    /// Readings the brackets allow (product of the groups' sizes), at most
    /// 2^53 − 1 ([`crate::engine::MAX_COUNTED_READINGS`]) so that it stays an
    /// exact number in JavaScript.
    pub readings: usize,
    /// Readings analysed, the main one included (at most the cap). Other
    /// readings vary one provision (article) at a time.
    pub analysed: usize,
    /// True when some readings were not analysed: `readings` exceeded the
    /// cap ([`crate::engine::MAX_READINGS`]), or the provisions to re-read
    /// were too long ([`crate::engine::MAX_REREAD_BYTES`]).
    pub capped: bool,
    pub differing: Vec<Reading>,
}

/// The principle set that produced a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetInfo {
    pub id: String,
    pub name: String,
    pub version: String,
}

/// The full analysis of one clause.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub set: SetInfo,
    pub status: Status,
    /// A message for the user when there was nothing to analyse.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub alignment: Alignment,
    /// One entry per principle of the set, in catalog order.
    pub principles: Vec<PrincipleReport>,
    pub alternatives: Alternatives,
}

impl Report {
    /// Verdict for a principle ID (`not_addressed` if unknown).
    pub fn verdict(&self, id: &str) -> Verdict {
        self.principles
            .iter()
            .find(|p| p.id == id)
            .map_or(Verdict::NotAddressed, |p| p.verdict)
    }

    /// Map of every principle ID to its verdict.
    pub fn verdicts(&self) -> BTreeMap<String, Verdict> {
        self.principles.iter().map(|p| (p.id.clone(), p.verdict)).collect()
    }

    /// Markdown: the summary, a table of engaged principles, and the evidence
    /// (the CLI's `--format markdown` and the widget's "Copy as Markdown").
    pub fn to_markdown(&self) -> String {
        let report = self;
        let mut s = String::new();
        let a = &report.alignment;
        let score = a.score.map_or("—".to_owned(), |s| format!("{s}/100"));
        let _ = writeln!(s, "## Accord clause check: {score} ({})\n\n{}\n", a.label, a.summary);
        let _ = writeln!(s, "| Principle | Verdict | Why |\n|---|---|---|");
        for p in report.principles.iter().filter(|p| p.verdict != Verdict::NotAddressed) {
            let _ = writeln!(
                s,
                "| {} (`{}`) | **{}** | {} |",
                p.title,
                p.id,
                p.verdict,
                p.explanation.replace('|', "\\|")
            );
        }
        let _ = writeln!(s);
        for p in report.principles.iter().filter(|p| p.verdict != Verdict::NotAddressed) {
            let _ = writeln!(s, "### {} — {}\n", p.title, p.verdict);
            for e in &p.evidence {
                let quotes: Vec<String> = e
                    .spans
                    .iter()
                    .map(|sp| format!("“{}”", sp.text.replace('\n', " ")))
                    .collect();
                let _ = writeln!(
                    s,
                    "- `{}` ({}): {} — {}",
                    e.rule,
                    e.verdict,
                    e.explanation,
                    quotes.join(", ")
                );
            }
            let _ = writeln!(s, "\n> {} — {}, {}\n", p.seed.quote, p.seed.file, p.seed.section);
        }
        s.trim_end().to_owned()
    }

    /// True when any principle is violated or mixed.
    pub fn has_concerns(&self) -> bool {
        self.principles
            .iter()
            .any(|p| matches!(p.verdict, Verdict::Violates | Verdict::Mixed))
    }
}

/// Compute the alignment from verdicts.
pub fn alignment(principles: &[PrincipleReport]) -> Alignment {
    let count = |v: Verdict| principles.iter().filter(|p| p.verdict == v).count();
    let (s, m, v) = (
        count(Verdict::Supports),
        count(Verdict::Mixed),
        count(Verdict::Violates),
    );
    let engaged = s + m + v;
    if engaged == 0 {
        return Alignment {
            score: None,
            label: "Not engaged".into(),
            summary: "The clause does not engage any principle of this set, so there is nothing to score.".into(),
        };
    }
    let score = ((100.0 * (s as f64 + 0.5 * m as f64)) / engaged as f64).round() as u8;
    let label = match score {
        100 => "Aligned",
        67..=99 => "Mostly aligned",
        34..=66 => "Partly aligned",
        1..=33 => "Mostly misaligned",
        _ => "Misaligned",
    };
    let names = |v: Verdict| {
        principles
            .iter()
            .filter(|p| p.verdict == v)
            .map(|p| p.title.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut parts = Vec::new();
    if v > 0 {
        parts.push(format!(
            "works against {v} principle{} ({})",
            plural(v),
            names(Verdict::Violates)
        ));
    }
    if m > 0 {
        parts.push(format!("is mixed on {m} ({})", names(Verdict::Mixed)));
    }
    if s > 0 {
        parts.push(format!("supports {s} ({})", names(Verdict::Supports)));
    }
    let summary = format!("The clause {}.", join_and(&parts));
    Alignment {
        score: Some(score),
        label: label.into(),
        summary,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

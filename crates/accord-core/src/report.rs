//! The report: what the engine tells a user about one clause.
//!
//! The field names here are frozen (schema version 2; version 1 plus
//! `provisions`, `evidence[].provision` and `alternatives.differing[].provision`;
//! later additions: `principles[].better_wording` and `suggestions`):
//! the CLI's JSON, the JS package and the widget all read this shape. Verdicts are snake_case
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
pub const SCHEMA_VERSION: u32 = 2;

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

/// Where a stretch of the original text lies, without the text itself (a
/// provision's text would double the size of a report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extent {
    /// Byte offsets `[start, end)` into the original UTF-8 text.
    pub bytes: [usize; 2],
    /// UTF-16 code-unit offsets `[start, end)`.
    pub utf16: [usize; 2],
}

/// One provision (article) of the text, in text order: a text without
/// article headings is one provision with no label. A heading with no text
/// of its own (a chapter heading right before an article's) is part of the
/// next provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvisionReport {
    /// "Article 5", "Chapter II" (the last heading before the text), or
    /// `null` for text without a heading.
    pub label: Option<String>,
    /// The heading's title ("Conditions and safeguards"), when it has one.
    pub title: Option<String>,
    /// From the first heading to the end of the provision's text (trimmed).
    pub span: Extent,
    /// Every principle of the set, its verdict on this provision alone.
    pub verdicts: BTreeMap<String, Verdict>,
    /// The alignment score of this provision alone (`null`: not engaged).
    pub score: Option<u8>,
    /// What the provision does, from its sentences' main predicates
    /// (snake_case: `offence`, `procedural_power`, `safeguard`,
    /// `cooperation`, `refusal_ground`, `jurisdiction`, `scope`,
    /// `assistance`, `prevention`, `institution`, `amendment`,
    /// `final_clause`, `definition`, `preamble`, `other`; see
    /// [`crate::kind`]).
    pub kind: crate::kind::Kind,
    /// The sentences whose kind differs from the provision's (empty, and
    /// left out of the JSON, when they all agree).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<SentenceKind>,
}

/// A sentence of a provision and its kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceKind {
    pub span: Extent,
    pub kind: crate::kind::Kind,
}

impl ProvisionReport {
    /// What a user calls this provision: its label, or "provision N".
    pub fn name(&self, index: usize) -> String {
        self.label.clone().unwrap_or_else(|| format!("provision {}", index + 1))
    }
}

/// Why a rule fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Stable rule ID, e.g. `SE-DECRYPT-MANDATE`.
    pub rule: String,
    /// Index into [`Report::provisions`] of the provision it was found in.
    pub provision: usize,
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
    /// The catalog's wording to use instead (the principle's
    /// `doc.better_wording`), when the verdict is `violates` or `mixed`;
    /// left out of the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better_wording: Option<String>,
}

/// A concrete edit that mends what a rule found (`data/repairs.toml`,
/// [`crate::suggest`]): replace the text of `span` with `replacement` (an
/// empty span inserts it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The rule whose finding the edit mends.
    pub rule: String,
    /// The principle of that rule.
    pub principle: String,
    /// What to replace, inside the analysed text.
    pub span: Extent,
    pub replacement: String,
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
    /// Index into [`Report::provisions`] of the provision read otherwise.
    pub provision: usize,
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
    /// One entry per provision (article), in text order (empty when there
    /// was nothing to analyse).
    pub provisions: Vec<ProvisionReport>,
    pub alternatives: Alternatives,
    /// Concrete edits for the rules that know their repair, in text order
    /// (empty when there are none).
    pub suggestions: Vec<Suggestion>,
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
        if report.provisions.len() > 1 {
            let _ = writeln!(
                s,
                "### Article by article\n\n{}.\n\n{}\n",
                report.tally(),
                report.matrix_markdown()
            );
        }
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
            let _ = writeln!(s, "\n> {} — {}, {}\n", p.seed.quote, p.seed.source(), p.seed.section);
        }
        s.trim_end().to_owned()
    }

    /// True when any principle is violated or mixed.
    pub fn has_concerns(&self) -> bool {
        self.principles
            .iter()
            .any(|p| matches!(p.verdict, Verdict::Violates | Verdict::Mixed))
    }

    /// The other bracket readings analysed under which a principle would be
    /// violated or mixed (`accord check` exits 1 for them too).
    pub fn readings_with_concerns(&self) -> impl Iterator<Item = &Reading> {
        self.alternatives.differing.iter().filter(|r| {
            r.verdicts
                .values()
                .any(|v| matches!(v, Verdict::Violates | Verdict::Mixed))
        })
    }

    /// The principles some provision engages, in catalog order: the columns
    /// of the article × principle matrix.
    pub fn engaged_principles(&self) -> Vec<&PrincipleReport> {
        self.principles
            .iter()
            .filter(|p| {
                self.provisions
                    .iter()
                    .any(|pr| pr.verdicts.get(&p.id).is_some_and(|v| *v != Verdict::NotAddressed))
            })
            .collect()
    }

    /// "3 violations in 2 of 6 articles, 1 mixed": the tally of
    /// provision × principle verdicts.
    pub fn tally(&self) -> Tally {
        let count = |pr: &ProvisionReport, v: Verdict| pr.verdicts.values().filter(|x| **x == v).count();
        let mut t = Tally {
            provisions: self.provisions.len(),
            ..Tally::default()
        };
        for pr in &self.provisions {
            let (v, m) = (count(pr, Verdict::Violates), count(pr, Verdict::Mixed));
            t.violations += v;
            t.mixed += m;
            t.provisions_violating += usize::from(v > 0);
            t.provisions_mixed += usize::from(m > 0);
        }
        t
    }

    /// The article × principle matrix in Markdown (engaged principles only).
    pub fn matrix_markdown(&self) -> String {
        let cols = self.engaged_principles();
        let mut s = String::from("| Article |");
        for p in &cols {
            let _ = write!(s, " {} |", p.title.replace('|', "\\|"));
        }
        s.push_str(" Score |\n|---|");
        s.push_str(&"---|".repeat(cols.len() + 1));
        for (i, pr) in self.provisions.iter().enumerate() {
            let name = match &pr.title {
                Some(t) => format!("{} — {t}", pr.name(i)),
                None => pr.name(i),
            };
            let _ = write!(s, "\n| {} |", name.replace('|', "\\|"));
            for p in &cols {
                let v = pr.verdicts.get(&p.id).copied().unwrap_or(Verdict::NotAddressed);
                let word = if v == Verdict::NotAddressed { "" } else { v.as_str() };
                let _ = write!(s, " {} {word} |", v.symbol());
            }
            let _ = write!(s, " {} |", pr.score.map_or("—".to_owned(), |x| x.to_string()));
        }
        s
    }
}

/// Counts over the provisions of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub provisions: usize,
    /// Provision × principle pairs that violate.
    pub violations: usize,
    pub provisions_violating: usize,
    pub mixed: usize,
    pub provisions_mixed: usize,
}

impl std::fmt::Display for Tally {
    /// "3 violations in 2 of 6 articles; 1 mixed verdict in 1"
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.provisions;
        let articles = if n == 1 { "article" } else { "articles" };
        write!(
            f,
            "{} violation{} in {} of {n} {articles}",
            self.violations,
            plural(self.violations),
            self.provisions_violating
        )?;
        if self.mixed > 0 {
            write!(
                f,
                "; {} mixed verdict{} in {}",
                self.mixed,
                plural(self.mixed),
                self.provisions_mixed
            )?;
        }
        Ok(())
    }
}

/// The alignment score of a list of verdicts: `null` when none is engaged.
pub fn score<'a>(verdicts: impl IntoIterator<Item = &'a Verdict>) -> Option<u8> {
    let (mut s, mut m, mut engaged) = (0usize, 0usize, 0usize);
    for v in verdicts {
        match v {
            Verdict::Supports => s += 1,
            Verdict::Mixed => m += 1,
            Verdict::Violates => {}
            Verdict::NotAddressed => continue,
        }
        engaged += 1;
    }
    (engaged > 0).then(|| ((100.0 * (s as f64 + 0.5 * m as f64)) / engaged as f64).round() as u8)
}

/// Compute the alignment from verdicts.
pub fn alignment(principles: &[PrincipleReport]) -> Alignment {
    alignment_of(principles, "clause")
}

/// The alignment, the summary calling the text `noun` ("clause", "draft
/// (6 articles)").
pub fn alignment_of(principles: &[PrincipleReport], noun: &str) -> Alignment {
    let count = |v: Verdict| principles.iter().filter(|p| p.verdict == v).count();
    let (s, m, v) = (
        count(Verdict::Supports),
        count(Verdict::Mixed),
        count(Verdict::Violates),
    );
    let Some(score) = score(principles.iter().map(|p| &p.verdict)) else {
        return Alignment {
            score: None,
            label: "Not engaged".into(),
            summary: format!("The {noun} does not engage any principle of this set, so there is nothing to score."),
        };
    };
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
    let summary = format!("The {noun} {}.", join_and(&parts));
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

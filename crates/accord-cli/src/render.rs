//! Human-readable renderings of a report: compiler-style diagnostics
//! (annotate-snippets), Markdown, and a principle's documentation.

use crate::table;
use accord_core::report::{Evidence, PrincipleReport, Suggestion};
use accord_core::set::{Principle, PrincipleSet, Rule};
use accord_core::{Report, Verdict};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write;

/// The severity of a diagnostic: an error for `violates`, a warning for
/// `mixed`, a note otherwise. A principle's diagnostic takes the severity
/// of its own verdict (a `mixed` principle is always a warning, whatever
/// the order of its findings); each finding under it, that of the finding.
fn level(v: Verdict) -> Level<'static> {
    match v {
        Verdict::Violates => Level::ERROR,
        Verdict::Mixed => Level::WARNING,
        _ => Level::NOTE,
    }
}

/// One principle's diagnostics: its verdict (on the whole text or on one
/// provision) and the evidence to show.
type Item<'r> = (&'r PrincipleReport, Verdict, Vec<&'r Evidence>);

/// Diagnostics for every engaged principle (in a draft: grouped by article,
/// in text order, each group headed by the article's label), then the
/// summary, the tally and the article × principle table of a draft, and the
/// bracket readings whose verdicts differ.
pub fn text(name: &str, source: &str, report: &Report) -> String {
    let colour = table::colour_on_stdout();
    let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    let draft = report.provisions.len() > 1;
    if draft {
        for (i, pr) in report.provisions.iter().enumerate() {
            let items: Vec<Item<'_>> = report
                .principles
                .iter()
                .filter_map(|p| {
                    let v = pr.verdicts.get(&p.id).copied().unwrap_or(Verdict::NotAddressed);
                    (v != Verdict::NotAddressed)
                        .then(|| (p, v, p.evidence.iter().filter(|e| e.provision == i).collect()))
                })
                .collect();
            if items.is_empty() {
                continue;
            }
            let heading = match &pr.title {
                Some(t) => format!("{}: {t}", pr.name(i)),
                None => pr.name(i),
            };
            let _ = writeln!(out, "── {heading} ──\n");
            diagnostics(&mut out, &renderer, name, source, report, items);
        }
    } else {
        let items = report
            .principles
            .iter()
            .filter(|p| p.verdict != Verdict::NotAddressed)
            .map(|p| (p, p.verdict, p.evidence.iter().collect()))
            .collect();
        diagnostics(&mut out, &renderer, name, source, report, items);
    }
    let a = &report.alignment;
    match a.score {
        Some(s) => {
            let _ = writeln!(out, "alignment: {s}/100 — {}. {}", a.label, a.summary);
        }
        None => {
            let _ = writeln!(out, "alignment: — ({}). {}", a.label, a.summary);
        }
    }
    if draft {
        let _ = writeln!(out, "{}\n\n{}", report.tally(), table::text(report, colour));
    }
    for r in &report.alternatives.differing {
        let changes: Vec<String> = r.verdicts.iter().map(|(k, v)| format!("{k} → {v}")).collect();
        let place = match report.provisions.get(r.provision) {
            Some(pr) if draft => format!(" in {}", pr.name(r.provision)),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "with the alternative(s) {}{place}: {}",
            r.choices.join(" / "),
            changes.join(", ")
        );
    }
    if report.readings_with_concerns().next().is_some() && !report.has_concerns() {
        let _ = writeln!(
            out,
            "exit status 1: under another reading of the brackets a principle would be violated or mixed"
        );
    }
    if report.alternatives.capped {
        let _ = writeln!(
            out,
            "the brackets allow {} readings; only the first {} were analysed",
            report.alternatives.readings, report.alternatives.analysed
        );
    }
    out.trim_end().to_owned()
}

/// Compiler-style diagnostics for `items`, violations first.
fn diagnostics(
    out: &mut String,
    renderer: &Renderer,
    name: &str,
    source: &str,
    report: &Report,
    mut items: Vec<Item<'_>>,
) {
    items.sort_by_key(|(_, v, _)| match v {
        Verdict::Violates => 0,
        Verdict::Mixed => 1,
        _ => 2,
    });
    let lines = Lines::new(source);
    for (p, verdict, evidence) in items {
        let title = format!("{verdict} {}: {}", p.id, p.title);
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut first = true;
        for e in evidence {
            let mut g = if first {
                Group::with_title(level(verdict).primary_title(title.clone()))
            } else {
                Group::with_title(level(e.verdict).secondary_title(format!("{} {}", e.verdict, e.rule)))
            };
            let label = format!("[{}] {}", e.rule, e.verdict);
            for snippet in snippets(
                source,
                &lines,
                name,
                &e.spans[..e.spans.len().min(MAX_QUOTED_SPANS)],
                &label,
            ) {
                g = g.element(snippet);
            }
            if e.spans.len() > MAX_QUOTED_SPANS {
                g = g.element(Level::NOTE.message(format!(
                    "and {} more places (the JSON report lists them all)",
                    e.spans.len() - MAX_QUOTED_SPANS
                )));
            }
            g = g.element(Level::HELP.message(e.explanation.clone()));
            for sg in suggestions_of(report, p, e) {
                g = g.element(Level::HELP.message(suggestion_text(source, sg)));
            }
            groups.push(g);
            first = false;
        }
        if !groups.is_empty() {
            let _ = writeln!(out, "{}\n", renderer.render(&groups));
        }
    }
}

/// The suggestions that mend evidence `e` (its rule, in its provision).
fn suggestions_of<'r>(report: &'r Report, p: &PrincipleReport, e: &Evidence) -> Vec<&'r Suggestion> {
    let Some(pr) = report.provisions.get(e.provision) else {
        return Vec::new();
    };
    let [lo, hi] = pr.span.bytes;
    report
        .suggestions
        .iter()
        .filter(|s| s.rule == e.rule && s.principle == p.id && lo <= s.span.bytes[0] && s.span.bytes[1] <= hi)
        .collect()
}

/// "replace “shall require” with “shall not require”", or "insert “…”
/// after “communications”".
fn suggestion_text(source: &str, s: &Suggestion) -> String {
    let [a, b] = s.span.bytes;
    let (Some(old), Some(before)) = (source.get(a..b), source.get(..a)) else {
        return format!("write “{}”", s.replacement);
    };
    if old.is_empty() {
        match before.split_whitespace().next_back() {
            Some(word) => format!("insert “{}” after “{word}”", s.replacement),
            None => format!("insert “{}”", s.replacement),
        }
    } else {
        format!("replace “{}” with “{}”", old.replace('\n', " "), s.replacement)
    }
}

/// Spans quoted per diagnostic at most; the rest are counted.
const MAX_QUOTED_SPANS: usize = 6;
/// Bytes of context quoted on each side of a span in a long line, and the
/// most of one span that is underlined: a treaty on one line, or a sentence
/// of a megabyte, is not quoted whole (its columns are then counted from
/// the start of the quoted part).
const CONTEXT: usize = 100;
const MAX_UNDERLINED: usize = 300;
/// Lines up to this far on either side of a span are quoted whole.
const LONG_LINE: usize = 2000;

/// Where the lines of a text start.
struct Lines {
    starts: Vec<usize>,
    len: usize,
}

impl Lines {
    fn new(s: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(s.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { starts, len: s.len() }
    }

    /// (1-based line number, start, end without the line feed) of the line
    /// holding byte `at`.
    fn of(&self, at: usize) -> (usize, usize, usize) {
        let i = self.starts.partition_point(|&s| s <= at).max(1) - 1;
        let end = self.starts.get(i + 1).map_or(self.len, |&n| n - 1);
        (i + 1, self.starts[i], end.max(self.starts[i]))
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Snippets quoting `spans` of `source`: each span with at most [`CONTEXT`]
/// bytes around it in its line, overlapping windows merged.
fn snippets<'a>(
    source: &'a str,
    lines: &Lines,
    name: &'a str,
    spans: &[accord_core::Span],
    label: &str,
) -> Vec<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    // (window, underlined range, primary?)
    let mut marks: Vec<(usize, usize, usize, usize, bool)> = spans
        .iter()
        .enumerate()
        .map(|(i, sp)| {
            let (s, e) = (sp.bytes[0].min(source.len()), sp.bytes[1].min(source.len()));
            let e = if e - s > MAX_UNDERLINED {
                floor_char(source, s + MAX_UNDERLINED).max(s)
            } else {
                e
            };
            let (_, ls, le) = lines.of(s);
            // A line of ordinary length is quoted whole (the renderer trims
            // what it shows, and columns stay right); a longer one is cut.
            let ws = if s - ls <= LONG_LINE {
                ls
            } else {
                floor_char(source, s - CONTEXT)
            };
            let we = if le.saturating_sub(e) <= LONG_LINE {
                le.max(e)
            } else {
                ceil_char(source, e + CONTEXT)
            };
            (ws, we, s, e, i == 0)
        })
        .collect();
    marks.sort_by_key(|m| m.0);
    // (window start, end, the marks it holds)
    type Window = (usize, usize, Vec<(usize, usize, bool)>);
    let mut windows: Vec<Window> = Vec::new();
    for (ws, we, s, e, primary) in marks {
        match windows.last_mut() {
            Some(w) if ws <= w.1 => {
                w.1 = w.1.max(we);
                w.2.push((s, e, primary));
            }
            _ => windows.push((ws, we, vec![(s, e, primary)])),
        }
    }
    windows
        .into_iter()
        .map(|(ws, we, marks)| {
            let (line, _, _) = lines.of(ws);
            let mut snippet = Snippet::source(&source[ws..we]).line_start(line).path(name).fold(true);
            for (s, e, primary) in marks {
                let (kind, text) = if primary {
                    (AnnotationKind::Primary, label.to_owned())
                } else {
                    (AnnotationKind::Context, String::new())
                };
                snippet = snippet.annotation(kind.span(s - ws..e - ws).label(text));
            }
            snippet
        })
        .collect()
}

/// A principle's documentation, with its seed passages.
pub fn explain(p: &Principle, set: &PrincipleSet) -> String {
    let group = set
        .groups
        .iter()
        .find(|g| g.id == p.group)
        .map_or(p.group.as_str(), |g| g.name.as_str());
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}\n[{}]\n\n{}\n", p.id, p.title, group, p.summary);
    let _ = writeln!(s, "What it checks\n  {}\n", p.doc.checks);
    let _ = writeln!(s, "Why it matters\n  {}\n", p.doc.why);
    let _ = writeln!(s, "A clause that violates it\n  {}\n", p.doc.violating_example);
    let _ = writeln!(s, "Wording to use instead\n  {}\n", p.doc.better_wording);
    let _ = writeln!(s, "Rests on");
    for seed in &p.seeds {
        let _ = writeln!(s, "  “{}”\n    — {}, {}", seed.quote, seed.source(), seed.section);
    }
    let rules: Vec<&str> = set
        .rules
        .iter()
        .filter(|r| set.principles[r.principle].id == p.id)
        .map(|r| r.id.as_str())
        .collect();
    let _ = write!(s, "\nRules: {}", rules.join(", "));
    s
}

/// A rule: its code, its principle (and that principle's summary), the
/// verdict it gives and its explanation.
pub fn explain_rule(r: &Rule, set: &PrincipleSet) -> String {
    let p = &set.principles[r.principle];
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} — rule of {}: {}
",
        r.id, p.id, p.title
    );
    let _ = writeln!(
        s,
        "Verdict when it fires
  {}
",
        r.verdict
    );
    let _ = writeln!(
        s,
        "What it means
  {}
",
        r.explain
    );
    let _ = writeln!(
        s,
        "The principle
  {}
",
        p.summary
    );
    let _ = write!(s, "More: accord explain {}", p.id);
    s
}

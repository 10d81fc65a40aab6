//! Human-readable renderings of a report: compiler-style diagnostics
//! (annotate-snippets), Markdown, and a principle's documentation.

use accord_core::set::{Principle, PrincipleSet};
use accord_core::{Report, Verdict};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write;
use std::io::IsTerminal;

fn level(v: Verdict) -> Level<'static> {
    match v {
        Verdict::Violates => Level::ERROR,
        Verdict::Mixed => Level::WARNING,
        _ => Level::NOTE,
    }
}

/// Diagnostics for every engaged principle, then the summary.
pub fn text(name: &str, source: &str, report: &Report) -> String {
    let renderer = if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    let mut engaged: Vec<_> = report
        .principles
        .iter()
        .filter(|p| p.verdict != Verdict::NotAddressed)
        .collect();
    // Violations first, then mixed, then support.
    engaged.sort_by_key(|p| match p.verdict {
        Verdict::Violates => 0,
        Verdict::Mixed => 1,
        _ => 2,
    });
    let lines = Lines::new(source);
    for p in engaged {
        let title = format!("{} {}: {}", p.verdict, p.id, p.title);
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut first = true;
        for e in &p.evidence {
            let lvl = level(e.verdict);
            let mut g = if first {
                Group::with_title(lvl.primary_title(title.clone()))
            } else {
                Group::with_title(lvl.secondary_title(format!("{} {}", e.verdict, e.rule)))
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
            groups.push(g.element(Level::HELP.message(e.explanation.clone())));
            first = false;
        }
        if !groups.is_empty() {
            let _ = writeln!(out, "{}\n", renderer.render(&groups));
        }
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
    for r in &report.alternatives.differing {
        let changes: Vec<String> = r.verdicts.iter().map(|(k, v)| format!("{k} → {v}")).collect();
        let _ = writeln!(
            out,
            "with the alternative(s) {}: {}",
            r.choices.join(" / "),
            changes.join(", ")
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
        let _ = writeln!(s, "  “{}”\n    — {}, {}", seed.quote, seed.file, seed.section);
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

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
    for p in engaged {
        let title = format!("{} {}: {}", p.verdict, p.id, p.title);
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut first = true;
        for e in &p.evidence {
            let mut snippet = Snippet::source(source).path(name).fold(true);
            for (i, s) in e.spans.iter().enumerate() {
                let kind = if i == 0 {
                    AnnotationKind::Primary
                } else {
                    AnnotationKind::Context
                };
                let label = if i == 0 {
                    format!("[{}] {}", e.rule, e.verdict)
                } else {
                    String::new()
                };
                snippet = snippet.annotation(kind.span(s.bytes[0]..s.bytes[1]).label(label));
            }
            let lvl = level(e.verdict);
            let g = if first {
                lvl.primary_title(title.clone()).element(snippet)
            } else {
                Group::with_title(lvl.secondary_title(format!("{} {}", e.verdict, e.rule))).element(snippet)
            };
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

//! Human-readable renderings of a report: compiler-style diagnostics
//! (annotate-snippets), Markdown, and a principle's documentation.

use crate::table;
use accord_core::report::{Evidence, PrincipleReport};
use accord_core::set::{Principle, PrincipleSet};
use accord_core::{Report, Verdict};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write;

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
            diagnostics(&mut out, &renderer, name, source, items);
        }
    } else {
        let items = report
            .principles
            .iter()
            .filter(|p| p.verdict != Verdict::NotAddressed)
            .map(|p| (p, p.verdict, p.evidence.iter().collect()))
            .collect();
        diagnostics(&mut out, &renderer, name, source, items);
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
fn diagnostics(out: &mut String, renderer: &Renderer, name: &str, source: &str, mut items: Vec<Item<'_>>) {
    items.sort_by_key(|(_, v, _)| match v {
        Verdict::Violates => 0,
        Verdict::Mixed => 1,
        _ => 2,
    });
    for (p, verdict, evidence) in items {
        let title = format!("{verdict} {}: {}", p.id, p.title);
        let mut groups: Vec<Group<'_>> = Vec::new();
        let mut first = true;
        for e in evidence {
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

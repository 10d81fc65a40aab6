//! The article × principle matrix of a draft: a compact table for the
//! terminal (symbols with a key and a word summary per row, colour only on a
//! terminal without `NO_COLOR`) and CSV for a spreadsheet.

use accord_core::{Report, Verdict};
use std::fmt::Write;
use std::io::IsTerminal;

/// Colour for standard output: a terminal, and `NO_COLOR` not set.
pub fn colour_on_stdout() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn paint(v: Verdict, s: &str, colour: bool) -> String {
    if !colour {
        return s.to_owned();
    }
    let code = match v {
        Verdict::Violates => "31",
        Verdict::Mixed => "33",
        Verdict::Supports => "32",
        Verdict::NotAddressed => "2",
    };
    format!("\x1b[{code}m{s}\x1b[0m")
}

/// At most `n` chars of `s`, with an ellipsis when cut.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// The matrix for the terminal: one row per provision, one numbered column
/// per principle some provision engages, the key under it.
pub fn text(report: &Report, colour: bool) -> String {
    let cols = report.engaged_principles();
    let names: Vec<String> = report
        .provisions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = match &p.title {
                Some(t) => format!("{} {t}", p.name(i)),
                None => p.name(i),
            };
            cut(&name, 32)
        })
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0).max(7);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "article × principle ({} supports, {} violates, {} mixed, {} not addressed)",
        paint(Verdict::Supports, Verdict::Supports.symbol(), colour),
        paint(Verdict::Violates, Verdict::Violates.symbol(), colour),
        paint(Verdict::Mixed, Verdict::Mixed.symbol(), colour),
        paint(Verdict::NotAddressed, Verdict::NotAddressed.symbol(), colour),
    );
    let _ = write!(s, "{:<width$}", "");
    for k in 1..=cols.len() {
        let _ = write!(s, " {k:>2}");
    }
    s.push('\n');
    for (pr, name) in report.provisions.iter().zip(&names) {
        let _ = write!(s, "{name:<width$}");
        for p in &cols {
            let v = pr.verdicts.get(&p.id).copied().unwrap_or(Verdict::NotAddressed);
            let _ = write!(s, "  {}", paint(v, v.symbol(), colour));
        }
        let words: Vec<String> = [Verdict::Violates, Verdict::Mixed, Verdict::Supports]
            .into_iter()
            .filter_map(|v| {
                let n = pr.verdicts.values().filter(|x| **x == v).count();
                let word = match v {
                    Verdict::Violates => "violated",
                    Verdict::Mixed => "mixed",
                    _ => "supported",
                };
                (n > 0).then(|| format!("{n} {word}"))
            })
            .collect();
        let words = if words.is_empty() {
            "not engaged".to_owned()
        } else {
            words.join(", ")
        };
        let _ = writeln!(s, "   {words}");
    }
    for (k, p) in cols.iter().enumerate() {
        let _ = writeln!(s, "{:>4} {:<36} {}", k + 1, p.id, p.title);
    }
    s.trim_end().to_owned()
}

/// A CSV field, quoted when it needs to be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The matrix as CSV (RFC 4180): `provision,title,score,<every principle id>`,
/// one row per provision, verdicts as words.
pub fn csv(report: &Report) -> String {
    let mut s = String::from("provision,title,score");
    for p in &report.principles {
        s.push(',');
        s.push_str(&field(&p.id));
    }
    s.push_str("\r\n");
    for (i, pr) in report.provisions.iter().enumerate() {
        let _ = write!(
            s,
            "{},{},{}",
            field(&pr.name(i)),
            field(pr.title.as_deref().unwrap_or("")),
            pr.score.map_or(String::new(), |x| x.to_string())
        );
        for p in &report.principles {
            let v = pr.verdicts.get(&p.id).copied().unwrap_or(Verdict::NotAddressed);
            s.push(',');
            s.push_str(v.as_str());
        }
        s.push_str("\r\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("plain"), "plain");
    }

    #[test]
    fn matrix_of_a_draft() {
        let r = accord_core::analyze(
            "Article 1\nEach State Party shall require service providers to decrypt communications.\nArticle 2\nDecisions shall be taken by consensus.",
        )
        .unwrap();
        let t = text(&r, false);
        assert!(t.contains("Article 1"), "{t}");
        assert!(t.contains("strong-encryption") && t.contains("consensus"), "{t}");
        assert!(!t.contains('\x1b'));
        let c = csv(&r);
        assert_eq!(c.lines().count(), 3, "{c}");
        assert!(c.starts_with("provision,title,score,"));
    }
}

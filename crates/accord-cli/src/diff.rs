//! `accord diff OLD NEW`: two versions of a draft, as text (a word diff of
//! each changed provision, `[-deleted-]{+inserted+}`, and the verdicts that
//! moved), Markdown or JSON. The comparison itself is
//! `accord_core::Checker::compare`.

use crate::table::colour_on_stdout;
use accord_core::compare::{Change, Comparison, Direction, Op, Piece, Status};
use std::fmt::Write;

/// Words of an unchanged run kept on each side of a change.
const CONTEXT_WORDS: usize = 8;

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Unchanged => "unchanged",
        Status::Changed => "changed",
        Status::Added => "added",
        Status::Removed => "removed",
    }
}

/// "✗ worse" / "✓ better": an icon and a word.
fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Worse => "\u{2717} worse",
        Direction::Better => "\u{2713} better",
    }
}

/// An unchanged run shortened to its context: the words next to the changes.
fn elide(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 3 * CONTEXT_WORDS {
        return text.to_owned();
    }
    let head = if first {
        Vec::new()
    } else {
        words[..CONTEXT_WORDS].to_vec()
    };
    let tail = if last {
        Vec::new()
    } else {
        words[words.len() - CONTEXT_WORDS..].to_vec()
    };
    let lead = if text.starts_with(char::is_whitespace) { " " } else { "" };
    let trail = if text.ends_with(char::is_whitespace) { " " } else { "" };
    format!(
        "{lead}{}{}…{}{}{trail}",
        head.join(" "),
        if head.is_empty() { "" } else { " " },
        if tail.is_empty() { "" } else { " " },
        tail.join(" ")
    )
}

/// The word diff on one line per paragraph, changes marked.
fn inline(pieces: &[Piece], mark: impl Fn(Op, &str) -> String) -> String {
    let n = pieces.len();
    let mut s = String::new();
    for (i, p) in pieces.iter().enumerate() {
        match p.op {
            Op::Equal => s.push_str(&elide(&p.text, i == 0, i + 1 == n)),
            op => {
                let word = p.text.trim_end();
                s.push_str(&mark(op, word));
                let trailing = &p.text[word.len()..];
                if trailing.is_empty() && pieces.get(i + 1).is_some_and(|x| x.op != Op::Equal) {
                    s.push(' ');
                } else if trailing.contains('\n') {
                    s.push('\n');
                } else {
                    s.push_str(trailing);
                }
            }
        }
    }
    s
}

fn change_line(c: &Change) -> String {
    format!(
        "{}: {} → {}  {}",
        c.principle,
        c.before,
        c.after,
        direction(c.direction)
    )
}

/// Plain text (colour only on a terminal without `NO_COLOR`).
pub fn text(old_name: &str, new_name: &str, c: &Comparison) -> String {
    let colour = colour_on_stdout();
    let mark = |op: Op, t: &str| {
        let (open, close, code) = match op {
            Op::Delete => ("[-", "-]", "31"),
            _ => ("{+", "+}", "32"),
        };
        if colour {
            format!("\x1b[{code}m{open}{t}{close}\x1b[0m")
        } else {
            format!("{open}{t}{close}")
        }
    };
    let mut s = String::new();
    let _ = writeln!(s, "--- {old_name}\n+++ {new_name}\n");
    let mut shown = 0;
    for p in c.provisions.iter().filter(|p| p.status != Status::Unchanged) {
        shown += 1;
        let _ = writeln!(s, "{} ({})", p.provision, status_word(p.status));
        let body = inline(&p.diff, mark);
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(s, "  {}", line.trim_end());
        }
        for ch in &p.changes {
            let _ = writeln!(s, "  {}", change_line(ch));
        }
        if p.changes.is_empty() {
            let _ = writeln!(s, "  no verdict moved");
        }
        s.push('\n');
    }
    if shown == 0 {
        let _ = writeln!(s, "the two texts have the same provisions, word for word\n");
    }
    let _ = writeln!(s, "{}", summary(c));
    s.trim_end().to_owned()
}

/// "2 verdicts got worse and 1 better in 2 of 3 provisions; alignment 100 → 25".
fn summary(c: &Comparison) -> String {
    let worse = c.worsened().count();
    let better = c.changes.len() - worse;
    let changed = c.provisions.iter().filter(|p| p.status != Status::Unchanged).count();
    let score = |s: Option<u8>| s.map_or("—".to_owned(), |x| x.to_string());
    format!(
        "{worse} verdict{} got worse and {better} better; {changed} of {} provisions changed; alignment {} → {}",
        if worse == 1 { "" } else { "s" },
        c.provisions.len(),
        score(c.before.score),
        score(c.after.score)
    )
}

fn md_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('*', "\\*")
        .replace('~', "\\~")
        .replace('|', "\\|")
        .replace('_', "\\_")
}

/// Markdown: each changed provision with its word diff (~~deleted~~,
/// **inserted**) and a table of the verdicts that moved.
pub fn markdown(c: &Comparison) -> String {
    let mut s = String::from("## Accord diff\n\n");
    let _ = writeln!(s, "{}.\n", summary(c));
    for p in c.provisions.iter().filter(|p| p.status != Status::Unchanged) {
        let _ = writeln!(s, "### {} ({})\n", p.provision, status_word(p.status));
        let body = inline(&p.diff, |op, t| {
            // One mark per line: Markdown emphasis does not span paragraphs.
            let wrap = |l: &str| match op {
                Op::Delete => format!("~~{}~~", md_escape(l)),
                _ => format!("**{}**", md_escape(l)),
            };
            t.split('\n').map(wrap).collect::<Vec<_>>().join("\n")
        });
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(s, "> {}", md_escape_keep_marks(line.trim_end()));
        }
        if !p.changes.is_empty() {
            let _ = writeln!(s, "\n| Principle | Before | After | |\n|---|---|---|---|");
            for ch in &p.changes {
                let _ = writeln!(
                    s,
                    "| `{}` | {} | {} | {} |",
                    ch.principle,
                    ch.before,
                    ch.after,
                    direction(ch.direction)
                );
            }
        }
        s.push('\n');
    }
    s.trim_end().to_owned()
}

/// Markdown lines of a diff: marks are already in, only a leading `#` or
/// list marker needs care.
fn md_escape_keep_marks(line: &str) -> String {
    match line.chars().next() {
        Some('#' | '-' | '+' | '>') => format!("\\{line}"),
        _ => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_unchanged_runs_keep_their_context() {
        let long = (0..40).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
        let e = elide(&long, false, false);
        assert!(e.starts_with("w0 ") && e.contains('…') && e.ends_with("w39"), "{e}");
        assert_eq!(elide("a b c", false, false), "a b c");
        assert!(elide(&long, true, false).starts_with('…'));
    }
}

//! Structure of a draft: editorial matter, negotiating brackets, sentences.
//!
//! Drafts carry text that is not clause text (labelling §14): footnotes about
//! the drafting, notes such as "[agreed ad referendum]", article headings.
//! [`mask_editorial`] blanks it. Negotiating brackets are either alternatives
//! (`[shall][may]`, read with one alternative kept) or insertions
//! (`[, including the private sector,]`, kept); [`Brackets`] finds them and
//! [`Brackets::apply`] masks a text for one choice of alternatives.
//! [`sentences`] then cuts the text into sentences, the unit in which the
//! rules look for concepts together.

use crate::text::Normalized;
use std::ops::Range;

/// Words that open an editorial note in square brackets.
const EDITORIAL_OPENERS: &[&str] = &[
    "agreed",
    "proposal",
    "proposed",
    "explanatory",
    "note",
    "notes",
    "editor",
    "editorial",
    "footnote",
    "chair",
    "facilitator",
    "pending",
    "placeholder",
    "text to be",
    "to be discussed",
    "under discussion",
    "alt",
    "option",
    "reserved",
    "deleted",
    "moved",
    "new paragraph",
    "paragraph moved",
    "informal",
    "ad referendum",
    "source",
];

/// How deep brackets may nest before the rest is treated as plain text.
const MAX_BRACKET_DEPTH: usize = 8;

/// Blank the editorial matter of `norm` (built from `original`). Returns
/// where article headings stood (normalised offsets): provision boundaries.
pub fn mask_editorial(original: &str, norm: &mut Normalized) -> Vec<usize> {
    let mut headings = Vec::new();
    // 1. Footnote text and heading lines, found line by line in the original.
    let mut line_start = 0;
    for line in lines(original) {
        // A BOM or a zero-width character at the start of a line is not
        // text (the normalised copy drops them too).
        let trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || INVISIBLE.contains(&c));
        let lead = line.len() - trimmed.len();
        let heading = if trimmed.is_ascii() {
            is_heading_line(trimmed)
        } else {
            // "Article\u{A0}1": no-break and other spaces read as spaces.
            is_heading_line(&trimmed.replace(|c: char| c.is_whitespace(), " "))
        };
        if is_footnote_line(trimmed) || heading {
            let (s, e) = norm_range(norm, line_start + lead, line_start + line.len());
            norm.mask(s, e);
            if heading {
                headings.push(s);
            }
        }
        line_start += line.len();
    }
    // 2. Editorial notes in brackets.
    let text = norm.as_str().to_owned();
    for (open, close) in bracket_pairs(&text) {
        let inner = text[open + 1..close].trim().to_ascii_lowercase();
        if text[open + 1..close].contains('[') {
            continue;
        }
        let opener = EDITORIAL_OPENERS
            .iter()
            .find(|w| inner.starts_with(**w) && inner[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()));
        let Some(opener) = opener else { continue };
        // "[Alt 1: Decisions shall be taken by consensus.]": a labelled
        // alternative is clause text; only its label is editorial.
        let labelled_text = matches!(*opener, "alt" | "alternative" | "option" | "variant")
            .then(|| text[open + 1..close].find(':'))
            .flatten()
            .filter(|&colon| text[open + 1 + colon + 1..close].split_whitespace().count() >= 3);
        match labelled_text {
            Some(colon) => norm.mask(open + 1, open + 1 + colon + 1),
            None => norm.mask(open, close + 1),
        }
    }
    headings
}

/// Characters the normalised copy drops.
const INVISIBLE: &[char] = &['\u{FEFF}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{00AD}'];

/// The lines of `text`, each with its terminator: "\n", "\r\n", a lone
/// "\r", or U+2028, U+2029, U+0085 (the normalised copy reads each as one
/// line feed).
fn lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // A byte scan: in UTF-8, E2 80 A8/A9 is only U+2028/U+2029 and
        // C2 85 only U+0085.
        let b = rest.as_bytes();
        let mut i = 0;
        let cut = loop {
            match b.get(i) {
                None => break b.len(),
                Some(b'\n') => break i + 1,
                Some(b'\r') => break if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 },
                Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => break i + 3,
                Some(0xC2) if b.get(i + 1) == Some(&0x85) => break i + 2,
                _ => i += 1,
            }
        };
        let (line, tail) = rest.split_at(cut);
        rest = tail;
        Some(line)
    })
}

fn is_footnote_line(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}') => true,
        Some('*' | '\u{2020}' | '\u{2021}') => true,
        _ => {
            let lower = line.to_ascii_lowercase();
            lower.starts_with("footnote") || lower.starts_with("note:") || lower.starts_with("notes:")
        }
    }
}

/// "Article 24. Conditions and safeguards", "Chapter IV", "Section 2 - Title":
/// a heading line has no modal verb and no sentence of its own.
fn is_heading_line(line: &str) -> bool {
    const WORDS: [&str; 6] = ["article ", "art. ", "chapter ", "section ", "part ", "annex "];
    // Most lines open with no heading word: no lower-cased copy for them.
    let trimmed = line.trim_end().as_bytes();
    if !WORDS.iter().any(|h| {
        trimmed
            .get(..h.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes()))
    }) {
        return false;
    }
    let lower = line.trim_end().to_ascii_lowercase();
    let Some(rest) = WORDS.iter().find_map(|h| lower.strip_prefix(h)) else {
        return false;
    };
    let number_ok = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "ivxlc".contains(c));
    let modal = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "shall" | "may" | "must" | "should" | "will"));
    // An amendment ("Article 62, paragraph 2: Replace “…” with “…”") is not a heading.
    let quoted = line.contains(['"', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\'']);
    number_ok && !modal && !quoted && lower.len() < 120
}

/// A heading line's label and title: "Article 24. Conditions and
/// safeguards" → ("Article 24", Some("Conditions and safeguards")); `None`
/// when the line is not a heading (the same test as [`mask_editorial`]).
pub fn heading_parts(line: &str) -> Option<(String, Option<String>)> {
    let line = line.trim();
    if !is_heading_line(line) {
        return None;
    }
    // The heading word ("Article", "Art.") and its number ("24", "IV", "5 bis").
    let word_end = line.find(' ')?;
    let rest = line[word_end..].trim_start();
    let number_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '(' || c == ')'))
        .unwrap_or(rest.len());
    let mut label_end = line.len() - rest.len() + number_len;
    let after = &line[label_end..];
    for suffix in [" bis", " ter", " quater"] {
        if after.to_ascii_lowercase().starts_with(suffix)
            && after[suffix.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            label_end += suffix.len();
        }
    }
    let title = line[label_end..]
        .trim_start_matches(|c: char| c.is_whitespace() || ".:-\u{2013}\u{2014}".contains(c))
        .trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    Some((
        line[..label_end].to_owned(),
        (!title.is_empty()).then(|| title.to_owned()),
    ))
}

/// Normalised byte range covering the original range `s..e`.
fn norm_range(norm: &Normalized, s: usize, e: usize) -> (usize, usize) {
    let n = norm.as_str().len();
    let find = |target: usize| -> usize {
        // map is monotonic: first normalised byte whose origin is >= target.
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if norm.map_at(mid) < target {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    };
    (find(s), find(e))
}

/// Matched square-bracket pairs (open, close) in document order of `open`,
/// ignoring unmatched brackets and anything deeper than [`MAX_BRACKET_DEPTH`].
pub fn bracket_pairs(text: &str) -> Vec<(usize, usize)> {
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'[' => stack.push(i),
            b']' => {
                if let Some(open) = stack.pop() {
                    if stack.len() < MAX_BRACKET_DEPTH {
                        pairs.push((open, i));
                    }
                }
            }
            _ => {}
        }
    }
    crate::sort::by_key(&mut pairs, |&(open, close)| ((open as u64) << 32) | close as u64);
    pairs
}

/// The negotiating brackets of a text: groups of alternatives and insertions.
#[derive(Debug, Clone, Default)]
pub struct Brackets {
    /// Each group: two or more adjacent bracketed alternatives (byte ranges
    /// including the brackets).
    pub groups: Vec<Vec<Range<usize>>>,
    /// Every bracket character that is not part of a rejected alternative.
    pub bracket_chars: Vec<usize>,
}

impl Brackets {
    /// Find the brackets of an (editorially masked) normalised text.
    pub fn find(text: &str) -> Self {
        let pairs = bracket_pairs(text);
        let mut top: Vec<Range<usize>> = Vec::new();
        for &(o, c) in &pairs {
            if top.last().is_none_or(|t| o >= t.end) {
                top.push(o..c + 1);
            }
        }
        let mut groups: Vec<Vec<Range<usize>>> = Vec::new();
        let mut current: Vec<Range<usize>> = Vec::new();
        for r in top {
            let adjacent = current
                .last()
                .is_some_and(|p: &Range<usize>| text[p.end..r.start].chars().all(|c| c == ' ' || c == '/'));
            if !adjacent && current.len() >= 2 {
                groups.push(std::mem::take(&mut current));
            } else if !adjacent {
                current.clear();
            }
            current.push(r);
        }
        if current.len() >= 2 {
            groups.push(current);
        }
        let mut bracket_chars = Vec::new();
        for &(o, c) in &pairs {
            bracket_chars.push(o);
            bracket_chars.push(c);
        }
        Brackets { groups, bracket_chars }
    }

    /// How many readings the alternatives allow (saturating).
    pub fn combinations(&self) -> usize {
        self.groups.iter().fold(1usize, |acc, g| acc.saturating_mul(g.len()))
    }

    /// Mask `norm` for one reading: `choice[g]` is the alternative kept in
    /// group `g`; bracket characters themselves are always blanked.
    pub fn apply(&self, norm: &mut Normalized, choice: &[usize]) {
        for (g, alts) in self.groups.iter().enumerate() {
            let keep = choice.get(g).copied().unwrap_or(0);
            for (i, r) in alts.iter().enumerate() {
                if i != keep {
                    norm.mask(r.start, r.end);
                }
            }
        }
        for &b in &self.bracket_chars {
            norm.mask(b, b + 1);
        }
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "art", "arts", "para", "paras", "e.g", "i.e", "no", "nos", "cf", "etc", "vol", "p", "pp", "v", "vs", "mr", "mrs",
    "ms", "dr", "st", "u.s", "u.n", "inc", "ltd", "co", "sec", "subpara", "ch", "chap", "approx", "viz", "al", "op",
    "cit", "ibid", "fig",
];

/// Sentence ranges of `text`. A sentence ends at `.`, `!` or `?` followed by
/// white space and a capital, digit, bracket, quote or `§`, unless the word before
/// is a legal abbreviation ("art.", "para.", "e.g.", "No.") or a paragraph
/// number ("1.", "(a)."); a blank line always ends one.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let mut cut = None;
        if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let ws_end = skip_ws(bytes, j);
            let next_ok =
                ws_end == bytes.len() || (ws_end > j && text[ws_end..].chars().next().is_some_and(opens_sentence));
            if next_ok && !(b == b'.' && ends_with_abbreviation(&text[start..i])) {
                cut = Some(j);
            }
        } else if b == b'\n' {
            // A blank line ends a sentence; either way, the run of white
            // space is crossed in one step (masked text has long runs).
            let k = skip_ws(bytes, i + 1);
            if k < bytes.len() && bytes[i + 1..k].contains(&b'\n') && !text[start..i].trim().is_empty() {
                out.push(start..i);
                start = i;
            }
            i = k;
            continue;
        }
        if let Some(end) = cut {
            if !text[start..end].trim().is_empty() {
                out.push(start..end);
            }
            start = end;
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Can a sentence start with `c`? A capital (of any script), a digit, a
/// bracket or an opening quote, or a paragraph sign ("§1 The duty …").
fn opens_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | '"' | '\'' | '[' | '§' | '¶' | '“' | '‘' | '«')
}

fn skip_ws(bytes: &[u8], mut j: usize) -> usize {
    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

fn ends_with_abbreviation(before: &str) -> bool {
    let cut = before
        .bytes()
        .rposition(|b| b.is_ascii_whitespace() || b == b'(')
        .map_or(0, |p| p + 1);
    let word = &before[cut..];
    if word.is_empty() {
        return true;
    }
    // A paragraph or item number: "1", "12", "(a)", "iv", "a". A number
    // opens a paragraph only at the start of a line: "article 9 or 10." at
    // the end of one ends its sentence.
    let bare = word.trim_matches(|c| c == '(' || c == ')');
    let roman = |w: &str| w.len() <= 4 && w.bytes().all(|c| b"ivxlIVXL".contains(&c));
    let line_start = before[..cut].rsplit('\n').next().is_none_or(|l| l.trim().is_empty());
    if (bare.bytes().all(|c| c.is_ascii_digit()) && (line_start || word.starts_with('(')))
        || (bare.len() == 1 && bare.bytes().all(|c| c.is_ascii_alphabetic()))
        || (roman(bare) && before[..cut].trim().is_empty())
    {
        return true;
    }
    word.len() <= 8 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_labels_and_titles() {
        let h = |l: &str| heading_parts(l).map(|(a, t)| (a, t.unwrap_or_default()));
        assert_eq!(
            h("Article 24. Conditions and safeguards"),
            Some(("Article 24".into(), "Conditions and safeguards".into()))
        );
        assert_eq!(
            h("Article 5 bis \u{2013} Scope"),
            Some(("Article 5 bis".into(), "Scope".into()))
        );
        assert_eq!(h("Chapter IV"), Some(("Chapter IV".into(), String::new())));
        assert_eq!(h("Art. 3: Definitions"), Some(("Art. 3".into(), "Definitions".into())));
        assert_eq!(h("Each State Party shall adopt."), None);
    }

    fn masked(src: &str) -> String {
        let mut n = Normalized::new(src);
        mask_editorial(src, &mut n);
        let b = Brackets::find(n.as_str());
        b.apply(&mut n, &[]);
        n.as_str().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn first_alternative_is_read_and_insertions_kept() {
        assert_eq!(
            masked("Each State Party [shall][may] require[, including providers,] X."),
            "Each State Party shall require , including providers, X."
        );
    }

    #[test]
    fn editorial_notes_and_footnotes_are_not_text() {
        assert_eq!(
            masked("Article 3. Scope\nStates shall act.¹ [agreed ad referendum]\n¹ Bracketed text reflects proposals."),
            "States shall act."
        );
    }

    #[test]
    fn a_labelled_alternative_keeps_its_text() {
        assert_eq!(
            masked("[Alt 1: Decisions shall be taken by consensus.] [Alt 2: Decisions shall be taken by a majority.]"),
            "Decisions shall be taken by consensus."
        );
        // A bare label is editorial.
        assert_eq!(masked("States shall act. [Option 2]"), "States shall act.");
    }

    #[test]
    fn unbalanced_and_deep_brackets_do_not_panic() {
        let deep = "[".repeat(100) + "x" + &"]".repeat(50);
        let _ = masked(&deep);
        let _ = masked("]] shall [[ may ] [");
    }

    #[test]
    fn headings_are_found_whatever_the_line_ending() {
        let want = masked("Article 1\nStates shall act.\nArticle 2\nThey may agree.");
        for sep in ["\r\n", "\r", "\u{2028}"] {
            let src = format!("\u{feff}Article\u{a0}1{sep}States shall act.{sep}Article 2 {sep}They may agree.");
            assert_eq!(masked(&src), want, "{sep:?}");
        }
        let split: Vec<&str> = lines("a\r\nb\rc\nd").collect();
        assert_eq!(split, vec!["a\r\n", "b\r", "c\n", "d"]);
        let split: Vec<&str> = lines("é\u{2028}ő\u{2029}\u{0085}x\u{2027}\u{00C5}\r").collect();
        assert_eq!(split, vec!["é\u{2028}", "ő\u{2029}", "\u{0085}", "x\u{2027}\u{00C5}\r"]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Under art. 5 and para. 2, e.g. data, States shall act. No. 3 applies. Then more.";
        assert_eq!(sentences(t).len(), 3, "{:?}", sentences(t));
    }

    #[test]
    fn paragraph_numbers_do_not_end_sentences() {
        let t = "1. Each State shall act. 2. It may not.";
        let s: Vec<_> = sentences(t).into_iter().map(|r| t[r].trim().to_owned()).collect();
        assert_eq!(s, vec!["1. Each State shall act.", "2. It may not."]);
    }

    #[test]
    fn paragraph_signs_and_other_capitals_start_sentences() {
        let t = "Records shall be kept for one year.\n§1 The duty may not be transferred. Égalité applies. “Data” means data.";
        let s: Vec<_> = sentences(t).into_iter().map(|r| t[r].trim().to_owned()).collect();
        assert_eq!(
            s,
            vec![
                "Records shall be kept for one year.",
                "§1 The duty may not be transferred.",
                "Égalité applies.",
                "“Data” means data."
            ]
        );
    }
}

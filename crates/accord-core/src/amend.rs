//! Amendment instructions (labelling §13).
//!
//! Negotiators write "Replace “shall” with “may”", "Delete the words “…”",
//! "After “providers” insert “…”". Such a text is judged by its effect: the
//! inserted words are read as clause text, the deleted words are read and
//! their verdicts turned around (deleting a harmful provision supports the
//! principle it harmed; deleting a safeguard violates it). The instructions
//! themselves, and anchors ("after “X”"), are not clause text.

use std::ops::Range;

/// What an amendment does, as byte ranges of quoted text (quotes excluded).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Amendment {
    pub inserted: Vec<Range<usize>>,
    pub deleted: Vec<Range<usize>>,
    /// The instructions themselves (verbs, locators, anchors and quotes):
    /// not clause text. The rest of the text is read as usual.
    pub instructions: Vec<Range<usize>>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Verb {
    Delete,
    Replace,
    Insert,
}

/// The instruction verb a word is, whatever its case (no allocation: the
/// verbs are short ASCII words).
fn verb_ci(word: &[u8]) -> Option<Verb> {
    let mut buf = [0u8; 10];
    if word.len() > buf.len() {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(word) {
        *d = c.to_ascii_lowercase();
    }
    verb(std::str::from_utf8(&buf[..word.len()]).ok()?)
}

fn verb(word: &str) -> Option<Verb> {
    Some(match word {
        "delete" | "strike" | "omit" => Verb::Delete,
        "replace" | "substitute" => Verb::Replace,
        "insert" | "add" => Verb::Insert,
        _ => return None,
    })
}

/// Quoted spans: double quotes, and single quotes that open after a space or
/// bracket and close before a space or punctuation (not apostrophes).
fn quotes(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    // Where each kind of quote may close, in order: an opening quote takes
    // the first one after it (one pass, however many quotes never close).
    let closes = |q: u8| -> Vec<usize> {
        (0..b.len())
            .filter(|&j| {
                b[j] == q
                    && (q == b'"'
                        || j + 1 == b.len()
                        || matches!(b[j + 1], b' ' | b'.' | b',' | b';' | b':' | b')' | b'\n' | b']'))
            })
            .collect()
    };
    let (double, single) = (closes(b'"'), closes(b'\''));
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let q = b[i];
        let opens = q == b'"' || (q == b'\'' && (i == 0 || matches!(b[i - 1], b' ' | b'(' | b'\n' | b'[' | b':')));
        if opens {
            let list = if q == b'"' { &double } else { &single };
            let close = list.get(list.partition_point(|&j| j <= i)).copied();
            if let Some(j) = close {
                out.push(i + 1..j);
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.len() <= 10)
        .map(str::to_ascii_lowercase)
}

/// Find the amendment instructions of a (normalised, masked) text, if the
/// text is an amendment: quoted words ("Delete the words “…”") and
/// deletions that describe what they delete ("Delete paragraph 2
/// (obligation on each State Party to require …)").
pub fn find(text: &str) -> Option<Amendment> {
    // Cheap test first: one pass over the bytes, no allocation. Most
    // provisions hold no instruction verb at all.
    let (any_verb, deletion_verb) = instruction_verbs(text);
    if !any_verb {
        return None;
    }
    let mut a = find_quoted(text).unwrap_or_default();
    if deletion_verb {
        described_deletions(text, &mut a);
    }
    (!a.inserted.is_empty() || !a.deleted.is_empty()).then_some(a)
}

/// Whether `text` holds an instruction verb as a whole word (any of them;
/// a deletion verb), in one pass over its bytes.
fn instruction_verbs(text: &str) -> (bool, bool) {
    let b = text.as_bytes();
    let mut any = false;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        // A word glued to a non-ASCII letter is not one of these words.
        let glued = (start > 0 && b[start - 1] >= 0x80) || (i < b.len() && b[i] >= 0x80);
        let w = &b[start..i];
        if glued || !(3..=10).contains(&w.len()) || !matches!(w[0] | 0x20, b'd' | b's' | b'o' | b'r' | b'i' | b'a') {
            continue;
        }
        match verb_ci(w) {
            Some(Verb::Delete) => return (true, true),
            Some(_) => any = true,
            None => {}
        }
    }
    (any, false)
}

/// Deletions that name what they delete in words instead of quoting it:
/// "Article 29: Delete paragraph 2 (obligation on each State Party to
/// require service providers to retain …)", "…, paragraph 4 (under which
/// …): Delete the paragraph.", "In subsection (1), delete paragraph (b),
/// which requires that …". On a line whose instruction verb (delete,
/// strike, omit) opens the line, follows a locator and a colon, or follows
/// a comma, and that quotes nothing, every parenthesis of three words or
/// more and a ", which …" clause after the verb are the deleted provision;
/// the whole line is instruction, not clause text.
fn described_deletions(text: &str, out: &mut Amendment) {
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        // A line that quotes what it deletes is read by the quoted pass
        // (an apostrophe, "users' messages", is no quote).
        if !quotes(line).is_empty() {
            continue;
        }
        let Some(verb_at) = deletion_verb(line) else { continue };
        // Modals inside parentheses describe the deleted text, not the line.
        let mut depth = 0usize;
        let before: String = line[..verb_at]
            .chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0
            })
            .collect();
        if words(&before).any(|w| matches!(w.as_str(), "shall" | "may" | "must" | "should" | "will")) {
            continue;
        }
        let mut found = false;
        // Parentheses of three words or more (not "(b)", "(1)(a)").
        let mut depth = 0usize;
        let mut open = 0usize;
        for (i, c) in line.char_indices() {
            match c {
                '(' => {
                    if depth == 0 {
                        open = i + 1;
                    }
                    depth += 1;
                }
                ')' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 && line[open..i].split_whitespace().count() >= 3 {
                        out.deleted.push(start + open..start + i);
                        found = true;
                    }
                }
                _ => {}
            }
        }
        // "delete paragraph (b), which requires that …"
        let after = &line[verb_at..];
        if let Some(w) = after.find(", which ") {
            let from = verb_at + w + ", which ".len();
            let end = line[from..]
                .find(['.', ';'])
                .map_or(line.trim_end().len(), |e| from + e);
            if end > from {
                out.deleted.push(start + from..start + end);
                found = true;
            }
        }
        if found {
            out.instructions.push(start..start + line.trim_end().len());
        }
    }
    out.deleted.sort_by_key(|r| r.start);
}

/// Where a deletion instruction's verb stands in `line`: at its start, after
/// a locator and a colon ("Article 29: Delete …"), or after a comma ("In
/// subsection (1), delete …").
fn deletion_verb(line: &str) -> Option<usize> {
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        if c.is_alphabetic() && !prev.is_some_and(char::is_alphanumeric) {
            let len: usize = line[i..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .map(char::len_utf8)
                .sum();
            let word = &line[i..i + len];
            let is_verb = verb_ci(word.as_bytes()) == Some(Verb::Delete);
            if is_verb && {
                let lead = line[..i].trim_end();
                lead.is_empty() || lead.ends_with([':', ','])
            } {
                return Some(i);
            }
        }
        prev = Some(c);
    }
    None
}

fn find_quoted(text: &str) -> Option<Amendment> {
    // Cheap test first (no allocation): no quote or no instruction verb, no amendment.
    if !text.contains(['"', '\'']) {
        return None;
    }
    let qs = quotes(text);
    if qs.is_empty() {
        return None;
    }
    // Where instruction verbs start and sentences end (for "is there a verb
    // in the rest of this sentence?", asked of every quote).
    let mut verbs = Vec::new();
    let mut at = 0;
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() && w.len() <= 10 && verb(&w.to_ascii_lowercase()).is_some() {
            verbs.push(at);
        }
        at += w.len() + text[at + w.len()..].chars().next().map_or(0, char::len_utf8);
    }
    let ends: Vec<usize> = text.match_indices(['.', '\n']).map(|(i, _)| i).collect();
    let mut out = Amendment::default();
    let mut current: Option<Verb> = None;
    let mut seen_verb = false;
    let mut prev_end = 0;
    for q in qs {
        // The words before this quote, in its own sentence.
        let gap_start = text[prev_end..q.start]
            .rfind(['.', '\n'])
            .map_or(prev_end, |i| prev_end + i + 1);
        let gap = &text[gap_start..q.start];
        if gap_start > prev_end {
            // A new sentence: the previous instruction verb no longer applies.
            current = None;
        }
        // A modal verb in the gap means this is ordinary clause text
        // ("… shall add “X” to the list"), not an instruction.
        let gap_words: Vec<String> = words(gap).collect();
        if gap_words.iter().any(|w| matches!(w.as_str(), "shall" | "may" | "must")) {
            current = None;
        } else if let Some(v) = gap_words.iter().rev().find_map(|w| verb(w)) {
            current = Some(v);
            seen_verb = true;
        }
        let tail: Vec<&str> = gap_words.iter().rev().take(3).map(String::as_str).collect();
        let anchor = tail.iter().any(|w| matches!(*w, "after" | "before" | "following"));
        let replacement = tail.first().is_some_and(|w| matches!(*w, "with" | "by"));
        match current {
            Some(Verb::Delete) => out.deleted.push(q.clone()),
            Some(Verb::Replace) if replacement => out.inserted.push(q.clone()),
            Some(Verb::Replace) if !anchor => out.deleted.push(q.clone()),
            Some(Verb::Insert) if !anchor => out.inserted.push(q.clone()),
            _ => {}
        }
        // The instruction runs from the start of its sentence (or the
        // previous quote) to the closing quote. A quote before the verb of
        // its sentence ("After “X” insert …") is an anchor: instruction too.
        if current.is_some() || verb_before_sentence_end(&verbs, &ends, q.end + 1) {
            out.instructions.push(gap_start..(q.end + 1).min(text.len()));
        }
        prev_end = q.end + 1;
    }
    (seen_verb && (!out.inserted.is_empty() || !out.deleted.is_empty())).then_some(out)
}

/// Does an instruction verb start at or after `from` and before the end of
/// its sentence (the next "." or line feed)? `verbs` and `ends` are sorted.
fn verb_before_sentence_end(verbs: &[usize], ends: &[usize], from: usize) -> bool {
    let end = ends
        .get(ends.partition_point(|&e| e < from))
        .copied()
        .unwrap_or(usize::MAX);
    verbs
        .get(verbs.partition_point(|&v| v < from))
        .is_some_and(|&v| v < end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(t: &str) -> (Vec<&str>, Vec<&str>) {
        let a = find(t).unwrap();
        (
            a.inserted.iter().map(|r| &t[r.clone()]).collect(),
            a.deleted.iter().map(|r| &t[r.clone()]).collect(),
        )
    }

    #[test]
    fn replace_deletes_the_first_and_inserts_the_second() {
        let (ins, del) = parts("Article 62: Replace \"by a majority\" with \"by consensus\".");
        assert_eq!((ins, del), (vec!["by consensus"], vec!["by a majority"]));
    }

    #[test]
    fn anchors_are_not_inserted() {
        let (ins, del) = parts("Insert after \"providers,\" the words \"subject to judicial authorisation\".");
        assert_eq!((ins, del), (vec!["subject to judicial authorisation"], vec![]));
    }

    #[test]
    fn delete_the_words() {
        let (ins, del) = parts("Proposal: Delete article 25 (\"Extremism offences\"). In article 3, delete the words 'other unlawful acts'.");
        assert_eq!(ins, Vec::<&str>::new());
        assert_eq!(del, vec!["Extremism offences", "other unlawful acts"]);
    }

    #[test]
    fn an_instruction_after_ordinary_text_is_found() {
        let t = "Decisions shall be taken by consensus.\nArticle 30: Delete the words \"to decrypt\".";
        let a = find(t).unwrap();
        assert_eq!(
            a.deleted.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(),
            vec!["to decrypt"]
        );
        assert!(a.instructions.iter().all(|r| !t[r.clone()].contains("consensus")));
    }

    #[test]
    fn described_deletions_delete_what_they_describe() {
        let (ins, del) = parts("Article 29: Delete paragraph 2 (obligation on each State Party to require service providers to retain traffic data).");
        assert!(ins.is_empty());
        assert_eq!(
            del,
            vec!["obligation on each State Party to require service providers to retain traffic data"]
        );
        let (_, del) = parts("Article 28 (Search and seizure), paragraph 4 (under which authorities may order any person to help): Delete the paragraph.");
        assert_eq!(
            del,
            vec![
                "Search and seizure",
                "under which authorities may order any person to help"
            ]
        );
        let (_, del) =
            parts("In subsection (1), delete paragraph (b), which requires that the notice be approved by a judge.");
        assert_eq!(del, vec!["requires that the notice be approved by a judge"]);
        // Not an instruction: a modal before the verb, or no description.
        assert!(
            find("Each State Party shall delete data (held by it for longer than needed) without delay.").is_none()
        );
        assert!(find("Delete subparagraph (c).").is_none());
        let (_, del) = parts("Delete part 4.1 (the obligation to submit what is needed to decode users' messages).");
        assert_eq!(
            del,
            vec!["the obligation to submit what is needed to decode users' messages"]
        );
        assert!(find("Providers may strike (at their discretion) any account.").is_none());
    }

    #[test]
    fn ordinary_clauses_with_quotes_are_not_amendments() {
        assert!(find("\"Service provider\" means any entity.").is_none());
        assert!(find("States shall add \"cyber\" to the list.").is_none());
    }
}

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
/// text is an amendment.
pub fn find(text: &str) -> Option<Amendment> {
    // Cheap test first (no allocation): no quote or no instruction verb, no amendment.
    if !text.contains(['"', '\'']) {
        return None;
    }
    let has_verb = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| (3..=10).contains(&w.len()))
        .any(|w| {
            ["delete", "strike", "omit", "replace", "substitute", "insert", "add"]
                .iter()
                .any(|v| v.eq_ignore_ascii_case(w))
        });
    if !has_verb {
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
    fn ordinary_clauses_with_quotes_are_not_amendments() {
        assert!(find("\"Service provider\" means any entity.").is_none());
        assert!(find("States shall add \"cyber\" to the list.").is_none());
    }
}

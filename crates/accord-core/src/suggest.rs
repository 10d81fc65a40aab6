//! Suggested wording: the catalog's better wording for each principle a
//! text violates or is mixed on, and concrete edits (`suggestions`) for the
//! rules that know their repair (`data/repairs.toml`, which build.rs turns
//! into the Rust statics of `$OUT_DIR/repairs.rs`: nothing is parsed at run
//! time).
//!
//! A repair is made near the rule's trigger (the first span of an evidence
//! item): `insert` puts text at the end of the trigger's sentence,
//! `replace` swaps words found in the trigger's sentence. Every span lies
//! on char boundaries inside the text; a repair whose place cannot be found
//! is not offered.

use crate::report::{Extent, Report, Suggestion};
use crate::set::Verdict;

/// At most this many suggestions in one report.
pub const MAX_SUGGESTIONS: usize = 64;

/// The repair of one rule (a `[[repairs]]` entry of `data/repairs.toml`).
#[derive(Debug)]
pub struct Repair {
    pub rule: &'static str,
    /// Text put at the end of the trigger's sentence (empty: none).
    pub insert: &'static str,
    /// `(words, replacement)` pairs.
    pub replace: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/repairs.rs"));

/// The built-in repairs, if `set_id` is the set they were written for.
pub fn repairs_for(set_id: &str) -> &'static [Repair] {
    if set_id == REPAIRS_SET {
        REPAIRS
    } else {
        &[]
    }
}

/// Where the sentence around `at..end` starts and ends, within `lo..hi`.
fn sentence(text: &str, lo: usize, hi: usize, at: usize, end: usize) -> (usize, usize) {
    let stop = |b: u8| matches!(b, b'.' | b';' | b'\n');
    let bytes = text.as_bytes();
    let start = bytes[lo..at].iter().rposition(|&b| stop(b)).map_or(lo, |i| lo + i + 1);
    let finish = bytes[end..hi].iter().position(|&b| stop(b)).map_or(hi, |i| end + i);
    (start, finish)
}

/// The last whole-word, ASCII-case-folded occurrence of `needle` in
/// `text[lo..hi]` that starts before `before`.
fn find_last(text: &str, lo: usize, hi: usize, before: usize, needle: &str) -> Option<usize> {
    let (hay, n) = (text.as_bytes(), needle.as_bytes());
    if n.is_empty() || hi < lo + n.len() {
        return None;
    }
    let word = |b: u8| b.is_ascii_alphanumeric();
    // Only starts before `before` count: the scan begins there.
    let last = (hi - n.len()).min(before.checked_sub(1)?);
    if last < lo {
        return None;
    }
    (lo..=last).rev().find(|&i| {
        hay[i..i + n.len()].eq_ignore_ascii_case(n)
            && (i == lo || !word(hay[i - 1]))
            && (i + n.len() == hi || !word(hay[i + n.len()]))
    })
}

/// The suggestions for a report of `text`.
pub fn suggestions(text: &str, report: &Report, repairs: &[Repair]) -> Vec<Suggestion> {
    let mut out: Vec<(usize, usize, Suggestion)> = Vec::new();
    if repairs.is_empty() {
        return Vec::new();
    }
    for p in &report.principles {
        if out.len() >= MAX_SUGGESTIONS {
            break;
        }
        for e in p
            .evidence
            .iter()
            .filter(|e| matches!(e.verdict, Verdict::Violates | Verdict::Mixed))
        {
            let (Some(repair), Some(trigger), Some(prov)) = (
                repairs.iter().find(|r| r.rule == e.rule),
                e.spans.first(),
                report.provisions.get(e.provision),
            ) else {
                continue;
            };
            let [lo, hi] = prov.span.bytes;
            let [ts, te] = trigger.bytes;
            let inside = lo <= ts && ts <= te && te <= hi && hi <= text.len();
            if !inside || ![lo, hi, ts, te].iter().all(|&i| text.is_char_boundary(i)) {
                continue;
            }
            let (ss, se) = sentence(text, lo, hi, ts, te);
            let edit = if !repair.insert.is_empty() {
                // Before trailing white space, so the phrase joins the words.
                let at = ss.max(te).max(text[..se].trim_end().len());
                Some((at, at, repair.insert.to_owned()))
            } else {
                repair
                    .replace
                    .iter()
                    .filter_map(|&(words, with)| find_last(text, ss, se, te, words).map(|i| (i, i + words.len(), with)))
                    .max_by_key(|(i, _, _)| *i)
                    .map(|(s, e, with)| (s, e, with.to_owned()))
            };
            let Some((s, end, replacement)) = edit else { continue };
            if out.iter().any(|(a, b, x)| *a == s && *b == end && x.rule == e.rule) {
                continue;
            }
            out.push((
                s,
                end,
                Suggestion {
                    rule: e.rule.clone(),
                    principle: p.id.clone(),
                    // UTF-16 offsets are filled in below, in one pass.
                    span: Extent {
                        bytes: [s, end],
                        utf16: [0, 0],
                    },
                    replacement,
                },
            ));
            if out.len() >= MAX_SUGGESTIONS {
                break;
            }
        }
    }
    // Text order, ties in the order found, through the engine's one sort
    // (a `sort_by` here would link another sort into the wasm). Offsets are
    // under 2^21 (the 1 MiB input limit), indices under 64.
    let mut order: Vec<(u64, usize)> = (out.iter().enumerate())
        .map(|(i, (s, e, _))| (((*s as u64) << 42) | ((*e as u64) << 21) | i as u64, i))
        .collect();
    crate::sort::by_key(&mut order, |&(k, _)| k);
    let mut slots: Vec<Option<Suggestion>> = out.into_iter().map(|(_, _, s)| Some(s)).collect();
    let mut sorted: Vec<Suggestion> = order.into_iter().filter_map(|(_, i)| slots[i].take()).collect();
    // In text order the starts only grow: count UTF-16 units once over the
    // text, not from its start for every suggestion (a 200 KB draft with
    // many findings spent a quarter of its analysis here).
    let (mut at, mut units) = (0usize, 0usize);
    for sug in &mut sorted {
        let [s, e] = sug.span.bytes;
        units += text[at..s].encode_utf16().count();
        at = s;
        sug.span.utf16 = [units, units + text[s..e].encode_utf16().count()];
    }
    sorted
}

/// `text` with one suggestion applied.
pub fn apply(text: &str, s: &Suggestion) -> Option<String> {
    let [a, b] = s.span.bytes;
    let (head, tail) = (text.get(..a)?, text.get(b..)?);
    Some(format!("{head}{}{tail}", s.replacement))
}

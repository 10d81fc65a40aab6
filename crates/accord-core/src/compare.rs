//! Version against version: two texts of a draft, their provisions matched,
//! a word diff of each changed provision, and the verdicts that moved.
//!
//! Provisions are matched by label ("Article 5" = "Art. 5"), then, among the
//! ones left, by the similarity of their words (where an article was
//! renumbered); two texts of one provision each are always matched. A
//! verdict got **worse** when it moved toward `violates`: `supports` →
//! anything else, `not_addressed` → `mixed` or `violates`, `mixed` →
//! `violates`; every other move is better. A provision added counts as moving
//! from `not_addressed`, one removed as moving to it.

use crate::engine::{Checker, InputError};
use crate::report::{Alignment, ProvisionReport, SCHEMA_VERSION};
use crate::set::Verdict;
use serde::Serialize;
use similar::{capture_diff_slices, get_diff_ratio, Algorithm, ChangeTag};

/// Least word similarity (0–1) for two differently labelled provisions to
/// be taken as one provision renumbered.
const MIN_SIMILARITY: f32 = 0.5;
/// Most unmatched pairs compared by similarity (a diff each).
const MAX_SIMILARITY_PAIRS: usize = 400;

/// Which way a verdict moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Better,
    Worse,
}

/// True when `before` → `after` moves toward `violates`.
pub fn worse(before: Verdict, after: Verdict) -> bool {
    match (before, after) {
        (Verdict::Supports, a) => a != Verdict::Supports,
        (Verdict::NotAddressed, a) => matches!(a, Verdict::Mixed | Verdict::Violates),
        (Verdict::Mixed, a) => a == Verdict::Violates,
        (Verdict::Violates, _) => false,
    }
}

/// One verdict that moved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The provision's name in the new text (in the old one if removed);
    /// `null` for the whole text's verdicts.
    pub provision: Option<String>,
    pub principle: String,
    pub before: Verdict,
    pub after: Verdict,
    pub direction: Direction,
}

/// How a provision fared between the versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// Whether a piece of a word diff is kept, inserted or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of words of the same kind in a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub op: Op,
    pub text: String,
}

/// One provision of either version, matched or not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvisionDiff {
    /// Its name in the new text (the old one when removed).
    pub provision: String,
    /// Its index in the old text's `provisions`, when it was there.
    pub before: Option<usize>,
    /// Its index in the new text's `provisions`, when it is there.
    pub after: Option<usize>,
    pub status: Status,
    /// The word diff, old text to new (empty when unchanged).
    pub diff: Vec<Piece>,
    /// The verdicts of this provision that moved.
    pub changes: Vec<Change>,
}

/// Two versions of a text compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub schema_version: u32,
    /// The alignment of the old and of the new text.
    pub before: Alignment,
    pub after: Alignment,
    /// Both versions' provisions, in the new text's order (a removed one
    /// after the provision that followed it in the old text).
    pub provisions: Vec<ProvisionDiff>,
    /// Every provision verdict that moved, in that order.
    pub changes: Vec<Change>,
    /// The whole text's verdicts that moved.
    pub overall: Vec<Change>,
    /// True when any provision's verdict got worse (`accord diff` exits 1).
    pub worse: bool,
}

impl Comparison {
    /// The provision verdicts that got worse.
    pub fn worsened(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.direction == Direction::Worse)
    }
}

impl Checker {
    /// Compare two versions of a text.
    pub fn compare(&self, old: &str, new: &str) -> Result<Comparison, InputError> {
        let before = self.analyze(old)?;
        let after = self.analyze(new)?;
        let pairs = match_provisions(old, &before.provisions, new, &after.provisions);
        let ids: Vec<&str> = self.set().principles.iter().map(|p| p.id.as_str()).collect();
        let verdict = |p: Option<&ProvisionReport>, id: &str| {
            p.and_then(|p| p.verdicts.get(id).copied())
                .unwrap_or(Verdict::NotAddressed)
        };
        let mut provisions = Vec::new();
        for (b, a) in pairs {
            let (bp, ap) = (b.map(|i| &before.provisions[i]), a.map(|i| &after.provisions[i]));
            let name = match (a, b) {
                (Some(i), _) => after.provisions[i].name(i),
                (None, Some(i)) => before.provisions[i].name(i),
                (None, None) => continue,
            };
            let old_text = bp.map_or("", |p| &old[p.span.bytes[0]..p.span.bytes[1]]);
            let new_text = ap.map_or("", |p| &new[p.span.bytes[0]..p.span.bytes[1]]);
            let status = match (b, a) {
                (None, _) => Status::Added,
                (_, None) => Status::Removed,
                _ if old_text == new_text => Status::Unchanged,
                _ => Status::Changed,
            };
            let diff = if status == Status::Unchanged {
                Vec::new()
            } else {
                word_diff(old_text, new_text)
            };
            let changes = moved(&ids, Some(&name), |id| (verdict(bp, id), verdict(ap, id)));
            provisions.push(ProvisionDiff {
                provision: name,
                before: b,
                after: a,
                status,
                diff,
                changes,
            });
        }
        let changes: Vec<Change> = provisions.iter().flat_map(|p| p.changes.clone()).collect();
        let overall = moved(&ids, None, |id| (before.verdict(id), after.verdict(id)));
        Ok(Comparison {
            schema_version: SCHEMA_VERSION,
            worse: changes.iter().any(|c| c.direction == Direction::Worse),
            before: before.alignment,
            after: after.alignment,
            provisions,
            changes,
            overall,
        })
    }
}

/// The verdicts that differ, for each principle id.
fn moved(ids: &[&str], provision: Option<&str>, verdicts: impl Fn(&str) -> (Verdict, Verdict)) -> Vec<Change> {
    ids.iter()
        .filter_map(|id| {
            let (before, after) = verdicts(id);
            (before != after).then(|| Change {
                provision: provision.map(str::to_owned),
                principle: (*id).to_owned(),
                before,
                after,
                direction: if worse(before, after) {
                    Direction::Worse
                } else {
                    Direction::Better
                },
            })
        })
        .collect()
}

/// A word diff (`similar`) in readable hunks: each change is one deleted
/// run then one inserted run; the spaces between changed words belong to
/// the change, so that a rewritten phrase is not cut word by word.
pub fn word_diff(old: &str, new: &str) -> Vec<Piece> {
    // One instantiation of the diff, over word and space tokens, serves both
    // the word diff and the similarity (the npm wasm pays for each).
    let (a, b) = (tokens(old), tokens(new));
    let ops = capture_diff_slices(Algorithm::Myers, &a, &b);
    let mut out: Vec<Piece> = Vec::new();
    let (mut del, mut ins, mut spaces) = (String::new(), String::new(), String::new());
    let push = |out: &mut Vec<Piece>, op: Op, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(Piece {
                op,
                text: text.to_owned(),
            }),
        }
    };
    for change in ops.iter().flat_map(|op| op.iter_changes(&a, &b)) {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal if value.trim().is_empty() && !(del.is_empty() && ins.is_empty()) => {
                spaces.push_str(value);
            }
            ChangeTag::Equal => {
                push(&mut out, Op::Delete, &std::mem::take(&mut del));
                push(&mut out, Op::Insert, &std::mem::take(&mut ins));
                push(&mut out, Op::Equal, &std::mem::take(&mut spaces));
                push(&mut out, Op::Equal, value);
            }
            tag => {
                if !spaces.is_empty() {
                    if !del.is_empty() {
                        del.push_str(&spaces);
                    }
                    if !ins.is_empty() {
                        ins.push_str(&spaces);
                    }
                    spaces.clear();
                }
                if tag == ChangeTag::Delete {
                    del.push_str(value);
                } else {
                    ins.push_str(value);
                }
            }
        }
    }
    push(&mut out, Op::Delete, &del);
    push(&mut out, Op::Insert, &ins);
    push(&mut out, Op::Equal, &spaces);
    out
}

/// Words and the runs of whitespace between them.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space = None;
    for (i, c) in s.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|sp| sp != is_space) {
            out.push(&s[start..i]);
            start = i;
        }
        space = Some(is_space);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// "Art. 5" and "article  5" are the same label.
fn label_key(label: &str) -> String {
    let lower = label.to_lowercase();
    let lower = lower
        .strip_prefix("art.")
        .map_or(lower.clone(), |rest| format!("article{rest}"));
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Pairs (old index, new index) of provisions: matched ones in the new
/// text's order, removed ones after their old successor's match.
fn match_provisions(
    old: &str,
    before: &[ProvisionReport],
    new: &str,
    after: &[ProvisionReport],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut of_new: Vec<Option<usize>> = vec![None; after.len()];
    let mut taken = vec![false; before.len()];
    // 1. By label.
    for (j, a) in after.iter().enumerate() {
        let Some(key) = a.label.as_deref().map(label_key) else {
            continue;
        };
        if let Some(i) =
            (0..before.len()).find(|&i| !taken[i] && before[i].label.as_deref().map(label_key).as_ref() == Some(&key))
        {
            of_new[j] = Some(i);
            taken[i] = true;
        }
    }
    // 2. One provision each (a clause against a clause): the same provision.
    if before.len() == 1 && after.len() == 1 && of_new[0].is_none() {
        of_new[0] = Some(0);
        taken[0] = true;
    }
    // 3. By the similarity of their words, most similar first.
    let left_old: Vec<usize> = (0..before.len()).filter(|&i| !taken[i]).collect();
    let left_new: Vec<usize> = (0..after.len()).filter(|&j| of_new[j].is_none()).collect();
    if !left_old.is_empty() && left_old.len() * left_new.len() <= MAX_SIMILARITY_PAIRS {
        // Words only (whitespace would make any two texts look alike).
        let words = |t: &str, p: &ProvisionReport| -> Vec<String> {
            t[p.span.bytes[0]..p.span.bytes[1]]
                .split_whitespace()
                .map(str::to_lowercase)
                .collect()
        };
        let olds: Vec<Vec<String>> = left_old.iter().map(|&i| words(old, &before[i])).collect();
        let news: Vec<Vec<String>> = left_new.iter().map(|&j| words(new, &after[j])).collect();
        let mut scored: Vec<(f32, usize, usize)> = Vec::new();
        for (&i, o) in left_old.iter().zip(&olds) {
            for (&j, n) in left_new.iter().zip(&news) {
                let (o, n): (Vec<&str>, Vec<&str>) = (
                    o.iter().map(String::as_str).collect(),
                    n.iter().map(String::as_str).collect(),
                );
                let ratio = get_diff_ratio(&capture_diff_slices(Algorithm::Myers, &o, &n), o.len(), n.len());
                if ratio >= MIN_SIMILARITY {
                    scored.push((ratio, i, j));
                }
            }
        }
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        for (_, i, j) in scored {
            if !taken[i] && of_new[j].is_none() {
                taken[i] = true;
                of_new[j] = Some(i);
            }
        }
    }
    // Order: the new text's, each removed provision placed before the first
    // new provision matched to an old provision after it.
    let mut out = Vec::new();
    let mut removed: Vec<usize> = (0..before.len()).filter(|&i| !taken[i]).collect();
    removed.reverse();
    for (j, &m) in of_new.iter().enumerate() {
        if let Some(i) = m {
            while removed.last().is_some_and(|&r| r < i) {
                out.push((removed.pop(), None));
            }
        }
        out.push((m, Some(j)));
    }
    while let Some(r) = removed.pop() {
        out.push((Some(r), None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_hunks_and_round_trip() {
        let (o, n) = (
            "to compel a provider to introduce back doors",
            "to require service providers to decrypt",
        );
        let d = word_diff(o, n);
        let ops: Vec<Op> = d.iter().map(|p| p.op).collect();
        assert_eq!(
            ops,
            [Op::Equal, Op::Delete, Op::Insert, Op::Equal, Op::Delete, Op::Insert],
            "{d:?}"
        );
        let side = |keep: Op| {
            d.iter()
                .filter(|p| p.op == Op::Equal || p.op == keep)
                .map(|p| p.text.as_str())
                .collect::<String>()
        };
        assert_eq!(side(Op::Delete), o);
        assert_eq!(side(Op::Insert), n);
    }

    #[test]
    fn worse_is_toward_violates() {
        use Verdict::*;
        assert!(worse(Supports, NotAddressed) && worse(Supports, Mixed) && worse(Supports, Violates));
        assert!(worse(NotAddressed, Mixed) && worse(NotAddressed, Violates) && worse(Mixed, Violates));
        assert!(!worse(NotAddressed, Supports) && !worse(Mixed, Supports) && !worse(Violates, Mixed));
        assert!(!worse(Mixed, NotAddressed) && !worse(Violates, NotAddressed));
    }

    const OLD: &str = "Article 1\nThe purposes of this Convention are to promote cooperation.\n\nArticle 2\nNothing in this Convention shall be interpreted as requiring a State Party to compel a provider to introduce back doors that weaken encryption.\n\nArticle 3\nDecisions shall be taken by consensus.\n";
    const NEW: &str = "Article 1\nThe purposes of this Convention are to promote cooperation.\n\nArticle 2\nEach State Party shall require service providers to decrypt communications upon request.\n\nArticle 4\nDecisions shall be taken by consensus.\n";

    #[test]
    fn provisions_matched_by_label_then_similarity() {
        let c = crate::builtin().compare(OLD, NEW).unwrap();
        let st: Vec<(&str, Status)> = c.provisions.iter().map(|p| (p.provision.as_str(), p.status)).collect();
        assert_eq!(
            st,
            [
                ("Article 1", Status::Unchanged),
                ("Article 2", Status::Changed),
                ("Article 4", Status::Changed)
            ]
        );
        let enc = c.changes.iter().find(|x| x.principle == "strong-encryption").unwrap();
        assert_eq!(
            (enc.provision.as_deref(), enc.before, enc.after, enc.direction),
            (
                Some("Article 2"),
                Verdict::Supports,
                Verdict::Violates,
                Direction::Worse
            )
        );
        assert!(c.worse);
        let a2 = &c.provisions[1];
        assert!(a2.diff.iter().any(|p| p.op == Op::Insert && p.text.contains("decrypt")));
        assert!(a2.diff.iter().any(|p| p.op == Op::Delete && p.text.contains("back")));
        // The reverse is better, not worse.
        let r = crate::builtin().compare(NEW, OLD).unwrap();
        assert!(!r.worse);
    }

    #[test]
    fn removed_and_added_provisions() {
        let c = crate::builtin()
            .compare("Article 1\nDecisions shall be taken by consensus.\nArticle 2\nThe Convention enters into force.", "Article 2\nThe Convention enters into force.\nArticle 9\nAmendments shall be adopted by a simple majority vote.")
            .unwrap();
        let st: Vec<(&str, Status)> = c.provisions.iter().map(|p| (p.provision.as_str(), p.status)).collect();
        assert_eq!(
            st,
            [
                ("Article 1", Status::Removed),
                ("Article 2", Status::Unchanged),
                ("Article 9", Status::Added)
            ]
        );
        assert!(c.worse, "{:?}", c.changes);
    }
}

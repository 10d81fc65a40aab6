//! Tokens, stems and concepts.
//!
//! Text is cut into word and punctuation tokens (Unicode word boundaries);
//! each word is lower-cased, British spellings are folded to one form
//! ("authorisation" and "authorization" meet), and the word is stemmed with
//! the Snowball English stemmer. A [`Lexicon`] maps multi-word phrases to
//! concepts and finds every concept of a text in one pass over its words,
//! walking a trie of stems (a phrase is a sequence of whole words, so the
//! trie is keyed by word, not by byte), so "decrypted", "decryption" and
//! "render intelligible" can all reach the same concept.
//!
//! Why a word trie and not a byte automaton: the engine used an
//! Aho-Corasick automaton over the stem string " s1 s2 s3 " until it was
//! measured that building it was half of loading a principle set (≈10 M
//! instructions of 22 M natively; 40–90 ms in a browser's first, baseline
//! tier), while a word trie is built with one hash insert per word and
//! finds the same overlapping matches, since patterns always start and end
//! at word boundaries.
//!
//! Phrase syntax: words separated by spaces, each matched by its stem; a
//! word starting with `=`
//! matches that word only, not its stem-mates ("=criminalise" is not
//! "criminal", which has the same Snowball stem); the word itself still
//! matches other phrases by its stem. A gap `...` (or `...N`)
//! between two words lets up to 4 (or N, at most [`MAX_GAP`]) other words
//! stand between them, within one clause: "retain ... data" reaches "retain
//! the traffic and location data" but not a word after a `;`, `.`, `:` or a
//! line break. A concept is anchored on its head words, and modifiers in
//! between do not lose it ("the use of freely available cryptographic
//! tools").

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Folded words and stems of every word seen, by surface form.
type StemCache = FxHashMap<Box<str>, Vec<(Rc<str>, Rc<str>)>>;

/// Distinct surface forms kept before the cache starts afresh.
const STEM_CACHE_LIMIT: usize = 50_000;

thread_local! {
    // Legal text repeats its words: each distinct word is folded and
    // stemmed once per thread (the stemmer is fixed, so this is pure).
    static STEMS: RefCell<StemCache> = RefCell::new(FxHashMap::default());
    // Punctuation tokens share their strings (a megabyte of "." is a
    // million tokens: two allocations each would dominate), across calls
    // too: compiling a set tokenizes thousands of short phrases.
    static PUNCTUATION_RC: ([Rc<str>; 7], Rc<str>) = (PUNCTUATION.map(Rc::from), Rc::from(""));
}

/// The punctuation that matters to scope, each its own token.
const PUNCTUATION: [&str; 7] = [";", ",", ":", ".", "(", ")", "\n"];

/// The index of `c` in [`PUNCTUATION`].
fn punctuation_index(c: char) -> Option<usize> {
    Some(match c {
        ';' => 0,
        ',' => 1,
        ':' => 2,
        '.' => 3,
        '(' => 4,
        ')' => 5,
        '\n' => 6,
        _ => return None,
    })
}

/// One token of a normalised text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// Lower-cased, spelling-folded word; the punctuation char itself for
    /// punctuation tokens.
    pub word: Rc<str>,
    /// Snowball stem (empty for punctuation).
    pub stem: Rc<str>,
    pub is_word: bool,
}

impl Token {
    /// The word (or punctuation) as a `&str`.
    pub fn w(&self) -> &str {
        &self.word
    }
}

/// Words ending in "-ise" that are not British "-ize" spellings.
const ISE_WORDS: &[&str] = &[
    "exercise",
    "otherwise",
    "comprise",
    "promise",
    "raise",
    "advise",
    "precise",
    "concise",
    "expertise",
    "premise",
    "surprise",
    "enterprise",
    "franchise",
    "devise",
    "revise",
    "supervise",
    "merchandise",
    "compromise",
    "noise",
    "wise",
    "rise",
    "arise",
    "disguise",
    "demise",
    "televise",
    "improvise",
    "excise",
    "chastise",
    "despise",
    "incise",
    "praise",
    "cruise",
    "bruise",
    "poise",
    "likewise",
    "clockwise",
    "treatise",
    "paradise",
    "reprise",
    "apprise",
    "circumcise",
    "anise",
    "raise",
    "appraise",
    "franchise",
    "vise",
];

/// Fold British spellings to one form before stemming.
pub fn fold_spelling(w: &str) -> Cow<'_, str> {
    const WHOLE: &[(&str, &str)] = &[
        ("judgement", "judgment"),
        ("judgements", "judgments"),
        ("licence", "license"),
        ("licences", "licenses"),
        ("defence", "defense"),
        ("offence", "offense"),
        ("offences", "offenses"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("centre", "center"),
        ("centres", "centers"),
        ("endeavour", "endeavor"),
        ("endeavours", "endeavors"),
        ("favour", "favor"),
        ("favouring", "favoring"),
        ("behaviour", "behavior"),
        ("labour", "labor"),
        ("honour", "honor"),
        ("cyberspace", "cyber space"),
        ("email", "e mail"),
        ("emails", "e mails"),
    ];
    if let Some((_, to)) = WHOLE.iter().find(|(from, _)| *from == w) {
        return Cow::Borrowed(to);
    }
    for (suffix, repl) in [("isations", "izations"), ("isation", "ization")] {
        if let Some(root) = w.strip_suffix(suffix) {
            if root.len() >= 2 {
                return Cow::Owned(format!("{root}{repl}"));
            }
        }
    }
    for suffix in ["ise", "ised", "ises", "ising", "iser", "isers"] {
        if let Some(root) = w.strip_suffix(suffix) {
            let base = format!("{root}ise");
            if root.len() >= 3 && !ISE_WORDS.contains(&base.as_str()) {
                return Cow::Owned(format!("{root}iz{}", &suffix[2..]));
            }
        }
    }
    for suffix in ["yse", "ysed", "yses", "ysing"] {
        if let Some(root) = w.strip_suffix(suffix) {
            if root.len() >= 3 {
                return Cow::Owned(format!("{root}yz{}", &suffix[2..]));
            }
        }
    }
    Cow::Borrowed(w)
}

/// Prefixes whose hyphenated spelling is a variant of the closed word
/// ("co-operation" is "cooperation"); other hyphens separate words.
fn is_hyphen_prefix(w: &str) -> bool {
    matches!(w, "co" | "Co" | "CO" | "de" | "De" | "DE" | "en" | "En" | "EN")
}

/// The tokenizer and stemmer shared by texts and lexicon phrases.
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }
}

impl Analyzer {
    /// Stem one lower-cased word.
    pub fn stem(&self, word: &str) -> String {
        let folded = fold_spelling(word);
        self.stemmer.stem(&folded).into_owned()
    }

    /// Cut `text` into tokens: words are maximal runs of alphanumeric
    /// characters (an apostrophe between letters stays inside: "provider's");
    /// punctuation that matters to scope becomes its own token. (A plain
    /// scan: UAX #29 word boundaries gave the same tokens for legal English
    /// at a third of the speed.)
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 5);
        STEMS.with_borrow_mut(|seen| {
            if seen.len() > STEM_CACHE_LIMIT {
                seen.clear();
            }
            PUNCTUATION_RC.with(|(punctuation, empty)| self.scan(text, seen, punctuation, empty, &mut out));
        });
        out
    }

    fn scan(
        &self,
        text: &str,
        seen: &mut StemCache,
        punctuation: &[Rc<str>; 7],
        empty: &Rc<str>,
        out: &mut Vec<Token>,
    ) {
        // One pass over the bytes: an ASCII byte is its own char; any
        // other char is decoded where it starts.
        let bytes = text.as_bytes();
        let char_at = |i: usize| -> (char, usize) {
            match bytes[i] {
                b if b.is_ascii() => (char::from(b), 1),
                _ => text[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())),
            }
        };
        let mut i = 0;
        while i < bytes.len() {
            let at = i;
            let (c, len) = char_at(i);
            i += len;
            if c.is_alphanumeric() {
                let mut end = i;
                while end < bytes.len() {
                    let (d, dlen) = char_at(end);
                    let inner_apostrophe =
                        d == '\'' && text[end + 1..].chars().next().is_some_and(char::is_alphanumeric);
                    if d.is_alphanumeric() || inner_apostrophe {
                        end += dlen;
                    } else {
                        break;
                    }
                }
                // "co-operation", "de-crypt", "en-crypted": a hyphen after
                // one of these prefixes is a spelling variant, read as the
                // closed word (one token over the whole hyphenated span).
                let mut joined = None;
                if is_hyphen_prefix(&text[at..end]) && text[end..].starts_with('-') {
                    let rest_at = end + 1;
                    let rest_len: usize = text[rest_at..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .map(char::len_utf8)
                        .sum();
                    if rest_len > 0 {
                        joined = Some(format!("{}{}", &text[at..end], &text[rest_at..rest_at + rest_len]));
                        end = rest_at + rest_len;
                    }
                }
                i = end;
                let piece = joined.as_deref().unwrap_or(&text[at..end]);
                let parts = match seen.get(piece) {
                    Some(p) => p,
                    None => {
                        let parts = self.fold_and_stem(piece);
                        seen.entry(piece.into()).or_insert(parts)
                    }
                };
                for (word, stem) in parts {
                    out.push(Token {
                        start: at,
                        end,
                        word: word.clone(),
                        stem: stem.clone(),
                        is_word: true,
                    });
                }
            } else if let Some(p) = punctuation_index(c) {
                out.push(Token {
                    start: at,
                    end: at + 1,
                    word: punctuation[p].clone(),
                    stem: empty.clone(),
                    is_word: false,
                });
            }
        }
    }

    /// Lower-case, fold the spelling, stem. The folded form may hold a space
    /// ("cyberspace" → "cyber space"), which splits the word in two.
    fn fold_and_stem(&self, piece: &str) -> Vec<(Rc<str>, Rc<str>)> {
        let lower = if piece.is_ascii() {
            piece.to_ascii_lowercase()
        } else {
            piece.to_lowercase()
        };
        let lower = lower.strip_suffix("'s").unwrap_or(&lower);
        fold_spelling(lower)
            .split(' ')
            .map(|part| (Rc::from(part), Rc::from(self.stemmer.stem(part).as_ref())))
            .collect()
    }
}

/// A concept found in a text: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub concept: usize,
    pub first: usize,
    pub last: usize,
}

/// Sort hits by position: start, end, concept.
pub(crate) fn sort_hits(hits: &mut Vec<Hit>) {
    use crate::sort::{by_key, field, CONCEPT_BITS, TOKEN_BITS};
    by_key(hits, |h| {
        field(h.first, TOKEN_BITS) << (TOKEN_BITS + CONCEPT_BITS)
            | field(h.last, TOKEN_BITS) << CONCEPT_BITS
            | field(h.concept, CONCEPT_BITS)
    });
}

/// Compiled phrases → concepts.
pub struct Lexicon {
    /// Trie nodes; node 0 is the root.
    nodes: Vec<Node>,
    /// Words matched exactly (written `=word`), spelling-folded, with their
    /// trie key (`=word`).
    exact: FxHashMap<Key, Key>,
    /// The (first byte, length) pairs of the exact words, for
    /// [`ExactFilter::may_hold`]: most words need no lookup in `exact`.
    exact_filter: ExactFilter,
    /// Number of phrases compiled.
    phrases: usize,
}

/// One bit per (first byte, length) of the words in a map (lengths of 64
/// and over share a bit): a word whose bit is clear is not in it.
struct ExactFilter(Vec<u64>);

impl ExactFilter {
    fn slot(word: &str) -> usize {
        usize::from(word.as_bytes().first().copied().unwrap_or(0)) << 6 | word.len().min(63)
    }

    fn of(exact: &FxHashMap<Key, Key>) -> Self {
        let mut bits = vec![0u64; 256];
        for w in exact.keys() {
            let slot = Self::slot(w);
            bits[slot >> 6] |= 1 << (slot & 63);
        }
        ExactFilter(bits)
    }

    fn may_hold(&self, word: &str) -> bool {
        let slot = Self::slot(word);
        self.0[slot >> 6] & 1 << (slot & 63) != 0
    }
}

/// A trie key: owned when compiled at run time, borrowed from the
/// embedded bytes when loaded with [`Lexicon::from_bytes`].
type Key = Cow<'static, str>;

/// Most words a gap `...N` may skip.
pub const MAX_GAP: usize = 12;
/// Words a bare `...` may skip.
pub const DEFAULT_GAP: usize = 4;

/// One trie node: the next word's key (a stem, or `=word`) → child node,
/// the gaps that may follow (most words skipped, node after the gap), and
/// the concepts of the phrases that end here.
#[derive(Default)]
struct Node {
    next: FxHashMap<Key, u32>,
    gaps: Vec<(u8, u32)>,
    ends: Vec<usize>,
}

/// A gap marker in a phrase: `...` (→ [`DEFAULT_GAP`]) or `...N`.
/// `Some(Err(()))` for a malformed one (`...0`, `...99`).
fn gap_marker(word: &str) -> Option<Result<usize, ()>> {
    let rest = word.strip_prefix("...").or_else(|| word.strip_prefix('…'))?;
    if rest.is_empty() {
        return Some(Ok(DEFAULT_GAP));
    }
    match rest.parse::<usize>() {
        Ok(n) if (1..=MAX_GAP).contains(&n) => Some(Ok(n)),
        _ => Some(Err(())),
    }
}

/// Tokens a gap does not cross: the end of a clause.
fn is_barrier(t: &Token) -> bool {
    !t.is_word && matches!(t.w(), ";" | "." | ":" | "\n")
}

impl Lexicon {
    /// Compile `phrases` (concept index, phrase). Returns the phrases that
    /// hold no word at all as errors (index into `phrases`).
    pub fn compile(analyzer: &Analyzer, phrases: &[(usize, String)]) -> Result<Self, Vec<usize>> {
        let mut nodes = vec![Node::default()];
        let mut bad = Vec::new();
        let mut exact: FxHashMap<Key, Key> = FxHashMap::default();
        for (i, (concept, phrase)) in phrases.iter().enumerate() {
            // One tokenization per phrase, so that "e-mail" or "ICT's" fold
            // the way they do in a text; a word written `=word` is keyed by
            // the word itself.
            let lower = phrase.to_lowercase();
            let mut node = 0usize;
            let mut words = 0;
            // A gap must stand between two words.
            let mut pending_gap: Option<usize> = None;
            let mut malformed = false;
            for piece in lower.split_whitespace() {
                if let Some(g) = gap_marker(piece) {
                    match g {
                        Ok(n) if words > 0 && pending_gap.is_none() => pending_gap = Some(n),
                        _ => malformed = true,
                    }
                    continue;
                }
                if let Some(n) = pending_gap.take() {
                    let existing = nodes[node].gaps.iter().find(|(m, _)| *m as usize == n).map(|&(_, c)| c);
                    node = match existing {
                        Some(c) => c as usize,
                        None => {
                            let child = nodes.len();
                            nodes[node].gaps.push((n as u8, child as u32));
                            nodes.push(Node::default());
                            child
                        }
                    };
                }
                for t in analyzer.tokenize(piece).iter().filter(|t| t.is_word) {
                    words += 1;
                    let key: &str = if piece[..t.start].ends_with('=') {
                        let key = exact
                            .entry(Cow::Owned(t.w().to_owned()))
                            .or_insert_with(|| Cow::Owned(format!("={}", t.w())));
                        key
                    } else {
                        &t.stem
                    };
                    node = match nodes[node].next.get(key) {
                        Some(&child) => child as usize,
                        None => {
                            let child = nodes.len();
                            nodes[node].next.insert(Cow::Owned(key.to_owned()), child as u32);
                            nodes.push(Node::default());
                            child
                        }
                    };
                }
            }
            if words == 0 || malformed || pending_gap.is_some() {
                bad.push(i);
                continue;
            }
            nodes[node].ends.push(*concept);
        }
        if !bad.is_empty() {
            return Err(bad);
        }
        Ok(Lexicon {
            nodes,
            exact_filter: ExactFilter::of(&exact),
            exact,
            phrases: phrases.len(),
        })
    }

    /// The compiled trie as bytes, for [`Lexicon::from_bytes`]: build.rs
    /// compiles the built-in set's phrases with this very module and embeds
    /// the result, so a process (or a browser tab) does not tokenize and stem
    /// 1,700 phrases before its first analysis. Deterministic: the same
    /// lexicon gives the same bytes (a test compares them with a fresh
    /// compilation of the set's phrases).
    ///
    /// Layout (integers as LEB128 varints, strings a `u8` length and
    /// UTF-8): magic `ACLX2`, phrase count, node count; for each node after
    /// the root, in index order, how far back its parent is (`node −
    /// parent`, mostly 1) and the edge that reaches it (`0`, key — or `1`,
    /// the gap's width as a `u8`); the count of ends, then `(node,
    /// concept)` pairs; the count of exact words, then `(word, key)` pairs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut parent: Vec<(u32, Option<&str>, u8)> = vec![(0, None, 0); self.nodes.len()];
        for (p, node) in self.nodes.iter().enumerate() {
            for (key, &child) in &node.next {
                parent[child as usize] = (p as u32, Some(key), 0);
            }
            for &(gap, child) in &node.gaps {
                parent[child as usize] = (p as u32, None, gap);
            }
        }
        let mut out = Vec::with_capacity(self.nodes.len() * 12);
        out.extend_from_slice(MAGIC);
        let u32 = |out: &mut Vec<u8>, mut n: usize| loop {
            let low = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(low);
                break;
            }
            out.push(low | 0x80);
        };
        let string = |out: &mut Vec<u8>, s: &str| {
            out.push(u8::try_from(s.len()).expect("a trie key under 256 bytes"));
            out.extend_from_slice(s.as_bytes());
        };
        u32(&mut out, self.phrases);
        u32(&mut out, self.nodes.len());
        for (child, &(p, key, gap)) in parent.iter().enumerate().skip(1) {
            u32(&mut out, child - p as usize);
            match key {
                Some(key) => {
                    out.push(0);
                    string(&mut out, key);
                }
                None => {
                    out.push(1);
                    out.push(gap);
                }
            }
        }
        let ends: Vec<(usize, usize)> = (self.nodes.iter().enumerate())
            .flat_map(|(n, node)| node.ends.iter().map(move |&c| (n, c)))
            .collect();
        u32(&mut out, ends.len());
        for (n, c) in ends {
            u32(&mut out, n);
            u32(&mut out, c);
        }
        let mut exact: Vec<(&str, &str)> = self.exact.iter().map(|(w, k)| (&**w, &**k)).collect();
        exact.sort_unstable();
        u32(&mut out, exact.len());
        for (w, k) in exact {
            string(&mut out, w);
            string(&mut out, k);
        }
        out
    }

    /// Load what [`Lexicon::to_bytes`] wrote, borrowing its strings (no
    /// tokenizing, stemming or copying). `None` if the bytes are not such a
    /// lexicon.
    pub fn from_bytes(bytes: &'static [u8]) -> Option<Self> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let phrases = r.u32()?;
        let count = r.u32()?;
        let mut nodes: Vec<Node> = Vec::with_capacity(count);
        nodes.push(Node::default());
        for child in 1..count {
            let p = child.checked_sub(r.u32()?)?;
            match r.u8()? {
                0 => {
                    let key = r.string()?;
                    nodes[p].next.insert(Cow::Borrowed(key), child as u32);
                }
                1 => {
                    let gap = r.u8()?;
                    nodes[p].gaps.push((gap, child as u32));
                }
                _ => return None,
            }
            nodes.push(Node::default());
        }
        for _ in 0..r.u32()? {
            let (n, c) = (r.u32()?, r.u32()?);
            nodes.get_mut(n)?.ends.push(c);
        }
        let mut exact = FxHashMap::default();
        for _ in 0..r.u32()? {
            let (w, k) = (r.string()?, r.string()?);
            exact.insert(Cow::Borrowed(w), Cow::Borrowed(k));
        }
        (r.at == bytes.len()).then_some(Lexicon {
            nodes,
            exact_filter: ExactFilter::of(&exact),
            exact,
            phrases,
        })
    }

    /// Every concept hit in `tokens`, sorted by position (overlapping and
    /// nested hits included).
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        if self.phrases == 0 {
            return Vec::new();
        }
        // The keys of each word token: its stem, and `=word` too for a
        // word some phrase matches exactly ("data =protection" must not
        // stop "weaken ... protection" from reaching "protection").
        let words: Vec<(usize, &str, Option<&str>)> = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_word)
            .map(|(ti, t)| {
                let exact = self
                    .exact_filter
                    .may_hold(t.w())
                    .then(|| self.exact.get(t.w()))
                    .flatten();
                (ti, &*t.stem, exact.map(|k| &**k))
            })
            .collect();
        // Clause number of each word: a gap does not cross a barrier.
        let mut clause = Vec::with_capacity(words.len());
        let mut c = 0u32;
        let mut prev_end = 0usize;
        for &(ti, _, _) in &words {
            if tokens[prev_end..ti].iter().any(is_barrier) {
                c += 1;
            }
            clause.push(c);
            prev_end = ti + 1;
        }
        let mut hits = Vec::new();
        // Walk states (node, next word index); without gaps this is one path.
        let mut stack: Vec<(u32, usize)> = Vec::new();
        for (i, &(first, _, _)) in words.iter().enumerate() {
            stack.push((0, i));
            while let Some((n, j)) = stack.pop() {
                let node = &self.nodes[n as usize];
                for &(max, child) in &node.gaps {
                    // Skip 1..=max words of the same clause (0 is the plain edge
                    // below, taken from the gap node itself).
                    for k in 0..=max as usize {
                        let at = j + k;
                        if at >= words.len() || clause[at] != clause[i] {
                            break;
                        }
                        stack.push((child, at));
                    }
                }
                let Some(&(last, stem, exact)) = words.get(j) else {
                    continue;
                };
                for key in std::iter::once(stem).chain(exact) {
                    let Some(&child) = node.next.get(key) else { continue };
                    let next = &self.nodes[child as usize];
                    for &concept in &next.ends {
                        hits.push(Hit { concept, first, last });
                    }
                    stack.push((child, j + 1));
                }
            }
        }
        sort_hits(&mut hits);
        hits.dedup();
        hits
    }
}

/// The first bytes of [`Lexicon::to_bytes`]: format and version.
const MAGIC: &[u8] = b"ACLX2";

/// A cursor over the bytes of [`Lexicon::from_bytes`].
struct Reader {
    bytes: &'static [u8],
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> Option<&'static [u8]> {
        let bytes: &'static [u8] = self.bytes;
        let got = bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(got)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    /// A LEB128 varint of at most 32 bits.
    fn u32(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }
    fn string(&mut self) -> Option<&'static str> {
        let n = self.u8()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts(phrases: &[&str], text: &str) -> Vec<usize> {
        let a = Analyzer::default();
        let ps: Vec<_> = phrases.iter().enumerate().map(|(i, p)| (i, p.to_string())).collect();
        let lex = Lexicon::compile(&a, &ps).unwrap();
        lex.find(&a.tokenize(text)).into_iter().map(|h| h.concept).collect()
    }

    #[test]
    fn stems_reach_inflections() {
        assert_eq!(concepts(&["decrypt"], "made available in decrypted form"), vec![0]);
        assert_eq!(concepts(&["decrypt"], "the decryption of data"), vec![0]);
        assert_eq!(concepts(&["back door"], "no back-doors"), vec![0]);
    }

    #[test]
    fn spelling_variants_meet() {
        assert_eq!(
            concepts(&["judicial authorisation"], "prior judicial authorization"),
            vec![0]
        );
        assert_eq!(concepts(&["criminalize"], "shall criminalise"), vec![0]);
        assert_eq!(concepts(&["analyse"], "analyzing trends"), vec![0]);
        assert!(concepts(&["exercize"], "the exercise of powers").is_empty());
    }

    #[test]
    fn exact_words_do_not_match_stem_mates() {
        assert_eq!(concepts(&["=criminalize"], "shall criminalise conduct"), vec![0]);
        assert!(concepts(&["=criminalize"], "a criminal offence").is_empty());
    }

    #[test]
    fn a_word_matched_exactly_somewhere_still_matches_by_stem_elsewhere() {
        // "data =protection" keys "protection" exactly; "weaken ... protection"
        // and "protect" must still reach it by its stem.
        let phrases = ["data =protection", "weaken ... protection", "protect"];
        assert_eq!(concepts(&phrases, "to weaken the protection"), vec![1, 2]);
        assert_eq!(concepts(&phrases, "data protection"), vec![0, 2]);
        assert!(concepts(&["data =protection"], "data protected").is_empty());
    }

    #[test]
    fn nested_and_overlapping_phrases_all_hit() {
        let a = Analyzer::default();
        let ps: Vec<_> = ["service provider", "provider", "provider of data", "data"]
            .iter()
            .enumerate()
            .map(|(i, p)| (i, p.to_string()))
            .collect();
        let lex = Lexicon::compile(&a, &ps).unwrap();
        let hits = lex.find(&a.tokenize("service providers of data"));
        let got: Vec<_> = hits.iter().map(|h| (h.concept, h.first, h.last)).collect();
        assert_eq!(got, vec![(0, 0, 1), (1, 1, 1), (2, 1, 3), (3, 3, 3)]);
    }

    #[test]
    fn a_phrase_without_words_is_an_error() {
        let a = Analyzer::default();
        let ps = vec![(0, "decrypt".to_string()), (1, " - ".to_string())];
        assert_eq!(Lexicon::compile(&a, &ps).err(), Some(vec![1]));
    }

    #[test]
    fn hyphenated_prefixes_are_spelling_variants() {
        assert_eq!(concepts(&["cooperation"], "international co-operation"), vec![0]);
        assert_eq!(concepts(&["decrypt"], "to de-crypt communications"), vec![0]);
        assert_eq!(concepts(&["co-operate"], "shall cooperate"), vec![0]);
        // Other hyphens still separate words.
        assert_eq!(concepts(&["back door"], "no back-doors"), vec![0]);
        let a = Analyzer::default();
        let t = a.tokenize("co-operation.");
        assert_eq!((t[0].start, t[0].end, t.len()), (0, 12, 2));
    }

    #[test]
    fn gaps_allow_modifiers_within_a_clause() {
        assert_eq!(
            concepts(&["retain ... data"], "retain the traffic and location data"),
            vec![0]
        );
        assert_eq!(concepts(&["retain ... data"], "retain data"), vec![0]);
        assert!(concepts(
            &["retain ... data"],
            "retain the traffic and location records of all data"
        )
        .is_empty());
        assert_eq!(
            concepts(
                &["retain ...8 data"],
                "retain the traffic and location records of all data"
            ),
            vec![0]
        );
        // Not across the end of a clause.
        assert!(concepts(&["retain ... data"], "retain records; data").is_empty());
        assert!(concepts(&["retain ... data"], "retain. Data").is_empty());
        // Commas inside a clause are crossed.
        assert_eq!(
            concepts(
                &["use of ... encryption"],
                "the use of freely available, strong encryption"
            ),
            vec![0]
        );
        let a = Analyzer::default();
        let hits = {
            let ps = vec![(0, "retain ... data".to_string())];
            let lex = Lexicon::compile(&a, &ps).unwrap();
            lex.find(&a.tokenize("to retain all data"))
        };
        assert_eq!(
            hits,
            vec![Hit {
                concept: 0,
                first: 1,
                last: 3
            }]
        );
    }

    #[test]
    fn malformed_gaps_are_errors() {
        let a = Analyzer::default();
        for bad in [
            "... data",
            "retain ...",
            "retain ...0 data",
            "retain ...99 data",
            "retain ... ... data",
        ] {
            let ps = vec![(0, bad.to_string())];
            assert_eq!(Lexicon::compile(&a, &ps).err(), Some(vec![0]), "{bad}");
        }
    }

    #[test]
    fn punctuation_indices_follow_the_table() {
        for (i, p) in PUNCTUATION.iter().enumerate() {
            assert_eq!(punctuation_index(p.chars().next().unwrap()), Some(i));
        }
        assert_eq!(punctuation_index('!'), None);
    }

    /// Token spans as the char-by-char scan found them (the oracle of
    /// the byte scan).
    fn spans_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c.is_alphanumeric() {
                let mut end = at + c.len_utf8();
                while let Some(&(i, d)) = chars.peek() {
                    let inner = d == '\'' && text[i + 1..].chars().next().is_some_and(char::is_alphanumeric);
                    if d.is_alphanumeric() || inner {
                        end = i + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                if is_hyphen_prefix(&text[at..end]) && text[end..].starts_with('-') {
                    let rest: usize = text[end + 1..]
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .map(char::len_utf8)
                        .sum();
                    if rest > 0 {
                        end = end + 1 + rest;
                        while chars.peek().is_some_and(|&(i, _)| i < end) {
                            chars.next();
                        }
                    }
                }
                out.push((at, end));
            } else if PUNCTUATION.iter().any(|p| p.starts_with(c)) {
                out.push((at, at + 1));
            }
        }
        out
    }

    #[test]
    fn the_byte_scan_cuts_where_the_char_scan_did() {
        let a = Analyzer::default();
        for text in [
            "",
            "The provider's co-operation; (a) de-crypt: en-\u{e9}t\u{e9}. Co-",
            "Straße Ünïcode’s 'quoted' x'y' x' 'y l'\u{e9}t\u{e9} cyberspace\n\n£5,000.50",
            "日本語のテキスト; ИНН-1 ‘a’ — b",
            "co-",
            "en-'x",
        ] {
            let mut got: Vec<(usize, usize)> = a.tokenize(text).iter().map(|t| (t.start, t.end)).collect();
            got.dedup();
            assert_eq!(got, spans_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn word_boundaries() {
        assert!(concepts(&["key"], "keystone").is_empty());
        assert!(concepts(&["art"], "the party").is_empty());
    }
}

//! Tokens, stems and concepts.
//!
//! Text is cut into word and punctuation tokens (Unicode word boundaries);
//! each word is lower-cased, British spellings are folded to one form
//! ("authorisation" and "authorization" meet), and the word is stemmed with
//! the Snowball English stemmer. A [`Lexicon`] maps multi-word phrases to
//! concepts and finds every concept of a text in one pass of an Aho-Corasick
//! automaton over the stems, so "decrypted", "decryption" and "render
//! intelligible" can all reach the same concept.
//!
//! Phrase syntax: words separated by spaces, each matched by its stem; a
//! word starting with `=`
//! matches that word only, not its stem-mates ("=criminalise" is not
//! "criminal", which has the same Snowball stem).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

/// One token of a normalised text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
    /// Lower-cased, spelling-folded word; the punctuation char itself for
    /// punctuation tokens.
    pub word: String,
    /// Snowball stem (empty for punctuation).
    pub stem: String,
    pub is_word: bool,
}

/// Punctuation that matters to the engine (scope and sentence structure).
fn is_kept_punct(s: &str) -> bool {
    matches!(s, ";" | "," | ":" | "." | "(" | ")" | "\n")
}

/// Words ending in "-ise" that are not British "-ize" spellings.
const ISE_WORDS: &[&str] = &[
    "exercise", "otherwise", "comprise", "promise", "raise", "advise", "precise", "concise",
    "expertise", "premise", "surprise", "enterprise", "franchise", "devise", "revise",
    "supervise", "merchandise", "compromise", "noise", "wise", "rise", "arise", "disguise",
    "demise", "televise", "improvise", "excise", "chastise", "despise", "incise", "praise",
    "cruise", "bruise", "poise", "likewise", "clockwise", "treatise", "paradise", "reprise",
    "apprise", "circumcise", "anise", "raise", "appraise", "franchise", "vise",
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

/// The tokenizer and stemmer shared by texts and lexicon phrases.
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer { stemmer: Stemmer::create(Algorithm::English) }
    }
}

impl Analyzer {
    /// Stem one lower-cased word.
    pub fn stem(&self, word: &str) -> String {
        let folded = fold_spelling(word);
        self.stemmer.stem(&folded).into_owned()
    }

    /// Cut `text` into tokens.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 5);
        for (at, piece) in text.split_word_bound_indices() {
            if piece.chars().any(char::is_alphanumeric) {
                let lower = piece.to_lowercase();
                let lower = lower.trim_matches('\'').to_owned();
                // "provider's" → "provider"
                let lower = lower.strip_suffix("'s").map(str::to_owned).unwrap_or(lower);
                // Fold the spelling once; the folded form may hold a space
                // ("cyberspace" → "cyber space"), which splits the token.
                let folded = fold_spelling(&lower).into_owned();
                let parts: Vec<&str> = folded.split(' ').collect();
                for part in parts {
                    let stem = self.stemmer.stem(part).into_owned();
                    out.push(Token {
                        start: at,
                        end: at + piece.len(),
                        word: part.to_owned(),
                        stem,
                        is_word: true,
                    });
                }
            } else if is_kept_punct(piece) {
                out.push(Token {
                    start: at,
                    end: at + piece.len(),
                    word: piece.to_owned(),
                    stem: String::new(),
                    is_word: false,
                });
            }
        }
        out
    }
}

/// A concept found in a text: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub concept: usize,
    pub first: usize,
    pub last: usize,
}

/// Compiled phrases → concepts.
pub struct Lexicon {
    ac: Option<AhoCorasick>,
    /// Words matched exactly (written `=word`), spelling-folded.
    exact: std::collections::HashSet<String>,
    /// Per pattern: (concept index, number of words).
    patterns: Vec<(usize, usize)>,
}

impl Lexicon {
    /// Compile `phrases` (concept index, phrase). Returns the phrases that
    /// hold no word at all as errors (index into `phrases`).
    pub fn compile(analyzer: &Analyzer, phrases: &[(usize, String)]) -> Result<Self, Vec<usize>> {
        let mut pats = Vec::with_capacity(phrases.len());
        let mut patterns = Vec::with_capacity(phrases.len());
        let mut bad = Vec::new();
        let exact: std::collections::HashSet<String> = phrases
            .iter()
            .flat_map(|(_, p)| p.split_whitespace())
            .filter_map(|w| w.strip_prefix('='))
            .map(|w| fold_spelling(&w.to_lowercase()).into_owned())
            .collect();
        for (i, (concept, phrase)) in phrases.iter().enumerate() {
            let mut pat = String::from(" ");
            let mut n = 0;
            for w in phrase.split(|c: char| c.is_whitespace() || c == '-') {
                if w.is_empty() {
                    continue;
                }
                if let Some(w) = w.strip_prefix('=') {
                    if n > 0 {
                        pat.push(' ');
                    }
                    pat.push('=');
                    pat.push_str(&fold_spelling(&w.to_lowercase()));
                    n += 1;
                    continue;
                }
                let lower = w.to_lowercase();
                // Tokenize the word so that "e-mail" or "ICT's" fold the same way.
                for t in analyzer.tokenize(&lower).iter().filter(|t| t.is_word) {
                    if n > 0 {
                        pat.push(' ');
                    }
                    pat.push_str(&t.stem);
                    n += 1;
                }
            }
            if n == 0 {
                bad.push(i);
                continue;
            }
            pat.push(' ');
            pats.push(pat);
            patterns.push((*concept, n));
        }
        if !bad.is_empty() {
            return Err(bad);
        }
        let ac = if pats.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&pats)
                    .map_err(|_| Vec::<usize>::new())?,
            )
        };
        Ok(Lexicon { ac, exact, patterns })
    }

    /// Every concept hit in `tokens`, sorted by position.
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        let Some(ac) = &self.ac else { return Vec::new() };
        // The stem string: " s1 s2 s3 " over word tokens only.
        let mut stems = String::with_capacity(tokens.len() * 7 + 2);
        let mut word_at: Vec<(usize, usize)> = Vec::with_capacity(tokens.len());
        stems.push(' ');
        for (ti, t) in tokens.iter().enumerate().filter(|(_, t)| t.is_word) {
            word_at.push((stems.len(), ti));
            if !self.exact.is_empty() && self.exact.contains(&t.word) {
                stems.push('=');
                stems.push_str(&t.word);
            } else {
                stems.push_str(&t.stem);
            }
            stems.push(' ');
        }
        let mut hits = Vec::new();
        for m in ac.find_overlapping_iter(&stems) {
            let (concept, n) = self.patterns[m.pattern().as_usize()];
            let first_word = match word_at.binary_search_by_key(&(m.start() + 1), |&(p, _)| p) {
                Ok(i) => i,
                Err(_) => continue,
            };
            let Some(&(_, first)) = word_at.get(first_word) else { continue };
            let Some(&(_, last)) = word_at.get(first_word + n - 1) else { continue };
            hits.push(Hit { concept, first, last });
        }
        hits.sort_by_key(|h| (h.first, h.last, h.concept));
        hits.dedup();
        hits
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
        assert_eq!(concepts(&["judicial authorisation"], "prior judicial authorization"), vec![0]);
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
    fn word_boundaries() {
        assert!(concepts(&["key"], "keystone").is_empty());
        assert!(concepts(&["art"], "the party").is_empty());
    }
}

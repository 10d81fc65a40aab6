//! The frame of each sentence: negation scope, modality, duty-bearer.
//!
//! Keyword counting reads "shall not require backdoors" as a backdoor mandate.
//! This module gives every token a polarity instead:
//!
//! - a *broad* negator ("not", "no", "nothing", "none", "never", "nor",
//!   "refrain", "prohibit", "preclude") opens a scope that runs to the end of
//!   the sentence or to a scope breaker: ";", "except", "unless", "save where",
//!   "however", "but", "provided that", or "and"/"or" before a new modal verb
//!   ("... shall not be admitted and shall report ...");
//! - a *narrow* negator ("without") covers the next few words up to a comma;
//! - fixed phrases that only look negative are not negators: "not exceeding",
//!   "no later than", "not less than", "without prejudice to", "without
//!   right", "without delay", "including but not limited to";
//! - nested scopes count by parity: "shall not disclose data without a court
//!   order" leaves "court order" affirmed;
//! - a negated verb of savings keeps its object: "shall not affect the
//!   obligations under other treaties" affirms those obligations.
//!
//! A hit negated before an exception ("no State Party shall require
//! decryption, except where ...") is marked *reopened*: the exception lets
//! the negated thing back in.

use crate::lexicon::Token;
use serde::Serialize;
use std::ops::Range;

/// The strength of a sentence's main verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// "shall", "must": an obligation.
    Shall,
    /// "shall endeavour", "shall strive", "shall seek to".
    Endeavour,
    /// "shall consider", "are encouraged to", "should".
    Consider,
    /// "may", "is entitled to": a permission.
    May,
    /// No modal verb: a statement ("This Convention does not apply ...").
    Statement,
}

/// The frame of one sentence.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Token range of the sentence.
    pub tokens: Range<usize>,
    pub modality: Modality,
    /// Index of the first modal token, if any.
    pub modal_at: Option<usize>,
    /// Whether the sentence restricts with "only" / "exclusively" / "solely".
    pub restrictive: bool,
}

const FIXED_NOT_NEGATION: &[&[&str]] = &[
    &["not", "exceed"],
    &["not", "exceeding"],
    &["not", "to", "exceed"],
    &["not", "more", "than"],
    &["not", "less", "than"],
    &["not", "later", "than"],
    &["not", "earlier", "than"],
    &["not", "fewer", "than"],
    &["no", "later", "than"],
    &["no", "longer", "than"],
    &["not", "longer", "than"],
    &["no", "more", "than"],
    &["no", "less", "than"],
    &["no", "fewer", "than"],
    &["not", "only"],
    &["not", "limited", "to"],
    &["whether", "or", "not"],
    &["if", "not"],
    &["without", "prejudice"],
    &["without", "right"],
    &["without", "delay"],
    &["without", "undue", "delay"],
    &["without", "further", "delay"],
    &["not", "withstanding"],
];

/// Passive predicates that ban their subject: "X shall be prohibited",
/// "Paragraph 2 shall be deleted".
const BANNING: &[&str] = &[
    "prohibited",
    "banned",
    "forbidden",
    "outlawed",
    "unlawful",
    "illegal",
    "deleted",
];

/// Verbs that carry a negation into the predicate ("shall not", "is not",
/// "does not"): a "not" after any other word may open a relative clause.
const AUXILIARIES: &[&str] = &[
    "shall", "may", "must", "will", "would", "should", "can", "could", "might", "is", "are", "was", "were", "be",
    "been", "being", "do", "does", "did", "has", "have", "had", "need", "or", "and", "but", "if", "whether",
];

/// Predicates that, negated, deny their subject: "X shall not be required",
/// "is not necessary", "shall not apply", and the passives of the acts the
/// principles are about ("keys are not disclosed").
const DENIED_WHEN_NEGATED: &[&str] = &[
    "required",
    "needed",
    "necessary",
    "mandatory",
    "obligatory",
    "compulsory",
    "requisite",
    "apply",
    "disclosed",
    "decrypted",
    "retained",
    "intercepted",
    "weakened",
    "removed",
    "blocked",
    "monitored",
    "transferred",
    "shared",
    // Who may take part: "non-governmental entities shall not be eligible
    // to receive assistance" shuts them out.
    "eligible",
    "entitled",
    "permitted",
    "allowed",
];

fn words_at<'a>(tokens: &'a [Token], i: usize, n: usize) -> impl Iterator<Item = &'a str> + 'a {
    tokens[i..].iter().filter(|t| t.is_word).take(n).map(|t| t.w())
}

fn starts_fixed_phrase(tokens: &[Token], i: usize) -> usize {
    if !matches!(tokens[i].w(), "not" | "no" | "without" | "whether" | "if") {
        return 0;
    }
    for phrase in FIXED_NOT_NEGATION {
        if words_at(tokens, i, phrase.len()).eq(phrase.iter().copied()) {
            return phrase.len();
        }
    }
    0
}

#[derive(Clone, Copy, PartialEq)]
enum Neg {
    Broad,
    /// Words still covered.
    Narrow(u8),
}

/// The negator starting at token `i`, if any; `in_negation` tells whether
/// the context is already negated.
fn negator(tokens: &[Token], i: usize, in_negation: bool) -> Option<Neg> {
    let w = tokens[i].w();
    // A reduced relative clause negates its noun phrase only: "other
    // entities not falling within the scope of this Directive are able to
    // exchange …" (the exchange is affirmed).
    if w == "not"
        && i > 0
        && tokens[i - 1].is_word
        && !AUXILIARIES.contains(&tokens[i - 1].w())
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word && t.w().len() > 4 && t.w().ends_with("ing"))
    {
        return Some(Neg::Narrow(9));
    }
    Some(match w {
        "not" | "no" | "nothing" | "none" | "never" | "neither" | "nor" | "cannot" | "refrain" | "refrains"
        | "refraining" | "refrained" | "preclude" | "precludes" | "precluded" | "n't" => Neg::Broad,
        // Resolutions denounce what they oppose: "Condemns unequivocally
        // measures to … disrupt access to information online".
        "condemns" | "condemn" | "condemning" | "deplores" | "deplore" => Neg::Broad,
        "without" => Neg::Narrow(12),
        // A prefix negates a measure it is written on: "the non-suspension
        // of their internet connection" ("non-governmental", "non-consensual"
        // name things and stay as they are).
        "non"
            if tokens.get(i + 1).is_some_and(|t| {
                t.start <= tokens[i].end + 1
                    && matches!(
                        t.w(),
                        "suspension"
                            | "interruption"
                            | "disconnection"
                            | "blocking"
                            | "disclosure"
                            | "retention"
                            | "interception"
                    )
            }) =>
        {
            Neg::Narrow(2)
        }
        // Verbs of obstruction negate their object: "does not impede
        // access to data in plaintext" affirms plaintext access.
        "impede" | "impedes" | "hinder" | "hinders" | "obstruct" | "obstructs" => Neg::Broad,
        "obstacle" => Neg::Narrow(4),
        // "limiting the right of any person to use encryption".
        "limiting" | "restricting" => Neg::Narrow(9),
        // "complement, rather than supersede", "as opposed to conflict with".
        "rather" if tokens.get(i + 1).is_some_and(|t| t.w() == "than") => Neg::Narrow(6),
        "opposed" if i > 0 && tokens[i - 1].w() == "as" => Neg::Narrow(6),
        // Refusal is negative in meaning: "shall not be a ground for
        // refusing transfer" affirms the transfer.
        "refusing" | "refusal" | "delaying" | "decline" | "declines" | "declined" | "declining" | "refuse"
        | "refuses" | "refused" => Neg::Narrow(4),
        _ if w.starts_with("prohibit") || w.starts_with("forbid") => Neg::Broad,
        // "exempt from any obligation to decrypt".
        "exempt" | "exempted" | "exempts" => Neg::Broad,
        // "It shall be unlawful for any authority to compel …" (but not the
        // offence "unlawful access").
        "unlawful" | "illegal"
            if i > 0
                && matches!(tokens[i - 1].w(), "be" | "is" | "are")
                && tokens.get(i + 1).is_some_and(|t| t.w() == "for") =>
        {
            Neg::Broad
        }
        // "Nothing … shall prevent a State Party from requiring …" negates
        // what it is prevented from. Only under a negation: "prevent
        // persons in its territory from committing offences" is a duty to
        // act, and the lexicon reads it as one.
        // A savings clause keeps what it names: "shall not affect the
        // obligations under treaties on mutual legal assistance", "Nothing
        // in this Convention shall prejudice the rights of …" affirm them.
        "affect" | "affects" | "prejudice" | "prejudices" | "derogate" | "derogates" | "impair" | "impairs"
        | "diminish" | "diminishes"
            if in_negation =>
        {
            Neg::Broad
        }
        "prevent" | "prevents" | "preventing"
            if in_negation
                && tokens[i + 1..]
                    .iter()
                    .filter(|t| t.is_word)
                    .take(6)
                    .any(|t| t.w() == "from") =>
        {
            Neg::Broad
        }
        _ => return None,
    })
}

/// Open a negation scope. Broad scopes end only all together (at a breaker
/// or a clause's main verb) and only their parity counts, so two broad
/// scopes right under a third one on top cancel: every token reads the same,
/// and the stack stays short however many negators follow each other
/// ("not not not …" would make each word cost the whole stack).
fn push_scope(scopes: &mut Vec<Neg>, neg: Neg) {
    if neg == Neg::Broad && scopes.len() >= 2 && scopes[scopes.len() - 2..] == [Neg::Broad, Neg::Broad] {
        scopes.pop();
    } else {
        scopes.push(neg);
    }
}

/// Is the "where"/"when" at `i` the mental element of an offence ("when
/// committed intentionally and without right", "where done knowingly")
/// rather than a condition? It qualifies the conduct; it states no
/// hypothesis.
fn mental_element_after(tokens: &[Token], i: usize) -> bool {
    tokens[i + 1..].iter().filter(|t| t.is_word).take(2).any(|t| {
        matches!(
            t.w(),
            "committed"
                | "done"
                | "performed"
                | "intentionally"
                | "knowingly"
                | "wilfully"
                | "willfully"
                | "deliberately"
                | "recklessly"
        )
    })
}

fn is_modal(w: &str) -> bool {
    matches!(w, "shall" | "may" | "must" | "should" | "will" | "can")
}

/// Does a new clause start after the comma at token `i` (", and …",
/// ", but …", ", whereas …")? Its subject then starts there.
fn new_clause_after(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| matches!(t.w(), "and" | "or" | "but" | "whereas" | "while" | "which" | "whose"))
}

/// Does a scope breaker start at token `i`? ("except", "unless", ";", ...)
/// Returns true also for exceptions, with `exception` set. `modal_seen`:
/// the sentence already has its modal verb, so ", and … shall" starts a new
/// clause (before it, ", or other specified person shall disclose" is still
/// the list of the subject's nouns).
fn breaker(tokens: &[Token], i: usize, modal_seen: bool) -> Option<bool> {
    let t = &tokens[i];
    if !t.is_word {
        return (t.w() == ";").then_some(false);
    }
    let next = tokens[i + 1..].iter().find(|t| t.is_word).map(|t| t.w());
    match t.w() {
        "except" | "unless" | "excepting" => Some(true),
        "save" if matches!(next, Some("where" | "when" | "as" | "in" | "for")) => Some(true),
        "other" | "otherwise" if next == Some("than") => Some(true),
        "however" | "whereas" => Some(false),
        "but" if next != Some("not") => Some(false),
        "provided" if next == Some("that") => Some(false),
        "and" | "or" if next.is_some_and(|w| is_modal(w) || matches!(w, "no" | "nothing" | "none")) => Some(false),
        // ", and a requested State Party shall …": a new clause with its own
        // subject and modal verb (not a list item) ends the scope.
        "and" | "or"
            if modal_seen
                && i > 0
                && tokens[i - 1].w() == ","
                && tokens[i + 1..]
                    .iter()
                    .take_while(|t| t.is_word)
                    .take(10)
                    .any(|t| matches!(t.w(), "shall" | "may" | "must")) =>
        {
            Some(false)
        }
        // A non-restrictive relative clause is a new predication:
        // "does not establish standards, which shall be subject to ...".
        "which" | "who"
            if i > 0
                && tokens[i - 1].w() == ","
                && tokens[i + 1..]
                    .iter()
                    .filter(|t| t.is_word)
                    .take(2)
                    .any(|t| is_modal(&t.word)) =>
        {
            Some(false)
        }
        _ => None,
    }
}

/// Polarity of every token, and the frame of every sentence.
pub struct Frames {
    pub frames: Vec<Frame>,
    /// `negated[t]`: token `t` lies in an odd number of negation scopes.
    pub negated: Vec<bool>,
    /// `reopened[t]`: token `t` is negated and an exception follows it in the
    /// same sentence.
    pub reopened: Vec<bool>,
    /// `reopening[t]`: token `t` lies in an exception that re-opens a
    /// negation of its sentence ("shall not be responsible for decrypting …,
    /// unless the carrier possesses the information necessary to decrypt"):
    /// what it affirms is the re-opened harm, not a new provision.
    pub reopening: Vec<bool>,
    /// Sentence index of each token.
    pub sentence_of: Vec<usize>,
    /// `conditional[t]`: token `t` lies in a sentence-initial condition
    /// ("If a State Party does not extradite ..., it shall ..."): it states
    /// a hypothesis, not a provision.
    pub conditional: Vec<bool>,
}

/// Compute frames for `tokens`, cut into `sentences` (token ranges).
pub fn frames(tokens: &[Token], sentences: &[Range<usize>]) -> Frames {
    let mut negated = vec![false; tokens.len()];
    let mut reopened = vec![false; tokens.len()];
    let mut reopening = vec![false; tokens.len()];
    let mut sentence_of = vec![0; tokens.len()];
    let mut in_condition = vec![false; tokens.len()];
    let mut frames = Vec::with_capacity(sentences.len());
    for (si, range) in sentences.iter().enumerate() {
        let mut scopes: Vec<Neg> = Vec::new();
        let mut skip = 0usize;
        let mut negated_since_break: Vec<usize> = Vec::new();
        let mut modal_at = None;
        let mut restrictive = false;
        // A sentence opening with a condition ("If consensus cannot be
        // reached, ...", "Where a State declines to ...,"): a negation inside
        // the condition ends at its comma.
        let mut conditional = tokens[range.clone()]
            .iter()
            .position(|t| t.is_word && !is_numbering(&t.word))
            .map(|p| range.start + p)
            .is_some_and(|at| {
                matches!(tokens[at].w(), "if" | "where" | "when" | "whenever" | "should" | "once")
                    && !mental_element_after(tokens, at)
            });
        // Scopes opened before the first modal by "not" (as in a relative
        // clause: "organisations that are not accredited may participate")
        // close at the modal; "No State Party shall", "Nothing ... shall"
        // negate the whole predicate and stay open.
        let mut pre_modal_closable = false;
        let mut cond_saved: Option<Vec<Neg>> = None;
        let mut hypothesis = false;
        for i in range.clone() {
            sentence_of[i] = si;
            in_condition[i] = conditional;
            let t = &tokens[i];
            if t.is_word && modal_at.is_none() && is_modal(&t.word) {
                modal_at = Some(i);
                if pre_modal_closable {
                    scopes.clear();
                    negated_since_break.clear();
                }
            }
            if t.is_word && matches!(t.w(), "only" | "exclusively" | "solely") {
                restrictive = true;
            }
            if skip > 0 {
                if t.is_word {
                    skip -= 1;
                }
                negated[i] = scopes.len() % 2 == 1;
                continue;
            }
            if let Some(exception) = breaker(tokens, i, modal_at.is_some_and(|m| m < i)) {
                if exception {
                    for &j in &negated_since_break {
                        reopened[j] = true;
                    }
                    if !negated_since_break.is_empty() {
                        for r in &mut reopening[i..range.end] {
                            *r = true;
                        }
                    }
                }
                negated_since_break.clear();
                scopes.clear();
                continue;
            }
            if t.w() == "," {
                scopes.retain(|s| *s == Neg::Broad);
                if conditional {
                    // The condition ends: its negations end with it.
                    scopes = cond_saved.take().unwrap_or_default();
                    conditional = false;
                }
            }
            // An "if" clause inside a negated sentence states a hypothesis,
            // which the main clause's negation does not reach: "Nothing …
            // shall oblige a State to assist if the request is made for
            // political reasons", "shall not extradite if the person would
            // face torture". It runs to the end of the sentence or a scope
            // breaker (its own commas, in a list, do not end it).
            if t.w() == "if"
                && i > 0
                && tokens[i - 1].w() != ","
                && !conditional
                && !hypothesis
                && scopes.len() % 2 == 1
            {
                hypothesis = true;
                scopes.clear();
                negated_since_break.clear();
            }
            // A condition in mid-sentence (", where no such agreements exist,",
            // "; if no consensus is reached,") runs to the next comma.
            // "; once that is no longer the case, the person shall be informed"
            if matches!(t.w(), "where" | "if" | "once")
                && i > 0
                && matches!(tokens[i - 1].w(), "," | ";")
                && !conditional
                && !mental_element_after(tokens, i)
            {
                cond_saved = Some(scopes.clone());
                conditional = true;
            }
            if t.is_word {
                let n = starts_fixed_phrase(tokens, i);
                if n > 0 {
                    skip = n - 1;
                    negated[i] = scopes.len() % 2 == 1;
                    continue;
                }
                // Narrow scopes count down the words they cover.
                for s in &mut scopes {
                    if let Neg::Narrow(k) = s {
                        *k = k.saturating_sub(1);
                    }
                }
                scopes.retain(|s| *s != Neg::Narrow(0));
                if let Some(neg) = negator(tokens, i, scopes.len() % 2 == 1) {
                    // A negator carries the polarity of its context, so a
                    // phrase that starts with one ("without limitation")
                    // is read as its context reads it.
                    negated[i] = scopes.len() % 2 == 1;
                    // "nor" continues a negation rather than doubling it,
                    // and so does a second narrow negator inside a narrow
                    // scope ("refusing or delaying such transfer").
                    let odd = scopes.len() % 2 == 1;
                    if modal_at.is_none() {
                        pre_modal_closable = !matches!(t.w(), "no" | "nothing" | "none" | "neither" | "nor" | "never");
                    }
                    match (neg, scopes.last_mut()) {
                        (Neg::Narrow(k), Some(top @ Neg::Narrow(_))) => *top = Neg::Narrow(k),
                        _ if t.w() == "nor" && odd => {}
                        _ => push_scope(&mut scopes, neg),
                    }
                    continue;
                }
            }
            negated[i] = scopes.len() % 2 == 1;
            if negated[i] {
                negated_since_break.push(i);
            }
        }
        // A predicate that denies its subject negates it, back to the start
        // of its clause: "The use of X shall be prohibited", "Prior judicial
        // authorisation shall not be required", "Decryption is not
        // necessary", "Consent need not be obtained", "The obligation to
        // decrypt shall not apply to …", and the passive of the acts the
        // principles are about ("keys are not disclosed"). (The "not"
        // itself already negates what follows it.)
        let mut clause_start = range.start;
        for m in range.clone() {
            let w = tokens[m].w();
            if w == ";" || (w == "," && new_clause_after(tokens, m)) {
                clause_start = m + 1;
                continue;
            }
            if !matches!(w, "shall" | "may" | "must" | "is" | "are" | "will" | "need") {
                continue;
            }
            let pred: Vec<&str> = words_at(tokens, m, 4).collect();
            let banned = pred.iter().skip(1).take(3).any(|w| BANNING.contains(w));
            let passive = pred.get(1) == Some(&"be") || matches!(w, "is" | "are");
            let not_needed = pred.get(1) == Some(&"not")
                && (w == "need" || pred.iter().skip(2).take(2).any(|w| DENIED_WHEN_NEGATED.contains(w)));
            if (banned && passive) || not_needed {
                for n in &mut negated[clause_start..m] {
                    *n = !*n;
                }
                clause_start = m + 1;
            }
        }
        let modality = modality_of(tokens, modal_at, range);
        frames.push(Frame {
            tokens: range.clone(),
            modality,
            modal_at,
            restrictive,
        });
    }
    Frames {
        frames,
        negated,
        reopened,
        reopening,
        sentence_of,
        conditional: in_condition,
    }
}

/// "1", "iv", "a": paragraph and item numbers.
fn is_numbering(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) || (w.len() <= 4 && w.chars().all(|c| "ivxl".contains(c))) || w.len() == 1
}

fn modality_of(tokens: &[Token], modal_at: Option<usize>, range: &Range<usize>) -> Modality {
    let Some(m) = modal_at else {
        let encouraged = tokens[range.clone()]
            .iter()
            .any(|t| t.w() == "encouraged" || t.w() == "encourage");
        return if encouraged {
            Modality::Consider
        } else {
            Modality::Statement
        };
    };
    let next: Vec<&str> = words_at(tokens, m + 1, 3).collect();
    match tokens[m].w() {
        "may" | "can" => Modality::May,
        "should" => Modality::Consider,
        _ => {
            if next
                .iter()
                .any(|w| matches!(*w, "endeavour" | "endeavor" | "strive" | "seek"))
            {
                Modality::Endeavour
            } else if next.iter().any(|w| matches!(*w, "consider" | "encourage")) {
                Modality::Consider
            } else {
                Modality::Shall
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Analyzer;

    fn polarity(text: &str) -> Vec<(String, bool)> {
        let toks = Analyzer::default().tokenize(text);
        let all = std::iter::once(0..toks.len()).collect::<Vec<_>>();
        let f = frames(&toks, &all);
        toks.iter()
            .zip(f.negated)
            .filter(|(t, _)| t.is_word)
            .map(|(t, n)| (t.w().to_owned(), n))
            .collect()
    }

    fn neg(text: &str, word: &str) -> bool {
        polarity(text).into_iter().find(|(w, _)| w == word).unwrap().1
    }

    #[test]
    fn a_negation_in_a_once_clause_ends_at_its_comma() {
        let t = "Orders shall be kept confidential for as long as needed; once that is no longer the case, the person shall be informed.";
        assert!(neg(t, "longer") && !neg(t, "informed"));
        assert!(!neg(
            "Once that is no longer the case, the person shall be informed.",
            "informed"
        ));
    }

    #[test]
    fn the_mental_element_of_an_offence_is_not_a_condition() {
        let toks = Analyzer::default()
            .tokenize("Where committed intentionally and without right, the damaging of data shall be an offence.");
        let f = frames(&toks, std::slice::from_ref(&(0..toks.len())));
        assert!(f.conditional.iter().all(|&c| !c));
        let toks = Analyzer::default().tokenize("Where a State declines to extradite, it shall prosecute.");
        let f = frames(&toks, std::slice::from_ref(&(0..toks.len())));
        assert!(f.conditional[1]);
    }

    #[test]
    fn a_prefix_a_denunciation_or_an_exclusion_negates() {
        // "non-" on a measure, but not on the name of an actor.
        let t = "States shall guarantee the non-suspension of internet connections.";
        assert!(neg(t, "suspension") && !neg(t, "internet"));
        assert!(!neg("Non-governmental organisations may attend.", "governmental"));
        // A resolution's "condemns" covers what it condemns.
        assert!(neg(
            "Condemns measures to disrupt access to information online.",
            "disrupt"
        ));
        // A treaty is denounced by a notification, which stays affirmed.
        assert!(!neg(
            "Any Party may denounce this Convention by means of a notification.",
            "notification"
        ));
        // Shut out as a predicate: the subject is denied.
        assert!(neg(
            "Non-governmental entities shall not be eligible to receive assistance.",
            "entities"
        ));
    }

    #[test]
    fn a_negated_relative_clause_covers_its_noun_phrase_only() {
        let t = "Entities not falling within the scope of this Directive are able to exchange information.";
        assert!(neg(t, "falling") && !neg(t, "exchange"));
        // After an auxiliary the negation is the predicate's.
        assert!(neg("Providers are not sharing information on threats.", "information"));
    }

    #[test]
    fn a_list_of_subjects_before_the_modal_is_not_a_new_clause() {
        let t = "No provider, officer, employee, or other specified person shall disclose the existence of any interception.";
        assert!(neg(t, "existence"));
        // After the modal, ", and … shall" is a new clause.
        let t = "No State Party shall intercept communications, and each State Party shall report on its measures.";
        assert!(neg(t, "intercept") && !neg(t, "report"));
    }

    #[test]
    fn a_savings_clause_keeps_what_it_names() {
        let t = "This Agreement shall not affect the obligations arising from treaties on mutual legal assistance.";
        assert!(neg(t, "affect") && !neg(t, "assistance"));
        let t = "Nothing in this Convention shall prejudice the right to privacy.";
        assert!(!neg(t, "privacy"));
        // Without a negation "affect" is an ordinary verb.
        assert!(!neg("Such measures affect encryption.", "encryption"));
    }

    #[test]
    fn a_subject_said_not_to_be_required_is_negated() {
        let t = "Prior judicial approval shall not be required";
        assert!(neg(t, "approval") && neg(t, "required"));
        assert!(neg("Decryption is not necessary", "decryption"));
        assert!(neg("Consent need not be obtained", "consent"));
        // Only its own clause: the power before ", and" stays affirmed.
        let t = "Authorities may intercept data, and a warrant shall not be required";
        assert!(!neg(t, "intercept") && neg(t, "warrant"));
        // A required subject is affirmed.
        assert!(!neg("Prior judicial approval shall be required", "approval"));
    }

    #[test]
    fn exemption_extraposition_and_prevention_negate() {
        assert!(neg(
            "Providers shall be exempt from any obligation to decrypt data",
            "decrypt"
        ));
        assert!(neg(
            "It shall be unlawful for any authority to compel decryption",
            "decryption"
        ));
        // The offence "unlawful access" is not a negation.
        assert!(!neg("the unlawful access to a computer system", "access"));
        // Double negation: "Nothing … shall prevent X from requiring …".
        assert!(!neg(
            "Nothing shall prevent a State from requiring decryption",
            "decryption"
        ));
        assert!(!neg("measures to prevent the commission of offences", "commission"));
        assert!(!neg(
            "measures to prevent persons from committing offences",
            "committing"
        ));
        assert!(neg(
            "The obligation to decrypt shall not apply to such services",
            "decrypt"
        ));
        assert!(neg("Each State shall ensure that keys are not disclosed", "keys"));
        assert!(neg("Paragraph 2 on decryption shall be deleted", "decryption"));
    }

    #[test]
    fn an_if_clause_is_not_reached_by_the_main_negation() {
        let t = "States shall not extradite a person if the person would face torture";
        assert!(neg(t, "extradite") && !neg(t, "torture"));
        let t =
            "No State shall assist if the request is political, racist or religious, and no State shall disclose data";
        assert!(!neg(t, "religious") && neg(t, "disclose"));
    }

    #[test]
    fn refusal_verbs_negate_what_is_refused() {
        let t = "The requested State shall not decline to render mutual legal assistance";
        assert!(!neg(t, "render") && !neg(t, "mutual"));
        assert!(neg("A State may refuse assistance", "assistance"));
    }

    #[test]
    fn shall_not_negates_what_follows() {
        assert!(neg("States shall not require decryption", "decryption"));
        assert!(!neg("States shall require decryption", "decryption"));
    }

    #[test]
    fn nothing_shall_be_interpreted_as_requiring() {
        let t = "Nothing in this Convention shall be interpreted as requiring providers to introduce back doors";
        assert!(neg(t, "back"));
    }

    #[test]
    fn except_reopens() {
        let t = "Authorities shall not obtain content except pursuant to a warrant";
        assert!(neg(t, "obtain"));
        assert!(!neg(t, "warrant"));
    }

    #[test]
    fn fixed_phrases_are_not_negation() {
        assert!(!neg("for a period not exceeding thirty days", "thirty"));
        assert!(!neg("without prejudice to the rights", "rights"));
        assert!(!neg("intercepting without right computer data", "computer"));
    }

    #[test]
    fn without_is_narrow_and_parity_counts() {
        assert!(neg(
            "intercept data without judicial authorisation, and record it",
            "judicial"
        ));
        assert!(!neg(
            "intercept data without judicial authorisation, and record it",
            "record"
        ));
        assert!(!neg("shall not disclose data without a court order", "court"));
    }

    #[test]
    fn negation_in_a_condition_ends_at_its_comma() {
        let t = "If consensus cannot be reached, the Conference may adopt it by a vote";
        assert!(neg(t, "reached"));
        assert!(!neg(t, "vote"));
    }

    #[test]
    fn refusal_is_negative() {
        let t = "Intellectual property shall not be a ground for refusing or delaying such transfer";
        assert!(!neg(t, "transfer"));
    }

    #[test]
    fn negation_in_a_relative_clause_closes_at_the_main_verb() {
        let t = "Organisations that are not accredited may participate in the sessions";
        assert!(neg(t, "accredited"));
        assert!(!neg(t, "participate"));
        assert!(neg("No State Party shall participate", "participate"));
    }

    #[test]
    fn rather_than_negates() {
        let t = "should complement, rather than duplicate or supersede, the Budapest Convention";
        assert!(neg(t, "supersede"));
        assert!(!neg(t, "budapest"));
    }

    #[test]
    fn a_prohibition_in_the_predicate_negates_the_subject() {
        let t = "The use of encryption that cannot be decrypted shall be prohibited";
        assert!(neg(t, "encryption"));
        assert!(!neg(t, "decrypted"));
    }

    #[test]
    fn a_new_clause_after_a_comma_ends_the_scope() {
        let t = "None of the offences shall be political, and a requested State shall not refuse assistance";
        assert!(neg(t, "refuse"));
        let list = "shall not require decryption, keys, and the weakening of encryption";
        assert!(neg(list, "weakening"));
    }

    #[test]
    fn a_condition_in_mid_sentence_keeps_its_negation() {
        let t = "States may agree, and, where no such agreements exist, may use this Convention as the basis";
        assert!(neg(t, "agreements"));
        assert!(!neg(t, "basis"));
    }

    #[test]
    fn obstruction_verbs_negate() {
        let t = "providers shall ensure that their design does not impede access in plaintext";
        assert!(!neg(t, "plaintext"));
    }

    #[test]
    fn new_modal_clause_ends_scope() {
        let t = "Stakeholders shall not be admitted and shall publish reports";
        assert!(neg(t, "admitted"));
        assert!(!neg(t, "publish"));
    }
}

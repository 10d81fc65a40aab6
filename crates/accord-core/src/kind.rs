//! What kind of provision is this? (issue 8)
//!
//! An analyst reads a clause differently once they know what it does: in an
//! offence, "intercepts" names the conduct punished; in a procedural power it
//! is what the authorities may do. This module classifies each sentence from
//! the cue words of its main predicate, and a provision from its sentences.
//!
//! The cues are data ([`CUES`]), tried in priority order: the first kind
//! whose cue occurs in the sentence wins, so "shall establish as a criminal
//! offence … the interception" is an offence, not a power, and "Assistance
//! may be refused where …" is a refusal ground, not a cooperation mechanism.
//! A cue is a sequence of lower-cased word prefixes ("criminal offen" reaches
//! "offence" and "offences"); a cue starting with `^` must open the sentence
//! (preambles: "Recognizing that …").
//!
//! Invariant: the classification is a pure function of the words of one
//! sentence; it never changes a verdict (rules read it only through
//! `@kind-…` features, which no built-in rule needs yet).

use serde::Serialize;

/// The kind of a provision or sentence, reported as a snake_case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// "Recognizing that …", "The States Parties to this Convention, …".
    Preamble,
    /// An amendment instruction ("Replace “shall” with “may”", "Delete …").
    Amendment,
    /// "“Service provider” means …".
    Definition,
    /// Signature, ratification, entry into force, depositary, reservations,
    /// denunciation, languages, settlement of disputes.
    FinalClause,
    /// The Conference of the States Parties, secretariat, decisions and
    /// votes, observers, review mechanisms.
    Institution,
    /// Establishing criminal offences, penalties, liability of legal persons.
    Offence,
    /// Establishing jurisdiction.
    Jurisdiction,
    /// Grounds to refuse or postpone cooperation.
    RefusalGround,
    /// Conditions and safeguards on powers: authorisation, review, remedies.
    Safeguard,
    /// A power to search, seize, order, preserve, collect or intercept data.
    ProceduralPower,
    /// Mutual legal assistance, extradition, 24/7 networks, joint teams.
    Cooperation,
    /// Technical assistance, capacity building, training, information exchange.
    Assistance,
    /// Prevention, awareness, duties on industry and infrastructure.
    Prevention,
    /// Scope of application, relationship with other instruments, savings
    /// clauses ("Nothing in this Convention shall …", "without prejudice").
    Scope,
    /// None of the above.
    Other,
}

impl Kind {
    /// Every kind, in the order of the report's documentation.
    pub const ALL: &'static [Kind] = &[
        Kind::Preamble,
        Kind::Amendment,
        Kind::Definition,
        Kind::FinalClause,
        Kind::Institution,
        Kind::Offence,
        Kind::Jurisdiction,
        Kind::RefusalGround,
        Kind::Safeguard,
        Kind::ProceduralPower,
        Kind::Cooperation,
        Kind::Assistance,
        Kind::Prevention,
        Kind::Scope,
        Kind::Other,
    ];

    /// The snake_case id used in reports and in `@kind-…` rule features
    /// (with dashes there: `@kind-procedural-power`).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Preamble => "preamble",
            Kind::Amendment => "amendment",
            Kind::Definition => "definition",
            Kind::FinalClause => "final_clause",
            Kind::Institution => "institution",
            Kind::Offence => "offence",
            Kind::Jurisdiction => "jurisdiction",
            Kind::RefusalGround => "refusal_ground",
            Kind::Safeguard => "safeguard",
            Kind::ProceduralPower => "procedural_power",
            Kind::Cooperation => "cooperation",
            Kind::Assistance => "assistance",
            Kind::Prevention => "prevention",
            Kind::Scope => "scope",
            Kind::Other => "other",
        }
    }
}

/// Cue phrases per kind, in priority order (see the module doc).
pub const CUES: &[(Kind, &[&str])] = &[
    (
        Kind::Preamble,
        &[
            "^recogniz",
            "^recognis",
            "^noting",
            "^concerned",
            "^convinced",
            "^acknowledg",
            "^bearing in mind",
            "^desiring",
            "^reaffirm",
            "^considering",
            "^stressing",
            "^emphasiz",
            "^emphasis",
            "^mindful",
            "^determined",
            "^aware",
            "^the states parties to this convention",
            "^the parties to this",
            "^having regard",
        ],
    ),
    (
        Kind::Definition,
        &[
            "for the purposes of this",
            "shall mean",
            "refers to",
            "the term",
            "is defined",
        ],
    ),
    // A statement of purpose or application is a scope clause, whatever it
    // names ("to promote cooperation …").
    (
        Kind::Scope,
        &[
            "^the purposes of this",
            "^the purpose of this",
            "^this convention shall apply",
            "^nothing in this",
            "^this protocol shall apply",
            "^this chapter shall apply",
        ],
    ),
    (
        Kind::FinalClause,
        &[
            "open for signature",
            "signature",
            "ratification",
            "accession",
            "enter into force",
            "entry into force",
            "depositary",
            "denounce",
            "denunciation",
            "equally authentic",
            "reservation",
            "settlement of disput",
            "arbitration",
            "instrument of ratification",
            "withdraw from this",
        ],
    ),
    // Penalising a refusal to obey an order enforces the power that gave
    // the order ("A person who refuses to disclose a decryption key when
    // ordered to do so shall be liable to imprisonment").
    (
        Kind::ProceduralPower,
        &[
            "refuses to disclose",
            "refuses to comply",
            "fails to comply",
            "failure to comply",
            "fails to assist",
            "refuses to assist",
            "refuses to provide",
            "fails to provide",
            "who fails to",
            "who refuses to",
            "when ordered to",
            "when called upon",
        ],
    ),
    // Establishing jurisdiction over offences is jurisdiction, even when it
    // says where the offence is punishable.
    (
        Kind::Jurisdiction,
        &[
            "establish jurisdiction",
            "establish its jurisdiction",
            "to establish jurisdiction",
        ],
    ),
    // Empowering the authorities is a power even when it names the offences
    // it serves ("empower its competent authorities, in relation to offences
    // … punishable by imprisonment of at least four years, to collect …"):
    // the offence there is a threshold.
    (
        Kind::ProceduralPower,
        &[
            "empower its",
            "empower the",
            "empower their",
            "to empower",
            "enable its competent",
            "enable the competent",
            "enable its authorit",
            "confer upon its competent",
            "confer on its competent",
        ],
    ),
    (
        Kind::Offence,
        // The predicate that makes conduct an offence, not the noun alone:
        // "for the investigation of any criminal offence" is a threshold
        // on a power.
        &[
            "as a criminal offen",
            "as criminal offen",
            "is a criminal offen",
            "commits a criminal offen",
            "constitute a criminal offen",
            "constitutes a criminal offen",
            "constitute criminal offen",
            "it a criminal offen",
            "it is an offen",
            "it shall be an offen",
            "be a criminal offen",
            "criminal liability",
            "as an offen",
            "as offen",
            "criminaliz",
            "criminalis",
            "punishable",
            "guilty of",
            "commits an offen",
            "penalt",
            "sanctions",
            "imprisonment",
            "liability of legal persons",
            "a person must not",
            "no person shall",
            "whoever",
        ],
    ),
    (Kind::Jurisdiction, &["jurisdiction"]),
    (
        Kind::RefusalGround,
        &[
            "refus",
            "declin",
            "not be bound to",
            "not bound to",
            "not obliged to",
            "not be obliged to",
            "postpone",
            "grounds for",
        ],
    ),
    (
        Kind::Institution,
        &[
            "conference of the states parties",
            "conference of the parties",
            "secretariat",
            "rules of procedure",
            "observer",
            "by consensus",
            "majority",
            "vote",
            "review mechanism",
            "the mechanism",
            "committee",
            "bureau",
            "protocols may be adopted",
            "supplementary protocol",
            "amendments to this convention",
            "propose an amendment",
            "proposed amendment",
        ],
    ),
    (
        Kind::Safeguard,
        &[
            "safeguard",
            "judicial review",
            "independent review",
            "independent supervision",
            "effective remedy",
            "remedies",
            "proportionality",
            "notified of",
            "shall be informed",
            "oversight",
            "by a judge",
            "judicial",
            "issued only by",
            "authorised by",
            "authorized by",
            "maximum duration",
            "time limit",
        ],
    ),
    (
        Kind::ProceduralPower,
        &[
            "empower",
            "to order",
            "may order",
            "shall order",
            "search",
            "seiz",
            "intercept",
            "interception",
            "preserv",
            "production order",
            "to produce",
            "collect or record",
            "real time",
            "real-time",
            "warrant",
            "notice",
            "to disclose",
            "disclosure",
            "retain",
            "retention",
            "access to",
            "decrypt",
            "intelligible",
            "require service provider",
            "require providers",
            "oblige service provider",
        ],
    ),
    (
        Kind::Cooperation,
        &[
            "mutual legal assistance",
            "mutual assistance",
            "extradit",
            "24/7",
            "point of contact",
            "requesting state",
            "requested state",
            "requesting party",
            "requested party",
            "cooperat",
            "co-operat",
            "joint investigation",
            "request for",
        ],
    ),
    (
        Kind::Assistance,
        &[
            "technical assistance",
            "capacity building",
            "capacity-building",
            "training",
            "transfer of technology",
            "technology transfer",
            "exchange of information",
            "share information",
            "sharing of information",
            "best practices",
        ],
    ),
    (
        Kind::Prevention,
        &[
            "prevent",
            "awareness",
            "critical infrastructure",
            "critical information infrastructure",
            "incident",
            "security standards",
            "service providers shall",
            "operators shall",
            "providers shall",
            "victims",
        ],
    ),
    (
        Kind::Scope,
        &[
            "shall apply",
            "scope of application",
            "nothing in this",
            "without prejudice",
            "shall not affect",
            "does not affect",
            "not affect",
            "take precedence",
            "prevail",
            "in conformity with",
            "in accordance with international",
            "human rights",
            "sovereign equality",
            "territorial integrity",
        ],
    ),
];

/// The lower-cased words of a sentence, joined by single spaces, with a
/// leading and trailing space (so a cue matches at word starts).
fn normalised(sentence: &str) -> String {
    // One pass over the bytes: ASCII (nearly every byte) is classified and
    // lower-cased as a byte; any other char as the char it is. Words are
    // runs of alphanumerics, '/' and '-', each followed by one space.
    let mut out = String::with_capacity(sentence.len() + 2);
    out.push(' ');
    let bytes = sentence.as_bytes();
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (word_char, len) = if b.is_ascii() {
            let w = b.is_ascii_alphanumeric() || b == b'/' || b == b'-';
            if w {
                out.push(char::from(b.to_ascii_lowercase()));
            }
            (w, 1)
        } else {
            let c = sentence[i..].chars().next().unwrap_or(' ');
            let w = c.is_alphanumeric();
            if w {
                out.extend(c.to_lowercase());
            }
            (w, c.len_utf8())
        };
        if !word_char && in_word {
            out.push(' ');
        }
        in_word = word_char;
        i += len;
    }
    if in_word {
        out.push(' ');
    }
    out
}

#[cfg(test)]
/// What [`normalised`] gives, written as splitting words and joining them.
fn normalised_by_words(sentence: &str) -> String {
    let mut out = String::from(" ");
    for w in sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '/' || c == '-'))
        .filter(|w| !w.is_empty())
    {
        out.extend(w.chars().flat_map(char::to_lowercase));
        out.push(' ');
    }
    out
}

/// Words before "means" that make it a noun ("by technical means", "less
/// intrusive means"), not the verb of a definition ("“Service provider”
/// means …").
const NOT_DEFINING: &[&str] = &[
    "by",
    "the",
    "a",
    "any",
    "all",
    "other",
    "no",
    "appropriate",
    "technical",
    "such",
    "electronic",
    "lawful",
    "these",
    "those",
    "its",
    "their",
    "same",
    "similar",
    "legal",
    "reasonable",
    "effective",
    "peaceful",
];

/// Whether a "means" after `prev` (the word before it, lower-cased; `None`
/// at the start of a sentence) is the verb of a definition. Adjectives
/// ("intrusive", "lawful", "technical") make it the noun.
pub fn means_defines(prev: Option<&str>) -> bool {
    let Some(prev) = prev else { return true };
    !NOT_DEFINING.contains(&prev)
        && !["ive", "ful", "able", "ible", "ical", "ic", "ous", "less"]
            .iter()
            .any(|suffix| prev.len() > suffix.len() + 2 && prev.ends_with(suffix))
}

/// The kind of one sentence (amendment instructions are recognised by the
/// caller, which knows them; see [`crate::amend`]).
pub fn of_sentence(sentence: &str) -> Kind {
    let words = normalised(sentence);
    let mut prev: Option<&str> = None;
    let mut defines = false;
    for w in words.split(' ').filter(|w| !w.is_empty()) {
        if matches!(w, "means" | "mean") && means_defines(prev) {
            defines = true;
            break;
        }
        prev = Some(w);
    }
    // The first entry of CUES (in priority order) with a cue at a word
    // start: each word start looks up the cues beginning with its first
    // bytes, so a sentence costs one pass over its words, not one search
    // per cue.
    let index = cue_index();
    let definition = CUES
        .iter()
        .position(|(k, _)| *k == Kind::Definition)
        .unwrap_or(usize::MAX);
    let mut best = if defines { definition } else { usize::MAX };
    let bytes = words.as_bytes();
    for at in 1..words.len() {
        if bytes[at - 1] != b' ' || !words.is_char_boundary(at) {
            continue;
        }
        let Some(key) = bytes.get(at..at + KEY).map(pack) else {
            continue;
        };
        for &(entry, anchored, cue) in index.get(&key).map_or(&[][..], Vec::as_slice) {
            if entry < best && (!anchored || at == 1) && words[at..].starts_with(cue) {
                best = entry;
            }
        }
    }
    CUES.get(best).map_or(Kind::Other, |(k, _)| *k)
}

/// Bytes of a cue's start that key the index (every cue is longer).
const KEY: usize = 3;

type CueIndex = rustc_hash::FxHashMap<u32, Vec<(usize, bool, &'static str)>>;

/// The first [`KEY`] bytes as one integer (hashing it needs no string
/// comparison).
fn pack(b: &[u8]) -> u32 {
    u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16
}

/// Cues by their first [`KEY`] bytes: (entry of CUES, anchored, cue).
fn cue_index() -> &'static CueIndex {
    static INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = CueIndex::default();
        for (entry, (_, cues)) in CUES.iter().enumerate() {
            for cue in *cues {
                let (anchored, cue) = match cue.strip_prefix('^') {
                    Some(c) => (true, c),
                    None => (false, *cue),
                };
                index
                    .entry(pack(cue.as_bytes()))
                    .or_default()
                    .push((entry, anchored, cue));
            }
        }
        index
    })
}

/// The kind of a provision from its sentences' kinds: `amendment` when any
/// sentence is an amendment instruction, otherwise the kind of its first
/// sentence that has one (an article's first paragraph says what it does:
/// "1. Each State Party shall empower …" is a power, whatever safeguards
/// its later paragraphs add); `other` when none has one.
pub fn of_provision(sentences: &[Kind]) -> Kind {
    if sentences.contains(&Kind::Amendment) {
        return Kind::Amendment;
    }
    sentences
        .iter()
        .copied()
        .find(|&k| k != Kind::Other)
        .unwrap_or(Kind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_words_are_the_split_words_lower_cased() {
        for s in [
            "",
            " ",
            "Each State Party SHALL adopt/maintain co-operation; (a) data.",
            "“Service provider” means ÉTAT  İstanbul – Straße…½ x²",
            "tail-",
            "--//--",
        ] {
            assert_eq!(normalised(s), normalised_by_words(s), "{s:?}");
        }
    }

    #[test]
    fn sentences_are_classified_by_their_main_predicate() {
        let cases = [
            ("Each State Party shall adopt such legislative measures as may be necessary to establish as a criminal offence the interception, without right, of non-public transmissions.", Kind::Offence),
            ("Each State Party shall empower its competent authorities to search or similarly access a computer system.", Kind::ProceduralPower),
            ("Mutual legal assistance may be refused if the request concerns a political offence.", Kind::RefusalGround),
            ("States Parties shall afford one another the widest measure of mutual legal assistance.", Kind::Cooperation),
            ("“Service provider” means any public or private entity that provides the ability to communicate.", Kind::Definition),
            ("This Convention shall enter into force on the ninetieth day after the deposit of the fortieth instrument of ratification.", Kind::FinalClause),
            ("Recognizing the need for cooperation between States and private industry,", Kind::Preamble),
            ("Each State Party shall ensure that the powers are subject to conditions and safeguards that provide for the protection of human rights.", Kind::Safeguard),
            ("Each State Party shall establish its jurisdiction over the offences established in accordance with this Convention.", Kind::Jurisdiction),
            ("Decisions of the Conference of the States Parties shall be taken by consensus.", Kind::Institution),
            ("States Parties shall provide technical assistance and training to developing countries.", Kind::Assistance),
            ("Nothing in this Convention shall affect the rights and obligations of States Parties under other treaties.", Kind::Scope),
            ("The purposes of this Convention are to promote cooperation in preventing and combating cybercrime.", Kind::Scope),
            ("An order under paragraph 1 shall be issued only by a judge.", Kind::Safeguard),
            ("Each State Party [shall][may] require service providers to decrypt communications.", Kind::ProceduralPower),
            ("A person who refuses to disclose a decryption key to the police when ordered to do so shall be liable to imprisonment.", Kind::ProceduralPower),
            ("A measure may be authorised only by a judge, establishing that less intrusive means would not suffice.", Kind::Safeguard),
            ("The weather was fine.", Kind::Other),
        ];
        for (text, kind) in cases {
            assert_eq!(of_sentence(text), kind, "{text}");
        }
    }

    #[test]
    fn every_cue_is_longer_than_its_index_key_and_lower_case_ascii() {
        for (_, cues) in CUES {
            for cue in *cues {
                let c = cue.trim_start_matches('^');
                assert!(c.len() >= KEY && c.is_ascii() && c == c.to_lowercase(), "{cue}");
            }
        }
    }

    #[test]
    fn cues_match_at_word_starts_only() {
        // "researcher" holds "search", "unprevented" holds "prevent".
        assert_eq!(of_sentence("A researcher was unprevented."), Kind::Other);
    }

    #[test]
    fn a_provision_takes_the_kind_of_its_first_classified_sentence() {
        use Kind::*;
        assert_eq!(of_provision(&[ProceduralPower, Safeguard, Safeguard]), ProceduralPower);
        assert_eq!(of_provision(&[Other, Offence, ProceduralPower]), Offence);
        assert_eq!(of_provision(&[Cooperation, Amendment]), Amendment);
        assert_eq!(of_provision(&[Other]), Other);
        assert_eq!(of_provision(&[]), Other);
    }

    #[test]
    fn ids_are_snake_case_and_unique() {
        let ids: std::collections::BTreeSet<_> = Kind::ALL.iter().map(|k| k.id()).collect();
        assert_eq!(ids.len(), Kind::ALL.len());
        assert!(ids
            .iter()
            .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
        for k in Kind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), serde_json::json!(k.id()));
        }
    }
}

//! The analysis pipeline: from text to verdicts.
//!
//! ```text
//! text ─ normalise ─ mask editorial ─ choose bracket reading ─ tokenize+stem
//!      ─ sentences ─ frames (negation, modality) ─ concept hits ─ features
//!      ─ rules ─ findings ─ verdict per principle ─ Report
//! ```
//!
//! Start at [`Checker::analyze`]. Rules are data (see [`crate::set`]); this
//! module only evaluates them against the linguistic features of a reading.

use crate::amend;
use crate::frame::{frames, Frames, Modality};
use crate::kind::{self, Kind};
use crate::lexicon::{Hit, Token};
use crate::report::{
    alignment_of, score, Alignment, Alternatives, Evidence, Extent, PrincipleReport, ProvisionReport, Reading, Report,
    SentenceKind, SetInfo, Span, Status, SCHEMA_VERSION,
};
use crate::segment::{heading_parts, mask_editorial, sentences, Brackets};
use crate::set::{Polarity, PrincipleSet, Ref, Role, Rule, Scope, Verdict};
use crate::text::{utf16_offsets, Normalized};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// Largest text analysed, in bytes (1 MiB).
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// Most bracket readings analysed for the list of differing alternatives
/// (the main reading included), over the whole text.
pub const MAX_READINGS: usize = 16;
/// Most bytes re-read for other bracket readings, over the whole text: a
/// megabyte-long provision full of brackets is re-read twice, not
/// [`MAX_READINGS`] times (the report says `capped`).
pub const MAX_REREAD_BYTES: usize = 2 * MAX_INPUT_BYTES;
/// The count of readings reported saturates here: 2^53 − 1, the largest
/// integer a JavaScript number holds exactly (a long draft full of brackets
/// allows more readings than a `u64` counts); on a 32-bit target, `usize::MAX`.
pub const MAX_COUNTED_READINGS: usize = if usize::BITS > 53 {
    ((1u64 << 53) - 1) as usize
} else {
    usize::MAX
};

/// Features the engine derives from the frame of a clause, usable in rules
/// as `@name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    /// `@industry-duty`: in the sentence, industry (service providers,
    /// operators, "any person") bears a duty, directly ("providers shall")
    /// or imposed through a State ("require service providers to").
    IndustryDuty,
    /// `@standing-duty`: industry bears a standing duty, not an answer to one
    /// order: it is the subject of "shall"/"must" in the active voice
    /// ("providers shall block access to …", "the operator must keep …"),
    /// or a State requires, obliges or mandates it ("each State Party shall
    /// require providers to …"). An authority that *orders* or *directs* a
    /// provider, a permission ("providers may …"), a passive with industry
    /// as its subject ("their products shall be respected") and a duty
    /// under negation are not standing duties (labelling §5).
    StandingDuty,
    /// `@state-duty`: a State Party is the subject of the sentence's modal verb.
    StateDuty,
    /// `@safeguards-robust` (clause): prior judicial/independent authorisation
    /// in the clause itself, and no gap (a reference to another article's
    /// safeguards alone is partial, labelling §26).
    SafeguardsRobust,
    /// `@safeguards-partial` (clause): some safeguard, but not robust or with a gap.
    SafeguardsPartial,
    /// `@safeguards-none` (clause): no safeguard at all.
    SafeguardsNone,
    /// `@gap` (clause): a safeguard is excluded or a gap is stated.
    Gap,
    /// `@permissive`: the sentence's modal verb is "may".
    Permissive,
    /// `@exception`: the sentence holds an exception ("except", "unless").
    Exception,
    /// `@definition`: the sentence defines a term ("“X” means ...").
    Definition,
    /// `@kind-offence`, `@kind-procedural-power`, …: the sentence is of that
    /// kind ([`crate::kind`]), so the same words can mean different things
    /// in an offence and in a power.
    Kind(Kind),
}

impl Feature {
    pub const NAMES: &'static [&'static str] = &[
        "industry-duty",
        "standing-duty",
        "state-duty",
        "safeguards-robust",
        "safeguards-partial",
        "safeguards-none",
        "gap",
        "permissive",
        "exception",
        "definition",
        "kind-<kind> (kind-offence, kind-procedural-power, kind-safeguard, …)",
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "industry-duty" => Feature::IndustryDuty,
            "standing-duty" => Feature::StandingDuty,
            "state-duty" => Feature::StateDuty,
            "safeguards-robust" => Feature::SafeguardsRobust,
            "safeguards-partial" => Feature::SafeguardsPartial,
            "safeguards-none" => Feature::SafeguardsNone,
            "gap" => Feature::Gap,
            "permissive" => Feature::Permissive,
            "exception" => Feature::Exception,
            "definition" => Feature::Definition,
            k if k.starts_with("kind-") => {
                let id = k["kind-".len()..].replace('-', "_");
                Feature::Kind(*Kind::ALL.iter().find(|kind| kind.id() == id)?)
            }
            _ => return None,
        })
    }
}

/// Input the engine refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// The text is larger than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::TooLarge { bytes, limit } => write!(
                f,
                "the text is {bytes} bytes long; the limit is {limit} bytes (analyse it article by article)"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// A concept found in a text, for [`Checker::trace`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct TraceHit {
    pub concept: String,
    pub text: String,
    pub negated: bool,
    pub sentence: usize,
    pub modality: Modality,
    /// Found in words an amendment instruction deletes (their verdicts are
    /// turned around, labelling §13).
    pub deleted: bool,
}

/// A rule that fired. Spans are original byte ranges once a reading is done.
#[derive(Debug, Clone)]
struct Finding {
    rule: usize,
    verdict: Verdict,
    spans: Vec<Range<usize>>,
}

/// A sentence's byte range and its kind.
type SentenceKindRange = (Range<usize>, Kind);

/// One reading of one provision, analysed.
struct ReadingResult {
    findings: Vec<Finding>,
    has_words: bool,
    /// Main reading only: each sentence (original byte range) and its kind.
    kinds: Vec<(usize, usize, Kind)>,
}

/// One article (or the whole text when it has no article headings).
struct Provision {
    norm: Normalized,
    brackets: Brackets,
    /// Original byte range (from its first heading to the next provision).
    range: Range<usize>,
}

/// Everything the rules look at, for one reading of one provision.
struct Ctx<'a> {
    set: &'a PrincipleSet,
    /// The text read (normalised): sentence kinds are computed from it
    /// when a rule first asks.
    text: &'a str,
    tokens: Vec<Token>,
    frames: Frames,
    /// Concept hits sorted by position.
    hits: Vec<Hit>,
    /// Hit indices per concept, in position order.
    by_concept: Vec<Vec<usize>>,
    /// Per sentence: the range of `hits` that start in it.
    hits_of_sentence: Vec<Range<usize>>,
    /// Per sentence: evidence token range of each sentence-level feature.
    industry_duty: Vec<Option<Range<usize>>>,
    standing_duty: Vec<Option<Range<usize>>>,
    state_duty: Vec<Option<Range<usize>>>,
    definition: Vec<bool>,
    exception: Vec<bool>,
    permissive: Vec<bool>,
    first_definition: Option<usize>,
    first_exception: Option<usize>,
    /// Per sentence: its kind, computed on first use (most sentences are
    /// never asked: only rules with a `@kind-…` condition ask, and only
    /// where their trigger is).
    kinds: Vec<std::cell::OnceCell<Kind>>,
    /// Per condition of a `none_elsewhere` list: the first two sentences in
    /// which it holds, computed on first use (so asking for every trigger
    /// stays linear).
    held_in: std::cell::RefCell<std::collections::HashMap<Ref, [Option<usize>; 2]>>,
    safeguards: SafeguardLevel,
}

#[derive(Debug, Clone, Default)]
struct SafeguardLevel {
    robust: bool,
    some: Option<Range<usize>>,
    gap: Option<Range<usize>>,
}

/// A checker: a compiled principle set, ready to analyse clauses.
#[derive(Debug)]
pub struct Checker {
    set: PrincipleSet,
}

impl Checker {
    pub fn new(set: PrincipleSet) -> Self {
        Checker { set }
    }

    pub fn set(&self) -> &PrincipleSet {
        &self.set
    }

    /// Split a text into provisions (articles), each normalised with its
    /// editorial matter masked and its brackets found.
    fn provisions(text: &str) -> Vec<Provision> {
        let mut base = Normalized::new(text);
        let cuts = mask_editorial(text, &mut base);
        provision_ranges(base.as_str(), &cuts)
            .into_iter()
            .map(|r| {
                let (s, e) = base.original_range(text, r.start, r.end);
                let norm = base.slice(r);
                let brackets = Brackets::find(norm.as_str());
                Provision {
                    norm,
                    brackets,
                    range: s..e,
                }
            })
            .collect()
    }

    /// Analyse one clause, or a whole draft (article by article).
    pub fn analyze(&self, text: &str) -> Result<Report, InputError> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(InputError::TooLarge {
                bytes: text.len(),
                limit: MAX_INPUT_BYTES,
            });
        }
        let provisions = Self::provisions(text);
        let mains: Vec<ReadingResult> = provisions
            .iter()
            .map(|p| self.read(text, &p.norm, &p.brackets, &[]))
            .collect();
        if !mains.iter().any(|m| m.has_words) {
            return Ok(self.empty_report());
        }
        let all_main: Vec<(usize, &Finding)> = mains
            .iter()
            .enumerate()
            .flat_map(|(i, m)| m.findings.iter().map(move |f| (i, f)))
            .collect();
        // Each provision's verdict per principle (catalog order).
        let provision_verdicts: Vec<Vec<Verdict>> = mains.iter().map(|m| self.verdicts(m.findings.iter())).collect();
        let provision_reports = self.provision_reports(text, &provisions, &mains, &provision_verdicts);
        let principles = self.principle_reports(text, &all_main, &provision_reports, &provision_verdicts);
        let main_verdicts: Vec<Verdict> = principles.iter().map(|p| p.verdict).collect();

        // Other readings of the bracketed alternatives, one provision at a
        // time (the other provisions keep their main reading).
        let mut readings = 1usize;
        let mut analysed = 1usize;
        let mut capped = false;
        let mut reread = 0usize;
        let mut differing = Vec::new();
        for (pi, p) in provisions.iter().enumerate() {
            let n = p.brackets.combinations();
            readings = readings.saturating_mul(n).min(MAX_COUNTED_READINGS);
            if modal_alternatives_only(p) {
                // [shall][may]: modality changes strength, not polarity
                // (labelling §12), so no other reading can differ.
                continue;
            }
            for k in 1..n {
                // The cap counts readings over the whole text, so that a long
                // draft full of brackets costs at most MAX_READINGS analyses
                // of single provisions more.
                if analysed >= MAX_READINGS || reread + p.norm.as_str().len() > MAX_REREAD_BYTES {
                    capped = true;
                    break;
                }
                analysed += 1;
                reread += p.norm.as_str().len();
                let choice = odometer(&p.brackets, k);
                let alt = self.read(text, &p.norm, &p.brackets, &choice);
                let findings = mains
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != pi)
                    .flat_map(|(_, m)| &m.findings)
                    .chain(&alt.findings);
                let verdicts = self.verdicts(findings);
                let diff: BTreeMap<String, Verdict> = verdicts
                    .iter()
                    .enumerate()
                    .filter(|(i, v)| **v != main_verdicts[*i])
                    .map(|(i, v)| (self.set.principles[i].id.clone(), *v))
                    .collect();
                if !diff.is_empty() {
                    let choices = p
                        .brackets
                        .groups
                        .iter()
                        .zip(&choice)
                        .map(|(g, &c)| {
                            let (s, e) = p.norm.original_range(text, g[c].start, g[c].end);
                            text[s..e].to_owned()
                        })
                        .collect();
                    differing.push(Reading {
                        provision: pi,
                        choices,
                        verdicts: diff,
                    });
                }
            }
        }
        let mut report = Report {
            schema_version: SCHEMA_VERSION,
            set: self.set_info(),
            status: Status::Analysed,
            message: None,
            alignment: alignment_of(&principles, &text_noun(provision_reports.len())),
            principles,
            provisions: provision_reports,
            alternatives: Alternatives {
                readings,
                analysed,
                capped,
                differing,
            },
            suggestions: Vec::new(),
        };
        report.suggestions = crate::suggest::suggestions(text, &report, crate::suggest::repairs_for(&self.set.meta.id));
        Ok(report)
    }

    fn set_info(&self) -> SetInfo {
        SetInfo {
            id: self.set.meta.id.clone(),
            name: self.set.meta.name.clone(),
            version: self.set.meta.version.clone(),
        }
    }

    fn empty_report(&self) -> Report {
        let principles = self
            .set
            .principles
            .iter()
            .map(|p| PrincipleReport {
                id: p.id.clone(),
                title: p.title.clone(),
                group: p.group.clone(),
                verdict: Verdict::NotAddressed,
                score: 0,
                explanation: String::new(),
                evidence: Vec::new(),
                seed: p.seeds[0].clone(),
                better_wording: None,
            })
            .collect();
        Report {
            schema_version: SCHEMA_VERSION,
            set: self.set_info(),
            status: Status::Empty,
            message: Some("There is nothing to analyse: the text is empty or holds only editorial matter.".into()),
            alignment: Alignment {
                score: None,
                label: "Nothing to analyse".into(),
                summary: "Paste a treaty clause to see which principles it supports or violates.".into(),
            },
            principles,
            provisions: Vec::new(),
            alternatives: Alternatives {
                readings: 1,
                analysed: 0,
                capped: false,
                differing: Vec::new(),
            },
            suggestions: Vec::new(),
        }
    }

    /// Analyse one reading of a provision; spans come back as original
    /// byte ranges.
    fn read(&self, text: &str, base: &Normalized, brackets: &Brackets, choice: &[usize]) -> ReadingResult {
        // Only a provision with brackets needs a copy to mask.
        let masked;
        let norm = if brackets.bracket_chars.is_empty() {
            base
        } else {
            let mut n = base.clone();
            brackets.apply(&mut n, choice);
            masked = n;
            &masked
        };
        let main_reading = choice.is_empty();
        let mut kinds = Vec::new();
        let (mut findings, has_words) = match amend::find(norm.as_str()) {
            None => {
                let (findings, has_words, k) = self.findings_and_kinds(norm, false, main_reading);
                kinds = k
                    .into_iter()
                    .map(|(r, k)| {
                        let (s, e) = norm.original_range(text, r.start, r.end);
                        (s, e, k)
                    })
                    .collect();
                (findings, has_words)
            }
            Some(a) => {
                if main_reading {
                    kinds = sentence_kinds(text, norm, &a.instructions);
                }
                // Inserted words are clause text; deleted words are read
                // and their verdicts turned around (labelling §13); the rest
                // of the text, outside the instructions, is read as usual.
                let mut main = norm.clone();
                for r in &a.instructions {
                    main.mask(r.start, r.end);
                }
                let main = main.restore(norm, &a.inserted);
                let (mut findings, ins_words) = self.findings(&main, false);
                let (deleted, del_words) = self.findings(&norm.keep_only(&a.deleted), true);
                findings.extend(deleted.into_iter().map(|f| Finding {
                    verdict: if self.set.rules[f.rule].deleted_only {
                        f.verdict
                    } else {
                        f.verdict.inverse()
                    },
                    ..f
                }));
                (findings, ins_words || del_words)
            }
        };
        for f in &mut findings {
            for r in &mut f.spans {
                let (s, e) = norm.original_range(text, r.start, r.end);
                *r = s..e;
            }
        }
        ReadingResult {
            findings,
            has_words,
            kinds,
        }
    }

    /// Findings on a masked text, with spans in normalised bytes.
    /// `deleted`: the words an amendment deletes (rules that read only
    /// those run, and only there).
    fn findings(&self, norm: &Normalized, deleted: bool) -> (Vec<Finding>, bool) {
        let (findings, has_words, _) = self.findings_and_kinds(norm, deleted, false);
        (findings, has_words)
    }

    /// [`Self::findings`], and with `kinds` each sentence that holds a word
    /// (normalised byte range) with its kind, from the same analysis.
    fn findings_and_kinds(
        &self,
        norm: &Normalized,
        deleted: bool,
        kinds: bool,
    ) -> (Vec<Finding>, bool, Vec<SentenceKindRange>) {
        let ctx = Ctx::new(&self.set, norm.as_str());
        let sentence_kinds = if kinds {
            ctx.frames
                .frames
                .iter()
                .enumerate()
                .filter(|(_, f)| ctx.tokens[f.tokens.clone()].iter().any(|t| t.is_word))
                .map(|(si, f)| {
                    // Line breaks are tokens; a sentence's span leaves them out.
                    let toks = &ctx.tokens[f.tokens.clone()];
                    let first = toks.iter().find(|t| t.w() != "\n").unwrap_or(&toks[0]);
                    let last = toks.iter().rev().find(|t| t.w() != "\n").unwrap_or(&toks[0]);
                    (first.start..last.end, ctx.kind_of(si))
                })
                .collect()
        } else {
            Vec::new()
        };
        let (findings, has_words) = Self::findings_of(&ctx, deleted);
        (findings, has_words, sentence_kinds)
    }

    fn findings_of(ctx: &Ctx<'_>, deleted: bool) -> (Vec<Finding>, bool) {
        let has_words = ctx.tokens.iter().any(|t| t.is_word);
        let mut findings = ctx.evaluate(deleted);
        for f in &mut findings {
            for r in &mut f.spans {
                *r = ctx.tokens[r.start].start..ctx.tokens[r.end - 1].end;
            }
        }
        (findings, has_words)
    }

    fn verdicts<'f>(&self, findings: impl Iterator<Item = &'f Finding> + Clone) -> Vec<Verdict> {
        let mut per: Vec<Vec<Verdict>> = vec![Vec::new(); self.set.principles.len()];
        for f in findings {
            per[self.set.rules[f.rule].principle].push(f.verdict);
        }
        per.into_iter().map(|v| combine(v.into_iter())).collect()
    }

    /// Each provision's label, title, extent and verdicts (its main reading).
    fn provision_reports(
        &self,
        text: &str,
        provisions: &[Provision],
        mains: &[ReadingResult],
        provision_verdicts: &[Vec<Verdict>],
    ) -> Vec<ProvisionReport> {
        let extents: Vec<(usize, usize, Option<Heading>)> = provisions
            .iter()
            .map(|p| {
                let raw = &text[p.range.clone()];
                let s = p.range.start + (raw.len() - raw.trim_start().len());
                let e = p.range.start + raw.trim_end().len();
                (s, e.max(s), provision_heading(&text[s..e.max(s)]))
            })
            .collect();
        let kinds: Vec<&Vec<(usize, usize, Kind)>> = mains.iter().map(|m| &m.kinds).collect();
        let ends: Vec<usize> = extents
            .iter()
            .flat_map(|&(s, e, _)| [s, e])
            .chain(kinds.iter().flat_map(|k| k.iter()).flat_map(|&(s, e, _)| [s, e]))
            .collect();
        let utf16 = utf16_offsets(text, &ends);
        // Every provision's verdicts map has the same keys: the map is
        // built (its ids sorted) once and copied, its values set by the
        // principle each key names (the last of the same id, as collecting
        // (id, verdict) pairs keeps).
        let keys: BTreeMap<String, usize> = self
            .set
            .principles
            .iter()
            .enumerate()
            .map(|(pi, p)| (p.id.clone(), pi))
            .collect();
        let order: Vec<usize> = keys.values().copied().collect();
        let template: BTreeMap<String, Verdict> = keys.into_keys().map(|k| (k, Verdict::NotAddressed)).collect();
        extents
            .into_iter()
            .zip(mains)
            .zip(kinds)
            .zip(provision_verdicts)
            .map(|((((s, e, heading), _), sk), verdicts)| {
                let kind = kind::of_provision(&sk.iter().map(|&(_, _, k)| k).collect::<Vec<_>>());
                let sentences = if sk.iter().all(|&(_, _, k)| k == kind) {
                    Vec::new()
                } else {
                    sk.iter()
                        .map(|&(s, e, k)| SentenceKind {
                            span: Extent {
                                bytes: [s, e],
                                utf16: [utf16[&s], utf16[&e]],
                            },
                            kind: k,
                        })
                        .collect()
                };
                let (label, title) = heading.map_or((None, None), |(l, t)| (Some(l), t));
                ProvisionReport {
                    label,
                    title,
                    span: Extent {
                        bytes: [s, e],
                        utf16: [utf16[&s], utf16[&e]],
                    },
                    score: score(verdicts),
                    kind,
                    sentences,
                    verdicts: {
                        let mut map = template.clone();
                        for (slot, &pi) in map.values_mut().zip(&order) {
                            *slot = verdicts[pi];
                        }
                        map
                    },
                }
            })
            .collect()
    }

    fn principle_reports(
        &self,
        text: &str,
        findings: &[(usize, &Finding)],
        provisions: &[ProvisionReport],
        provision_verdicts: &[Vec<Verdict>],
    ) -> Vec<PrincipleReport> {
        let verdicts = self.verdicts(findings.iter().map(|(_, f)| *f));
        let ends: Vec<usize> = findings
            .iter()
            .flat_map(|(_, f)| &f.spans)
            .flat_map(|r| [r.start, r.end])
            .collect();
        let utf16 = utf16_offsets(text, &ends);
        self.set
            .principles
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let verdict = verdicts[pi];
                let mut evidence: Vec<Evidence> = Vec::new();
                // The byte ranges each entry holds already (a rule firing in
                // every sentence of a long treaty must not compare each span
                // with all the earlier ones).
                let mut seen: Vec<rustc_hash::FxHashSet<[usize; 2]>> = Vec::new();
                // The entry of each (rule, verdict, provision), by index.
                let mut entry_of: rustc_hash::FxHashMap<(&str, Verdict, usize), usize> = Default::default();
                for &(provision, f) in findings.iter().filter(|(_, f)| self.set.rules[f.rule].principle == pi) {
                    let rule = &self.set.rules[f.rule];
                    let spans: Vec<Span> = f
                        .spans
                        .iter()
                        .map(|r| Span {
                            bytes: [r.start, r.end],
                            utf16: [utf16[&r.start], utf16[&r.end]],
                            text: text[r.clone()].to_owned(),
                        })
                        .collect();
                    // One entry per rule, verdict and provision: later
                    // sentences add spans.
                    if let Some(&at) = entry_of.get(&(rule.id.as_str(), f.verdict, provision)) {
                        for s in spans {
                            if seen[at].insert(s.bytes) {
                                evidence[at].spans.push(s);
                            }
                        }
                        continue;
                    }
                    seen.push(spans.iter().map(|s| s.bytes).collect());
                    entry_of.insert((rule.id.as_str(), f.verdict, provision), evidence.len());
                    evidence.push(Evidence {
                        rule: rule.id.clone(),
                        provision,
                        verdict: f.verdict,
                        explanation: rule.explain.clone(),
                        spans,
                    });
                }
                let mut explanation = explain(verdict, &evidence);
                if provisions.len() > 1 && verdict != Verdict::NotAddressed {
                    explanation = format!("{} {explanation}", where_in_draft(pi, provisions, provision_verdicts));
                }
                PrincipleReport {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    group: p.group.clone(),
                    verdict,
                    score: match verdict {
                        Verdict::Supports => 1,
                        Verdict::Violates => -1,
                        _ => 0,
                    },
                    explanation,
                    evidence,
                    seed: p.seeds[0].clone(),
                    better_wording: matches!(verdict, Verdict::Violates | Verdict::Mixed)
                        .then(|| p.doc.better_wording.clone()),
                }
            })
            .collect()
    }

    /// Every concept found in `text` (main reading), with its polarity and
    /// sentence: what rule authors need to see why a rule did or did not fire.
    pub fn trace(&self, text: &str) -> Vec<TraceHit> {
        let mut out = Vec::new();
        for p in Self::provisions(text) {
            let mut norm = p.norm.clone();
            p.brackets.apply(&mut norm, &[]);
            // The same readings as `read`: with amendment instructions, the
            // text with its insertions, then the deleted words.
            let readings = match amend::find(norm.as_str()) {
                None => vec![(norm.clone(), false)],
                Some(a) => {
                    let mut main = norm.clone();
                    for r in &a.instructions {
                        main.mask(r.start, r.end);
                    }
                    vec![
                        (main.restore(&norm, &a.inserted), false),
                        (norm.keep_only(&a.deleted), true),
                    ]
                }
            };
            for (reading, deleted) in readings {
                let ctx = Ctx::new(&self.set, reading.as_str());
                out.extend(ctx.hits.iter().map(|h| {
                    let (s, e) = reading.original_range(text, ctx.tokens[h.first].start, ctx.tokens[h.last].end);
                    let si = ctx.sentence(h);
                    TraceHit {
                        concept: self.set.concepts[h.concept].id.clone(),
                        text: text[s..e].to_owned(),
                        negated: ctx.negated(h),
                        sentence: si,
                        modality: ctx.frames.frames[si].modality,
                        deleted,
                    }
                }));
            }
        }
        out
    }

    /// The IDs of the rules that fire on `text`, main reading (for rule
    /// self-tests).
    pub fn fired_rules(&self, text: &str) -> Vec<String> {
        let mut ids: Vec<String> = Self::provisions(text)
            .iter()
            .flat_map(|p| self.read(text, &p.norm, &p.brackets, &[]).findings)
            .map(|f| self.set.rules[f.rule].id.clone())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// True when every group of alternatives in the provision differs only in
/// its modal verb ("[shall][may]") and does not govern a verb by which a
/// State opts into a safeguard ("[shall][may] provide that …"), the one place
/// where the engine reads modality.
fn modal_alternatives_only(p: &Provision) -> bool {
    let text = p.norm.as_str();
    !p.brackets.groups.is_empty()
        && p.brackets.groups.iter().all(|g| {
            let modal = g.iter().all(|r| {
                text[r.clone()]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        matches!(
                            w.to_ascii_lowercase().as_str(),
                            "shall" | "may" | "must" | "should" | "will" | "can"
                        )
                    })
            });
            let next = g.last().map_or("", |r| {
                text[r.end..]
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or("")
            });
            let opts_in = matches!(
                next.to_ascii_lowercase().as_str(),
                "declare" | "provide" | "decide" | "choose" | "opt" | "stipulate" | "prescribe"
            );
            modal && !opts_in
        })
}

/// Provisions: the text cut at article headings (blanked by
/// [`mask_editorial`], which reports where they were).
fn provision_ranges(text: &str, cuts: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // `text[start..blank_to]` is known to be blank: each byte is looked at
    // once, however many headings follow each other.
    let mut blank_to = 0;
    for &c in cuts {
        if c <= start {
            continue;
        }
        if text[blank_to.max(start)..c].trim().is_empty() {
            blank_to = c;
        } else {
            out.push(start..c);
            start = c;
        }
    }
    if out.is_empty() || !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// A heading's label and title.
type Heading = (String, Option<String>);

/// What the summary calls the text.
fn text_noun(provisions: usize) -> String {
    if provisions > 1 {
        format!("draft ({provisions} articles)")
    } else {
        "clause".to_owned()
    }
}

/// The label and title of a provision's heading, from its text (`None`
/// for text without one). Of several headings before the text (a chapter,
/// then an article), the last names it; a title may stand on the line after
/// a bare heading ("Article 5" / "Criminalization").
fn provision_heading(text: &str) -> Option<Heading> {
    let mut found: Option<Heading> = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(h) = heading_parts(line) {
            found = Some(h);
            continue;
        }
        if let Some((_, title @ None)) = &mut found {
            let looks_like_title = line.len() < 100
                && !line.ends_with(['.', ';', ':', ','])
                && line.chars().next().is_some_and(char::is_alphabetic)
                && !line.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "shall" | "may" | "must" | "should" | "will"
                    )
                });
            if looks_like_title {
                *title = Some(line.trim_end_matches('.').to_owned());
            }
        }
        break;
    }
    found
}

/// "Violates in Article 5, supports in Article 2.": where in a draft a
/// principle is engaged, worst first.
/// `verdicts[i][pi]`: provision i's verdict on principle `pi` (what its
/// report's `verdicts` map holds under the principle's id).
fn where_in_draft(pi: usize, provisions: &[ProvisionReport], verdicts: &[Vec<Verdict>]) -> String {
    let mut parts = Vec::new();
    for v in [Verdict::Violates, Verdict::Mixed, Verdict::Supports] {
        let names: Vec<String> = provisions
            .iter()
            .enumerate()
            .filter(|(i, _)| verdicts[*i][pi] == v)
            .map(|(i, p)| p.name(i))
            .collect();
        if !names.is_empty() {
            let word = match v {
                Verdict::Violates => "violates",
                Verdict::Mixed => "mixed",
                _ => "supports",
            };
            parts.push(format!("{word} in {}", join_names(&names)));
        }
    }
    let mut s = parts.join(", ");
    if let Some(first) = s.get(..1) {
        s.replace_range(..1, &first.to_ascii_uppercase());
    }
    s.push('.');
    s
}

fn join_names(names: &[String]) -> String {
    match names {
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    }
}

/// Each sentence of an amended provision (original byte range) with its
/// kind; the sentences of an amendment instruction are `amendment`.
fn sentence_kinds(text: &str, norm: &Normalized, instructions: &[Range<usize>]) -> Vec<(usize, usize, Kind)> {
    let t = norm.as_str();
    sentences(t)
        .into_iter()
        .filter(|r| t[r.clone()].chars().any(char::is_alphanumeric))
        .map(|r| {
            let k = if instructions.iter().any(|i| i.start < r.end && r.start < i.end) {
                Kind::Amendment
            } else {
                kind::of_sentence(&t[r.clone()])
            };
            let raw = &t[r.clone()];
            let s = r.start + (raw.len() - raw.trim_start().len());
            let e = r.start + raw.trim_end().len();
            let (s, e) = norm.original_range(text, s, e.max(s));
            (s, e, k)
        })
        .collect()
}

fn explain(verdict: Verdict, evidence: &[Evidence]) -> String {
    // One sentence per rule and verdict, however many provisions it fired in.
    let of = |v: Verdict| {
        let mut seen: Vec<&str> = Vec::new();
        evidence
            .iter()
            .filter(move |e| e.verdict == v)
            .filter(move |e| {
                let new = !seen.contains(&e.rule.as_str());
                seen.push(&e.rule);
                new
            })
            .map(|e| e.explanation.as_str())
    };
    match verdict {
        Verdict::NotAddressed => String::new(),
        Verdict::Mixed => {
            let mut parts: Vec<&str> = of(Verdict::Mixed).collect();
            let good: Vec<&str> = of(Verdict::Supports).collect();
            let bad: Vec<&str> = of(Verdict::Violates).collect();
            if !good.is_empty() {
                parts.push("On one hand:");
                parts.extend(good);
            }
            if !bad.is_empty() {
                parts.push(if parts.is_empty() { "However:" } else { "On the other:" });
                parts.extend(bad);
            }
            parts.join(" ")
        }
        v => of(v).collect::<Vec<_>>().join(" "),
    }
}

/// Combine the verdicts of the rules that fired on one principle.
fn combine(verdicts: impl Iterator<Item = Verdict>) -> Verdict {
    let (mut s, mut v, mut m) = (false, false, false);
    for x in verdicts {
        match x {
            Verdict::Supports => s = true,
            Verdict::Violates => v = true,
            Verdict::Mixed => m = true,
            Verdict::NotAddressed => {}
        }
    }
    match (s, v, m) {
        (_, _, true) | (true, true, _) => Verdict::Mixed,
        (true, false, false) => Verdict::Supports,
        (false, true, false) => Verdict::Violates,
        _ => Verdict::NotAddressed,
    }
}

/// The k-th choice of alternatives, first group varying fastest.
fn odometer(b: &Brackets, mut k: usize) -> Vec<usize> {
    b.groups
        .iter()
        .map(|g| {
            let c = k % g.len();
            k /= g.len();
            c
        })
        .collect()
}

impl<'a> Ctx<'a> {
    fn new(set: &'a PrincipleSet, text: &'a str) -> Self {
        let tokens = set.analyzer.tokenize(text);
        let sents = sentences(text);
        // Sentence ranges → token ranges.
        let mut token_ranges = Vec::with_capacity(sents.len());
        let mut t = 0;
        for s in &sents {
            while t < tokens.len() && tokens[t].start < s.start {
                t += 1;
            }
            let from = t;
            while t < tokens.len() && tokens[t].start < s.end {
                t += 1;
            }
            if t > from {
                token_ranges.push(from..t);
            }
        }
        let frames = frames(&tokens, &token_ranges);
        let mut hits: Vec<Hit> = set
            .lexicon
            .find(&tokens)
            .into_iter()
            .filter(|h| frames.sentence_of[h.first] == frames.sentence_of[h.last])
            .collect();
        // A hit inside a longer hit of the same concept is the same mention:
        // "a court or other independent body" is one authorisation, and it
        // takes the polarity of its start. Sorted by concept, then start,
        // longest first, a sweep keeps only the outermost hits.
        {
            use crate::sort::{by_key, field, CONCEPT_BITS, TOKEN_BITS};
            let mask = (1usize << TOKEN_BITS) - 1;
            by_key(&mut hits, |h| {
                field(h.concept, CONCEPT_BITS) << (2 * TOKEN_BITS)
                    | field(h.first, TOKEN_BITS) << TOKEN_BITS
                    | field(mask - h.last.min(mask), TOKEN_BITS)
            });
        }
        let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
        for h in hits {
            if let Some(k) = kept.last() {
                if k.concept == h.concept && k.first <= h.first && k.last >= h.last {
                    continue;
                }
            }
            kept.push(h);
        }
        crate::lexicon::sort_hits(&mut kept);
        // Hits absorbed by a more precise reading of the same words. Hits
        // are sorted by start, and an absorbing phrase is short, so only a
        // window of nearby hits is looked at.
        const WINDOW: usize = 12;
        let absorbed: Vec<bool> = (0..kept.len())
            .map(|i| {
                let h = &kept[i];
                let lo = kept[..i].partition_point(|o| o.first + WINDOW < h.first);
                let hi = i + kept[i..].partition_point(|o| o.first <= h.first);
                kept[lo..hi].iter().any(|o| {
                    o != h && o.first <= h.first && o.last >= h.last && set.absorbs[o.concept].contains(&h.concept)
                })
            })
            .collect();
        let hits: Vec<Hit> = kept
            .into_iter()
            .zip(absorbed)
            .filter(|(_, a)| !a)
            .map(|(h, _)| h)
            .collect();

        let mut by_concept = vec![Vec::new(); set.concepts.len()];
        for (i, h) in hits.iter().enumerate() {
            by_concept[h.concept].push(i);
        }
        let mut hits_of_sentence = Vec::with_capacity(frames.frames.len());
        let mut at = 0;
        for f in &frames.frames {
            let from = at;
            while at < hits.len() && hits[at].first < f.tokens.end {
                at += 1;
            }
            hits_of_sentence.push(from..at);
        }
        let n = frames.frames.len();
        let kinds = vec![std::cell::OnceCell::new(); frames.frames.len()];
        let mut ctx = Ctx {
            set,
            text,
            tokens,
            frames,
            hits,
            by_concept,
            hits_of_sentence,
            industry_duty: vec![None; n],
            standing_duty: vec![None; n],
            state_duty: vec![None; n],
            definition: vec![false; n],
            exception: vec![false; n],
            permissive: vec![false; n],
            first_definition: None,
            first_exception: None,
            kinds,
            held_in: Default::default(),
            safeguards: SafeguardLevel::default(),
        };
        ctx.compute_duties();
        ctx.compute_sentence_features();
        ctx.compute_safeguards();
        ctx
    }

    /// The kind of sentence `si`, computed once.
    fn kind_of(&self, si: usize) -> Kind {
        *self.kinds[si].get_or_init(|| {
            let f = &self.frames.frames[si];
            match (
                self.tokens.get(f.tokens.start),
                f.tokens.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
            ) {
                (Some(a), Some(b)) if f.tokens.start < f.tokens.end => kind::of_sentence(&self.text[a.start..b.end]),
                _ => Kind::Other,
            }
        })
    }

    fn has_role(&self, h: &Hit, role: Role) -> bool {
        self.set.roles[h.concept] == Some(role)
    }

    fn negated(&self, h: &Hit) -> bool {
        self.frames.negated[h.first]
    }

    fn sentence(&self, h: &Hit) -> usize {
        self.frames.sentence_of[h.first]
    }

    fn span(h: &Hit) -> Range<usize> {
        h.first..h.last + 1
    }

    /// Is what follows the modal at `m` no duty to act: a passive or a state
    /// ("shall be respected", "shall be eligible"), or a prohibition ("shall
    /// not")? "shall be required / obliged / responsible" keep the subject
    /// as the duty-bearer.
    fn passive_after(&self, m: usize, end: usize) -> bool {
        let mut words = self.tokens[m + 1..end].iter().filter(|t| t.is_word).map(|t| t.w());
        let mut next = words.next();
        while matches!(
            next,
            Some("also" | "further" | "only" | "in" | "particular" | "at" | "all" | "times" | "themselves" | "itself")
        ) {
            next = words.next();
        }
        match next {
            // "shall not …": a prohibition, not a duty to act.
            Some("not" | "never") => true,
            // "shall be required / obliged / responsible for …" keeps the
            // subject as the duty-bearer; "shall be respected", "shall be
            // eligible", "shall be liable" do not.
            Some("be") => !matches!(
                words.next(),
                Some("required" | "obliged" | "obligated" | "bound" | "responsible")
            ),
            _ => false,
        }
    }

    /// Does the compel verb at `c` state a standing rule? Not when an
    /// authority or a judge is the one who orders ("empower its competent
    /// authorities to compel a service provider", "the judge may impose on
    /// any person"), nor when "ensure that" is followed by a state, a
    /// capacity or a passive ("ensure that legal persons can be held
    /// liable", "… are offered advice").
    /// `authorities_before`: [`Self::authorities_before`], made when first
    /// needed.
    fn standing_compel(
        &self,
        c: &Hit,
        actor: &Hit,
        sentence_start: usize,
        authorities_before: &mut Option<Vec<u32>>,
    ) -> bool {
        let verb = self.tokens[c.first].w();
        // "require", "oblige", "mandate", "impose on", "ensure that" legislate;
        // "order", "direct", "compel" a provider are what an authority does
        // in one case; a noun ("requirements") is no verb at all.
        let legislates = ["requir", "oblig", "mandat", "impos", "ensur"]
            .iter()
            .any(|v| verb.starts_with(v))
            && !verb.ends_with("ment")
            && !verb.ends_with("ments")
            && !verb.ends_with("ion")
            && !verb.ends_with("ions");
        if !legislates {
            return false;
        }
        // A word naming an authority in the sentence before the verb.
        let before = authorities_before.get_or_insert_with(|| self.authorities_before());
        let ordered_by_authority = before[c.first] > before[sentence_start];
        if ordered_by_authority {
            return false;
        }
        if verb.starts_with("ensur") {
            // The actor must be the subject of the clause "that" opens:
            // "ensure that service providers retain …", not "ensure that the
            // design of their products …".
            let mut before = self.tokens[c.last + 1..actor.first].iter().filter(|t| t.is_word);
            if before.any(|t| {
                !matches!(
                    t.w(),
                    "the" | "all" | "every" | "any" | "each" | "such" | "their" | "its"
                )
            }) {
                return false;
            }
            let end = self.frames.frames[self.sentence(c)].tokens.end;
            let mut words = self.tokens[actor.last + 1..end]
                .iter()
                .filter(|t| t.is_word)
                .map(|t| t.w());
            let mut next = words.next();
            if matches!(next, Some("shall" | "must" | "will")) {
                next = words.next();
            }
            let state_or_passive = next.is_some_and(|w| {
                matches!(
                    w,
                    "can"
                        | "may"
                        | "could"
                        | "be"
                        | "are"
                        | "is"
                        | "were"
                        | "have"
                        | "has"
                        | "not"
                        | "who"
                        | "whose"
                        | "which"
                        | "that"
                ) || w.ends_with("ed")
                    || matches!(
                        w,
                        "held"
                            | "kept"
                            | "made"
                            | "given"
                            | "taken"
                            | "found"
                            | "known"
                            | "brought"
                            | "paid"
                            | "sent"
                            | "put"
                            | "set"
                    )
            });
            if state_or_passive {
                return false;
            }
        }
        true
    }

    /// Who bears the duty in each sentence.
    /// For each token index `i` (and `tokens.len()`), how many of the
    /// tokens before it name an authority or its power ("empower", "court",
    /// …): one pass, so that asking of a sentence's prefix costs nothing (a
    /// scan of it for each compulsion was quadratic in a long sentence).
    fn authorities_before(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.tokens.len() + 1);
        let mut n = 0u32;
        out.push(0);
        for t in &self.tokens {
            n += u32::from(matches!(
                t.w(),
                "empower"
                    | "enable"
                    | "confer"
                    | "authorities"
                    | "authority"
                    | "judge"
                    | "court"
                    | "officer"
                    | "body"
                    | "agency"
            ));
            out.push(n);
        }
        out
    }

    fn compute_duties(&mut self) {
        let mut authorities_before = None;
        let mut industry = std::mem::take(&mut self.industry_duty);
        let mut standing = std::mem::take(&mut self.standing_duty);
        let mut state = std::mem::take(&mut self.state_duty);
        for (si, f) in self.frames.frames.iter().enumerate() {
            let in_s = &self.hits[self.hits_of_sentence[si].clone()];
            // Subject: the first actor before the first modal verb of each
            // clause (clauses are cut at ";"); later modals of the clause
            // ("..., and shall report") share it.
            let mut clause_start = f.tokens.start;
            let mut clause_has_subject = false;
            for m in f.tokens.clone() {
                let w = self.tokens[m].w();
                if w == ";" {
                    clause_start = m + 1;
                    clause_has_subject = false;
                    continue;
                }
                if clause_has_subject || !matches!(w, "shall" | "must" | "may" | "will") {
                    continue;
                }
                clause_has_subject = true;
                // Hits are sorted by start: begin at the clause's first.
                let from = in_s.partition_point(|h| h.first < clause_start);
                let subject = in_s[from..]
                    .iter()
                    .take_while(|h| h.first < m)
                    .filter(|h| h.last < m)
                    .find(|h| self.has_role(h, Role::ActorIndustry) || self.has_role(h, Role::ActorState));
                if let Some(h) = subject {
                    if self.has_role(h, Role::ActorIndustry) {
                        industry[si].get_or_insert(Self::span(h));
                        if w != "may" && !self.frames.negated[m] && !self.passive_after(m, f.tokens.end) {
                            standing[si].get_or_insert(h.first..m + 1);
                        }
                    } else {
                        state[si].get_or_insert(Self::span(h));
                    }
                }
            }
            // A statement with no modal ("Nothing in this Chapter authorises a
            // State Party to ..."): the first actor is the one it speaks of.
            if f.modal_at.is_none() {
                if let Some(h) = in_s
                    .iter()
                    .find(|h| self.has_role(h, Role::ActorIndustry) || self.has_role(h, Role::ActorState))
                {
                    if self.has_role(h, Role::ActorIndustry) {
                        industry[si].get_or_insert(Self::span(h));
                    } else {
                        state[si].get_or_insert(Self::span(h));
                    }
                }
            }
            // Passive agent: "shall be installed and maintained by the
            // operator"; and the place content is taken off, which is who
            // takes it off ("shall be removed from online platforms").
            if let Some(m) = f.modal_at {
                let removed_from = |at: usize| {
                    (1..=2).any(|k| {
                        at > k
                            && self.tokens[at - k].w() == "from"
                            && matches!(
                                self.tokens[at - k - 1].w(),
                                "removed" | "deleted" | "withdrawn" | "erased"
                            )
                    })
                };
                let agent = in_s.iter().find(|h| {
                    h.first > m
                        && h.first > 0
                        && (self.tokens[h.first - 1].w() == "by" || removed_from(h.first))
                        && self.has_role(h, Role::ActorIndustry)
                });
                if let Some(a) = agent {
                    industry[si].get_or_insert(Self::span(a));
                }
            }
            // Imposed: "require|oblige|compel <industry actor> to ...".
            for c in in_s
                .iter()
                .filter(|h| self.has_role(h, Role::Compel) && !self.frames.negated[h.first])
            {
                let from = in_s.partition_point(|h| h.first <= c.last);
                let next_actor = in_s[from..]
                    .iter()
                    .take_while(|h| h.first <= c.last + 5)
                    .find(|h| self.has_role(h, Role::ActorIndustry));
                if let Some(a) = next_actor {
                    industry[si].get_or_insert(c.first..a.last + 1);
                    if self.standing_compel(c, a, f.tokens.start, &mut authorities_before) {
                        standing[si].get_or_insert(c.first..a.last + 1);
                    }
                }
            }
        }
        self.industry_duty = industry;
        self.standing_duty = standing;
        self.state_duty = state;
    }

    /// Definitions and exceptions, per sentence.
    fn compute_sentence_features(&mut self) {
        for (si, f) in self.frames.frames.iter().enumerate() {
            let toks = &self.tokens[f.tokens.clone()];
            self.definition[si] = toks.iter().enumerate().any(|(i, t)| {
                matches!(t.w(), "means" | "mean") && kind::means_defines(i.checked_sub(1).map(|j| toks[j].w()))
            });
            self.exception[si] = toks.iter().any(|t| matches!(t.w(), "except" | "unless"));
            self.permissive[si] = f.modality == Modality::May;
        }
        self.first_definition = self.definition.iter().position(|&b| b);
        self.first_exception = self.exception.iter().position(|&b| b);
    }

    /// How far the provision's powers are safeguarded.
    ///
    /// Robust: prior judicial or independent authorisation in the clause
    /// itself, with no gap; a reference to a safeguards regime elsewhere
    /// ("subject to the conditions and safeguards of article 24") is
    /// partial (labelling §26). Analysts read a power that
    /// only a judge can order, and that opens no gap, as lawful ("save by
    /// court order", "upon securing a court warrant"); a gap (a vague
    /// threshold, an administrative decision, no time limit, secrecy) makes
    /// it partial (labelling §2, §3). Necessity or limits without
    /// authorisation are partial.
    fn compute_safeguards(&mut self) {
        let mut auth = false;
        let mut some: Option<Range<usize>> = None;
        let mut gap: Option<Range<usize>> = None;
        let safeguard_roles = [
            Role::SafeguardAuthorisation,
            Role::SafeguardNecessity,
            Role::SafeguardLimit,
            Role::SafeguardOversight,
            Role::SafeguardGeneral,
        ];
        // Per token: the last negator at or before it, and how many words of
        // excess ("longer", "beyond", "exceeding") precede it, so that a
        // bound is told from a gap in constant time per hit. Made only when
        // a negated safeguard asks.
        let is_excess =
            |t: &Token| matches!(t.w(), "longer" | "more" | "beyond" | "outside") || t.w().starts_with("exceed");
        let arrays: std::cell::OnceCell<(Vec<Option<usize>>, Vec<u32>)> = std::cell::OnceCell::new();
        let negators_and_excess = || {
            arrays.get_or_init(|| {
                let mut last_negator = Vec::with_capacity(self.tokens.len());
                let mut excess_before = Vec::with_capacity(self.tokens.len() + 1);
                excess_before.push(0u32);
                let mut last = None;
                for (i, t) in self.tokens.iter().enumerate() {
                    if matches!(t.w(), "no" | "nor" | "not" | "without" | "nothing" | "never") {
                        last = Some(i);
                    }
                    last_negator.push(last);
                    excess_before.push(excess_before[i] + u32::from(is_excess(t)));
                }
                (last_negator, excess_before)
            })
        };
        for h in &self.hits {
            let frame = &self.frames.frames[self.sentence(h)];
            if self.has_role(h, Role::Gap) && !self.negated(h) {
                gap.get_or_insert(Self::span(h));
                continue;
            }
            let Some(role) = safeguard_roles.iter().copied().find(|r| self.has_role(h, *r)) else {
                continue;
            };
            // A bound on a power stays a bound under the prohibition that
            // states it: "No order may authorise interception for any
            // period longer than is necessary, nor longer than thirty days"
            // (under "no"/"nor"; "shall not retain them for longer than …"
            // keeps its reading).
            let bound = || {
                let (last_negator, excess_before) = negators_and_excess();
                // The nearest negator before the hit, in its sentence.
                let negator = h
                    .first
                    .checked_sub(1)
                    .and_then(|i| last_negator[i])
                    .filter(|&n| n >= frame.tokens.start);
                let under_no = negator.is_some_and(|n| matches!(self.tokens[n].w(), "no" | "nor"));
                // "No order may authorise interception for longer than …".
                let stated_under_no =
                    role == Role::SafeguardLimit && self.tokens[h.first..=h.last].iter().any(is_excess) && under_no;
                // "shall not seize any data beyond what is necessary for the
                // offence specified in the warrant": the negation falls on the
                // excess, and what the excess is measured against stands.
                let measured_against_excess = matches!(role, Role::SafeguardLimit | Role::SafeguardNecessity)
                    && negator.is_some_and(|n| excess_before[h.first] > excess_before[n + 1]);
                stated_under_no || measured_against_excess
            };
            if self.negated(h) && !bound() {
                // "shall not require authorisation", "without any time limit".
                gap.get_or_insert(Self::span(h));
                continue;
            }
            some.get_or_insert(Self::span(h));
            // A safeguard a State merely may provide for ("a Party may declare
            // that orders are to be issued by a judge") is not a guarantee.
            let optional = frame.modality == Modality::May
                && !frame.restrictive
                && frame.modal_at.is_some_and(|m| {
                    self.tokens[m + 1..frame.tokens.end]
                        .iter()
                        .find(|t| t.is_word)
                        .is_some_and(|t| {
                            matches!(
                                t.w(),
                                "declare" | "provide" | "decide" | "choose" | "opt" | "stipulate" | "prescribe"
                            )
                        })
                });
            if role == Role::SafeguardAuthorisation && !optional {
                auth = true;
            }
        }
        self.safeguards = SafeguardLevel {
            robust: auth && gap.is_none(),
            some,
            gap,
        };
    }

    /// Does `r` hold in sentence `s` (or anywhere in the provision, for
    /// `None`)? Returns the token span that shows it.
    fn holds(&self, r: Ref, s: Option<usize>) -> Option<Range<usize>> {
        match r {
            Ref::Concept { id, polarity } => {
                let list = &self.by_concept[id];
                let from = match s {
                    Some(s) => list.partition_point(|&i| i < self.hits_of_sentence[s].start),
                    None => 0,
                };
                list[from..]
                    .iter()
                    .map(|&i| &self.hits[i])
                    .take_while(|h| s.is_none_or(|s| self.sentence(h) == s))
                    .find(|h| self.reads_as(h, polarity))
                    .map(Self::span)
            }
            Ref::Feature(f) => self.feature(f, s),
        }
    }

    fn feature(&self, f: Feature, s: Option<usize>) -> Option<Range<usize>> {
        let frames = &self.frames.frames;
        // Sentence-level flags: in one sentence, or the first sentence of
        // the provision where the flag holds (precomputed).
        let any_sentence = |flags: &[bool], first: Option<usize>| -> Option<Range<usize>> {
            match s {
                Some(si) => flags[si].then(|| frames[si].tokens.clone()),
                None => first.map(|si| frames[si].tokens.clone()),
            }
        };
        let per_sentence = |v: &Vec<Option<Range<usize>>>| match s {
            Some(s) => v.get(s).cloned().flatten(),
            None => v.iter().flatten().next().cloned(),
        };
        match f {
            Feature::IndustryDuty => per_sentence(&self.industry_duty),
            Feature::StandingDuty => per_sentence(&self.standing_duty),
            Feature::StateDuty => per_sentence(&self.state_duty),
            Feature::SafeguardsRobust => self.safeguards.robust.then(|| self.safeguards.some.clone()).flatten(),
            Feature::SafeguardsPartial => {
                if self.safeguards.robust {
                    None
                } else {
                    self.safeguards.some.clone()
                }
            }
            Feature::SafeguardsNone => self.safeguards.some.is_none().then_some(0..0),
            Feature::Gap => self.safeguards.gap.clone(),
            Feature::Permissive => any_sentence(&self.permissive, self.permissive.iter().position(|&b| b)),
            Feature::Exception => any_sentence(&self.exception, self.first_exception),
            Feature::Definition => any_sentence(&self.definition, self.first_definition),
            Feature::Kind(k) => match s {
                Some(si) => (self.kind_of(si) == k).then(|| frames[si].tokens.clone()),
                None => (0..frames.len())
                    .find(|&si| self.kind_of(si) == k)
                    .map(|si| frames[si].tokens.clone()),
            },
        }
    }

    /// Evaluate every rule; spans are token ranges.
    fn evaluate(&self, deleted: bool) -> Vec<Finding> {
        let mut out = Vec::new();
        for (ri, rule) in self.set.rules.iter().enumerate() {
            if rule.deleted_only && !deleted {
                continue;
            }
            // Most rules find no trigger concept at all in a provision.
            if !rule
                .trigger
                .iter()
                .any(|t| matches!(*t, Ref::Concept { id, .. } if !self.by_concept[id].is_empty()))
            {
                continue;
            }
            // Candidate triggers in text order, so evidence reads in order.
            let mut candidates: Vec<usize> = Vec::new();
            for t in &rule.trigger {
                let Ref::Concept { id, polarity } = *t else { continue };
                candidates.extend(
                    self.by_concept[id]
                        .iter()
                        .copied()
                        .filter(|&hi| self.reads_as(&self.hits[hi], polarity)),
                );
            }
            crate::sort::by_key(&mut candidates, |&c| c as u64);
            candidates.dedup();
            // Candidates come in text order, so sentences never decrease:
            // the last sentence the rule fired in (once per sentence) and
            // the last where its conditions failed (they do not depend on
            // the trigger, so they fail for every trigger of that sentence,
            // or of the provision for a clause-scope rule) are enough.
            let mut fired_in: Option<usize> = None;
            let mut failed_in: Option<usize> = None;
            for hi in candidates {
                let h = &self.hits[hi];
                let s = self.sentence(h);
                // A condition ("If a State does not extradite ...") is not a provision.
                if self.frames.conditional[h.first] || fired_in == Some(s) || failed_in == Some(s) {
                    continue;
                }
                if let Some(f) = self.check(ri, rule, h, s) {
                    fired_in = Some(s);
                    out.push(f);
                } else if rule.scope == Scope::Clause {
                    break;
                } else {
                    failed_in = Some(s);
                }
            }
        }
        out
    }

    /// Does hit `h` have the polarity a rule asks of it?
    fn reads_as(&self, h: &Hit, polarity: Polarity) -> bool {
        match polarity {
            Polarity::Affirmed => !self.negated(h),
            Polarity::Negated => self.negated(h),
            Polarity::Any => true,
        }
    }

    /// The item of sentence `s` that holds `h`: its tokens between the
    /// nearest `;` or line break on either side (a list item "(b) …;").
    fn item_of(&self, h: &Hit, s: usize) -> Range<usize> {
        let sentence = self.frames.frames[s].tokens.clone();
        let bound = |t: &Token| !t.is_word && matches!(t.w(), ";" | "\n");
        let start = self.tokens[sentence.start..h.first]
            .iter()
            .rposition(bound)
            .map_or(sentence.start, |i| sentence.start + i + 1);
        let end = self.tokens[h.last + 1..sentence.end]
            .iter()
            .position(bound)
            .map_or(sentence.end, |i| h.last + 1 + i);
        start..end
    }

    /// Does `r` hold inside `item` (tokens of sentence `s`)? A feature is
    /// read for the whole sentence.
    fn holds_in_item(&self, r: Ref, s: usize, item: &Range<usize>) -> bool {
        match r {
            Ref::Concept { id, polarity } => self.by_concept[id]
                .iter()
                .map(|&i| &self.hits[i])
                .any(|h| item.contains(&h.first) && h.last < item.end && self.reads_as(h, polarity)),
            Ref::Feature(f) => self.feature(f, Some(s)).is_some(),
        }
    }

    /// Does `r` hold in a sentence of the provision other than `s`?
    fn holds_elsewhere(&self, r: Ref, s: usize) -> bool {
        let first_two = *self.held_in.borrow_mut().entry(r).or_insert_with(|| {
            let mut found = [None, None];
            let mut note = |si: usize| {
                if found[0].is_none() {
                    found[0] = Some(si);
                } else if found[0] != Some(si) && found[1].is_none() {
                    found[1] = Some(si);
                }
                found[1].is_some()
            };
            match r {
                Ref::Concept { id, polarity } => {
                    for &i in &self.by_concept[id] {
                        let h = &self.hits[i];
                        if self.reads_as(h, polarity) && note(self.sentence(h)) {
                            break;
                        }
                    }
                }
                Ref::Feature(f) => {
                    for si in 0..self.frames.frames.len() {
                        if self.feature(f, Some(si)).is_some() && note(si) {
                            break;
                        }
                    }
                }
            }
            found
        });
        first_two.iter().flatten().any(|&si| si != s)
    }

    fn check(&self, ri: usize, rule: &Rule, h: &Hit, s: usize) -> Option<Finding> {
        let scope = match rule.scope {
            Scope::Sentence => Some(s),
            Scope::Clause => None,
        };
        let mut spans = vec![Self::span(h)];
        for group in &rule.all {
            let found = group.iter().find_map(|r| self.holds(*r, scope))?;
            if !found.is_empty() && !spans.contains(&found) {
                spans.push(found);
            }
        }
        let blocked = if rule.none_in_item {
            let item = self.item_of(h, s);
            rule.none.iter().any(|r| self.holds_in_item(*r, s, &item))
        } else {
            rule.none.iter().any(|r| self.holds(*r, scope).is_some())
        } || rule.none_elsewhere.iter().any(|r| self.holds_elsewhere(*r, s));
        if blocked {
            return None;
        }
        let verdict = match rule.reopened {
            Some(v) if self.frames.reopened[h.first] || self.frames.reopening[h.first] => v,
            _ => rule.verdict,
        };
        Some(Finding {
            rule: ri,
            verdict,
            spans,
        })
    }
}

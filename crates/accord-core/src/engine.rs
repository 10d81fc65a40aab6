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
use crate::lexicon::{Hit, Token};
use crate::report::{
    alignment, Alignment, Alternatives, Evidence, PrincipleReport, Reading, Report, SetInfo, Span,
    Status, SCHEMA_VERSION,
};
use crate::segment::{mask_editorial, sentences, Brackets};
use crate::set::{Polarity, PrincipleSet, Ref, Role, Rule, Scope, Verdict};
use crate::text::{utf16_offset, Normalized};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// Largest text analysed, in bytes (1 MiB).
pub const MAX_INPUT_BYTES: usize = 1 << 20;
/// Most bracket readings analysed for the list of differing alternatives.
pub const MAX_READINGS: usize = 16;

/// Features the engine derives from the frame of a clause, usable in rules
/// as `@name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// `@industry-duty`: in the sentence, industry (service providers,
    /// operators, "any person") bears a duty, directly ("providers shall")
    /// or imposed through a State ("require service providers to").
    IndustryDuty,
    /// `@state-duty`: a State Party is the subject of the sentence's modal verb.
    StateDuty,
    /// `@safeguards-robust` (clause): prior judicial/independent authorisation
    /// together with necessity/proportionality or specific limits, and no gap.
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
}

impl Feature {
    pub const NAMES: &'static [&'static str] = &[
        "industry-duty",
        "state-duty",
        "safeguards-robust",
        "safeguards-partial",
        "safeguards-none",
        "gap",
        "permissive",
        "exception",
        "definition",
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "industry-duty" => Feature::IndustryDuty,
            "state-duty" => Feature::StateDuty,
            "safeguards-robust" => Feature::SafeguardsRobust,
            "safeguards-partial" => Feature::SafeguardsPartial,
            "safeguards-none" => Feature::SafeguardsNone,
            "gap" => Feature::Gap,
            "permissive" => Feature::Permissive,
            "exception" => Feature::Exception,
            "definition" => Feature::Definition,
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
}

/// A rule that fired, in normalised-text coordinates.
#[derive(Debug, Clone)]
struct Finding {
    rule: usize,
    verdict: Verdict,
    spans: Vec<Range<usize>>,
}

/// One reading of a text, analysed.
struct Reading_ {
    findings: Vec<Finding>,
    norm: Normalized,
    has_words: bool,
}

/// Everything the rules look at, for one reading.
struct Ctx<'a> {
    set: &'a PrincipleSet,
    tokens: Vec<Token>,
    frames: Frames,
    hits: Vec<Hit>,
    /// Per sentence: evidence token range of each sentence-level feature.
    industry_duty: Vec<Option<Range<usize>>>,
    state_duty: Vec<Option<Range<usize>>>,
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

    /// Analyse one clause (or a whole draft).
    pub fn analyze(&self, text: &str) -> Result<Report, InputError> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(InputError::TooLarge { bytes: text.len(), limit: MAX_INPUT_BYTES });
        }
        let brackets = {
            let mut n = Normalized::new(text);
            mask_editorial(text, &mut n);
            Brackets::find(n.as_str())
        };
        let main = self.read(text, &brackets, &[]);
        if !main.has_words {
            return Ok(self.empty_report());
        }
        let principles = self.principle_reports(text, &main);

        // Other readings of the bracketed alternatives.
        let readings = brackets.combinations();
        let analysed = readings.min(MAX_READINGS);
        let mut differing = Vec::new();
        let main_verdicts: Vec<Verdict> = principles.iter().map(|p| p.verdict).collect();
        for k in 1..analysed {
            let choice = odometer(&brackets, k);
            let r = self.read(text, &brackets, &choice);
            let verdicts = self.verdicts(&r.findings);
            let diff: BTreeMap<String, Verdict> = verdicts
                .iter()
                .enumerate()
                .filter(|(i, v)| **v != main_verdicts[*i])
                .map(|(i, v)| (self.set.principles[i].id.clone(), *v))
                .collect();
            if !diff.is_empty() {
                let choices = brackets
                    .groups
                    .iter()
                    .zip(&choice)
                    .map(|(g, &c)| {
                        let r = &g[c];
                        let (s, e) = main.norm.original_range(text, r.start, r.end);
                        text[s..e].to_owned()
                    })
                    .collect();
                differing.push(Reading { choices, verdicts: diff });
            }
        }
        Ok(Report {
            schema_version: SCHEMA_VERSION,
            set: self.set_info(),
            status: Status::Analysed,
            message: None,
            alignment: alignment(&principles),
            principles,
            alternatives: Alternatives {
                readings,
                analysed,
                capped: readings > MAX_READINGS,
                differing,
            },
        })
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
            alternatives: Alternatives { readings: 1, analysed: 0, capped: false, differing: Vec::new() },
        }
    }

    /// Analyse one reading of the brackets.
    fn read(&self, text: &str, brackets: &Brackets, choice: &[usize]) -> Reading_ {
        let mut norm = Normalized::new(text);
        mask_editorial(text, &mut norm);
        brackets.apply(&mut norm, choice);
        match amend::find(norm.as_str()) {
            None => {
                let (findings, has_words) = self.findings(&norm);
                Reading_ { findings, norm, has_words }
            }
            Some(a) => {
                // Inserted words are clause text; deleted words are read
                // and their verdicts turned around (labelling §13).
                let (mut findings, ins_words) = self.findings(&norm.keep_only(&a.inserted));
                let (deleted, del_words) = self.findings(&norm.keep_only(&a.deleted));
                findings.extend(deleted.into_iter().map(|f| Finding { verdict: f.verdict.inverse(), ..f }));
                Reading_ { findings, norm, has_words: ins_words || del_words }
            }
        }
    }

    /// Findings on a masked text, with spans in normalised bytes.
    fn findings(&self, norm: &Normalized) -> (Vec<Finding>, bool) {
        let ctx = Ctx::new(&self.set, norm.as_str());
        let has_words = ctx.tokens.iter().any(|t| t.is_word);
        let findings = ctx
            .evaluate()
            .into_iter()
            .map(|f| Finding {
                spans: f
                    .spans
                    .iter()
                    .map(|r| ctx.tokens[r.start].start..ctx.tokens[r.end - 1].end)
                    .collect(),
                ..f
            })
            .collect();
        (findings, has_words)
    }

    fn verdicts(&self, findings: &[Finding]) -> Vec<Verdict> {
        (0..self.set.principles.len())
            .map(|p| combine(findings.iter().filter(|f| self.set.rules[f.rule].principle == p).map(|f| f.verdict)))
            .collect()
    }

    fn principle_reports(&self, text: &str, reading: &Reading_) -> Vec<PrincipleReport> {
        let verdicts = self.verdicts(&reading.findings);
        self.set
            .principles
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let verdict = verdicts[pi];
                let mut evidence: Vec<Evidence> = Vec::new();
                for f in reading.findings.iter().filter(|f| self.set.rules[f.rule].principle == pi) {
                    let rule = &self.set.rules[f.rule];
                    let spans = f
                        .spans
                        .iter()
                        .map(|r| {
                            let (s, e) = reading.norm.original_range(text, r.start, r.end);
                            Span {
                                bytes: [s, e],
                                utf16: [utf16_offset(text, s), utf16_offset(text, e)],
                                text: text[s..e].to_owned(),
                            }
                        })
                        .collect();
                    // One entry per rule: later sentences add their spans.
                    if let Some(prev) = evidence.iter_mut().find(|e| e.rule == rule.id && e.verdict == f.verdict) {
                        for s in spans {
                            if !prev.spans.contains(&s) {
                                prev.spans.push(s);
                            }
                        }
                        continue;
                    }
                    evidence.push(Evidence {
                        rule: rule.id.clone(),
                        verdict: f.verdict,
                        explanation: rule.explain.clone(),
                        spans,
                    });
                }
                let explanation = explain(verdict, &evidence);
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
                }
            })
            .collect()
    }

    /// Every concept found in `text` (main reading), with its polarity and
    /// sentence: what rule authors need to see why a rule did or did not fire.
    pub fn trace(&self, text: &str) -> Vec<TraceHit> {
        let mut norm = Normalized::new(text);
        mask_editorial(text, &mut norm);
        let b = Brackets::find(norm.as_str());
        b.apply(&mut norm, &[]);
        let ctx = Ctx::new(&self.set, norm.as_str());
        ctx.hits
            .iter()
            .map(|h| {
                let (s, e) = norm.original_range(text, ctx.tokens[h.first].start, ctx.tokens[h.last].end);
                let si = ctx.sentence(h);
                TraceHit {
                    concept: self.set.concepts[h.concept].id.clone(),
                    text: text[s..e].to_owned(),
                    negated: ctx.negated(h),
                    sentence: si,
                    modality: ctx.frames.frames[si].modality,
                }
            })
            .collect()
    }

    /// The IDs of the rules that fire on `text` (for rule self-tests).
    pub fn fired_rules(&self, text: &str) -> Vec<String> {
        let mut norm = Normalized::new(text);
        mask_editorial(text, &mut norm);
        let b = Brackets::find(norm.as_str());
        b.apply(&mut norm, &[]);
        let ctx = Ctx::new(&self.set, norm.as_str());
        let mut ids: Vec<String> = ctx.evaluate().into_iter().map(|f| self.set.rules[f.rule].id.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

fn explain(verdict: Verdict, evidence: &[Evidence]) -> String {
    let of = |v: Verdict| evidence.iter().filter(move |e| e.verdict == v).map(|e| e.explanation.as_str());
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
    fn new(set: &'a PrincipleSet, text: &str) -> Self {
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
        let hits: Vec<Hit> = set
            .lexicon
            .find(&tokens)
            .into_iter()
            .filter(|h| frames.sentence_of[h.first] == frames.sentence_of[h.last])
            .collect();
        // A hit inside a longer hit of the same concept is the same mention:
        // "a court or other independent body" is one authorisation, and it
        // takes the polarity of its start.
        let hits: Vec<Hit> = hits
            .iter()
            .filter(|h| {
                !hits.iter().any(|o| {
                    o.concept == h.concept && o != *h && o.first <= h.first && o.last >= h.last
                })
            })
            .copied()
            .collect();
        let mut ctx = Ctx {
            set,
            tokens,
            frames,
            hits,
            industry_duty: Vec::new(),
            state_duty: Vec::new(),
            safeguards: SafeguardLevel::default(),
        };
        ctx.compute_duties();
        ctx.compute_safeguards();
        ctx
    }

    fn has_role(&self, h: &Hit, role: Role) -> bool {
        self.set.roles.get(&role).is_some_and(|v| v.contains(&h.concept))
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

    /// Who bears the duty in each sentence.
    fn compute_duties(&mut self) {
        let n = self.frames.frames.len();
        let mut industry = vec![None; n];
        let mut state = vec![None; n];
        for (si, f) in self.frames.frames.iter().enumerate() {
            let in_s: Vec<&Hit> = self.hits.iter().filter(|h| f.tokens.contains(&h.first)).collect();
            // Subject: the first actor before the first modal verb of each
            // clause (clauses are cut at ";"); later modals of the clause
            // ("..., and shall report") share it.
            let mut clause_start = f.tokens.start;
            let mut clause_has_subject = false;
            for m in f.tokens.clone() {
                let w = self.tokens[m].word.as_str();
                if w == ";" {
                    clause_start = m + 1;
                    clause_has_subject = false;
                    continue;
                }
                if clause_has_subject || !matches!(w, "shall" | "must" | "may" | "will") {
                    continue;
                }
                clause_has_subject = true;
                let subject = in_s
                    .iter()
                    .filter(|h| h.first >= clause_start && h.last < m)
                    .find(|h| self.has_role(h, Role::ActorIndustry) || self.has_role(h, Role::ActorState));
                if let Some(h) = subject {
                    if self.has_role(h, Role::ActorIndustry) {
                        industry[si].get_or_insert(Self::span(h));
                    } else {
                        state[si].get_or_insert(Self::span(h));
                    }
                }
            }
            // Passive agent: "shall be installed and maintained by the operator".
            if let Some(m) = f.modal_at {
                let agent = in_s.iter().find(|h| {
                    h.first > m
                        && h.first > 0
                        && self.tokens[h.first - 1].word == "by"
                        && self.has_role(h, Role::ActorIndustry)
                });
                if let Some(a) = agent {
                    industry[si].get_or_insert(Self::span(a));
                }
            }
            // Imposed: "require|oblige|compel <industry actor> to ...".
            for c in in_s.iter().filter(|h| self.has_role(h, Role::Compel) && !self.frames.negated[h.first]) {
                let next_actor = in_s
                    .iter()
                    .filter(|h| h.first > c.last && h.first <= c.last + 5)
                    .find(|h| self.has_role(h, Role::ActorIndustry));
                if let Some(a) = next_actor {
                    industry[si].get_or_insert(c.first..a.last + 1);
                }
            }
        }
        self.industry_duty = industry;
        self.state_duty = state;
    }

    /// How far the clause's powers are safeguarded.
    fn compute_safeguards(&mut self) {
        let mut auth = false;
        // "subject to the conditions and safeguards set out in article 24":
        // a reference to a full safeguards regime.
        let mut regime = false;
        let mut necessity_or_limit = false;
        let mut some: Option<Range<usize>> = None;
        let mut gap: Option<Range<usize>> = None;
        let safeguard_roles = [
            Role::SafeguardAuthorisation,
            Role::SafeguardNecessity,
            Role::SafeguardLimit,
            Role::SafeguardOversight,
            Role::SafeguardGeneral,
        ];
        for h in &self.hits {
            let frame = &self.frames.frames[self.sentence(h)];
            if self.has_role(h, Role::Gap) && !self.negated(h) {
                gap.get_or_insert(Self::span(h));
                continue;
            }
            let Some(role) = safeguard_roles.iter().copied().find(|r| self.has_role(h, *r)) else {
                continue;
            };
            if self.negated(h) {
                // "shall not require authorisation", "without any time limit".
                gap.get_or_insert(Self::span(h));
                continue;
            }
            some.get_or_insert(Self::span(h));
            // A safeguard a State merely may provide for is not a guarantee.
            let optional = frame.modality == Modality::May && !frame.restrictive;
            match role {
                Role::SafeguardAuthorisation if !optional => auth = true,
                Role::SafeguardNecessity | Role::SafeguardLimit if !optional => necessity_or_limit = true,
                Role::SafeguardGeneral if !optional => regime = true,
                _ => {}
            }
        }
        self.safeguards = SafeguardLevel { robust: ((auth && necessity_or_limit) || regime) && gap.is_none(), some, gap };
    }

    /// Does `r` hold in sentence `s` (or anywhere, for clause scope)? Returns
    /// the token span that shows it.
    fn holds(&self, r: Ref, s: Option<usize>) -> Option<Range<usize>> {
        match r {
            Ref::Concept { id, polarity } => self
                .hits
                .iter()
                .filter(|h| h.concept == id && s.is_none_or(|s| self.sentence(h) == s))
                .find(|h| match polarity {
                    Polarity::Affirmed => !self.negated(h),
                    Polarity::Negated => self.negated(h),
                    Polarity::Any => true,
                })
                .map(Self::span),
            Ref::Feature(f) => self.feature(f, s),
        }
    }

    fn feature(&self, f: Feature, s: Option<usize>) -> Option<Range<usize>> {
        let per_sentence = |v: &Vec<Option<Range<usize>>>| match s {
            Some(s) => v.get(s).cloned().flatten(),
            None => v.iter().flatten().next().cloned(),
        };
        let frames = &self.frames.frames;
        let sentence_span = |si: usize| frames[si].tokens.clone();
        match f {
            Feature::IndustryDuty => per_sentence(&self.industry_duty),
            Feature::StateDuty => per_sentence(&self.state_duty),
            Feature::SafeguardsRobust => self.safeguards.robust.then(|| self.safeguards.some.clone()).flatten(),
            Feature::SafeguardsPartial => {
                if self.safeguards.robust {
                    None
                } else {
                    self.safeguards.some.clone()
                }
            }
            Feature::SafeguardsNone => self.safeguards.some.is_none().then(|| 0..0),
            Feature::Gap => self.safeguards.gap.clone(),
            Feature::Permissive => {
                let ok = |si: usize| frames[si].modality == Modality::May;
                match s {
                    Some(si) => ok(si).then(|| sentence_span(si)),
                    None => (0..frames.len()).find(|&si| ok(si)).map(sentence_span),
                }
            }
            Feature::Definition => {
                let ok = |si: usize| {
                    let toks = &self.tokens[frames[si].tokens.clone()];
                    toks.iter().enumerate().any(|(i, t)| {
                        matches!(t.word.as_str(), "means" | "mean")
                            && (i == 0
                                || !matches!(toks[i - 1].word.as_str(), "by" | "the" | "a" | "any" | "all" | "other" | "no" | "appropriate" | "technical" | "such"))
                    })
                };
                match s {
                    Some(si) => ok(si).then(|| sentence_span(si)),
                    None => (0..frames.len()).find(|&si| ok(si)).map(sentence_span),
                }
            }
            Feature::Exception => {
                let ok = |si: usize| {
                    self.tokens[frames[si].tokens.clone()]
                        .iter()
                        .any(|t| matches!(t.word.as_str(), "except" | "unless"))
                };
                match s {
                    Some(si) => ok(si).then(|| sentence_span(si)),
                    None => (0..frames.len()).find(|&si| ok(si)).map(sentence_span),
                }
            }
        }
    }

    /// Evaluate every rule; spans are token ranges.
    fn evaluate(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for (ri, rule) in self.set.rules.iter().enumerate() {
            let mut fired_in: Vec<usize> = Vec::new();
            for h in &self.hits {
                let s = self.sentence(h);
                if fired_in.contains(&s) || !self.triggers(rule, h) {
                    continue;
                }
                if let Some(f) = self.check(ri, rule, h, s) {
                    fired_in.push(s);
                    out.push(f);
                }
            }
        }
        out
    }

    fn triggers(&self, rule: &Rule, h: &Hit) -> bool {
        // A condition ("If a State does not extradite ...") is not a provision.
        if self.frames.conditional[h.first] {
            return false;
        }
        rule.trigger.iter().any(|r| match *r {
            Ref::Concept { id, polarity } => {
                id == h.concept
                    && match polarity {
                        Polarity::Affirmed => !self.negated(h),
                        Polarity::Negated => self.negated(h),
                        Polarity::Any => true,
                    }
            }
            Ref::Feature(_) => false,
        })
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
        if rule.none.iter().any(|r| self.holds(*r, scope).is_some()) {
            return None;
        }
        let verdict = match rule.reopened {
            Some(v) if self.frames.reopened[h.first] => v,
            _ => rule.verdict,
        };
        Some(Finding { rule: ri, verdict, spans })
    }
}

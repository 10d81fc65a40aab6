//! Principle sets: the data format, its validation and its compilation.
//!
//! A principle set is a TOML (or JSON) document with a `[set]` header,
//! `[[groups]]`, `[[principles]]` (each with seed citations and four-part
//! documentation), optional `[[concepts]]` that extend the shared lexicon,
//! and `[[rules]]`. The Tech Accord set is built in (`data/accord.toml`);
//! another organisation can write its own and load it with
//! [`PrincipleSet::from_toml`]. The linguistic lexicon (`data/lexicon.toml`:
//! actors, safeguards, negation-sensitive concepts) is shared by every set.
//!
//! # Rule conditions
//! A rule names a `trigger` (any of a list of concept references) and may add
//! `all` (a list of groups, each satisfied by any one of its references) and
//! `none` (references that must not occur). A reference is a concept ID with
//! an optional polarity prefix: `x` = affirmed, `~x` = negated, `*x` = either.
//! References starting with `@` are features the engine derives (see
//! [`crate::engine::Feature`]). `scope = "clause"` looks for the conditions in
//! the whole clause instead of the trigger's sentence.

use crate::engine::Feature;
use crate::lexicon::{Analyzer, Lexicon};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// A verdict on one principle. Serialised in snake_case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Supports,
    Violates,
    Mixed,
    NotAddressed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supports => "supports",
            Verdict::Violates => "violates",
            Verdict::Mixed => "mixed",
            Verdict::NotAddressed => "not_addressed",
        }
    }

    /// The verdict with its polarity turned around (supports ↔ violates).
    pub fn inverse(self) -> Self {
        match self {
            Verdict::Supports => Verdict::Violates,
            Verdict::Violates => Verdict::Supports,
            v => v,
        }
    }

    /// Parse a verdict string as written in corpora and reports.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "supports" => Verdict::Supports,
            "violates" => Verdict::Violates,
            "mixed" => Verdict::Mixed,
            "not_addressed" => Verdict::NotAddressed,
            _ => return None,
        })
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The `[set]` header.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetMeta {
    pub id: String,
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub name: String,
}

/// Where a principle comes from: a seed document, its section, a short quote.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    pub file: String,
    pub section: String,
    pub quote: String,
}

/// The four-part documentation of a principle.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Doc {
    /// What the principle checks.
    pub checks: String,
    /// Why it matters.
    pub why: String,
    /// An example clause that violates it.
    pub violating_example: String,
    /// Wording to use instead.
    pub better_wording: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub group: String,
    pub title: String,
    pub summary: String,
    pub seeds: Vec<Seed>,
    pub doc: Doc,
}

/// A concept of the lexicon: phrases that express it, and an optional role
/// the linguistic machinery knows (actors, safeguards, gaps).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptDef {
    pub id: String,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub note: String,
    pub phrases: Vec<String>,
    /// Concepts whose hits inside a hit of this one are the same words read
    /// more precisely, and are dropped ("whose data were intercepted" is a
    /// reference to a power, not a grant of one).
    #[serde(default)]
    pub absorbs: Vec<String>,
}

/// Roles the engine's linguistic machinery reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// States Parties, Parties, the Convention's own duty-bearers.
    ActorState,
    /// Service providers, manufacturers, operators, private entities.
    ActorIndustry,
    /// "require", "oblige", "compel", "order": a verb that imposes a duty.
    Compel,
    /// Prior judicial or independent authorisation.
    SafeguardAuthorisation,
    /// Necessity, proportionality.
    SafeguardNecessity,
    /// Time limits, specified data, serious offences only.
    SafeguardLimit,
    /// Review, oversight, notification, remedies, records.
    SafeguardOversight,
    /// "conditions and safeguards", "subject to", "in accordance with law".
    SafeguardGeneral,
    /// A gap in safeguards: "whenever they deem it necessary", "any offence".
    Gap,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    #[default]
    Sentence,
    Clause,
}

/// A rule as written in a principle set.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub principle: String,
    pub verdict: Verdict,
    /// One sentence a non-lawyer understands.
    pub explain: String,
    pub trigger: Vec<String>,
    #[serde(default)]
    pub all: Vec<Vec<String>>,
    #[serde(default)]
    pub none: Vec<String>,
    #[serde(default)]
    pub scope: Scope,
    /// Verdict when the trigger is negated but an exception re-opens it.
    #[serde(default)]
    pub reopened: Option<Verdict>,
    /// Texts on which this rule must fire.
    #[serde(default)]
    pub fire: Vec<String>,
    /// Texts on which this rule must not fire.
    #[serde(default)]
    pub quiet: Vec<String>,
}

/// A principle set as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetFile {
    pub set: SetMeta,
    pub groups: Vec<Group>,
    pub principles: Vec<Principle>,
    #[serde(default)]
    pub concepts: Vec<ConceptDef>,
    #[serde(default)]
    pub rules: Vec<RuleDef>,
}

/// The shared lexicon file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    concepts: Vec<ConceptDef>,
}

/// An error in a principle set, with its position in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetError {
    pub message: String,
    /// 1-based line and column, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl fmt::Display for SetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// Every error found while loading a set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetErrors(pub Vec<SetError>);

impl fmt::Display for SetErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SetErrors {}

fn line_col(src: &str, byte: usize) -> (usize, usize) {
    let before = &src[..byte.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Locate `needle` as a quoted string, after the quoted `anchor` if given.
fn locate(src: &str, anchor: Option<&str>, needle: &str) -> (Option<usize>, Option<usize>) {
    let from = anchor.and_then(|a| src.find(&format!("\"{a}\""))).unwrap_or(0);
    match src[from..].find(&format!("\"{needle}\"")) {
        Some(i) => {
            let (l, c) = line_col(src, from + i);
            (Some(l), Some(c))
        }
        None => (None, None),
    }
}

/// A reference to a concept or feature, compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    Concept { id: usize, polarity: Polarity },
    Feature(Feature),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    Affirmed,
    Negated,
    Any,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub principle: usize,
    pub verdict: Verdict,
    pub explain: String,
    pub trigger: Vec<Ref>,
    pub all: Vec<Vec<Ref>>,
    pub none: Vec<Ref>,
    pub scope: Scope,
    pub reopened: Option<Verdict>,
    pub fire: Vec<String>,
    pub quiet: Vec<String>,
}

/// A loaded, validated and compiled principle set.
pub struct PrincipleSet {
    pub meta: SetMeta,
    pub groups: Vec<Group>,
    pub principles: Vec<Principle>,
    pub concepts: Vec<ConceptDef>,
    pub rules: Vec<Rule>,
    pub(crate) analyzer: Analyzer,
    pub(crate) lexicon: Lexicon,
    /// The role of each concept, by concept index.
    pub(crate) roles: Vec<Option<Role>>,
    /// The concepts each concept absorbs (see [`ConceptDef::absorbs`]).
    pub(crate) absorbs: Vec<Vec<usize>>,
}

impl fmt::Debug for PrincipleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrincipleSet")
            .field("id", &self.meta.id)
            .field("principles", &self.principles.len())
            .field("rules", &self.rules.len())
            .finish()
    }
}

/// The shared linguistic lexicon (`data/lexicon.toml`), as JSON made at build time.
pub const LEXICON_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.json"));
/// The built-in Tech Accord set (`data/accord.toml`), as JSON made at build time.
pub const ACCORD_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/accord.json"));

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn one_error(message: String, line: Option<usize>, column: Option<usize>) -> SetErrors {
    SetErrors(vec![SetError { message, line, column }])
}

/// Parse TOML into a generic JSON value: the typed step is then shared with
/// JSON input (one deserialiser for every type keeps WebAssembly small).
#[cfg(feature = "toml")]
fn toml_to_json(src: &str, what: &str) -> Result<serde_json::Value, SetErrors> {
    let table: toml::Table = toml::from_str(src).map_err(|e| {
        let (line, column) = match e.span() {
            Some(s) => {
                let (l, c) = line_col(src, s.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        one_error(format!("{what}: {}", e.message().trim()), line, column)
    })?;
    serde_json::to_value(table).map_err(|e| one_error(format!("{what}: {e}"), None, None))
}

/// The typed value from a generic one; a type error names the field's path
/// and, when it can be found, its line in `src`.
fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value, src: &str) -> Result<T, SetErrors> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let key = path.rsplit('.').next().unwrap_or("").split('[').next().unwrap_or("");
        let (line, column) = locate_key(src, &path, key);
        one_error(format!("invalid principle set: {path}: {}", e.inner()), line, column)
    })
}

/// Where `key` is written (TOML `key =` or JSON `"key":`), after the section
/// the path starts with, when it can be found.
fn locate_key(src: &str, path: &str, key: &str) -> (Option<usize>, Option<usize>) {
    if key.is_empty() {
        return (None, None);
    }
    let section = path.split(['.', '[']).next().unwrap_or("");
    let from = [
        format!("[{section}]"),
        format!("[[{section}]]"),
        format!("\"{section}\""),
    ]
    .iter()
    .filter_map(|h| src.find(h.as_str()))
    .min()
    .unwrap_or(0);
    let rest = &src[from..];
    let hit = rest.match_indices(key).find(|(i, _)| {
        let after = rest[i + key.len()..].trim_start_matches([' ', '"']);
        let before_ok = *i == 0 || !rest.as_bytes()[i - 1].is_ascii_alphanumeric();
        before_ok && (after.starts_with('=') || after.starts_with(':'))
    });
    match hit {
        Some((i, _)) => {
            let (l, c) = line_col(src, from + i);
            (Some(l), Some(c))
        }
        None => (None, None),
    }
}

impl PrincipleSet {
    /// Load a set from TOML text (cargo feature `toml`, on by default).
    #[cfg(feature = "toml")]
    pub fn from_toml(src: &str) -> Result<Self, SetErrors> {
        let value = toml_to_json(src, "invalid principle set")?;
        Self::compile(typed(value, src)?, src)
    }

    /// Load a set from JSON text.
    pub fn from_json(src: &str) -> Result<Self, SetErrors> {
        let value: serde_json::Value = serde_json::from_str(src)
            .map_err(|e| one_error(format!("invalid principle set: {e}"), Some(e.line()), Some(e.column())))?;
        Self::compile(typed(value, src)?, src)
    }

    /// Load a set from TOML or JSON, by its first non-blank character.
    pub fn from_source(src: &str) -> Result<Self, SetErrors> {
        if src.trim_start().starts_with('{') {
            return Self::from_json(src);
        }
        #[cfg(feature = "toml")]
        return Self::from_toml(src);
        #[cfg(not(feature = "toml"))]
        Err(one_error(
            "this build reads principle sets in JSON only; convert a TOML set with `accord rules-json FILE`".into(),
            None,
            None,
        ))
    }

    /// A TOML set as JSON text (what the WebAssembly build reads).
    #[cfg(feature = "toml")]
    pub fn toml_to_json(src: &str) -> Result<String, SetErrors> {
        let value = toml_to_json(src, "invalid principle set")?;
        // Validate before converting, so that errors point into the TOML.
        Self::compile(typed(value.clone(), src)?, src)?;
        serde_json::to_string_pretty(&value).map_err(|e| one_error(e.to_string(), None, None))
    }

    /// The built-in Tech Accord set. Its TOML became JSON at build time
    /// (build.rs), so no TOML is parsed at run time.
    pub fn builtin() -> Self {
        // The embedded set is validated by the test suite; failing here
        // would be a build defect, not a user error.
        Self::from_json(ACCORD_JSON).expect("the built-in principle set is valid")
    }

    fn compile(file: SetFile, src: &str) -> Result<Self, SetErrors> {
        let mut errors = Vec::new();
        let mut err = |anchor: Option<&str>, needle: &str, message: String| {
            let (line, column) = locate(src, anchor, needle);
            errors.push(SetError { message, line, column });
        };

        let lex: LexiconFile =
            serde_json::from_str(LEXICON_JSON).map_err(|e| one_error(format!("built-in lexicon: {e}"), None, None))?;
        let mut concepts = lex.concepts;
        let shared = concepts.len();
        concepts.extend(file.concepts);

        // Groups and principles.
        let mut group_ids = HashMap::new();
        for g in &file.groups {
            if group_ids.insert(g.id.as_str(), ()).is_some() {
                err(None, &g.id, format!("group \"{}\" is defined twice", g.id));
            }
        }
        let mut principle_ids: HashMap<&str, usize> = HashMap::new();
        for (i, p) in file.principles.iter().enumerate() {
            if !is_kebab(&p.id) {
                err(None, &p.id, format!("principle ID \"{}\" is not kebab-case", p.id));
            }
            if principle_ids.insert(p.id.as_str(), i).is_some() {
                err(None, &p.id, format!("principle \"{}\" is defined twice", p.id));
            }
            if !group_ids.contains_key(p.group.as_str()) {
                err(
                    Some(&p.id),
                    &p.group,
                    format!("principle \"{}\": unknown group \"{}\"", p.id, p.group),
                );
            }
            if p.seeds.is_empty() {
                err(None, &p.id, format!("principle \"{}\" cites no seed passage", p.id));
            }
        }

        // Concepts.
        let mut concept_ids: HashMap<&str, usize> = HashMap::new();
        let mut phrases = Vec::new();
        for (i, c) in concepts.iter().enumerate() {
            if concept_ids.insert(c.id.as_str(), i).is_some() {
                let origin = if i < shared { "the shared lexicon" } else { "this set" };
                err(
                    None,
                    &c.id,
                    format!("concept \"{}\" is defined twice (again in {origin})", c.id),
                );
            }
            for a in &c.absorbs {
                if !concepts.iter().any(|o| &o.id == a) {
                    err(
                        Some(&c.id),
                        a,
                        format!("concept \"{}\" absorbs an unknown concept \"{a}\"", c.id),
                    );
                }
            }
            if c.phrases.is_empty() {
                err(None, &c.id, format!("concept \"{}\" has no phrases", c.id));
            }
            for p in &c.phrases {
                phrases.push((i, p.clone()));
            }
        }
        let analyzer = Analyzer::default();
        let lexicon = match Lexicon::compile(&analyzer, &phrases) {
            Ok(l) => Some(l),
            Err(bad) => {
                for b in bad {
                    let (c, p) = &phrases[b];
                    err(
                        Some(&concepts[*c].id),
                        p,
                        format!("concept \"{}\": phrase \"{p}\" has no word", concepts[*c].id),
                    );
                }
                None
            }
        };

        // Rules.
        let mut rule_ids = HashMap::new();
        let mut rules = Vec::new();
        for r in &file.rules {
            if rule_ids.insert(r.id.as_str(), ()).is_some() {
                err(None, &r.id, format!("rule \"{}\" is defined twice", r.id));
            }
            let principle = match principle_ids.get(r.principle.as_str()) {
                Some(&p) => p,
                None => {
                    err(
                        Some(&r.id),
                        &r.principle,
                        format!("rule \"{}\": unknown principle \"{}\"", r.id, r.principle),
                    );
                    continue;
                }
            };
            if r.verdict == Verdict::NotAddressed {
                err(
                    Some(&r.id),
                    "not_addressed",
                    format!("rule \"{}\": a rule must give a verdict", r.id),
                );
            }
            if r.trigger.is_empty() {
                err(None, &r.id, format!("rule \"{}\" has no trigger", r.id));
            }
            let mut parse = |s: &String| -> Option<Ref> {
                match parse_ref(s, &concept_ids) {
                    Ok(r) => Some(r),
                    Err(m) => {
                        err(Some(&r.id), s, format!("rule \"{}\": {m}", r.id));
                        None
                    }
                }
            };
            let trigger: Vec<Ref> = r.trigger.iter().filter_map(&mut parse).collect();
            let all: Vec<Vec<Ref>> = r
                .all
                .iter()
                .map(|g| g.iter().filter_map(&mut parse).collect())
                .collect();
            let none: Vec<Ref> = r.none.iter().filter_map(&mut parse).collect();
            if trigger.iter().any(|t| matches!(t, Ref::Feature(_))) {
                err(
                    Some(&r.id),
                    "@",
                    format!("rule \"{}\": a trigger must be a concept, not a feature", r.id),
                );
            }
            rules.push(Rule {
                id: r.id.clone(),
                principle,
                verdict: r.verdict,
                explain: r.explain.clone(),
                trigger,
                all,
                none,
                scope: r.scope,
                reopened: r.reopened,
                fire: r.fire.clone(),
                quiet: r.quiet.clone(),
            });
        }

        if !errors.is_empty() {
            return Err(SetErrors(errors));
        }
        let roles = concepts.iter().map(|c| c.role).collect();
        let absorbs = concepts
            .iter()
            .map(|c| {
                c.absorbs
                    .iter()
                    .filter_map(|id| concept_ids.get(id.as_str()).copied())
                    .collect()
            })
            .collect();
        Ok(PrincipleSet {
            meta: file.set,
            groups: file.groups,
            principles: file.principles,
            concepts,
            rules,
            analyzer,
            lexicon: lexicon.expect("no lexicon errors"),
            roles,
            absorbs,
        })
    }

    /// The principle with this ID.
    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }
}

fn parse_ref(s: &str, concepts: &HashMap<&str, usize>) -> Result<Ref, String> {
    if let Some(f) = s.strip_prefix('@') {
        return Feature::parse(f)
            .map(Ref::Feature)
            .ok_or_else(|| format!("unknown feature \"@{f}\" (known: {})", Feature::NAMES.join(", ")));
    }
    let (polarity, id) = match s.as_bytes().first() {
        Some(b'~') => (Polarity::Negated, &s[1..]),
        Some(b'*') => (Polarity::Any, &s[1..]),
        _ => (Polarity::Affirmed, s),
    };
    concepts
        .get(id)
        .map(|&id| Ref::Concept { id, polarity })
        .ok_or_else(|| format!("unknown concept \"{id}\""))
}

//! Principle sets: validation and compilation (the file format and its
//! reader are the `accord-set` crate, re-exported here).
//!
//! A principle set is a TOML (or JSON) document with a `[set]` header,
//! `[[groups]]`, `[[principles]]` (each with seed citations and four-part
//! documentation), optional `[[concepts]]` that extend the shared lexicon,
//! and `[[rules]]`. The Tech Accord set is built in (`data/accord.toml` and one file per principle in `data/principles/`);
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
use accord_set::{locate, one_error};
pub use accord_set::{
    ConceptDef, Doc, Group, Principle, Role, RuleDef, Scope, Seed, SeedDoc, SetError, SetErrors, SetFile, SetMeta,
    Verdict,
};
use std::collections::HashMap;
use std::fmt;

/// A reference to a concept or feature, compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ref {
    Concept { id: usize, polarity: Polarity },
    Feature(Feature),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// Reads only deleted words, verdict as written (see `accord_set::Reads`).
    pub deleted_only: bool,
    /// Looks for its `none` conditions in the trigger's item only (see
    /// `accord_set::NoneIn`).
    pub none_in_item: bool,
    /// Conditions that stop the rule when they hold in another sentence of
    /// the provision (see `accord_set::RuleDef::none_elsewhere`).
    pub none_elsewhere: Vec<Ref>,
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
/// The built-in Tech Accord set as one TOML source: `data/accord.toml` with
/// the principle files of `data/principles/` appended in catalog order
/// (build.rs). For tests and tools that need the rules' examples, which the
/// embedded JSON leaves out; unused code is not linked, so it costs the
/// WebAssembly build nothing.
pub const ACCORD_TOML: &str = include_str!(concat!(env!("OUT_DIR"), "/accord.toml"));
/// The built-in Tech Accord set (`data/accord.toml` and `data/principles/`), as JSON made at build time.
pub const ACCORD_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/accord.json"));
/// The compiled phrases of the shared lexicon and the built-in set
/// ([`crate::lexicon::Lexicon::to_bytes`], made by build.rs).
pub const ACCORD_LEXICON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/accord.lexicon"));

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl PrincipleSet {
    /// Load a set from TOML text (cargo feature `toml`, on by default).
    #[cfg(feature = "toml")]
    pub fn from_toml(src: &str) -> Result<Self, SetErrors> {
        Self::compile(accord_set::parse_toml(src)?, src, None)
    }

    /// Load a set from JSON text.
    pub fn from_json(src: &str) -> Result<Self, SetErrors> {
        Self::compile(accord_set::parse_json(src)?, src, None)
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

    /// A TOML set as JSON text (validated first, so errors point into the TOML).
    #[cfg(feature = "toml")]
    pub fn toml_to_json(src: &str) -> Result<String, SetErrors> {
        // Validate before converting, so that errors point into the TOML.
        Self::from_toml(src)?;
        accord_set::toml_value_json(src, true)
    }

    /// The built-in Tech Accord set. Its TOML became JSON at build time
    /// (build.rs), so no TOML is parsed at run time, and its phrases were
    /// compiled there into [`ACCORD_LEXICON`], so none is tokenized or
    /// stemmed either (the embedded JSON leaves them out).
    pub fn builtin() -> Self {
        // The embedded set is validated by the test suite (which also
        // checks that the embedded lexicon is what compiling the set's
        // phrases gives); failing here would be a build defect, not a user
        // error.
        let lexicon = Lexicon::from_bytes(ACCORD_LEXICON).expect("the embedded lexicon is well-formed");
        let file = accord_set::parse_json(ACCORD_JSON).expect("the built-in set parses");
        Self::compile(file, ACCORD_JSON, Some(lexicon)).expect("the built-in principle set is valid")
    }

    /// Check a parsed set and compile it. `prebuilt` is the compiled
    /// lexicon of the built-in set, whose phrases build.rs compiled (and
    /// left out of the embedded JSON).
    fn compile(file: SetFile, src: &str, prebuilt: Option<Lexicon>) -> Result<Self, SetErrors> {
        let mut errors = Vec::new();
        let mut err = |anchor: Option<&str>, needle: &str, message: String| {
            let (line, column) = locate(src, anchor, needle);
            errors.push(SetError { message, line, column });
        };

        let lex = accord_set::parse_lexicon(LEXICON_JSON)
            .map_err(|e| one_error(format!("built-in lexicon: {e}"), None, None))?;
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
        // Seed documents: each listed once; when listed, every cited file.
        let mut seed_docs: HashMap<&str, &SeedDoc> = HashMap::new();
        for d in &file.seeds {
            if seed_docs.insert(d.file.as_str(), d).is_some() {
                err(None, &d.file, format!("seed document \"{}\" is listed twice", d.file));
            }
        }
        if !file.seeds.is_empty() {
            for p in &file.principles {
                for s in p.seeds.iter().filter(|s| !seed_docs.contains_key(s.file.as_str())) {
                    err(
                        Some(&p.id),
                        &s.file,
                        format!(
                            "principle \"{}\" cites \"{}\", which the [[seeds]] table does not list",
                            p.id, s.file
                        ),
                    );
                }
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
            if c.phrases.is_empty() && prebuilt.is_none() {
                err(None, &c.id, format!("concept \"{}\" has no phrases", c.id));
            }
            for p in &c.phrases {
                phrases.push((i, p.clone()));
            }
        }
        let analyzer = Analyzer::default();
        let compiled = match prebuilt {
            Some(lexicon) => Ok(lexicon),
            None => Lexicon::compile(&analyzer, &phrases),
        };
        let lexicon = match compiled {
            Ok(l) => Some(l),
            Err(bad) => {
                for b in bad {
                    let (c, p) = &phrases[b];
                    err(
                        Some(&concepts[*c].id),
                        p,
                        format!(
                            "concept \"{}\": phrase \"{p}\" can never match (it has no word, or a gap `...` that is not between two words or skips more than {} words)",
                            concepts[*c].id,
                            crate::lexicon::MAX_GAP
                        ),
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
            let none_elsewhere: Vec<Ref> = r.none_elsewhere.iter().filter_map(&mut parse).collect();
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
                deleted_only: r.reads == Some(accord_set::Reads::Deleted),
                none_in_item: r.none_in == Some(accord_set::NoneIn::Item),
                none_elsewhere,
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
        // Each citation takes its document's title and date (unless it
        // gives its own).
        let mut principles = file.principles;
        for s in principles.iter_mut().flat_map(|p| p.seeds.iter_mut()) {
            if let Some(d) = seed_docs.get(s.file.as_str()) {
                if s.title.is_empty() {
                    s.title.clone_from(&d.title);
                }
                if s.date.is_empty() {
                    s.date.clone_from(&d.date);
                }
            }
        }
        Ok(PrincipleSet {
            meta: file.set,
            groups: file.groups,
            principles,
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

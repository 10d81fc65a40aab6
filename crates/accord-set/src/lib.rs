//! # accord-set
//!
//! The principle-set file format: its types, and reading them from TOML or
//! JSON with errors that say where the fault is written (line, column and
//! the value's path, `rules[3].verdict: unknown variant …`).
//!
//! A principle set is a TOML (or JSON) document with a `[set]` header,
//! optional `[[seeds]]` (the cited documents' titles and dates), `[[groups]]`, `[[principles]]` (each with seed citations and four-part
//! documentation), optional `[[concepts]]` that extend the shared lexicon,
//! and `[[rules]]`. Validation of what the types cannot say (unknown
//! concepts, duplicate IDs) and compilation are `accord-core`'s `set`
//! module; this crate only reads.
//!
//! Why a crate of its own: the engine is built for speed and the reader
//! for size. `accord-core` is compiled at `opt-level = "s"` in the
//! WebAssembly profile (twice the throughput of `"z"`, measured), while the
//! deserialisation code, large and run once per set, stays at `"z"` here.
#![forbid(unsafe_code)]

use serde::{Deserialize, Serialize};
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

    /// A symbol for tables and marks (always shown with a word or a key):
    /// ✓ supports, ✗ violates, ◐ mixed, – not addressed.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Supports => "\u{2713}",
            Verdict::Violates => "\u{2717}",
            Verdict::Mixed => "\u{25D0}",
            Verdict::NotAddressed => "\u{2013}",
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
/// `title` and `date` are the document's, filled in from the set's
/// `[[seeds]]` table when the set is compiled (or written here directly);
/// `file` stays for traceability.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    pub file: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub date: String,
    pub section: String,
    pub quote: String,
}

impl Seed {
    /// The document as a reader names it: "Title, date", the title alone,
    /// or the file name when the set gives no title.
    pub fn source(&self) -> String {
        match (self.title.is_empty(), self.date.is_empty()) {
            (true, _) => self.file.clone(),
            (false, true) => self.title.clone(),
            (false, false) => format!("{}, {}", self.title, self.date),
        }
    }
}

/// A seed document of the set (`[[seeds]]`): its file, title and date, so
/// that citations name the document rather than its file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SeedDoc {
    pub file: String,
    pub title: String,
    #[serde(default)]
    pub date: String,
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

/// Which words a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reads {
    /// Only words an amendment deletes; the verdict is not inverted.
    Deleted,
}

/// Where a rule's `none` conditions are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoneIn {
    /// The trigger's item: its sentence between `;` and list markers.
    Item,
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
    /// `deleted`: the rule reads only the words an amendment deletes, and
    /// its verdict is the effect of deleting them (not turned around), for
    /// effects that are not the mirror of the provision: deleting a
    /// rights-based refusal ground makes cooperation `mixed` although the
    /// ground itself does not engage cooperation (labelling §27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reads: Option<Reads>,
    /// `item`: the `none` conditions are looked for only in the trigger's
    /// own item — the part of its sentence between semicolons or list
    /// markers ("(a) …; (b) …") — not in the rule's whole scope. A scope
    /// clause whose item (a) names the treaty's offences and whose item (b)
    /// reaches "evidence of any criminal offence" is then a mixed list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub none_in: Option<NoneIn>,
    /// Conditions that stop the rule when they hold in another sentence of
    /// the provision: what the rest of the text does around the trigger.
    /// "Assistance may be refused where …" in an article that also sets up
    /// mutual assistance is a ground of a regime, not a refusal on its own
    /// (labelling §27).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub none_elsewhere: Vec<String>,
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
    /// The seed documents the principles cite (optional; when given, every
    /// cited file must be listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seeds: Vec<SeedDoc>,
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
pub struct LexiconFile {
    pub concepts: Vec<ConceptDef>,
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

/// 1-based line and column (in chars) of byte `byte` of `src`.
pub fn line_col(src: &str, byte: usize) -> (usize, usize) {
    let before = &src[..byte.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Locate `needle` as a quoted string, after the quoted `anchor` if given.
pub fn locate(src: &str, anchor: Option<&str>, needle: &str) -> (Option<usize>, Option<usize>) {
    let from = anchor.and_then(|a| src.find(&format!("\"{a}\""))).unwrap_or(0);
    match src[from..].find(&format!("\"{needle}\"")) {
        Some(i) => {
            let (l, c) = line_col(src, from + i);
            (Some(l), Some(c))
        }
        None => (None, None),
    }
}

/// A single error.
pub fn one_error(message: String, line: Option<usize>, column: Option<usize>) -> SetErrors {
    SetErrors(vec![SetError { message, line, column }])
}

/// Strip a parser's own " at line L column C" suffix: the position goes in
/// the error's fields.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) => message[..i].trim_end(),
        None => message.trim_end(),
    }
}

/// A TOML syntax error, with its 1-based position.
#[cfg(feature = "toml")]
fn toml_error(e: &basic_toml::Error) -> SetErrors {
    let (line, column) = match e.line_col() {
        Some((l, c)) => (Some(l + 1), Some(c + 1)),
        None => (None, None),
    };
    one_error(without_position(&e.to_string()).to_string(), line, column)
}

/// One step of a path into a set: a key or an array index.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Path of the value being read at byte `end` of `json`, a JSON text that
/// is well formed up to there (`rules[3].verdict`).
fn json_path_at(json: &str, end: usize) -> Vec<Step<'_>> {
    enum Frame<'a> {
        Object(Option<&'a str>),
        Array(usize),
    }
    let b = json.as_bytes();
    let end = end.min(b.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match b[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    *key = json.get(start..i.min(b.len()));
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .into_iter()
        .filter_map(|f| match f {
            Frame::Object(Some(k)) => Some(Step::Key(k)),
            Frame::Object(None) => None,
            Frame::Array(n) => Some(Step::Index(n)),
        })
        .collect()
}

fn render_path(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(n) => out.push_str(&format!("[{n}]")),
        }
    }
    out
}

/// Where the value at `path` is written in a TOML set: the key inside the
/// right table (the n-th `[[rules]]` for `rules[n]`), else the table's
/// header.
#[cfg(feature = "toml")]
fn locate_in_toml(src: &str, path: &[Step]) -> Option<usize> {
    let Some(Step::Key(section)) = path.first() else {
        return None;
    };
    let header_name = |line: &str, double: bool| -> Option<String> {
        let t = line.trim();
        let inner = if double {
            t.strip_prefix("[[")?.split("]]").next()?
        } else {
            t.strip_prefix('[').filter(|r| !r.starts_with('['))?.split(']').next()?
        };
        Some(inner.trim().to_string())
    };
    let mut offsets = Vec::new();
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        offsets.push((at, line));
        at += line.len();
    }
    let (table, keys) = match path.get(1) {
        Some(Step::Index(n)) => (
            offsets
                .iter()
                .filter(|(_, l)| header_name(l, true).as_deref() == Some(*section))
                .nth(*n),
            &path[2..],
        ),
        _ => (
            offsets
                .iter()
                .find(|(_, l)| header_name(l, false).as_deref() == Some(*section)),
            &path[1..],
        ),
    };
    let &(start, header) = table?;
    let body_start = start + header.len();
    let body_end = offsets
        .iter()
        .map(|&(o, _)| o)
        .find(|&o| o >= body_start && src[o..].trim_start_matches([' ', '\t']).starts_with('['))
        .unwrap_or(src.len());
    let body = &src[body_start..body_end];
    let mut found = None;
    for step in keys {
        if let Step::Key(k) = step {
            let from = found.unwrap_or(0);
            match find_key(&body[from..], k) {
                Some(i) => found = Some(from + i),
                None => break,
            }
        }
    }
    Some(found.map_or(start, |i| body_start + i))
}

/// The first `key =` (a whole key, at the start of a line or after `{`/`,`).
#[cfg(feature = "toml")]
fn find_key(src: &str, key: &str) -> Option<usize> {
    src.match_indices(key).map(|(i, _)| i).find(|&i| {
        let before = src[..i].trim_end_matches([' ', '\t']);
        let after = src[i + key.len()..].trim_start_matches([' ', '\t']);
        (before.is_empty() || before.ends_with(['\n', '{', ','])) && after.starts_with('=')
    })
}

/// A JSON parser error, with its 1-based position; a type error also names
/// the path of the value (`rules[3].verdict: unknown variant …`).
fn json_error(src: &str, e: &serde_json::Error) -> SetErrors {
    let (line, column) = match e.line() {
        0 => (None, None),
        l => (Some(l), Some(e.column())),
    };
    let message = without_position(&e.to_string()).to_string();
    let path = match (e.classify(), byte_offset(src, e.line(), e.column())) {
        (serde_json::error::Category::Data, Some(at)) => render_path(&json_path_at(src, at)),
        _ => String::new(),
    };
    one_error(with_path(&path, message), line, column)
}

/// What a document without a `[set]` table is told (an empty file, a
/// document of another kind): what a set looks like, not only serde's
/// "missing field `set`".
pub const NOT_A_SET: &str = "this is not a principle set: it has no [set] table. A principle set has `[set]` (id, name, version), `[[groups]]` (id, name), `[[principles]]` (id, group, title, summary, `[[principles.seeds]]` file/section/quote, `[principles.doc]`), optional `[[concepts]]` (id, phrases) and `[[rules]]` (id, principle, verdict, explain, trigger, all, none, scope); see \"The principle-set format\" in the README and crates/accord-core/tests/fixtures/mini-set.toml for a small one";

/// `path: message`, or the message alone when there is no path; a missing
/// `[set]` at the top says what a set is.
fn with_path(path: &str, message: String) -> String {
    if path.is_empty() && message.starts_with("missing field `set`") {
        return NOT_A_SET.to_owned();
    }
    if path.is_empty() {
        message
    } else {
        format!("{path}: {message}")
    }
}

/// Byte offset of a 1-based line and (byte) column.
fn byte_offset(src: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = src.split_inclusive('\n').take(line.checked_sub(1)?).map(str::len).sum();
    Some((start + column).min(src.len()))
}

/// Read a set from JSON text.
pub fn parse_json(src: &str) -> Result<SetFile, SetErrors> {
    // Parsed straight into the typed set (no generic value in between): the
    // parser's error carries the position of the fault.
    serde_json::from_str(src).map_err(|e| json_error(src, &e))
}

/// Read the shared lexicon from JSON text.
pub fn parse_lexicon(src: &str) -> Result<LexiconFile, SetErrors> {
    serde_json::from_str(src).map_err(|e| json_error(src, &e))
}

/// Read a set from TOML text (cargo feature `toml`).
#[cfg(feature = "toml")]
pub fn parse_toml(src: &str) -> Result<SetFile, SetErrors> {
    // TOML → generic value → JSON text → typed set: the typed step is the
    // JSON one (one deserialiser for every type keeps WebAssembly small),
    // and a type error's path in the JSON is mapped back to where the value
    // is written in the TOML.
    let json = toml_value_json(src, false)?;
    serde_json::from_str(&json).map_err(|e| {
        let at = byte_offset(&json, e.line(), e.column()).unwrap_or(0);
        let path = json_path_at(&json, at);
        let (line, column) = match locate_in_toml(src, &path) {
            Some(i) => {
                let (l, c) = line_col(src, i);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        let message = without_position(&e.to_string()).to_string();
        one_error(with_path(&render_path(&path), message), line, column)
    })
}

/// TOML text as JSON text (pretty or compact), without validating the
/// set's types.
#[cfg(feature = "toml")]
pub fn toml_value_json(src: &str, pretty: bool) -> Result<String, SetErrors> {
    let value: serde_json::Value = basic_toml::from_str(src).map_err(|e| toml_error(&e))?;
    let json = if pretty {
        serde_json::to_string_pretty(&value)
    } else {
        serde_json::to_string(&value)
    };
    json.map_err(|e| one_error(e.to_string(), None, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_without_a_set_table_is_told_what_a_set_is() {
        for src in ["{}", "{\"groups\": []}"] {
            let e = parse_json(src).unwrap_err().to_string();
            assert!(e.contains("this is not a principle set: it has no [set] table"), "{e}");
        }
        #[cfg(feature = "toml")]
        for src in ["", "\n# nothing\n", "[[groups]]\nid = \"g\"\nname = \"G\"\n"] {
            let e = parse_toml(src).unwrap_err().to_string();
            assert!(e.contains("this is not a principle set: it has no [set] table"), "{e}");
            assert!(!e.contains("missing field"), "{e}");
        }
        // A [set] with a missing field keeps serde's precise message.
        let e = parse_json("{\"set\": {\"id\": \"x\"}}").unwrap_err().to_string();
        assert!(e.contains("set: missing field `name`"), "{e}");
    }

    #[test]
    fn json_paths_follow_objects_and_arrays() {
        let json = r#"{"a":{"b":[1,{"c":"x,]"}]},"d":2}"#;
        let at = json.find("x,]").unwrap();
        assert_eq!(
            json_path_at(json, at),
            vec![Step::Key("a"), Step::Key("b"), Step::Index(1), Step::Key("c")]
        );
        assert_eq!(render_path(&json_path_at(json, at)), "a.b[1].c");
        assert_eq!(json_path_at(json, json.find("2}").unwrap()), vec![Step::Key("d")]);
        // Past the end, or in a broken text: no panic.
        let _ = json_path_at("{\"a\":\"\\", 99);
    }

    #[cfg(feature = "toml")]
    #[test]
    fn toml_keys_are_found_in_the_nth_table() {
        let src = "[[r]]\nid = 1\nv = 2\n\n[[r]]\nid = 3\nv = { w = 4 }\n";
        let at = locate_in_toml(src, &[Step::Key("r"), Step::Index(1), Step::Key("v"), Step::Key("w")]).unwrap();
        assert_eq!(line_col(src, at), (7, 7));
        let at = locate_in_toml(src, &[Step::Key("r"), Step::Index(0), Step::Key("v")]).unwrap();
        assert_eq!(line_col(src, at), (3, 1));
        assert_eq!(locate_in_toml(src, &[Step::Key("r"), Step::Index(5)]), None);
    }
}

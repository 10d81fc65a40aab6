//! # accord-core
//!
//! Scores a proposed cybercrime-treaty clause against the principles the
//! Cybersecurity Tech Accord set out for the UN cybercrime convention (or any
//! other principle set written in the same format).
//!
//! ```
//! let report = accord_core::analyze(
//!     "Nothing in this Convention shall be interpreted as requiring a State Party \
//!      to compel a provider to introduce back doors that weaken encryption.",
//! ).unwrap();
//! assert_eq!(report.verdict("strong-encryption"), accord_core::Verdict::Supports);
//! ```
//!
//! Where to start reading:
//! - [`engine`]: the pipeline and [`Checker::analyze`];
//! - [`frame`]: negation scope, modality, duty-bearers;
//! - [`set`]: the principle-set format and the rule language;
//! - `data/accord.toml`: the built-in principles and rules; `data/lexicon.toml`:
//!   the shared concepts (actors, safeguards, gaps);
//! - [`report`]: the frozen shape of the output.
//!
//! The crate does no IO, starts no thread and has no web dependency, so it
//! builds for `wasm32-unknown-unknown` as it is.
#![forbid(unsafe_code)]

pub mod amend;
pub mod compare;
pub mod engine;
pub mod eval;
pub mod frame;
pub mod kind;
pub mod lexicon;
pub mod report;
pub mod segment;
pub mod set;
mod sort;
pub mod suggest;
pub mod text;

pub use compare::Comparison;
pub use engine::{Checker, InputError, MAX_INPUT_BYTES};
pub use report::{Report, Span, Suggestion};
pub use set::{PrincipleSet, SetErrors, Verdict};

use std::sync::OnceLock;

/// The built-in Tech Accord checker, compiled once.
pub fn builtin() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(PrincipleSet::builtin()))
}

/// Analyse `text` against the built-in Tech Accord principles.
pub fn analyze(text: &str) -> Result<Report, InputError> {
    builtin().analyze(text)
}

/// Compare two versions of a text with the built-in principles.
pub fn compare(old: &str, new: &str) -> Result<Comparison, InputError> {
    builtin().compare(old, new)
}

/// Version of this crate (and of the engine).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

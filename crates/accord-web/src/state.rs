//! The widget's state and its reducer (`use_reducer`): the clause, the
//! report computed from it, the principle chosen to mark, and the undo and
//! restore offers; in "Compare versions" mode, the two versions and their
//! comparison. Analysis runs here, in the browser, by `accord-core`.

use accord_core::{Comparison, Report, Verdict};
use std::rc::Rc;
use yew::Reducible;

/// A principle set loaded for this widget (the `rules` attribute), compiled
/// once; equal only to itself.
#[derive(Clone)]
pub struct Rules(pub Rc<accord_core::Checker>);

impl PartialEq for Rules {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Rules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Rules({})", self.0.set().meta.id)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The clause as typed.
    pub text: String,
    /// The report on the text as last analysed (None before the first run).
    pub report: Option<Rc<Report>>,
    /// Error from the engine (e.g. over the size limit).
    pub error: Option<String>,
    /// The principle whose evidence is marked (None: all evidence).
    pub selected: Option<String>,
    /// The provision (article) chosen in the heat map: only its evidence of
    /// the selected principle is marked, and the view scrolls to it.
    pub focus: Option<usize>,
    /// Counts heat-map choices (the scrolling effect runs on each).
    pub focus_runs: u64,
    /// What "Clear" removed (or the text before a suggestion was
    /// applied), for "Undo".
    pub cleared: Option<String>,
    /// The undo restores the text before a suggestion, not a cleared one.
    pub undo_suggestion: bool,
    /// A saved draft that a shared link replaced, offered for restoring.
    pub restore_offer: Option<String>,
    /// A short status message ("Link copied").
    pub notice: Option<String>,
    /// How long the last analysis + render took, in ms (for the budget page).
    pub last_ms: Option<f64>,
    /// Counts analyses (so that effects see every run, even of equal reports).
    pub runs: u64,
    /// Checking one text, or comparing two versions.
    pub mode: Mode,
    /// The two versions of "Compare versions".
    pub versions: Versions,
    /// Another principle set (the `rules` attribute); the built-in one when None.
    pub rules: Option<Rules>,
}

/// What the widget is doing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// One text, its verdicts and evidence.
    #[default]
    Check,
    /// Two versions of a text: what changed and which verdicts moved.
    Compare,
}

/// One of the two versions compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Old,
    New,
}

/// "Compare versions": the two texts, their comparison, and what went wrong
/// opening a file for either.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Versions {
    pub old: String,
    pub new: String,
    /// The comparison of the texts as last compared (None before the first
    /// run, and while either version is blank).
    pub comparison: Option<Rc<Comparison>>,
    /// Error from the engine (e.g. a version over the size limit).
    pub error: Option<String>,
    /// Why a file could not be opened, for the old and the new version.
    pub file_error: [Option<String>; 2],
}

impl Versions {
    pub fn text(&self, side: Side) -> &str {
        match side {
            Side::Old => &self.old,
            Side::New => &self.new,
        }
    }

    fn text_mut(&mut self, side: Side) -> &mut String {
        match side {
            Side::Old => &mut self.old,
            Side::New => &mut self.new,
        }
    }

    pub fn file_error(&self, side: Side) -> Option<&str> {
        self.file_error[side as usize].as_deref()
    }

    /// Compare the two texts now (nothing to compare while one is blank).
    fn compared(mut self, checker: &accord_core::Checker) -> Self {
        if self.old.trim().is_empty() || self.new.trim().is_empty() {
            self.comparison = None;
            self.error = None;
            return self;
        }
        match checker.compare(&self.old, &self.new) {
            Ok(c) => {
                self.comparison = Some(Rc::new(c));
                self.error = None;
            }
            Err(e) => {
                self.comparison = None;
                self.error = Some(e.to_string());
            }
        }
        self
    }
}

pub enum Action {
    /// The user typed: keep the text, analysis follows after the debounce.
    Edit(String),
    /// Analyse the current text now.
    Analyze,
    /// Replace the text and analyse at once (examples, restore, undo).
    Load(String),
    Select(Option<String>),
    /// A heat-map cell: this provision, this principle.
    Focus(usize, String),
    Clear,
    /// Apply a suggested edit to the text (undoable) and analyse at once.
    Suggest(accord_core::Suggestion),
    Undo,
    Restore,
    DismissRestore,
    Notice(Option<String>),
    Timing(f64),
    /// Switch between checking a text and comparing versions.
    Mode(Mode),
    /// A version was typed in: comparison follows after the debounce.
    EditVersion(Side, String),
    /// Compare the two versions now.
    Compare,
    /// A file was read for a version: its text (compared at once), or why
    /// it could not be used (the version is left as it was).
    OpenedFile(Side, Result<String, String>),
}

impl State {
    /// The checker of this widget's principle set.
    pub fn checker(&self) -> &accord_core::Checker {
        self.rules.as_ref().map_or(accord_core::builtin(), |r| &r.0)
    }

    fn compared(mut self) -> Self {
        let versions = std::mem::take(&mut self.versions);
        self.versions = versions.compared(self.checker());
        self
    }

    fn analyzed(mut self) -> Self {
        self.runs += 1;
        match self.checker().analyze(&self.text) {
            Ok(r) => {
                // Keep the selection only if that principle is still engaged,
                // and the focus only on a provision that is still there.
                if let Some(id) = &self.selected {
                    if r.verdict(id) == Verdict::NotAddressed {
                        self.selected = None;
                    }
                }
                if self.focus.is_some_and(|i| i >= r.provisions.len()) || self.selected.is_none() {
                    self.focus = None;
                }
                self.report = Some(Rc::new(r));
                self.error = None;
            }
            Err(e) => {
                self.report = None;
                self.error = Some(e.to_string());
            }
        }
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(text) => {
                s.text = text;
                s.cleared = None;
                s.notice = None;
            }
            Action::Analyze => s = s.analyzed(),
            Action::Load(text) => {
                s.text = text;
                s.cleared = None;
                s.notice = None;
                s = s.analyzed();
            }
            Action::Select(id) => {
                s.selected = if s.selected == id { None } else { id };
                s.focus = None;
            }
            Action::Focus(i, id) => {
                s.selected = Some(id);
                s.focus = Some(i);
                s.focus_runs += 1;
            }
            Action::Clear => {
                if !s.text.is_empty() {
                    s.cleared = Some(std::mem::take(&mut s.text));
                    s.undo_suggestion = false;
                    s.selected = None;
                    s.notice = Some("Cleared. You can undo.".into());
                    s = s.analyzed();
                }
            }
            Action::Suggest(sg) => {
                // A span that no longer fits the text (edited since) is
                // not applied.
                if let Some(t) = accord_core::suggest::apply(&s.text, &sg) {
                    s.cleared = Some(std::mem::replace(&mut s.text, t));
                    s.undo_suggestion = true;
                    s.notice = Some("Suggestion applied. You can undo.".into());
                    s = s.analyzed();
                }
            }
            Action::Undo => {
                if let Some(t) = s.cleared.take() {
                    s.text = t;
                    s.notice = None;
                    s = s.analyzed();
                }
            }
            Action::Restore => {
                if let Some(t) = s.restore_offer.take() {
                    s.text = t;
                    s = s.analyzed();
                }
            }
            Action::DismissRestore => s.restore_offer = None,
            Action::Notice(n) => s.notice = n,
            Action::Timing(ms) => s.last_ms = Some(ms),
            Action::Mode(mode) => {
                s.mode = mode;
                s.notice = None;
                if mode == Mode::Compare && s.versions.comparison.is_none() {
                    s = s.compared();
                }
            }
            Action::EditVersion(side, text) => {
                *s.versions.text_mut(side) = text;
                s.versions.file_error[side as usize] = None;
            }
            Action::Compare => s = s.compared(),
            Action::OpenedFile(side, Ok(text)) => {
                *s.versions.text_mut(side) = text;
                s.versions.file_error[side as usize] = None;
                s = s.compared();
            }
            Action::OpenedFile(side, Err(why)) => s.versions.file_error[side as usize] = Some(why),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    //! The fast inner loop: the widget's logic without a browser.
    use super::*;

    fn run(s: Rc<State>, a: Action) -> Rc<State> {
        s.reduce(a)
    }

    #[test]
    fn typing_waits_for_the_debounce_then_analysis_fills_the_report() {
        let s = Rc::new(State::default());
        let s = run(
            s,
            Action::Edit("States shall require providers to decrypt communications.".into()),
        );
        assert!(s.report.is_none());
        let s = run(s, Action::Analyze);
        let r = s.report.as_ref().unwrap();
        assert_eq!(r.verdict("strong-encryption"), Verdict::Violates);
        assert_eq!(s.runs, 1);
    }

    #[test]
    fn clear_can_be_undone_and_selection_toggles() {
        let s = run(
            Rc::new(State::default()),
            Action::Load("Decisions shall be taken by consensus.".into()),
        );
        let s = run(s, Action::Select(Some("consensus".into())));
        assert_eq!(s.selected.as_deref(), Some("consensus"));
        let s = run(s, Action::Select(Some("consensus".into())));
        assert_eq!(s.selected, None);
        let s = run(s, Action::Clear);
        assert_eq!(s.text, "");
        assert_eq!(s.report.as_ref().unwrap().status, accord_core::report::Status::Empty);
        let s = run(s, Action::Undo);
        assert_eq!(s.text, "Decisions shall be taken by consensus.");
        assert_eq!(s.report.as_ref().unwrap().verdict("consensus"), Verdict::Supports);
    }

    #[test]
    fn a_suggestion_is_applied_rescored_and_undone() {
        let text = "Each State Party shall require service providers to decrypt communications.";
        let s = run(Rc::new(State::default()), Action::Load(text.into()));
        let sg = s.report.as_ref().unwrap().suggestions[0].clone();
        let s = run(s, Action::Suggest(sg));
        assert_eq!(
            s.text,
            "Each State Party shall not require service providers to decrypt communications."
        );
        assert_ne!(
            s.report.as_ref().unwrap().verdict("strong-encryption"),
            Verdict::Violates
        );
        assert!(s.undo_suggestion);
        let s = run(s, Action::Undo);
        assert_eq!(s.text, text);
        assert_eq!(
            s.report.as_ref().unwrap().verdict("strong-encryption"),
            Verdict::Violates
        );
    }

    #[test]
    fn a_heat_map_cell_focuses_an_article_and_a_principle() {
        let draft = "Article 1\nEach State Party shall require service providers to decrypt communications.\nArticle 2\nDecisions shall be taken by consensus.";
        let s = run(Rc::new(State::default()), Action::Load(draft.into()));
        assert_eq!(s.report.as_ref().unwrap().provisions.len(), 2);
        let s = run(s, Action::Focus(0, "strong-encryption".into()));
        assert_eq!(
            (s.focus, s.selected.as_deref(), s.focus_runs),
            (Some(0), Some("strong-encryption"), 1)
        );
        // Choosing a card's "Mark this" drops the article focus.
        let s = run(s, Action::Select(Some("consensus".into())));
        assert_eq!((s.focus, s.selected.as_deref()), (None, Some("consensus")));
        // An article that disappears loses the focus.
        let s = run(s, Action::Focus(1, "consensus".into()));
        let s = run(s, Action::Load("Decisions shall be taken by consensus.".into()));
        assert_eq!(s.focus, None);
    }

    const OLD: &str = "Article 1\nEach State Party shall not require service providers to decrypt communications.\n\nArticle 2\nStates shall cooperate.";

    #[test]
    fn compare_mode_shows_what_changed_and_which_verdicts_moved() {
        let s = run(Rc::new(State::default()), Action::Mode(Mode::Compare));
        assert_eq!(s.mode, Mode::Compare);
        // Nothing to compare until both versions are there.
        let s = run(s, Action::EditVersion(Side::Old, OLD.into()));
        let s = run(s, Action::Compare);
        assert!(s.versions.comparison.is_none());
        let s = run(
            s,
            Action::EditVersion(Side::New, OLD.replace("shall not require", "shall require")),
        );
        assert!(s.versions.comparison.is_none(), "an edit waits for the debounce");
        let s = run(s, Action::Compare);
        let c = s.versions.comparison.as_ref().unwrap();
        let changed: Vec<_> = c
            .provisions
            .iter()
            .filter(|p| p.status != accord_core::compare::Status::Unchanged)
            .map(|p| p.provision.as_str())
            .collect();
        assert_eq!(changed, ["Article 1"]);
        assert!(c.changes.iter().any(|m| m.principle == "strong-encryption"
            && m.before == Verdict::Supports
            && m.after == Verdict::Violates
            && m.direction == accord_core::compare::Direction::Worse));
        // Check mode keeps its own text.
        let s = run(s, Action::Mode(Mode::Check));
        assert_eq!((s.mode, s.text.as_str()), (Mode::Check, ""));
        assert!(s.versions.comparison.is_some());
    }

    #[test]
    fn a_file_that_cannot_be_used_leaves_the_version_untouched() {
        let s = run(
            Rc::new(State::default()),
            Action::EditVersion(Side::New, "my text".into()),
        );
        let s = run(s, Action::OpenedFile(Side::New, Err("not UTF-8".into())));
        assert_eq!(s.versions.new, "my text");
        assert_eq!(s.versions.file_error(Side::New), Some("not UTF-8"));
        assert_eq!(s.versions.file_error(Side::Old), None);
        let s = run(s, Action::OpenedFile(Side::New, Ok("States shall cooperate.".into())));
        assert_eq!(s.versions.new, "States shall cooperate.");
        assert_eq!(s.versions.file_error(Side::New), None);
    }

    #[test]
    fn another_principle_set_is_used_for_checking_and_comparing() {
        let set = accord_core::PrincipleSet::from_json(&mini_set_json()).unwrap();
        let s = State {
            rules: Some(Rules(Rc::new(accord_core::Checker::new(set)))),
            ..State::default()
        };
        let s = run(
            Rc::new(s),
            Action::Load("The authority may order an internet shutdown.".into()),
        );
        let r = s.report.as_ref().unwrap();
        assert_eq!(r.principles.len(), 2);
        assert_eq!(r.verdict("no-shutdowns"), Verdict::Violates);
        let s = run(s, Action::EditVersion(Side::Old, "States shall cooperate.".into()));
        let s = run(s, Action::EditVersion(Side::New, "States may order a shutdown.".into()));
        let s = run(s, Action::Compare);
        let c = s.versions.comparison.as_ref().unwrap();
        assert_eq!(c.changes.len(), 1);
        assert_eq!(c.changes[0].principle, "no-shutdowns");
    }

    /// crates/accord-core/tests/fixtures/mini-set.toml, as the widget's
    /// tests serve it in JSON (web/site/sets/mini-set.json).
    fn mini_set_json() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../web/site/sets/mini-set.json"
        ))
        .unwrap()
    }

    #[test]
    fn a_replaced_draft_can_be_restored() {
        let s = State {
            text: "shared".into(),
            restore_offer: Some("my draft".into()),
            ..State::default()
        };
        let s = run(Rc::new(s), Action::Restore);
        assert_eq!(s.text, "my draft");
        assert!(s.restore_offer.is_none());
    }
}

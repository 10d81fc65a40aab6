//! The checker: a text area, live results, marks, cards, share and export;
//! and "Compare versions": two text areas and what changed between them.

use crate::browser;
use crate::components::{verdict_label, Card, Marked, Summary, EXAMPLES};
use crate::draft::{Alternatives, Heatmap};
use crate::state::{Action, Mode, Rules, Side, State};
use crate::versions::{ComparisonView, ModeSwitch, VersionInput};
use accord_core::Verdict;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Debounce between the last keystroke and the analysis.
const DEBOUNCE_MS: u32 = 150;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct CheckerProps {
    /// Initial clause (the `text` attribute), used when no shared clause or
    /// saved draft exists.
    #[prop_or_default]
    pub text: AttrValue,
    /// Fewer details: for narrow embeds.
    #[prop_or_default]
    pub compact: bool,
    /// Only show these principle IDs (empty: all).
    #[prop_or_default]
    pub principles: Vec<AttrValue>,
    /// Where share links point (default: this page).
    #[prop_or_default]
    pub share_url: Option<AttrValue>,
    /// Local-storage key of this widget's draft.
    #[prop_or(AttrValue::from("accord-draft"))]
    pub storage_key: AttrValue,
    /// Another principle set (the `rules` attribute): cards, heat map,
    /// comparison and exports use it.
    #[prop_or_default]
    pub rules: Option<Rules>,
    /// Why the `rules` set could not be used (its errors, with line and column).
    #[prop_or_default]
    pub rules_error: Option<AttrValue>,
}

fn initial_state(props: &CheckerProps) -> State {
    let saved = browser::load_draft(&props.storage_key);
    let shared = browser::clause_from_fragment();
    let mut s = State {
        rules: props.rules.clone(),
        ..State::default()
    };
    match (shared, saved) {
        (Some(shared), saved) => {
            s.restore_offer = saved.filter(|d| d.trim() != shared.trim());
            s.text = shared;
        }
        (None, Some(saved)) => s.text = saved,
        (None, None) => s.text = props.text.to_string(),
    }
    s
}

#[component]
pub fn Checker(props: &CheckerProps) -> Html {
    let state = {
        let props = props.clone();
        use_reducer(move || initial_state(&props))
    };
    let timer = use_mut_ref(|| None::<Timeout>);
    let compare_timer = use_mut_ref(|| None::<Timeout>);
    let root_ref = use_node_ref();
    // The mode changed: the pressed button of the view now shown keeps the
    // focus (the other view's switch is gone).
    {
        let root_ref = root_ref.clone();
        let switched = use_mut_ref(|| false);
        use_effect_with(state.mode, move |_| {
            if std::mem::replace(&mut *switched.borrow_mut(), true) {
                browser::focus_in(&root_ref, ".modes button[aria-pressed=\"true\"]");
            }
        });
    }
    let issues_only = use_state(|| false);
    let clause_ref = use_node_ref();
    // A heat-map cell was chosen: bring that article's evidence into view.
    {
        let clause_ref = clause_ref.clone();
        let focus = state.focus;
        use_effect_with(state.focus_runs, move |runs| {
            if let (Some(i), true) = (focus, *runs > 0) {
                browser::scroll_to_provision(&clause_ref, i);
            }
        });
    }
    let started = use_mut_ref(|| None::<f64>);

    // First analysis, once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            state.dispatch(Action::Analyze);
        });
    }
    // Keep the draft.
    {
        let key = props.storage_key.clone();
        use_effect_with(state.text.clone(), move |text| browser::save_draft(&key, text));
    }
    // Time from the analysis starting to the page being updated.
    {
        let state = state.clone();
        let started = started.clone();
        use_effect_with(state.runs, move |_| {
            if let Some(t0) = started.borrow_mut().take() {
                state.dispatch(Action::Timing(browser::now() - t0));
            }
        });
    }

    let analyze_now = {
        let state = state.clone();
        let started = started.clone();
        Callback::from(move |_: ()| {
            *started.borrow_mut() = Some(browser::now());
            state.dispatch(Action::Analyze);
        })
    };
    // A paste is analysed at once: the paste event comes first, then the
    // input event that carries the text, which must not put the typing
    // delay back.
    let pasted = use_mut_ref(|| false);
    let oninput = {
        let state = state.clone();
        let timer = timer.clone();
        let pasted = pasted.clone();
        let analyze_now = analyze_now.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::Edit(value));
            let delay = if std::mem::take(&mut *pasted.borrow_mut()) {
                0
            } else {
                DEBOUNCE_MS
            };
            let analyze_now = analyze_now.clone();
            *timer.borrow_mut() = Some(Timeout::new(delay, move || analyze_now.emit(())));
        })
    };
    let onpaste = {
        let pasted = pasted.clone();
        Callback::from(move |_: Event| *pasted.borrow_mut() = true)
    };
    // The two versions: the same debounce, and a paste compares at once.
    let compare_now = {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(Action::Compare))
    };
    let version_input = |side: Side| {
        let state = state.clone();
        let timer = compare_timer.clone();
        let pasted = pasted.clone();
        let compare_now = compare_now.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::EditVersion(side, value));
            let delay = if std::mem::take(&mut *pasted.borrow_mut()) {
                0
            } else {
                DEBOUNCE_MS
            };
            let compare_now = compare_now.clone();
            *timer.borrow_mut() = Some(Timeout::new(delay, move || compare_now.emit(())));
        })
    };
    let on_file = {
        let state = state.clone();
        Callback::from(move |(side, read): (Side, Result<String, String>)| {
            state.dispatch(Action::OpenedFile(side, read))
        })
    };
    let on_mode = {
        let state = state.clone();
        Callback::from(move |mode: Mode| state.dispatch(Action::Mode(mode)))
    };
    let comparing = state.mode == Mode::Compare;
    let on_example = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            if let Ok(i) = select.value().parse::<usize>() {
                if let Some((_, text)) = EXAMPLES.get(i) {
                    state.dispatch(Action::Load((*text).to_owned()));
                }
            }
            select.set_value("");
        })
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::Select(Some(id))))
    };
    let on_suggest = {
        let state = state.clone();
        Callback::from(move |sg: accord_core::Suggestion| state.dispatch(Action::Suggest(sg)))
    };
    let on_focus = {
        let state = state.clone();
        Callback::from(move |(i, id): (usize, String)| state.dispatch(Action::Focus(i, id)))
    };
    let on_issues_only = {
        let issues_only = issues_only.clone();
        Callback::from(move |on: bool| issues_only.set(on))
    };
    let shown: Rc<Vec<String>> = Rc::new(props.principles.iter().map(|p| p.to_string()).collect());
    let simple = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    let on_share = {
        let state = state.clone();
        let share_url = props.share_url.clone();
        Callback::from(move |_: MouseEvent| {
            let link = browser::share_link(share_url.as_deref(), &state.text);
            let msg = if browser::copy(&link) {
                "Share link copied."
            } else {
                "Copy the share link below."
            };
            state.dispatch(Action::Notice(Some(msg.into())));
        })
    };
    let on_markdown = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &state.report {
                let ok = browser::copy(&r.to_markdown());
                state.dispatch(Action::Notice(Some(
                    if ok {
                        "Report copied as Markdown."
                    } else {
                        "Copying is not available here."
                    }
                    .into(),
                )));
            }
        })
    };
    let on_json = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &state.report {
                let json = serde_json::to_string_pretty(r.as_ref()).unwrap_or_default();
                browser::download("accord-report.json", "application/json", &json);
            }
        })
    };

    let report = state.report.clone();
    let engaged = report
        .as_ref()
        .filter(|r| r.status == accord_core::report::Status::Analysed);
    let v = &state.versions;
    let live = if comparing {
        match (&v.error, &v.comparison) {
            (Some(e), _) => e.clone(),
            (None, Some(c)) => {
                let worse = c.worsened().count();
                format!(
                    "{} verdicts moved: {worse} worse, {} better.",
                    c.changes.len(),
                    c.changes.len() - worse
                )
            }
            (None, None) => "Paste or open the old and the new version to compare them.".to_owned(),
        }
    } else {
        match (&state.error, engaged) {
            (Some(e), _) => e.clone(),
            (None, Some(r)) => format!("{}. {}", r.alignment.label, r.alignment.summary),
            (None, None) => "Paste or type a clause to check it.".to_owned(),
        }
    };
    let share_link = browser::share_link(props.share_url.as_deref(), &state.text);
    let set = state.checker().set();
    let source: AttrValue = match &state.rules {
        Some(r) => r.0.set().meta.name.clone().into(),
        None => AttrValue::Static("Cybersecurity Tech Accord"),
    };
    let groups = set.groups.clone();
    let titles: Rc<Vec<(String, String)>> =
        Rc::new(set.principles.iter().map(|p| (p.id.clone(), p.title.clone())).collect());
    let places: Rc<Vec<String>> = Rc::new(match engaged {
        Some(r) if r.provisions.len() > 1 => r.provisions.iter().enumerate().map(|(i, p)| p.name(i)).collect(),
        _ => Vec::new(),
    });

    html! {
        <div class={classes!("accord", props.compact.then_some("compact"))} ref={root_ref.clone()}>
            <div class="intro">
                <h1 class="title">{ "Accord clause checker" }</h1>
                <p class="privacy">{ "Private: your text never leaves this browser. The analysis runs on your device." }</p>
                if let Some(r) = &state.rules {
                    <p class="rules-note" data-rules={r.0.set().meta.id.clone()}>{ format!("Principle set: {} (version {}).", r.0.set().meta.name, r.0.set().meta.version) }</p>
                }
            </div>
            if let Some(e) = &props.rules_error {
                <p class="error rules-error" role="alert" data-rules-error="">{ e.clone() }</p>
            }
            if let (Some(draft), false) = (&state.restore_offer, comparing) {
                <div class="banner" role="status">
                    { "A shared clause replaced your saved draft. " }
                    <button type="button" onclick={simple(|| Action::Restore)}>{ "Restore my draft" }</button>
                    <button type="button" class="link-button" onclick={simple(|| Action::DismissRestore)}>{ "Keep the shared clause" }</button>
                    <span class="visually-hidden">{ format!("({} characters)", draft.chars().count()) }</span>
                </div>
            }
            // The check mode's text area stays (hidden) in compare mode: it is
            // always the page's first text area.
            <div class="editor" hidden={comparing}>
                <label for="accord-clause" class="label">{ "Treaty clause" }</label>
                <textarea id="accord-clause" class="input" rows="8" spellcheck="false"
                    placeholder="Paste a draft article, paragraph or amendment…"
                    value={state.text.clone()} {oninput} onpaste={onpaste.clone()} aria-describedby="accord-help" />
                <p id="accord-help" class="help">{ "Results update as you type. Brackets such as [shall][may] and amendment instructions are understood." }</p>
            </div>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="accord-live">{ live }</div>
            if comparing {
                <div class="compare-view" data-compare="">
                    <div class="versions">
                        <VersionInput side={Side::Old} text={AttrValue::from(v.old.clone())} file_error={v.file_error(Side::Old).map(|e| AttrValue::from(e.to_owned()))}
                            oninput={version_input(Side::Old)} onpaste={onpaste.clone()} on_file={on_file.clone()} />
                        <VersionInput side={Side::New} text={AttrValue::from(v.new.clone())} file_error={v.file_error(Side::New).map(|e| AttrValue::from(e.to_owned()))}
                            oninput={version_input(Side::New)} onpaste={onpaste.clone()} on_file={on_file.clone()} />
                    </div>
                    <p class="help">{ "Articles are matched by their labels (a renumbered one by its words). Results update as you type." }</p>
                    <div class="toolbar">
                        <ModeSwitch mode={state.mode} on_mode={on_mode.clone()} />
                    </div>
                    if let Some(e) = &v.error {
                        <p class="error" role="alert">{ e.clone() }</p>
                    }
                    if let Some(c) = &v.comparison {
                        <ComparisonView comparison={c.clone()} titles={titles.clone()} />
                    } else if v.error.is_none() {
                        <p class="help compare-empty">{ "Paste or open the old and the new version to see what changed and which verdicts moved." }</p>
                    }
                </div>
            } else {
                <div class="toolbar">
                    <ModeSwitch mode={state.mode} on_mode={on_mode.clone()} />
                    <label class="visually-hidden" for="accord-example">{ "Try an example" }</label>
                    <select id="accord-example" class="examples" onchange={on_example}>
                        <option value="" selected=true>{ "Try an example…" }</option>
                        { for EXAMPLES.iter().enumerate().map(|(i, (name, _))| html! { <option value={i.to_string()}>{ *name }</option> }) }
                    </select>
                    <button type="button" onclick={simple(|| Action::Clear)} disabled={state.text.is_empty()}>{ "Clear" }</button>
                    if state.cleared.is_some() {
                        <button type="button" onclick={simple(|| Action::Undo)}>{ if state.undo_suggestion { "Undo suggestion" } else { "Undo clear" } }</button>
                    }
                    <button type="button" onclick={on_share} disabled={state.text.trim().is_empty()}>{ "Share link" }</button>
                    <button type="button" onclick={on_markdown} disabled={engaged.is_none()}>{ "Copy as Markdown" }</button>
                    <button type="button" onclick={on_json} disabled={engaged.is_none()}>{ "Download JSON" }</button>
                </div>
                <div class="share">
                    <label for="accord-share" class="visually-hidden">{ "Share link" }</label>
                    <input id="accord-share" class="share-link" readonly=true value={share_link} />
                </div>
                <p class="notice" role="status">{ state.notice.clone().unwrap_or_default() }</p>
            if let Some(e) = &state.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            if let Some(r) = engaged {
                <Summary report={r.clone()} />
                <Alternatives report={r.clone()} />
                if r.provisions.len() > 1 {
                    <Heatmap report={r.clone()} shown={shown.clone()} issues_only={*issues_only}
                        focus={state.focus.zip(state.selected.clone().map(AttrValue::from))}
                        on_focus={on_focus.clone()} on_issues_only={on_issues_only.clone()} />
                }
                <section class="marked" aria-labelledby="accord-marked-title" ref={clause_ref.clone()}>
                    <h2 id="accord-marked-title" class="section-title">{ if r.provisions.len() > 1 { "Evidence in the draft" } else { "Evidence in the clause" } }</h2>
                    <Legend />
                    if let (Some(i), Some(id)) = (state.focus, &state.selected) {
                        <p class="focus-note" role="status">{ format!(
                            "Marked: {} in {}.",
                            r.principles.iter().find(|p| &p.id == id).map_or(id.as_str(), |p| p.title.as_str()),
                            r.provisions.get(i).map_or_else(String::new, |p| p.name(i)),
                        ) }</p>
                    }
                    <Marked text={AttrValue::from(state.text.clone())} report={r.clone()} selected={state.selected.clone().map(AttrValue::from)} focus={state.focus} />
                </section>
                <section class="principles" aria-labelledby="accord-principles-title">
                    <h2 id="accord-principles-title" class="section-title">{ format!("The {} principles", set.principles.len()) }</h2>
                    { for groups.iter().map(|g| {
                        let mut cards: Vec<_> = r.principles.iter()
                            .filter(|p| p.group == g.id)
                            .filter(|p| props.principles.is_empty() || props.principles.iter().any(|id| id.as_str() == p.id))
                            .collect();
                        cards.sort_by_key(|p| p.verdict == Verdict::NotAddressed);
                        html! {
                            <section class="pillar" aria-label={g.name.clone()}>
                                <h3 class="pillar-title">{ g.name.clone() }</h3>
                                <div class="cards">
                                    { for cards.into_iter().map(|p| html! {
                                        <Card principle={p.clone()} selected={state.selected.as_deref() == Some(p.id.as_str())}
                                              compact={props.compact} on_select={on_select.clone()} places={places.clone()} source={source.clone()}
                                              suggestions={Rc::new(r.suggestions.iter().filter(|s| s.principle == p.id).cloned().collect::<Vec<_>>())}
                                              on_suggest={on_suggest.clone()} text={AttrValue::from(state.text.clone())} />
                                    }) }
                                </div>
                            </section>
                        }
                    }) }
                </section>
                if let Some(ms) = state.last_ms {
                    <p class="timing" data-last-ms={format!("{ms:.2}")} data-run={state.runs.to_string()}>{ format!("Analysed in {ms:.1} ms") }</p>
                }
            }
            }
        </div>
    }
}

/// What the marks mean.
#[component]
fn Legend() -> Html {
    let item = |v: Verdict| {
        let (icon, word) = verdict_label(v);
        html! { <li class={classes!("legend-item", format!("mark-{}", v.as_str()))}><span aria-hidden="true">{ icon }</span>{ " " }{ word }</li> }
    };
    html! {
        <ul class="legend" aria-label="Legend">
            { item(Verdict::Violates) }{ item(Verdict::Mixed) }{ item(Verdict::Supports) }
        </ul>
    }
}

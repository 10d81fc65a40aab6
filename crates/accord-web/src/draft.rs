//! A draft's own views: the article × principle heat map and the other
//! readings of its negotiating brackets. Small typed components; they only
//! show what the report says.

use crate::components::verdict_label;
use accord_core::report::Report;
use accord_core::Verdict;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    pub report: Rc<Report>,
    /// The principles shown (the `principles` attribute), all when empty.
    pub shown: Rc<Vec<String>>,
    /// The cell chosen: (provision, principle).
    pub focus: Option<(usize, AttrValue)>,
    /// Hide the principles and articles nothing engages.
    pub issues_only: bool,
    pub on_focus: Callback<(usize, String)>,
    pub on_issues_only: Callback<bool>,
}

/// One row per provision, in text order, one cell per principle: icon, word
/// and colour. Choosing a cell marks that article's evidence for that
/// principle, scrolls to it and opens the principle's card.
#[component]
pub fn Heatmap(props: &HeatmapProps) -> Html {
    let r = &props.report;
    let engaged = |id: &str| {
        r.provisions
            .iter()
            .any(|p| p.verdicts.get(id).is_some_and(|v| *v != Verdict::NotAddressed))
    };
    let cols: Vec<_> = r
        .principles
        .iter()
        .filter(|p| props.shown.is_empty() || props.shown.contains(&p.id))
        .collect();
    let toggle = {
        let cb = props.on_issues_only.clone();
        let on = props.issues_only;
        Callback::from(move |_: Event| cb.emit(!on))
    };
    let tally = r.tally();
    html! {
        <section class="heatmap-section" aria-labelledby="accord-heatmap-title">
            <h2 id="accord-heatmap-title" class="section-title">{ "Article by article" }</h2>
            <p class="heatmap-tally">{ format!("{tally}.") }</p>
            <label class="issues-only">
                <input type="checkbox" checked={props.issues_only} onchange={toggle} />
                { " Issues only (hide what is not engaged)" }
            </label>
            <div class="heatmap-scroll" tabindex="0" role="region" aria-label="Article by principle table">
                <table class="heatmap" data-heatmap="">
                    <thead>
                        <tr>
                            <th scope="col" class="heatmap-corner">{ "Article" }</th>
                            { for cols.iter().enumerate().map(|(k, p)| {
                                let hidden = props.issues_only && !engaged(&p.id);
                                html! {
                                    <th scope="col" class={classes!("heatmap-col", hidden.then_some("is-hidden"))} title={p.title.clone()}>
                                        <span aria-hidden="true">{ k + 1 }</span>
                                        <span class="visually-hidden">{ p.title.clone() }</span>
                                    </th>
                                }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for r.provisions.iter().enumerate().map(|(i, pr)| {
                            let name = pr.name(i);
                            let quiet = pr.verdicts.values().all(|v| *v == Verdict::NotAddressed);
                            let hidden = props.issues_only && quiet;
                            html! {
                                <tr data-provision={name.clone()} class={classes!(hidden.then_some("is-hidden"))}>
                                    <th scope="row" class="heatmap-row">
                                        <span class="heatmap-label">{ name.clone() }</span>
                                        if let Some(t) = &pr.title { <span class="heatmap-title">{ t.clone() }</span> }
                                    </th>
                                    { for cols.iter().map(|p| {
                                        let v = pr.verdicts.get(&p.id).copied().unwrap_or(Verdict::NotAddressed);
                                        let (icon, word) = verdict_label(v);
                                        let short = if v == Verdict::NotAddressed { "none" } else { word };
                                        let chosen = props.focus.as_ref().is_some_and(|(f, id)| *f == i && id.as_str() == p.id);
                                        let onclick = {
                                            let cb = props.on_focus.clone();
                                            let id = p.id.clone();
                                            Callback::from(move |_: MouseEvent| cb.emit((i, id.clone())))
                                        };
                                        let hidden = props.issues_only && !engaged(&p.id);
                                        html! {
                                            <td class={classes!("cell", format!("cell-{}", v.as_str()), hidden.then_some("is-hidden"))}
                                                data-principle={p.id.clone()} data-verdict={v.as_str()}>
                                                <button type="button" class="cell-button" aria-pressed={chosen.to_string()}
                                                        aria-label={format!("{name}, {}: {word}", p.title)} {onclick}>
                                                    <span class="cell-icon" aria-hidden="true">{ icon }</span>
                                                    <span class="cell-word" aria-hidden="true">{ short }</span>
                                                </button>
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <ol class="heatmap-key">
                { for cols.iter().enumerate().map(|(k, p)| {
                    let hidden = props.issues_only && !engaged(&p.id);
                    html! { <li value={(k + 1).to_string()} class={classes!(hidden.then_some("is-hidden"))}>{ p.title.clone() }</li> }
                }) }
            </ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct AlternativesProps {
    pub report: Rc<Report>,
}

/// The other readings of the negotiating brackets whose verdicts differ:
/// the words chosen and the verdicts that change.
#[component]
pub fn Alternatives(props: &AlternativesProps) -> Html {
    let r = &props.report;
    if r.alternatives.differing.is_empty() {
        return html! {};
    }
    let draft = r.provisions.len() > 1;
    html! {
        <section class="alternatives" aria-labelledby="accord-alternatives-title">
            <h2 id="accord-alternatives-title" class="section-title">{ "Other readings of the brackets" }</h2>
            <p class="help">{ "The score above is for the first option of each bracket. These readings change verdicts:" }</p>
            <ul class="alternative-list">
                { for r.alternatives.differing.iter().map(|a| {
                    let place = r.provisions.get(a.provision).filter(|_| draft).map(|p| format!(" in {}", p.name(a.provision)));
                    let worst = a.verdicts.values().any(|v| *v == Verdict::Violates);
                    html! {
                        <li class={classes!("alternative", worst.then_some("alternative-violates"))} data-alternative="">
                            <p class="alternative-choice">
                                { "If the text reads " }
                                { for a.choices.iter().map(|c| html! { <q class="choice">{ c.clone() }</q> }) }
                                { place.unwrap_or_default() }
                                { ":" }
                            </p>
                            <ul class="alternative-verdicts">
                                { for a.verdicts.iter().map(|(id, v)| {
                                    let title = r.principles.iter().find(|p| &p.id == id).map_or(id.clone(), |p| p.title.clone());
                                    let (bi, bw) = verdict_label(r.verdict(id));
                                    let (ai, aw) = verdict_label(*v);
                                    html! {
                                        <li data-alternative-principle={id.clone()} data-alternative-verdict={v.as_str()}>
                                            { title }{ ": " }
                                            <span class={format!("tag tag-{}", r.verdict(id).as_str())}><span aria-hidden="true">{ bi }</span>{ " " }{ bw }</span>
                                            { " → " }
                                            <span class={format!("tag tag-{}", v.as_str())}><span aria-hidden="true">{ ai }</span>{ " " }{ aw }</span>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

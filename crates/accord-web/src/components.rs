//! Small function components with typed props: the marked clause, the
//! summary, the principle cards, the examples. They only show what the
//! report says.

use accord_core::report::{PrincipleReport, Report, Suggestion};
use accord_core::Verdict;
use std::rc::Rc;
use yew::prelude::*;

/// Icon and words for a verdict: colour is never the only signal.
pub fn verdict_label(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Supports => ("✓", "Supports"),
        Verdict::Violates => ("✗", "Violates"),
        Verdict::Mixed => ("◐", "Mixed"),
        Verdict::NotAddressed => ("–", "Not addressed"),
    }
}

fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Violates => 3,
        Verdict::Mixed => 2,
        Verdict::Supports => 1,
        Verdict::NotAddressed => 0,
    }
}

#[derive(Properties, PartialEq)]
pub struct MarkedProps {
    pub text: AttrValue,
    pub report: Rc<Report>,
    /// Only this principle's evidence is marked, when set.
    pub selected: Option<AttrValue>,
    /// Only this provision's evidence is marked (and marked as chosen), when set.
    #[prop_or_default]
    pub focus: Option<usize>,
}

/// The clause shown back with its evidence marked. Overlapping spans take
/// the strongest verdict; each mark names its principles and explanations.
#[component]
pub fn Marked(props: &MarkedProps) -> Html {
    let text = props.text.as_str();
    // (start, end, verdict, "title: explanation") for every span shown.
    let mut spans: Vec<(usize, usize, Verdict, String)> = Vec::new();
    for p in &props.report.principles {
        if props.selected.as_deref().is_some_and(|s| s != p.id) {
            continue;
        }
        for e in p
            .evidence
            .iter()
            .filter(|e| props.focus.is_none_or(|f| f == e.provision))
        {
            for s in &e.spans {
                let (a, b) = (s.bytes[0], s.bytes[1]);
                if a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b) {
                    spans.push((
                        a,
                        b,
                        e.verdict,
                        format!("{} — {}: {}", p.title, e.verdict, e.explanation),
                    ));
                }
            }
        }
    }
    // Where each provision starts: an anchor to scroll to.
    let starts: Vec<usize> = props
        .report
        .provisions
        .iter()
        .map(|p| p.span.bytes[0])
        .filter(|&s| s <= text.len() && text.is_char_boundary(s))
        .collect();
    let mut cuts: Vec<usize> = spans
        .iter()
        .flat_map(|s| [s.0, s.1])
        .chain(starts.iter().copied())
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let provision_at = |at: usize| starts.iter().rposition(|&s| s <= at).unwrap_or(0);
    let mut nodes = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let piece = &text[a..b];
        if let Some(i) = starts.iter().position(|&s| s == a) {
            nodes.push(html! { <span class="provision-anchor" data-provision-anchor={i.to_string()}></span> });
        }
        let covering: Vec<&(usize, usize, Verdict, String)> = spans.iter().filter(|s| s.0 <= a && s.1 >= b).collect();
        match covering.iter().map(|s| s.2).max_by_key(|v| rank(*v)) {
            None => nodes.push(html! { <>{ piece }</> }),
            Some(v) => {
                let mut notes: Vec<&str> = covering.iter().map(|s| s.3.as_str()).collect();
                notes.dedup();
                let label = notes.join(" · ");
                let (icon, word) = verdict_label(v);
                let class = classes!(
                    "mark",
                    format!("mark-{}", v.as_str()),
                    props.focus.map(|_| "mark-focus")
                );
                nodes.push(html! {
                    <mark class={class} tabindex="0" data-provision={provision_at(a).to_string()} title={label.clone()} aria-label={format!("{word}: {piece}. {label}")}>
                        { piece }<span class="mark-icon" aria-hidden="true">{ icon }</span>
                    </mark>
                });
            }
        }
    }
    html! { <div class="clause" aria-label="The clause with its evidence marked">{ for nodes }</div> }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub report: Rc<Report>,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let a = &props.report.alignment;
    let score = a.score.map_or_else(|| "—".to_owned(), |s| s.to_string());
    let band = match a.score {
        None => "none",
        Some(80..) => "good",
        Some(40..=79) => "fair",
        Some(_) => "poor",
    };
    html! {
        <section class={classes!("summary", format!("band-{band}"))} aria-labelledby="accord-summary-title">
            <div class="score" aria-hidden="true">{ score }<span class="score-max">{ if a.score.is_some() { "/100" } else { "" } }</span></div>
            <div>
                <h2 id="accord-summary-title" class="summary-label">{ a.label.clone() }</h2>
                <p class="summary-text">{ a.summary.clone() }</p>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub principle: PrincipleReport,
    pub selected: bool,
    pub compact: bool,
    pub on_select: Callback<String>,
    /// The provisions' names, in a draft (empty for a single clause): each
    /// evidence item says which article it is in.
    #[prop_or_default]
    pub places: Rc<Vec<String>>,
    /// Whose principles these are (the seed's source line).
    #[prop_or(AttrValue::Static("Cybersecurity Tech Accord"))]
    pub source: AttrValue,
    /// The report's suggested edits for this principle.
    #[prop_or_default]
    pub suggestions: Rc<Vec<Suggestion>>,
    /// Applies a suggested edit to the text.
    #[prop_or_default]
    pub on_suggest: Callback<Suggestion>,
    /// The analysed text (to name what a suggestion replaces).
    #[prop_or_default]
    pub text: AttrValue,
}

/// "Replace “shall require” with “shall not require”", or "Insert “…”".
fn suggestion_label(text: &str, s: &Suggestion) -> String {
    match text.get(s.span.bytes[0]..s.span.bytes[1]) {
        Some(old) if !old.is_empty() => format!("Replace “{old}” with “{}”", s.replacement),
        _ => format!("Insert “{}”", s.replacement.trim_start_matches(", ")),
    }
}

/// One principle: verdict, explanation, quoted evidence, why it exists.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let p = &props.principle;
    let (icon, word) = verdict_label(p.verdict);
    let engaged = p.verdict != Verdict::NotAddressed;
    let onclick = {
        let cb = props.on_select.clone();
        let id = p.id.clone();
        Callback::from(move |_| cb.emit(id.clone()))
    };
    html! {
        <article class={classes!("card", format!("verdict-{}", p.verdict.as_str()), props.selected.then_some("selected"))}
                 data-principle={p.id.clone()} data-verdict={p.verdict.as_str()} data-open={props.selected.then_some("")}>
            <header class="card-head">
                <h4 class="card-title">{ p.title.clone() }</h4>
                <span class="badge"><span aria-hidden="true">{ icon }</span>{ " " }{ word }</span>
            </header>
            if engaged {
                <p class="card-why">{ p.explanation.clone() }</p>
                <ul class="evidence">
                    { for p.evidence.iter().map(|e| html! {
                        <li>
                            if let Some(place) = props.places.get(e.provision) {
                                <span class="place">{ place.clone() }</span>{ " · " }
                            }
                            <span class="rule">{ e.rule.clone() }</span>{ " " }
                            { for e.spans.iter().take(3).map(|s| html! { <q>{ s.text.clone() }</q> }) }
                        </li>
                    }) }
                </ul>
                if let Some(w) = &p.better_wording {
                    <p class="card-better" data-better-wording=""><strong>{ "Wording to use instead: " }</strong>{ w.clone() }</p>
                }
                { for props.suggestions.iter().map(|sg| {
                    let cb = props.on_suggest.clone();
                    let edit = sg.clone();
                    html! {
                        <button type="button" class="suggestion" data-suggestion={sg.rule.clone()}
                                onclick={Callback::from(move |_| cb.emit(edit.clone()))}>
                            { suggestion_label(&props.text, sg) }
                        </button>
                    }
                }) }
                <button type="button" class="link-button" aria-pressed={props.selected.to_string()} {onclick}>
                    { if props.selected { "Show all evidence" } else { "Mark this in the clause" } }
                </button>
            }
            if !props.compact {
                <details class="seed" open={props.selected}>
                    <summary>{ "Why this principle" }</summary>
                    <blockquote>{ p.seed.quote.clone() }</blockquote>
                    <p class="source">{ format!("— {}, {} ({})", props.source, p.seed.section, p.seed.source()) }</p>
                </details>
            }
        </article>
    }
}

/// Realistic clauses to try.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "A decryption mandate",
        "Each State Party shall require service providers operating in its territory to maintain the technical capability to provide the content of communications, upon lawful request, in an intelligible form, including where such content has been encrypted by the service provider itself.",
    ),
    (
        "Interception with safeguards",
        "1. Each State Party shall empower its competent authorities to collect traffic data in real time.\n2. Such collection shall be authorised in advance by a judge, only where necessary and proportionate, and for a period not exceeding thirty days.\n3. Persons concerned shall be notified once notification no longer jeopardises the investigation.",
    ),
    (
        "A content offence",
        "Each State Party shall establish as a criminal offence the dissemination, by means of ICT, of false information that threatens public order or national security.",
    ),
    (
        "Inclusive capacity building",
        "Technical assistance and capacity-building under this Chapter shall be open to the private sector, civil society and academia, both as providers and as recipients, and shall be provided on a voluntary basis.",
    ),
    (
        "A consensus rule",
        "Decisions of the Conference of the States Parties on matters of substance, including amendments, shall be taken by consensus.",
    ),
    (
        "An internet shutdown power",
        "The competent authority may order the suspension of mobile and internet services in a specified area where it deems it necessary to protect public order.",
    ),
];

//! "Compare versions": two text areas (typed, pasted, or opened from a local
//! file, read in the browser and never uploaded) and the comparison the core
//! computes (`Checker::compare`): each changed article with its word diff and
//! the verdicts that moved, each marked better or worse. Small typed
//! components; they only show what the comparison says.

use crate::components::verdict_label;
use crate::state::{Mode, Side};
use accord_core::compare::{Change, Comparison, Direction, Op, Status};
use accord_core::report::Alignment;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The largest file a version can be opened from (the engine's input limit).
const MAX_FILE_BYTES: usize = accord_core::MAX_INPUT_BYTES;

impl Side {
    fn word(self) -> &'static str {
        match self {
            Side::Old => "old",
            Side::New => "new",
        }
    }
}

/// "1.5 MiB", "120 KiB", "300 bytes".
fn size_words(bytes: f64) -> String {
    const KIB: f64 = 1024.0;
    if bytes >= KIB * KIB {
        format!("{:.1} MiB", bytes / (KIB * KIB))
    } else if bytes >= KIB {
        format!("{:.0} KiB", bytes / KIB)
    } else {
        format!("{bytes:.0} bytes")
    }
}

/// Refuse a file over the limit before reading it.
pub fn check_file_size(name: &str, bytes: f64, side: Side) -> Result<(), String> {
    if bytes > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "“{name}” is too large ({}): a version can be at most 1 MiB. The {} version was left as it was.",
            size_words(bytes),
            side.word()
        ));
    }
    Ok(())
}

/// The text of a file opened for a version: UTF-8 (a leading byte-order
/// mark dropped), at most 1 MiB; otherwise a message saying why.
pub fn file_text(name: &str, bytes: Vec<u8>, side: Side) -> Result<String, String> {
    check_file_size(name, bytes.len() as f64, side)?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(_) => Err(format!(
            "“{name}” is not UTF-8 text: save it as plain text (.txt or .md) and open it again. The {} version was left as it was.",
            side.word()
        )),
    }
}

#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    pub mode: Mode,
    pub on_mode: Callback<Mode>,
}

/// "Check a text" | "Compare versions": two buttons, the current one pressed.
#[component]
pub fn ModeSwitch(props: &ModeSwitchProps) -> Html {
    let button = |mode: Mode, name: &'static str, label: &'static str| {
        let cb = props.on_mode.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(mode));
        html! {
            <button type="button" class="mode" data-mode={name} aria-pressed={(props.mode == mode).to_string()} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="modes" role="group" aria-label="Mode">
            { button(Mode::Check, "check", "Check a text") }
            { button(Mode::Compare, "compare", "Compare versions") }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct VersionInputProps {
    pub side: Side,
    pub text: AttrValue,
    /// Why the last file could not be opened.
    pub file_error: Option<AttrValue>,
    pub oninput: Callback<InputEvent>,
    pub onpaste: Callback<Event>,
    /// A file was read: its text, or why it cannot be used.
    pub on_file: Callback<(Side, Result<String, String>)>,
}

/// One version: its text area and "Open a file…" (a local `.txt` or `.md`,
/// read with the File API; nothing is uploaded).
#[component]
pub fn VersionInput(props: &VersionInputProps) -> Html {
    let side = props.side;
    let file_ref = use_node_ref();
    // The read in progress (dropping it aborts the read).
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let open = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let on_file = props.on_file.clone();
        let reader: Rc<RefCell<_>> = reader.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file can be chosen again.
            input.set_value("");
            let name = file.name();
            if let Err(why) = check_file_size(&name, file.size(), side) {
                on_file.emit((side, Err(why)));
                return;
            }
            let on_file = on_file.clone();
            let file = gloo_file::File::from(file);
            *reader.borrow_mut() = Some(gloo_file::callbacks::read_as_bytes(&file, move |read| {
                let result = match read {
                    Ok(bytes) => file_text(&name, bytes, side),
                    Err(e) => Err(format!(
                        "“{name}” could not be read ({e}). The {} version was left as it was.",
                        side.word()
                    )),
                };
                on_file.emit((side, result));
            }));
        })
    };
    let word = side.word();
    let id = format!("accord-{word}");
    let title = match side {
        Side::Old => "Old version",
        Side::New => "New version",
    };
    let error_id = format!("{id}-file-error");
    html! {
        <div class="version" data-version={word}>
            <label for={id.clone()} class="label">{ title }</label>
            <textarea id={id.clone()} class="input" rows="8" spellcheck="false"
                placeholder={format!("Paste the {word} text of the draft…")}
                value={props.text.clone()} oninput={props.oninput.clone()} onpaste={props.onpaste.clone()}
                aria-describedby={props.file_error.as_ref().map(|_| error_id.clone())} />
            <div class="file-row">
                <button type="button" onclick={open} aria-label={format!("Open a file as the {word} version")}>{ "Open a file…" }</button>
                <input type="file" class="file-input" accept=".txt,.md,text/plain,text/markdown" hidden=true
                    ref={file_ref} {onchange} tabindex="-1" aria-label={format!("File for the {word} version")} />
                <span class="file-help">{ ".txt or .md, up to 1 MiB, read on this device" }</span>
            </div>
            if let Some(e) = &props.file_error {
                <p id={error_id} class="error" role="alert" data-file-error="">{ e.clone() }</p>
            }
        </div>
    }
}

fn alignment_words(a: &Alignment) -> String {
    match a.score {
        Some(s) => format!("{} ({s}/100)", a.label),
        None => a.label.clone(),
    }
}

fn principle_title(titles: &[(String, String)], id: &str) -> String {
    titles
        .iter()
        .find(|(i, _)| i == id)
        .map_or_else(|| id.to_owned(), |(_, t)| t.clone())
}

/// Icon and word for a direction: colour is never the only signal.
fn direction_label(d: Direction) -> (&'static str, &'static str) {
    match d {
        Direction::Better => ("▲", "better"),
        Direction::Worse => ("▼", "worse"),
    }
}

/// One verdict that moved: `▼ worse  Strong encryption: ✓ Supports → ✗ Violates`.
fn moved(c: &Change, titles: &[(String, String)]) -> Html {
    let (di, dw) = direction_label(c.direction);
    let (bi, bw) = verdict_label(c.before);
    let (ai, aw) = verdict_label(c.after);
    let direction = match c.direction {
        Direction::Better => "better",
        Direction::Worse => "worse",
    };
    html! {
        <li class={classes!("moved", format!("moved-{direction}"))} data-moved="" data-principle={c.principle.clone()}
            data-before={c.before.as_str()} data-after={c.after.as_str()} data-direction={direction}>
            <span class={format!("direction direction-{direction}")}><span aria-hidden="true">{ di }</span>{ " " }{ dw }</span>
            { " " }
            <span class="moved-principle">{ principle_title(titles, &c.principle) }</span>{ ": " }
            <span class={format!("tag tag-{}", c.before.as_str())}><span aria-hidden="true">{ bi }</span>{ " " }{ bw }</span>
            <span aria-hidden="true">{ " → " }</span><span class="visually-hidden">{ " to " }</span>
            <span class={format!("tag tag-{}", c.after.as_str())}><span aria-hidden="true">{ ai }</span>{ " " }{ aw }</span>
        </li>
    }
}

/// `text` without its first line when that line is the provision's heading.
fn without_heading(text: &str, name: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) if first.trim_start().starts_with(name) => rest.to_owned(),
        _ => text.to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub comparison: Rc<Comparison>,
    /// (id, title) of the set's principles.
    pub titles: Rc<Vec<(String, String)>>,
}

/// The comparison: alignment before and after, then each changed article
/// with its word diff (`<del>`/`<ins>`, with words for screen readers) and
/// the verdicts that moved.
#[component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    let c = &props.comparison;
    let changed: Vec<_> = c.provisions.iter().filter(|p| p.status != Status::Unchanged).collect();
    let unchanged: Vec<&str> = c
        .provisions
        .iter()
        .filter(|p| p.status == Status::Unchanged)
        .map(|p| p.provision.as_str())
        .collect();
    let worse = c.worsened().count();
    let better = c.changes.len() - worse;
    let tally = if c.changes.is_empty() {
        "No verdict moved.".to_owned()
    } else {
        let n = c.changes.len();
        format!(
            "{n} verdict{} moved: {worse} worse, {better} better.",
            if n == 1 { "" } else { "s" }
        )
    };
    let band = if worse > 0 {
        "poor"
    } else if better > 0 {
        "good"
    } else {
        "none"
    };
    html! {
        <section class="comparison" aria-labelledby="accord-comparison-title">
            <div class={classes!("summary", format!("band-{band}"))}>
                <div>
                    <h2 id="accord-comparison-title" class="summary-label">{ "What changed" }</h2>
                    <p class="summary-text">{ format!("Alignment: {} → {}. ", alignment_words(&c.before), alignment_words(&c.after)) }{ tally }</p>
                    if !unchanged.is_empty() {
                        <p class="summary-text unchanged">{ format!("Unchanged: {}.", unchanged.join(", ")) }</p>
                    }
                </div>
            </div>
            if changed.is_empty() {
                <p class="help">{ "The two versions have the same text." }</p>
            } else {
                <ul class="legend" aria-label="Legend">
                    <li class="legend-item"><del>{ "deleted" }</del></li>
                    <li class="legend-item"><ins>{ "inserted" }</ins></li>
                    <li class="legend-item"><span aria-hidden="true">{ "▼" }</span>{ " worse: toward violates" }</li>
                    <li class="legend-item"><span aria-hidden="true">{ "▲" }</span>{ " better" }</li>
                </ul>
            }
            { for changed.iter().map(|p| {
                let status = match p.status {
                    Status::Added => "added",
                    Status::Removed => "removed",
                    _ => "changed",
                };
                let is_worse = p.changes.iter().any(|m| m.direction == Direction::Worse);
                html! {
                    <article class={classes!("change", is_worse.then_some("change-worse"))} data-change="" data-provision={p.provision.clone()} data-status={status}>
                        <h3 class="change-title">{ p.provision.clone() }{ " " }<span class="change-status">{ status }</span></h3>
                        <p class="diff">
                            { for p.diff.iter().enumerate().map(|(k, piece)| match piece.op {
                                // The heading line, unchanged, is the title above.
                                Op::Equal if k == 0 => html! { <>{ without_heading(&piece.text, &p.provision) }</> },
                                Op::Equal => html! { <>{ piece.text.clone() }</> },
                                Op::Delete => html! { <del><span class="visually-hidden">{ "[deleted: " }</span>{ piece.text.clone() }<span class="visually-hidden">{ "]" }</span></del> },
                                Op::Insert => html! { <ins><span class="visually-hidden">{ "[inserted: " }</span>{ piece.text.clone() }<span class="visually-hidden">{ "]" }</span></ins> },
                            }) }
                        </p>
                        if p.changes.is_empty() {
                            <p class="help">{ "No verdict moved." }</p>
                        } else {
                            <ul class="moved-list" aria-label={format!("Verdicts that moved in {}", p.provision)}>
                                { for p.changes.iter().map(|m| moved(m, &props.titles)) }
                            </ul>
                        }
                    </article>
                }
            }) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_must_be_utf8_and_at_most_1_mib() {
        assert_eq!(
            file_text("a.txt", b"Article 1".to_vec(), Side::Old).unwrap(),
            "Article 1"
        );
        assert_eq!(
            file_text("a.txt", "\u{feff}Text".as_bytes().to_vec(), Side::Old).unwrap(),
            "Text"
        );
        let bad = file_text("scan.pdf", vec![0x25, 0xff, 0xfe, 0x00], Side::New).unwrap_err();
        assert!(bad.contains("“scan.pdf” is not UTF-8 text"), "{bad}");
        assert!(bad.contains("new version was left as it was"), "{bad}");
        let big = check_file_size("big.txt", 1.5 * 1024.0 * 1024.0, Side::Old).unwrap_err();
        assert!(
            big.starts_with("“big.txt” is too large (1.5 MiB): a version can be at most 1 MiB."),
            "{big}"
        );
        assert!(check_file_size("ok.txt", MAX_FILE_BYTES as f64, Side::Old).is_ok());
        assert!(file_text("big.txt", vec![b'a'; MAX_FILE_BYTES + 1], Side::Old).is_err());
    }

    #[test]
    fn an_unchanged_heading_line_is_not_repeated_under_the_title() {
        assert_eq!(
            without_heading("Article 1. Purpose\nEach State ", "Article 1"),
            "Each State "
        );
        assert_eq!(without_heading("Each State ", "Article 1"), "Each State ");
        assert_eq!(without_heading("Article 1. ", "Article 1"), "Article 1. ");
        assert_eq!(
            without_heading("Chapter I\nArticle 1", "Article 1"),
            "Chapter I\nArticle 1"
        );
    }
}

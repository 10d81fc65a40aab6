//! Progress on standard error, only for a person watching: never when
//! standard error is not a terminal, and never when `CI` is set.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

fn wanted() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}

/// A running count of `unit` done (the total is not known).
pub fn counter(unit: &str) -> Option<ProgressBar> {
    if !wanted() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(&format!("{{spinner}} {{human_pos}} {unit} ({{per_sec}}, {{elapsed}})"))
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    Some(bar)
}

/// A bar over `total` items.
pub fn bar(total: u64, unit: &str) -> Option<ProgressBar> {
    if !wanted() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(&format!("{{bar:40}} {{pos}}/{{len}} {unit} ({{eta}} left)"))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}

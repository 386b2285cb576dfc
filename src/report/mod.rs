//! Printers for findings: one per `--format`. They write to any `io::Write`; the CLI chooses
//! stdout and colour.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod stats;

use crate::check::Summary;

/// "1 error, 2 warnings": the part of the summary line a terminal colours.
pub(crate) fn tally(s: &Summary) -> String {
    format!(
        "{} {}, {} {}",
        s.errors,
        plural(s.errors, "error", "errors"),
        s.warnings,
        plural(s.warnings, "warning", "warnings")
    )
}

/// "in 1 locale (22 files)": what the summary line counts over.
pub(crate) fn scope(s: &Summary) -> String {
    let locales = plural(s.locales, "locale", "locales");
    format!("in {} {locales} ({} files)", s.locales, s.files)
}

fn plural<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        other
    }
}

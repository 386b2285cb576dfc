//! Printers for findings: one per `--format`. They write to any `io::Write`; the CLI chooses
//! stdout and colour.

pub mod github;
pub mod human;
pub mod json;
pub mod stats;

/// `one` or `other` after a count, for the summary lines.
pub(crate) fn plural<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        other
    }
}

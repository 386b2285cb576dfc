//! Printers for findings: one per `--format`. They write to any `io::Write`; the CLI chooses
//! stdout and colour.

pub mod github;
pub mod human;
pub mod json;
pub mod stats;

//! ftpdocs: documentation of FTP reply codes in many languages, from YAML facts and Fluent
//! messages.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod cli;
pub mod report;

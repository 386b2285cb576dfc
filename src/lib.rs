//! ftpdocs: documentation of FTP reply codes in many languages.
//!
//! The pipeline reads as its modules: [`load`] turns `content/*.yaml` and
//! `locales/<lang>/*.ftl` into a [`load::Project`] plus every problem found, [`l10n`] formats
//! Fluent messages with fallback tracking, and [`render`] builds one view model per page and
//! writes it in each format. [`check`] finds what is missing, untranslated or in the wrong
//! language, and [`report`] prints its findings. The library returns values; only the binary
//! prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod diagnostic;
pub mod l10n;
pub mod load;
pub mod model;
pub mod new_locale;
pub mod pseudo;
pub mod render;
pub mod report;
pub mod serve;
pub mod write;

//! Whether a locale is ready to publish: what `render` asks before writing a site. A locale
//! is ready when `check` finds no error in it: no missing or not-yet-translated message, a
//! language name of its own, no text in the reference's language on its pages.

use std::path::Path;

use super::content::{check_project, merge_rendered};
use super::finding::{Finding, Severity};
use super::layout::Layout;
use super::tree::Tree;
use super::{Config, Settings};
use crate::load::REFERENCE_LOCALE;

/// The errors that keep each of `locales` (reference excluded) from being published, in the
/// project at `root`; empty when all are ready.
pub fn blocking_errors(root: &Path, locales: &[String]) -> anyhow::Result<Vec<Finding>> {
    let langs: Vec<String> = locales
        .iter()
        .filter(|l| *l != REFERENCE_LOCALE && !crate::pseudo::is_pseudo(l))
        .cloned()
        .collect();
    if langs.is_empty() {
        return Ok(Vec::new());
    }
    let tree = Tree {
        root: root.join("locales"),
        reference: REFERENCE_LOCALE.to_string(),
        langs,
        display_root: "locales/".to_string(),
        layout: Layout::default(),
        shared: None,
    };
    // The project's own severities hold here as in `check`.
    let mut settings = Settings::default();
    let config = root.join("ftpdocs.toml");
    if let Ok(text) = std::fs::read_to_string(&config) {
        settings = settings.with_config(&Config::parse(&text, &config)?);
    }
    let mut findings = tree.check(&settings, false)?.findings;
    findings.extend(check_project(root, &tree, &settings)?);
    merge_rendered(&mut findings);
    findings.retain(|f| f.severity == Severity::Error && f.locale != REFERENCE_LOCALE);
    Ok(findings)
}

//! Checks Fluent translations against a reference locale. Pure: the caller reads the files
//! ([`tree`] does it for folders) and prints the findings ([`crate::report`]).

pub mod catalog;
pub mod config;
pub mod content;
pub mod finding;
pub mod ftl;
pub mod lang;
pub mod plural;
pub mod smuggle;
pub mod source;
pub mod stats;
pub mod structure;
pub mod text;
pub mod translation;
pub mod tree;
pub mod typography;

pub use catalog::Catalog;
pub use config::{Config, ConfigError};
pub use finding::{Check, Finding, Group, Severity, Summary};
pub use source::{LocaleSource, SourceFile};

use std::collections::BTreeMap;

/// What to check and how severe each check is, validated before any work starts.
#[derive(Debug, Clone)]
pub struct Settings {
    pub groups: Vec<Group>,
    /// Per-check severity; `None` turns the check off.
    pub severities: BTreeMap<Check, Option<Severity>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            groups: vec![Group::Structure, Group::Translation, Group::Content],
            severities: BTreeMap::new(),
        }
    }
}

impl Settings {
    pub fn with_config(mut self, config: &Config) -> Self {
        self.severities
            .extend(config.severity.iter().map(|(k, v)| (*k, *v)));
        self
    }

    pub fn runs(&self, group: Group) -> bool {
        self.groups.contains(&group)
    }

    /// Drops findings of checks that are off or whose group is not selected, and applies the
    /// configured severities.
    pub fn apply(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .filter(|f| self.runs(f.check.group()))
            .filter_map(|mut f| match self.severities.get(&f.check) {
                Some(None) => None,
                Some(Some(severity)) => {
                    f.severity = *severity;
                    Some(f)
                }
                None => Some(f),
            })
            .collect()
    }
}

/// Everything a locale is checked against: the parsed reference and the settings.
pub struct CheckContext<'a> {
    pub reference: &'a Catalog,
    pub settings: &'a Settings,
}

/// Findings about the reference locale itself: syntax and duplicate ids.
pub fn check_reference(cx: &CheckContext<'_>) -> Vec<Finding> {
    let mut findings = cx.reference.problems.clone();
    findings.extend(structure::check_self(cx.reference, None));
    findings.sort_by(order);
    cx.settings.apply(findings)
}

/// Every finding for one translated locale, in file and line order.
pub fn check_locale(cx: &CheckContext<'_>, l10n: &Catalog) -> Vec<Finding> {
    let mut findings = l10n.problems.clone();
    findings.extend(structure::check_files(cx.reference, l10n));
    findings.extend(structure::check_self(l10n, Some(cx.reference)));
    let plurals = plural::categories(&l10n.locale);
    let identifier = lang::Identifier::new(&l10n.locale, &cx.reference.locale);
    for (path, file) in &l10n.files {
        let Some(reference) = cx.reference.files.get(path) else {
            continue;
        };
        let shown = l10n.display_path(path);
        let pair = structure::FilePair {
            locale: &l10n.locale,
            path: &shown,
            reference_locale: &cx.reference.locale,
            reference,
            l10n: file,
            plurals: plurals.as_deref(),
            identifier: identifier.as_ref(),
        };
        if cx.settings.runs(Group::Structure) {
            findings.extend(structure::compare_entries(&pair));
        }
        if cx.settings.runs(Group::Translation) {
            findings.extend(translation::check_pair(&pair));
            findings.extend(typography::check_file(&l10n.locale, pair.path, file));
            findings.extend(smuggle::check_pair(&pair));
        }
    }
    findings.sort_by(order);
    cx.settings.apply(findings)
}

/// File and line order, except that a file's syntax and read errors come first: the root
/// cause before what follows from it (a message swallowed by a syntax error is "missing").
fn order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    let consequence = |f: &Finding| !matches!(f.check, Check::Syntax | Check::ReadError);
    (
        &a.locale,
        &a.path,
        consequence(a),
        a.line,
        a.column,
        a.check,
    )
        .cmp(&(
            &b.locale,
            &b.path,
            consequence(b),
            b.line,
            b.column,
            b.check,
        ))
}

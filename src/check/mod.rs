//! Checks Fluent translations against a reference locale. Pure: the caller reads the files
//! ([`tree`] does it for folders) and prints the findings ([`crate::report`]).

pub mod baseline;
pub mod catalog;
pub mod cognates;
pub mod comment_layout;
pub mod config;
pub mod content;
pub mod count_words;
pub mod english;
pub mod finding;
pub mod fix;
pub mod ftl;
pub mod lang;
pub mod lang_codes;
pub mod language_name;
pub mod layout;
pub mod locale;
pub mod not_yet_translated;
pub mod outdated;
pub mod parts;
pub mod pattern;
pub mod plural;
pub mod readiness;
pub mod reference;
pub mod rendered;
pub mod root_cause;
pub mod smuggle;
pub mod source;
pub mod stats;
pub mod structure;
pub mod text;
pub mod translation;
pub mod tree;
pub mod typography;
pub mod typography_locale;
pub mod values;
pub mod variants;
pub mod word_diff;

pub use catalog::Catalog;
pub use config::{Config, ConfigError};
pub use finding::{Check, Finding, Group, Severity, Summary};
pub use source::{LocaleSource, SourceFile};

use cognates::Vocabulary;
use std::collections::BTreeMap;

/// What to check and how severe each check is, validated before any work starts.
#[derive(Debug, Clone)]
pub struct Settings {
    pub groups: Vec<Group>,
    /// Per-check severity; `None` turns the check off.
    pub severities: BTreeMap<Check, Option<Severity>>,
    /// Per-locale, per-check severity, over `severities`.
    pub locale_severities: BTreeMap<String, BTreeMap<Check, Option<Severity>>>,
    /// Brand and product names, never counted as words of a language.
    pub brands: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            groups: vec![Group::Structure, Group::Translation, Group::Content],
            // Single words and names equal to the reference are mostly the same word in the
            // language ("Status", "Podcast") or names: reported only when asked for.
            // A message reference the translation writes out is mostly a word declined as
            // its sentence needs ("z koše" for `{ trash }`): reported only when asked for.
            // A literal number copied from the reference's own literal is right for the counts
            // the program passes, which only its authors know: reported only when asked for.
            severities: BTreeMap::from([
                (Check::UntranslatedShort, None),
                (Check::DroppedReference, None),
                (Check::CopiedLiteral, None),
            ]),
            locale_severities: BTreeMap::new(),
            brands: Vec::new(),
        }
    }
}

impl Settings {
    pub fn with_config(mut self, config: &Config) -> Self {
        self.severities
            .extend(config.severity.iter().map(|(k, v)| (*k, *v)));
        for (locale, table) in &config.locale_severity {
            self.locale_severities
                .entry(locale.clone())
                .or_default()
                .extend(table.iter().map(|(k, v)| (*k, *v)));
        }
        self.brands.extend(config.brands.iter().cloned());
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
            .filter_map(|mut f| {
                // A setting for `typography` holds for the three checks split from it, unless
                // they have their own.
                let check = f.check;
                let severity = self
                    .locale_severities
                    .get(&f.locale)
                    .and_then(|table| severity_in(table, check))
                    .or_else(|| severity_in(&self.severities, check));
                match severity {
                    Some(None) => None,
                    Some(Some(severity)) => {
                        f.severity = *severity;
                        Some(f)
                    }
                    None => Some(f),
                }
            })
            .collect()
    }
}

/// The severity a table sets for `check`: its own, or for the three checks split from
/// `typography`, the one set for `typography`.
fn severity_in(
    table: &BTreeMap<Check, Option<Severity>>,
    check: Check,
) -> Option<&Option<Severity>> {
    table.get(&check).or_else(|| {
        check
            .split_from_typography()
            .then(|| table.get(&Check::Typography))
            .flatten()
    })
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
    if cx.settings.runs(Group::Reference) {
        findings.extend(reference::check(cx.reference));
    }
    findings.sort_by(order);
    cx.settings.apply(findings)
}

/// Every finding for one translated locale, in file and line order.
pub fn check_locale(cx: &CheckContext<'_>, l10n: &Catalog) -> Vec<Finding> {
    check_locale_counting(cx, l10n).0
}

/// [`check_locale`], with the words of the locale's translations that the reference also
/// has: what `cognates` counts across trees.
pub fn check_locale_counting(cx: &CheckContext<'_>, l10n: &Catalog) -> (Vec<Finding>, Vocabulary) {
    let mut findings = l10n.problems.clone();
    findings.extend(structure::check_files(cx.reference, l10n));
    findings.extend(structure::check_self(l10n, Some(cx.reference)));
    let plurals = l10n.plurals();
    let reference_plurals = cx.reference.plurals();
    let texts = l10n
        .files
        .values()
        .flat_map(|f| &f.entries)
        .flat_map(structure::patterns)
        .map(|(_, p)| p.text.text.as_str());
    let identity = locale::identity(&l10n.locale, texts);
    let identifier = lang::Identifier::new(&identity, &cx.reference.locale)
        .map(|i| i.with_brands(&cx.settings.brands));
    // Anki's English has `<b>` in some files: a translator may use it in any.
    let reference_markup = cx.reference.files.values().any(smuggle::uses_markup);
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
            plurals,
            reference_plurals,
            identifier: identifier.as_ref(),
            reference_markup,
        };
        let mut found = Vec::new();
        if cx.settings.runs(Group::Structure) {
            found.extend(structure::compare_entries(&pair));
        }
        if cx.settings.runs(Group::Translation) {
            found.extend(translation::check_pair(&pair));
            found.extend(not_yet_translated::check_file(&pair));
            found.extend(typography::check_pair(&pair));
            found.extend(values::check_pair(&pair));
            found.extend(smuggle::check_pair(&pair));
        }
        // `# ftpdocs: allow …` on the reference message holds for every locale.
        found.retain(|f| !allowed_by_reference(reference, f));
        // A message the reference lacks is `obsolete`, and one the project no longer uses
        // needs no translation: neither gets findings about its text.
        found.retain(|f| !about_dead_text(reference, file, f));
        // A message not yet translated is a copy of the reference: `not-yet-translated` is its
        // one finding, not the plural categories the copy lacks.
        found.retain(|f| !(f.check == Check::Plural && not_yet_translated(file, f)));
        copies_are_untranslated(reference, file, &pair, &mut found);
        findings.extend(found);
    }
    findings.sort_by(order);
    root_cause::fold_syntax_into_missing(&mut findings, l10n);
    root_cause::fold_unparsable_files(&mut findings, cx.reference, l10n);
    language_name::upgrade(&mut findings);
    english::attach_reference(&mut findings, cx.reference);
    let vocabulary = if cx.settings.runs(Group::Translation) {
        cognates::vocabulary(cx.reference, l10n)
    } else {
        Vocabulary::new()
    };
    cognates::excuse(&mut findings, |_| Some(&vocabulary));
    (cx.settings.apply(findings), vocabulary)
}

/// A plural select copied from the reference is English, not a select that lacks categories:
/// its `plural` findings become one `untranslated` finding (Zotero's Transifex files fill
/// every gap with the English "{ $count -> [one] Remove Tag *[other] Remove Tags }").
fn copies_are_untranslated(
    reference: &ftl::FtlFile,
    file: &ftl::FtlFile,
    pair: &structure::FilePair<'_>,
    found: &mut Vec<Finding>,
) {
    let copied = |f: &Finding| {
        let pattern = |file: &ftl::FtlFile| {
            let id = f.message_id.as_deref()?;
            let entry = file.entries.iter().find(|e| e.id == id)?;
            entry
                .pattern(f.attribute.as_deref())
                .map(|p| p.text.text.clone())
        };
        f.check == Check::Plural && pattern(file).is_some_and(|t| Some(t) == pattern(reference))
    };
    let mut seen = std::collections::HashSet::new();
    for f in found.iter().filter(|f| f.check == Check::Untranslated) {
        seen.insert((f.message_id.clone(), f.attribute.clone()));
    }
    let message = translation::same_text_message(pair.reference_locale);
    let mut out = Vec::with_capacity(found.len());
    for mut f in found.drain(..) {
        if copied(&f) {
            if !seen.insert((f.message_id.clone(), f.attribute.clone())) {
                continue;
            }
            f.check = Check::Untranslated;
            f.severity = Check::Untranslated.default_severity();
            f.message = message.clone();
        }
        out.push(f);
    }
    *found = out;
}

fn not_yet_translated(file: &ftl::FtlFile, finding: &Finding) -> bool {
    finding.message_id.as_ref().is_some_and(|id| {
        file.entries
            .iter()
            .any(|e| &e.id == id && e.markers.not_yet_translated)
    })
}

/// Is `finding` about the text of a message the reference does not have (any check but the
/// structure's, which say it is obsolete), or of one retired in the reference or the locale
/// (any check but `missing-message` and `obsolete-message`)?
fn about_dead_text(reference: &ftl::FtlFile, l10n: &ftl::FtlFile, finding: &Finding) -> bool {
    let Some(id) = &finding.message_id else {
        return false;
    };
    if matches!(
        finding.check,
        Check::MissingMessage | Check::ObsoleteMessage
    ) {
        return false;
    }
    let retired = |file: &ftl::FtlFile| {
        file.entries
            .iter()
            .any(|e| &e.id == id && e.markers.retired)
    };
    let obsolete = !reference.entries.iter().any(|e| &e.id == id);
    (obsolete && finding.check.group() != Group::Structure) || retired(reference) || retired(l10n)
}

fn allowed_by_reference(reference: &ftl::FtlFile, finding: &Finding) -> bool {
    let Some(id) = &finding.message_id else {
        return false;
    };
    reference
        .entries
        .iter()
        .find(|e| &e.id == id)
        .is_some_and(|e| e.markers.allow.iter().any(|a| finding.check.allowed_by(a)))
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

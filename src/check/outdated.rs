//! `outdated`: a translation whose reference text changed after it was translated.
//!
//! Each locale keeps, beside its `.ftl` files, a record of the reference text each of its
//! translations was made from ([`RECORD_FILE`]), written by `ftpdocs mark-translated`. A
//! message is outdated when the reference's text now differs from the recorded one; the
//! finding shows the change as a word diff. The record lives in the repository, so this works
//! in a shallow clone and whatever tool the translator edits with (see docs/outdated.md).

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

use super::catalog::{locate, Catalog};
use super::english::entry_source;
use super::finding::{Check, Finding};
use super::ftl::{Entry, FtlFile};
use super::structure::patterns;
use super::translation::is_untranslated;
use super::word_diff::word_diff;

/// The record's file name, in each locale's folder.
pub const RECORD_FILE: &str = "translated-from.json";

const ABOUT: &str = "The reference text each message of this locale was translated from, \
written by `ftpdocs mark-translated`: `ftpdocs check` reports a message as outdated when the \
reference text has changed since. Do not edit by hand.";

/// What each translated message was translated from: file → message id → the reference
/// entry's source lines at the time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    #[serde(default)]
    pub about: String,
    pub reference: String,
    pub messages: BTreeMap<String, BTreeMap<String, String>>,
}

impl Record {
    pub fn new(reference: &str) -> Self {
        Record {
            about: ABOUT.to_string(),
            reference: reference.to_string(),
            messages: BTreeMap::new(),
        }
    }

    /// Reads a record; a malformed one is an error finding at its line and column.
    pub fn parse(text: &str, locale: &str, shown: &str) -> Result<Record, Box<Finding>> {
        serde_json::from_str(text).map_err(|e| {
            let message = format!(
                "{e}; the record is written by `ftpdocs mark-translated {locale} --all`: restore it from version control or write it again"
            );
            let mut finding = Finding::new(Check::ReadError, locale, shown, message);
            finding.line = Some(e.line() as u32);
            finding.column = Some(e.column() as u32);
            Box::new(finding)
        })
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("strings serialize");
        text.push('\n');
        text
    }

    fn get(&self, path: &str, id: &str) -> Option<&String> {
        self.messages.get(path)?.get(id)
    }
}

/// A translated message of the locale with the reference entry it translates.
struct Translated<'a> {
    path: &'a str,
    reference_file: &'a FtlFile,
    reference: &'a Entry,
    l10n_file: &'a FtlFile,
    entry: &'a Entry,
}

/// Messages that count as translated: present, not marked not yet translated, and different
/// from the reference or marked same-as-source.
fn translated<'a>(reference: &'a Catalog, l10n: &'a Catalog) -> Vec<Translated<'a>> {
    let mut out = Vec::new();
    for (path, reference_file) in &reference.files {
        let Some(l10n_file) = l10n.files.get(path) else {
            continue;
        };
        let ours: HashMap<&str, &Entry> = l10n_file
            .entries
            .iter()
            .map(|e| (e.id.as_str(), e))
            .collect();
        for source in reference_file.entries.iter().filter(|e| !e.is_term) {
            let Some(entry) = ours.get(source.id.as_str()) else {
                continue;
            };
            if entry.markers.not_yet_translated {
                continue;
            }
            let same = patterns(entry).all(|(attribute, pattern)| {
                source
                    .pattern(attribute)
                    .is_some_and(|s| is_untranslated(s, pattern))
            });
            if !same || entry.markers.same_as_source {
                out.push(Translated {
                    path,
                    reference_file,
                    reference: source,
                    l10n_file,
                    entry,
                });
            }
        }
    }
    out
}

/// `outdated` findings, one per message whose reference text changed since it was
/// translated, and one `unrecorded` finding for translations the record does not know.
pub fn check_outdated(
    reference: &Catalog,
    l10n: &Catalog,
    record: &Record,
    record_shown: &str,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut unrecorded = Vec::new();
    for t in translated(reference, l10n) {
        let now = entry_source(t.reference_file, t.reference);
        let Some(then) = record.get(t.path, &t.reference.id) else {
            unrecorded.push(t.reference.id.as_str());
            continue;
        };
        if *then == now {
            continue;
        }
        findings.push(outdated_finding(&reference.locale, l10n, &t, then, &now));
    }
    if let Some(first) = unrecorded.first() {
        let more = unrecorded.len() - 1;
        let others = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        let message = format!(
            "{} translated messages ({first}{others}) have no record of the {} text they were translated from, so a later change to it would go unnoticed: run `ftpdocs mark-translated {}`",
            unrecorded.len(),
            reference.locale,
            l10n.locale
        );
        findings.push(Finding::new(
            Check::Unrecorded,
            &l10n.locale,
            record_shown,
            message,
        ));
    }
    findings
}

fn outdated_finding(
    reference_locale: &str,
    l10n: &Catalog,
    t: &Translated<'_>,
    then: &str,
    now: &str,
) -> Finding {
    let old_file = FtlFile::parse(then.to_string());
    let old = old_file.entries.first();
    let mut changes = Vec::new();
    let mut first_attribute = None;
    for (attribute, _) in patterns(t.reference) {
        let now_text = super::english::pattern_source(t.reference_file, t.reference, attribute);
        let then_text = old.and_then(|e| super::english::pattern_source(&old_file, e, attribute));
        let diff = word_diff(
            then_text.as_deref().unwrap_or(""),
            now_text.as_deref().unwrap_or(""),
        );
        if let Some(diff) = diff {
            first_attribute.get_or_insert(attribute);
            let label = attribute.map_or(String::new(), |a| format!(".{a}: "));
            changes.push(format!("{label}{diff}"));
        }
    }
    if changes.is_empty() {
        // Only the layout of the entry changed (a variant, a removed attribute): say so.
        changes.push(word_diff(then, now).unwrap_or_default());
    }
    let id = &t.reference.id;
    let message = format!(
        "the {reference_locale} text changed since this was translated: {}; update the translation, then run `ftpdocs mark-translated {} {id}`",
        changes.join("; "),
        l10n.locale
    );
    let attribute = first_attribute.flatten();
    let finding = Finding::new(
        Check::Outdated,
        &l10n.locale,
        &l10n.display_path(t.path),
        message,
    )
    .with_id(id, attribute);
    let offset = attribute
        .and_then(|a| t.entry.attributes.iter().find(|x| x.name == a))
        .map_or(t.entry.offset, |a| a.offset);
    let span = attribute.unwrap_or(id).chars().count();
    locate(finding, t.l10n_file, offset, span)
}

/// Which messages `mark-translated` records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// Translations the record does not know yet.
    New,
    /// These messages (after their translation was updated), and new ones.
    Messages(Vec<String>),
    /// Every translated message, outdated ones included.
    All,
}

/// What `mark-translated` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Marked {
    /// Messages recorded for the first time.
    pub new: Vec<String>,
    /// Outdated messages now recorded with the current reference text.
    pub updated: Vec<String>,
    /// Outdated messages left as they are.
    pub still_outdated: Vec<String>,
    /// Asked-for ids that are not translated messages of the locale.
    pub unknown: Vec<String>,
    /// Entries dropped because the message is gone or no longer translated.
    pub dropped: usize,
}

/// Brings `record` up to date for the messages `mark` selects.
pub fn mark_translated(
    reference: &Catalog,
    l10n: &Catalog,
    record: &Record,
    mark: &Mark,
) -> (Record, Marked) {
    let mut next = Record::new(&reference.locale);
    let mut marked = Marked::default();
    let asked: Vec<&str> = match mark {
        Mark::Messages(ids) => ids.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    let mut known = Vec::new();
    for t in translated(reference, l10n) {
        let id = t.reference.id.clone();
        let now = entry_source(t.reference_file, t.reference);
        let chosen = *mark == Mark::All || asked.contains(&id.as_str());
        known.push(id.clone());
        let text = match record.get(t.path, &id) {
            None => {
                marked.new.push(id);
                now
            }
            Some(then) if *then == now => now,
            Some(_) if chosen => {
                marked.updated.push(id);
                now
            }
            Some(then) => {
                marked.still_outdated.push(id);
                then.clone()
            }
        };
        next.messages
            .entry(t.path.to_string())
            .or_default()
            .insert(t.reference.id.clone(), text);
    }
    let before: usize = record.messages.values().map(BTreeMap::len).sum();
    let kept: usize = next.messages.values().map(BTreeMap::len).sum();
    marked.dropped = (before + marked.new.len()).saturating_sub(kept);
    marked.unknown = asked
        .iter()
        .filter(|id| !known.iter().any(|k| k == *id))
        .map(|id| id.to_string())
        .collect();
    (next, marked)
}

/// How many translated messages of `l10n` are outdated against `record`.
pub fn outdated_count(reference: &Catalog, l10n: &Catalog, record: &Record) -> usize {
    translated(reference, l10n)
        .iter()
        .filter(|t| {
            record
                .get(t.path, &t.reference.id)
                .is_some_and(|then| *then != entry_source(t.reference_file, t.reference))
        })
        .count()
}

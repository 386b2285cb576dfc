//! Translation progress per locale: messages, translated, missing, same as source, words.

use serde::Serialize;
use std::collections::HashMap;

use super::catalog::Catalog;
use super::ftl::Entry;
use super::structure::patterns;
use super::translation::{function_words, sameness};

/// Progress of one locale against the reference. Terms are not counted: they are not
/// sentences a translator works through.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LocaleStats {
    pub locale: String,
    /// Messages in the reference.
    pub messages: usize,
    /// Present and different from the reference, or marked same-as-source.
    pub translated: usize,
    pub missing: usize,
    /// Present with the reference's text (marked or not).
    pub same_as_source: usize,
    /// Copies of the reference marked `# ftpdocs: not-yet-translated`.
    pub not_yet_translated: usize,
    /// Translated messages whose reference text changed since (from the locale's record).
    pub outdated: usize,
    /// Words of the reference messages.
    pub source_words: usize,
    /// Words of the locale's messages that match a reference message.
    pub words: usize,
}

impl LocaleStats {
    /// Adds the counts of the same locale in another tree.
    pub fn add(&mut self, other: &LocaleStats) {
        self.messages += other.messages;
        self.translated += other.translated;
        self.missing += other.missing;
        self.same_as_source += other.same_as_source;
        self.not_yet_translated += other.not_yet_translated;
        self.outdated += other.outdated;
        self.source_words += other.source_words;
        self.words += other.words;
    }
}

pub fn locale_stats(reference: &Catalog, l10n: &Catalog) -> LocaleStats {
    let mut stats = LocaleStats {
        locale: l10n.locale.clone(),
        ..LocaleStats::default()
    };
    let reference_words = function_words(&reference.locale);
    for (path, file) in &reference.files {
        let translated: HashMap<&str, &Entry> = l10n
            .files
            .get(path)
            .map(|f| f.entries.iter().map(|e| (e.id.as_str(), e)).collect())
            .unwrap_or_default();
        for source in file.entries.iter().filter(|e| !e.is_term) {
            stats.messages += 1;
            stats.source_words += word_count(source);
            let Some(entry) = translated.get(source.id.as_str()) else {
                stats.missing += 1;
                continue;
            };
            if entry.markers.not_yet_translated {
                stats.not_yet_translated += 1;
                continue;
            }
            stats.words += word_count(entry);
            let same = patterns(entry).all(|(attribute, pattern)| {
                let source_pattern = source.pattern(attribute);
                source_pattern.is_some_and(|s| sameness(s, pattern, &reference_words).is_some())
            });
            if same {
                stats.same_as_source += 1;
            }
            if !same || entry.markers.same_as_source {
                stats.translated += 1;
            }
        }
    }
    stats
}

fn word_count(entry: &Entry) -> usize {
    patterns(entry).map(|(_, p)| p.text.word_count()).sum()
}

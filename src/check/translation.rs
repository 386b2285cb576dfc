//! Translation checks: `untranslated`, `mixed-language` and `repeated-word`, comparing each
//! translated pattern with its reference pattern.

use std::collections::HashSet;
use std::ops::Range;

use super::catalog::locate;
use super::finding::{Check, Finding};
use super::ftl::{Entry, Pattern};
use super::lang::Identifier;
use super::structure::{patterns, FilePair};
use super::text::{is_code_like, mask_markup, sentences, words};

/// How many consecutive words copied from the reference make a copied run.
pub const COPIED_RUN: usize = 6;

pub fn check_pair(pair: &FilePair<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    // First definition wins, as in Fluent; a map keeps large files linear.
    let mut by_id = std::collections::HashMap::new();
    for e in &pair.reference.entries {
        by_id.entry(e.id.as_str()).or_insert(e);
    }
    for entry in pair.l10n.entries.iter().filter(|e| !e.is_term) {
        let Some(source) = by_id.get(entry.id.as_str()) else {
            continue;
        };
        let mut found = Vec::new();
        for (attribute, pattern) in patterns(entry) {
            let source_pattern = source.pattern(attribute);
            let Some(source_pattern) = source_pattern else {
                continue;
            };
            let cx = PatternCx {
                pair,
                entry,
                attribute,
                pattern,
            };
            if !entry.markers.same_as_source {
                if is_untranslated(source_pattern, pattern) {
                    found.push(cx.finding(Check::Untranslated, 0, usize::MAX, format!(
                        "same text as {}: translate it, or mark the message with `# ftpdocs: same-as-source` if it is rightly identical",
                        pair.reference_locale
                    )));
                } else {
                    mixed_language(&cx, pair.identifier, source_pattern, &mut found);
                }
            }
            repeated_words(&cx, &mut found);
        }
        found.retain(|f| !entry.markers.allow.iter().any(|a| a == f.check.name()));
        findings.extend(found);
    }
    findings
}

/// Same text as the reference once placeables are ignored, with at least one prose word.
pub fn is_untranslated(source: &Pattern, l10n: &Pattern) -> bool {
    let literal = l10n.text.literal();
    // One-letter words are access keys (`.accesskey = S`), the same in every language.
    literal == source.text.literal()
        && words(&literal)
            .into_iter()
            .any(|r| !is_code_like(&literal[r.clone()]) && literal[r].chars().count() > 1)
}

struct PatternCx<'a> {
    pair: &'a FilePair<'a>,
    entry: &'a Entry,
    attribute: Option<&'a str>,
    pattern: &'a Pattern,
}

impl PatternCx<'_> {
    /// A finding at byte `plain` of the pattern's text, underlining up to `len` bytes.
    fn finding(&self, check: Check, plain: usize, len: usize, message: String) -> Finding {
        let finding = Finding::new(check, self.pair.locale, self.pair.path, message)
            .with_id(&self.entry.id, self.attribute);
        let text = &self.pattern.text.text;
        let offset = self
            .pattern
            .text
            .source_offset(plain)
            .unwrap_or(self.pattern.offset);
        let end = plain.saturating_add(len).min(text.len());
        let shown = text.get(plain..end).unwrap_or("");
        let span = shown.split('\n').next().unwrap_or("").chars().count();
        locate(finding, self.pair.l10n, offset, span)
    }
}

fn mixed_language(
    cx: &PatternCx<'_>,
    identifier: Option<&Identifier>,
    source: &Pattern,
    out: &mut Vec<Finding>,
) {
    let masked = mask_markup(&cx.pattern.text.text);
    let mut flagged = false;
    if let Some(identifier) = identifier {
        for sentence in sentences(&masked) {
            let range = trim(&masked, sentence);
            if let Some(verdict) = identifier.foreign(&masked[range.clone()]) {
                flagged = true;
                let evidence = if verdict.foreign_words.is_empty() {
                    format!("{:.0}% sure", verdict.confidence.unwrap_or(0.0) * 100.0)
                } else {
                    format!("“{}”", verdict.foreign_words.join("”, “"))
                };
                let message = format!(
                    "this sentence is in {}, not {} ({evidence}): translate it",
                    identifier.foreign, identifier.expected
                );
                out.push(cx.finding(Check::MixedLanguage, range.start, range.len(), message));
            }
        }
    }
    if !flagged {
        if let Some(run) = copied_run(&mask_markup(&source.text.text), &masked) {
            let message = format!(
                "{COPIED_RUN} or more words are copied from the {} string: translate them",
                cx.pair.reference_locale
            );
            out.push(cx.finding(Check::MixedLanguage, run.start, run.len(), message));
        }
    }
}

fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// The first run of [`COPIED_RUN`] prose words of `l10n` that also appear in a row in
/// `source`, as a byte range of `l10n`. Code-like tokens are skipped on both sides.
pub fn copied_run(source: &str, l10n: &str) -> Option<Range<usize>> {
    let prose = |text: &str| -> Vec<(Range<usize>, String)> {
        words(text)
            .into_iter()
            .filter(|r| !is_code_like(&text[r.clone()]))
            .map(|r| (r.clone(), text[r].to_lowercase()))
            .collect()
    };
    let source_words = prose(source);
    let l10n_words = prose(l10n);
    if l10n_words.len() < COPIED_RUN {
        return None;
    }
    let grams: HashSet<Vec<&str>> = source_words
        .windows(COPIED_RUN)
        .map(|w| w.iter().map(|(_, s)| s.as_str()).collect())
        .collect();
    l10n_words.windows(COPIED_RUN).find_map(|w| {
        let key: Vec<&str> = w.iter().map(|(_, s)| s.as_str()).collect();
        grams
            .contains(&key)
            .then(|| w[0].0.start..w[COPIED_RUN - 1].0.end)
    })
}

/// Words a language rightly doubles ("vous vous connectez", "nous nous"), per language.
const GRAMMATICAL_DOUBLES: &[(&str, &str)] = &[
    ("fr", "nous"),
    ("fr", "vous"),
    ("en", "that"),
    ("en", "had"),
];

fn repeated_words(cx: &PatternCx<'_>, out: &mut Vec<Finding>) {
    let text = &cx.pattern.text.text;
    let masked = mask_markup(text);
    let found = words(&masked);
    for pair in found.windows(2) {
        let (a, b) = (&masked[pair[0].clone()], &masked[pair[1].clone()]);
        let gap = &masked[pair[0].end..pair[1].start];
        let only_space = !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}');
        let lower = a.to_lowercase();
        let grammatical = GRAMMATICAL_DOUBLES
            .iter()
            .any(|(lang, word)| cx.pair.locale.split('-').next() == Some(lang) && *word == lower);
        if only_space
            && lower == b.to_lowercase()
            && !is_code_like(a)
            && a.chars().count() > 1
            && !grammatical
        {
            let message = format!("“{a}” is repeated: remove one");
            out.push(cx.finding(
                Check::RepeatedWord,
                pair[0].start,
                pair[1].end - pair[0].start,
                message,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_run_needs_six_words_in_a_row() {
        let source = "Send the commands in the order the protocol requires.";
        assert!(copied_run(
            source,
            "Envoyez the commands in the order the protocol requires."
        )
        .is_some());
        assert!(copied_run(source, "Envoyez les commandes dans l’ordre du protocole.").is_none());
        assert!(copied_run(source, "the commands in the order").is_none());
    }
}

//! `empty-value` and `repeated-sentence`: a translation a reader sees nothing of, and one that
//! says the same thing twice (a translation pasted after another).

use super::finding::{Check, Finding};
use super::pattern::PatternCx;
use super::structure::{prose_patterns, FilePair};
use super::text::{mask_markup, sentences, words, BREAK};
use super::translation::trim;

pub fn check_pair(pair: &FilePair<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for entry in &pair.l10n.entries {
        let Some(source) = pair.reference.entries.iter().find(|e| e.id == entry.id) else {
            continue;
        };
        let mut found = Vec::new();
        for (attribute, pattern) in prose_patterns(entry) {
            let Some(source_pattern) = source.pattern(attribute) else {
                continue;
            };
            let cx = PatternCx {
                pair,
                entry,
                attribute,
                pattern,
            };
            if pattern.empty && !source_pattern.empty {
                let message = format!(
                    "the translation is empty but the {} text is not: translate it, or remove the message so the reader gets a fallback",
                    pair.reference_locale
                );
                found.push(cx.finding(Check::EmptyValue, 0..usize::MAX, message));
            }
            if let Some(range) = repeated_sentence(&pattern.text.text) {
                if repeated_sentence(&source_pattern.text.text).is_none() {
                    let message =
                        "this sentence is already written before it: keep one".to_string();
                    found.push(cx.finding(Check::RepeatedSentence, range, message));
                }
            }
        }
        found.retain(|f| !entry.markers.allow.iter().any(|a| a == f.check.name()));
        findings.extend(found);
    }
    findings
}

/// The second of two equal sentences of three words or more (case and spacing aside), or the
/// second half of a text that is the same words twice without a sentence break.
///
/// Variants of a select are looked at one by one: two equal variants are no repetition.
pub fn repeated_sentence(text: &str) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    for part in text.split(BREAK) {
        if let Some(range) = repeated_in(part) {
            return Some(start + range.start..start + range.end);
        }
        start += part.len() + BREAK.len_utf8();
    }
    None
}

fn repeated_in(text: &str) -> Option<std::ops::Range<usize>> {
    let masked = mask_markup(text);
    let key = |range: std::ops::Range<usize>| -> Vec<String> {
        words(&masked[range.clone()])
            .into_iter()
            .map(|r| masked[range.start + r.start..range.start + r.end].to_lowercase())
            .collect()
    };
    let mut seen: Vec<Vec<String>> = Vec::new();
    for sentence in sentences(&masked) {
        let range = trim(&masked, sentence);
        let words = key(range.clone());
        // Placeables are all one character here: "who owns { -a }; who owns { -b }" differ.
        if words.len() >= 3 && !masked[range.clone()].contains(super::text::PLACEHOLDER) {
            if seen.contains(&words) {
                return Some(range);
            }
            seen.push(words);
        }
    }
    let all = words(&masked);
    let half = all.len() / 2;
    if half >= 3 && all.len() % 2 == 0 && !masked.contains(super::text::PLACEHOLDER) {
        let same = (0..half).all(|i| {
            masked[all[i].clone()].to_lowercase() == masked[all[half + i].clone()].to_lowercase()
        });
        if same {
            return Some(all[half].start..all[all.len() - 1].end);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_pasted_twice_is_found() {
        let text = "Enregistrez le fichier. Enregistrez le fichier.";
        assert_eq!(repeated_sentence(text), Some(24..text.len()));
        assert!(repeated_sentence("Enregistrez le fichier Enregistrez le fichier").is_some());
        assert!(repeated_sentence("Oui. Oui. Enregistrez le fichier.").is_none());
        assert!(repeated_sentence("Enregistrez le fichier puis fermez le fichier.").is_none());
        let variants = "\u{2029}Un fichier ouvert.\u{2029}Un fichier ouvert.\u{2029}";
        assert!(repeated_sentence(variants).is_none());
    }
}

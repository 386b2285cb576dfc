//! `empty-value` and `repeated-sentence`: a translation a reader sees nothing of, and one that
//! says the same thing twice (a translation pasted after another).

use super::finding::{Check, Finding};
use super::pattern::PatternCx;
use super::structure::{prose_patterns, FilePair};
use std::ops::Range;

use super::text::{mask_markup, sentences, words, PlainText, BREAK, PLACEHOLDER};
use super::translation::trim;

pub fn check_pair(pair: &FilePair<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reference = pair.reference.by_id();
    for entry in pair.l10n.in_effect() {
        let Some(source) = reference.get(entry.id.as_str()) else {
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
            let rightly_empty = || {
                is_fragment(&source.comment, &source_pattern.text.text)
                    || is_sentence_space(pair.locale, source_pattern)
                    || (attribute == Some("accesskey") && keys_left_out(pair, entry))
            };
            if pattern.empty && !source_pattern.empty && !rightly_empty() {
                let message = format!(
                    "the translation is empty but the {} text is not: translate it, or remove the message so the reader gets a fallback",
                    pair.reference_locale
                );
                found.push(cx.finding(Check::EmptyValue, 0..usize::MAX, message));
            }
            if let Some(range) = repeated_sentence(&pattern.text) {
                if repeated_sentence(&source_pattern.text).is_none() {
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

/// Is the reference text a space between sentences, in a language whose full stop carries its
/// own (`sentence-space` in `data/languages.toml`)? Zotero's `general-sentence-separator =
/// { " " }` is rightly `{ "" }` in Japanese and Chinese, after "。".
fn is_sentence_space(locale: &str, source: &super::ftl::Pattern) -> bool {
    source.blank
        && !super::locale::LocaleTag::parse(locale)
            .profile()
            .sentence_space
}

/// Has the locale left out every access key of the entry's `##` group, two or more? Then the
/// empty keys are one choice for those controls, not keys lost one by one: Thunderbird's
/// Armenian leaves all ten of the calendar's navigation buttons without one, while the Bulgarian
/// item that alone lacks a key among keyed neighbours is reported.
fn keys_left_out(pair: &FilePair<'_>, entry: &super::ftl::Entry) -> bool {
    let empty: Vec<bool> = pair
        .l10n
        .in_effect()
        .filter(|e| e.group == entry.group)
        .filter_map(|e| e.pattern(Some("accesskey")))
        .map(|key| key.empty)
        .collect();
    empty.len() >= 2 && empty.iter().all(|&e| e)
}

/// Does the reference's comment quote a longer phrase this text is a piece of? Such a message
/// is a fragment of a sentence built from several messages (Anki's `custom-study-select =
/// Select`, commented `As in "Select {amount} cards from the deck"`), and a language whose
/// word order puts the verb elsewhere rightly leaves it empty (Hungarian `{ "" }`).
fn is_fragment(comment: &str, text: &str) -> bool {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return false;
    }
    quoted(comment).into_iter().any(|phrase| {
        let phrase = phrase.to_lowercase();
        phrase.len() > text.len()
            && phrase.match_indices(&text).any(|(at, _)| {
                let before = phrase[..at].chars().next_back();
                let after = phrase[at + text.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
    })
}

/// The phrases a comment quotes, between straight or curly double quotes.
fn quoted(comment: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = comment;
    while let Some(open) = rest.find(['"', '“']) {
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = after.find(['"', '”']) else {
            break;
        };
        out.push(&after[..close]);
        rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
    }
    out
}

/// The second of two equal sentences of three words or more (case and spacing aside,
/// placeables compared by what they show), or the second half of a text that is the same
/// words twice without a sentence break.
///
/// Variants of a select are looked at one by one: two equal variants are no repetition.
pub fn repeated_sentence(text: &PlainText) -> Option<Range<usize>> {
    let masked = mask_markup(&text.text);
    let mut start = 0;
    for (part, original) in masked.split(BREAK).zip(text.text.split(BREAK)) {
        let placeables_before = masked[..start].matches(PLACEHOLDER).count();
        let mut tokens = tokens(
            part,
            &text.placeables[placeables_before.min(text.placeables.len())..],
        );
        // printf's `%s`, `%d` are set aside as markup, but tell two lines apart.
        for (at, _) in original.match_indices('%') {
            let name: String = original[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '$')
                .take(4)
                .collect();
            if !name.is_empty() && part[at..].starts_with(' ') {
                tokens.push((at..at + 1, format!("%{name}")));
            }
        }
        tokens.sort_by_key(|(r, _)| r.start);
        if let Some(range) = repeated_in(part, &tokens) {
            return Some(start + range.start..start + range.end);
        }
        start += part.len() + BREAK.len_utf8();
    }
    None
}

/// Words (lowercased) and placeables (by what they show) of `text` with their byte ranges.
fn tokens(text: &str, placeables: &[String]) -> Vec<(Range<usize>, String)> {
    // A letter after `%` is a printf conversion, where case matters (`%c`, `%C`).
    let mut out: Vec<(Range<usize>, String)> = words(text)
        .into_iter()
        .map(|r| {
            let word = &text[r.clone()];
            let conversion = text[..r.start].ends_with('%');
            (
                r,
                if conversion {
                    word.to_string()
                } else {
                    word.to_lowercase()
                },
            )
        })
        .collect();
    for ((at, _), what) in text.match_indices(PLACEHOLDER).zip(placeables) {
        out.push((at..at + PLACEHOLDER.len_utf8(), what.clone()));
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

fn repeated_in(text: &str, tokens: &[(Range<usize>, String)]) -> Option<Range<usize>> {
    let within = |range: &Range<usize>| -> Vec<&str> {
        tokens
            .iter()
            .filter(|(r, _)| r.start >= range.start && r.end <= range.end)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    let mut seen: Vec<Vec<&str>> = Vec::new();
    let mut label: Vec<&str> = Vec::new();
    for sentence in sentences(text) {
        let range = trim(text, sentence);
        let mut key = within(&range);
        // What a label ending in a colon introduces is read with it: "- %c: a character" and
        // "- %C: a character" are two items.
        let introduces = text[range.clone()].ends_with([':', '：']);
        if !label.is_empty() {
            key.splice(0..0, label.drain(..));
        }
        if introduces {
            label = key;
            continue;
        }
        if key.len() >= 3 {
            if seen.contains(&key) {
                return Some(range);
            }
            seen.push(key);
        }
    }
    let half = tokens.len() / 2;
    if half >= 3
        && tokens.len().is_multiple_of(2)
        && (0..half).all(|i| tokens[i].1 == tokens[half + i].1)
    {
        return Some(tokens[half].0.start..tokens[tokens.len() - 1].0.end);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(parts: &[&str]) -> PlainText {
        let mut text = PlainText::default();
        for part in parts {
            match part.strip_prefix('{') {
                Some(what) => text.push_placeable(what.to_string()),
                None => text.push_text(part, None),
            }
        }
        text
    }

    #[test]
    fn a_message_whose_comment_quotes_a_longer_phrase_is_a_fragment() {
        let comment = "verb, not noun. As in \"Select {amount} cards from the deck\"";
        assert!(is_fragment(comment, "Select"));
        assert!(is_fragment(
            "As in “select 5 cards from the deck”",
            "cards from the deck"
        ));
        // The whole phrase, a piece of a word, or no quote: not a fragment.
        assert!(!is_fragment("Shown as \"Select\"", "Select"));
        assert!(!is_fragment("As in \"Selected cards\"", "Select"));
        assert!(!is_fragment("The button that selects cards.", "Select"));
        assert!(!is_fragment("As in \"Select cards", "Select"));
    }

    #[test]
    fn printf_items_that_differ_by_their_placeholder_are_not_repeated() {
        let items = plain(&["- %c: un solo carácter.\n- %C: un solo carácter."]);
        assert!(repeated_sentence(&items).is_none());
        let twice = plain(&["- %c: un solo carácter.\n- %c: un solo carácter."]);
        assert!(repeated_sentence(&twice).is_some());
    }

    #[test]
    fn a_sentence_pasted_twice_is_found() {
        let text = "Enregistrez le fichier. Enregistrez le fichier.";
        assert_eq!(repeated_sentence(&plain(&[text])), Some(24..text.len()));
        assert!(
            repeated_sentence(&plain(&["Enregistrez le fichier Enregistrez le fichier"])).is_some()
        );
        assert!(repeated_sentence(&plain(&["Oui. Oui. Enregistrez le fichier."])).is_none());
        assert!(
            repeated_sentence(&plain(&["Enregistrez le fichier puis fermez le fichier."]))
                .is_none()
        );
        let variants = "\u{2029}Un fichier ouvert.\u{2029}Un fichier ouvert.\u{2029}";
        assert!(repeated_sentence(&plain(&[variants])).is_none());
    }

    #[test]
    fn placeables_count_by_what_they_show() {
        let twice = plain(&[
            "Avec ",
            "{-brand",
            " partout. Avec ",
            "{-brand",
            " partout.",
        ]);
        assert!(repeated_sentence(&twice).is_some());
        let two = plain(&["Qui a ", "{-a", " ; qui a ", "{-b", " ?"]);
        assert!(repeated_sentence(&two).is_none());
    }
}

//! Translation checks: `untranslated`, `mixed-language` and `repeated-word`, comparing each
//! translated pattern with its reference pattern.

use std::collections::HashSet;
use std::ops::Range;

use super::finding::{Check, Finding};
use super::ftl::{Entry, Pattern};
use super::lang::Identifier;
use super::locale::{LocaleTag, Profile};
use super::parts::foreign_parts;
use super::pattern::PatternCx;
use super::structure::{prose_patterns, FilePair};
use super::text::{
    is_code_like, mask_markup, mask_names, mask_syntax, mask_value_lists, words, BREAK,
};

/// How many consecutive words copied from the reference make a copied run.
pub const COPIED_RUN: usize = 6;

pub fn check_pair(pair: &FilePair<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    // `en-GB` against `en`: text rightly the same, and no other language to find.
    // Scots and English share most words: the same text is often right there.
    let tag = LocaleTag::parse(pair.locale);
    let same_language =
        tag.language == LocaleTag::parse(pair.reference_locale).language || !tag.profile().identify;
    let reference_words = function_words(pair.reference_locale);
    // A message not yet translated is a copy of the reference: `not-yet-translated` counts it.
    let by_id = pair.reference.by_id();
    let kept = kept_groups(pair, &by_id);
    let entries = pair.l10n.in_effect();
    for entry in entries.filter(|e| !e.is_term && !e.markers.not_yet_translated) {
        let Some(source) = by_id.get(entry.id.as_str()) else {
            continue;
        };
        let mut found = Vec::new();
        for (attribute, pattern) in prose_patterns(entry) {
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
            // A marker on the reference message holds for every locale.
            let marked = entry.markers.same_as_source
                || source.markers.same_as_source
                || kept.contains(&(source.group, attribute.is_some()));
            if !marked && !same_language {
                let same = sameness(source_pattern, pattern, &reference_words);
                if let Some(check) = same {
                    let message = same_text_message(pair.reference_locale);
                    found.push(cx.finding(check, 0..usize::MAX, message));
                } else {
                    mixed_language(
                        &cx,
                        pair.identifier,
                        source_pattern,
                        &reference_words,
                        &mut found,
                    );
                }
            }
            repeated_words(&cx, source_pattern, &mut found);
        }
        found.retain(|f| !entry.markers.allow.iter().any(|a| a == f.check.name()));
        findings.extend(found);
    }
    findings
}

/// The groups (`##` sections of the reference file, by number) whose every message a locale
/// keeps word for word, two or more, in a file where it translates others: names it keeps in
/// the reference's language on purpose, as Anki's Korean keeps its default note types
/// ("Basic", "Basic (and reversed card)", "Cloze") and field names. A text left untranslated
/// by mistake sits among translated neighbours. Values and attributes are counted apart:
/// `(group, attribute)`.
fn kept_groups(
    pair: &FilePair<'_>,
    by_id: &std::collections::HashMap<&str, &Entry>,
) -> HashSet<(usize, bool)> {
    // (group, attribute) -> (patterns, identical ones)
    let mut counts: std::collections::HashMap<(usize, bool), (usize, usize)> =
        std::collections::HashMap::new();
    let mut translated_elsewhere = false;
    for entry in pair.l10n.in_effect().filter(|e| !e.is_term) {
        let Some(source) = by_id.get(entry.id.as_str()) else {
            continue;
        };
        for (attribute, pattern) in prose_patterns(entry) {
            let Some(source_pattern) = source.pattern(attribute) else {
                continue;
            };
            let same = pattern.text.text == source_pattern.text.text;
            let count = counts
                .entry((source.group, attribute.is_some()))
                .or_default();
            count.0 += 1;
            count.1 += usize::from(same);
            translated_elsewhere |= !same;
        }
    }
    if !translated_elsewhere {
        return HashSet::new();
    }
    counts
        .into_iter()
        .filter(|&((group, _), (all, same))| group > 0 && all >= 2 && same == all)
        .map(|(key, _)| key)
        .collect()
}

/// The function words ("the", "of") of a locale's language, from the stop-word lists.
pub fn function_words(locale: &str) -> HashSet<&'static str> {
    stop_words::lookup(LocaleTag::parse(locale).language.as_str())
        .map(|w| w.iter().copied().collect())
        .unwrap_or_default()
}

/// What `untranslated` says of a text left as the reference's.
pub fn same_text_message(reference_locale: &str) -> String {
    format!("same text as {reference_locale}: translate it, or mark the message with `# ftpdocs: same-as-source` if it is rightly identical")
}

/// Same text as the reference once placeables are ignored, and prose: two lowercase words or
/// more that are not function words of the reference language (`reference_words`). A single word ("Status", "Podcast") is often the same word in the language, and a
/// text of capitalised words is a name ("San Francisco", "{ -brand } vs Google Chrome").
///
/// A shorter text with a word of two letters or more is `untranslated-short` (off unless
/// turned on).
pub fn sameness(
    source: &Pattern,
    l10n: &Pattern,
    reference_words: &HashSet<&str>,
) -> Option<Check> {
    let literal = l10n.text.literal();
    if literal != source.text.literal() {
        return None;
    }
    // One-letter words are access keys (`.accesskey = S`), the same in every language.
    let plain = mask_syntax(&mask_markup(&l10n.text.text));
    let prose: Vec<&str> = words(&plain)
        .into_iter()
        .map(|r| &plain[r])
        .filter(|w| !is_code_like(w) && w.chars().count() > 1)
        .collect();
    // Lowercase words that are not function words, in the richest variant: "Shape of the
    // Web" is a name, "minute" / "minutes" a cognate in every variant.
    // Distinct words: a usage text names its command on every line (`cp [OPTION]... SOURCE
    // DEST`, `cp [OPTION]... -t DIRECTORY SOURCE...`).
    let content = |text: &str| {
        words(text)
            .into_iter()
            .map(|r| &text[r])
            .filter(|w| w.starts_with(char::is_lowercase) && w.chars().count() > 1)
            .filter(|w| !is_code_like(w) && !reference_words.contains(&w.to_lowercase().as_str()))
            .filter(|w| !is_unit_symbol(w))
            .collect::<HashSet<_>>()
            .len()
    };
    let lowercase = plain.split(BREAK).map(content).max().unwrap_or(0);
    match (lowercase, prose.len()) {
        (2.., _) => Some(Check::Untranslated),
        (_, 1..) => Some(Check::UntranslatedShort),
        _ => None,
    }
}

/// Same text as the reference once placeables are ignored, with at least one prose word: what
/// the record of translations (`outdated`) counts as not translated, whatever its length.
pub fn is_untranslated(source: &Pattern, l10n: &Pattern) -> bool {
    let literal = l10n.text.literal();
    // One-letter words are access keys (`.accesskey = S`), the same in every language.
    literal == source.text.literal()
        && words(literal)
            .into_iter()
            .any(|r| !is_code_like(&literal[r.clone()]) && literal[r].chars().count() > 1)
}

fn mixed_language(
    cx: &PatternCx<'_>,
    identifier: Option<&Identifier>,
    source: &Pattern,
    reference_words: &HashSet<&str>,
    out: &mut Vec<Finding>,
) {
    let masked = mask_names(&mask_markup(&cx.pattern.text.text));
    // Options, their values and code blocks are the program's words in every language.
    let prose = mask_value_lists(&mask_syntax(&masked), &source.text.text);
    let mut flagged = false;
    if let Some(identifier) = identifier {
        // One finding per text, at its first part in the reference's language: a paragraph
        // left in English is one thing to fix, not one per sentence.
        let parts = foreign_parts(identifier, &prose);
        if let Some((range, verdict)) = parts.first() {
            flagged = true;
            let evidence = if verdict.foreign_words.is_empty() {
                format!("{:.0}% sure", verdict.confidence.unwrap_or(0.0) * 100.0)
            } else {
                format!("“{}”", verdict.foreign_words.join("”, “"))
            };
            let more = match parts.len() - 1 {
                0 => String::new(),
                1 => " and 1 more part of this text".to_string(),
                n => format!(" and {n} more parts of this text"),
            };
            let message = format!(
                "these words{more} are in {}, not {} ({evidence}): translate them",
                identifier.foreign, identifier.expected
            );
            out.push(cx.finding(Check::MixedLanguage, range.clone(), message));
        }
    }
    if !flagged && LocaleTag::parse(cx.pair.locale).profile().identify {
        let brand = |w: &str| identifier.is_some_and(|i| i.is_brand(w));
        let source_text = mask_syntax(&mask_markup(&source.text.text));
        if let Some(run) = copied_run(&source_text, &prose, reference_words, &brand) {
            let message = format!(
                "{COPIED_RUN} or more words are copied from the {} string: translate them",
                cx.pair.reference_locale
            );
            out.push(cx.finding(Check::MixedLanguage, run, message));
        }
    }
}

pub fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// The first run of [`COPIED_RUN`] prose words of `l10n` that also appear in a row in
/// `source`, as a byte range of `l10n`. Code-like tokens are skipped on both sides.
pub fn copied_run(
    source: &str,
    l10n: &str,
    reference_words: &HashSet<&str>,
    is_brand: &dyn Fn(&str) -> bool,
) -> Option<Range<usize>> {
    let prose = |text: &str| -> Vec<(Range<usize>, String)> {
        words(text)
            .into_iter()
            .filter(|r| !is_code_like(&text[r.clone()]) && !is_brand(&text[r.clone()]))
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
        // A title kept in English ("Senior Director of Trust and Security", "Open Policy and
        // Advocacy Blog") is a name, and "pixel tags, web beacons, clear GIFs" a list of terms:
        // a copied run is prose, with three lowercase words and a function word.
        let lowercase = w
            .iter()
            .filter(|(r, _)| l10n[r.clone()].starts_with(char::is_lowercase))
            .count();
        let function_word = w.iter().any(|(_, s)| reference_words.contains(s.as_str()));
        (lowercase >= 3 && function_word && grams.contains(&key))
            .then(|| w[0].0.start..w[COPIED_RUN - 1].0.end)
    })
}

fn repeated_words(cx: &PatternCx<'_>, source: &Pattern, out: &mut Vec<Finding>) {
    // "one by one", "bye-bye", "step by step": the English says it twice, and a translation
    // doubles the word for it (Arabic "واحدة واحدة", Italian "ciao ciao").
    if says_twice(source.text.literal()) {
        return;
    }
    let profile = LocaleTag::parse(cx.pair.locale).profile();
    let text = &cx.pattern.text.text;
    for range in repeated(text, profile) {
        let word = text[range.clone()].split_whitespace().next().unwrap_or("");
        let message = format!("“{word}” is repeated: remove one");
        out.push(cx.finding(Check::RepeatedWord, range, message));
    }
}

/// Does `text` say a word twice: "one by one", "day after day", "bye-bye", "so so"?
fn says_twice(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() > 1 && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        .map(str::to_lowercase)
        .collect();
    let hyphen_double = words.iter().any(|w| {
        w.split_once('-')
            .is_some_and(|(a, b)| a == b && !a.is_empty())
    });
    let joined = words
        .windows(3)
        .any(|w| w[0] == w[2] && matches!(w[1].as_str(), "by" | "after" | "to" | "for"));
    let doubled = words.windows(2).any(|w| w[0] == w[1]);
    hyphen_double || joined || doubled
}

/// A unit symbol, the same in every language: an SI prefix and a unit (`kWh`, `mg`, `µs`,
/// `MB`), or CO₂e.
fn is_unit_symbol(word: &str) -> bool {
    const UNITS: &[&str] = &[
        "Wh", "W", "g", "B", "b", "Hz", "m", "s", "V", "A", "J", "l", "L", "bit",
    ];
    if matches!(word, "CO₂e" | "CO2e" | "CO₂" | "CO2") {
        return true;
    }
    let rest = word
        .strip_prefix(['k', 'M', 'G', 'T', 'm', 'µ', 'μ', 'n', 'c'])
        .unwrap_or(word);
    UNITS.contains(&rest) || UNITS.contains(&word)
}

/// Interjections any Latin-script language may double ("Oh oh, an error").
const INTERJECTIONS: &[&str] = &["ah", "eh", "ha", "ho", "oh", "uh"];

/// Byte ranges of a word and its repetition ("le le"), separated by spaces only, unless the
/// language allows that word twice or writes without spaces.
pub fn repeated(text: &str, profile: &Profile) -> Vec<Range<usize>> {
    if !profile.spaces || profile.reduplication {
        return Vec::new();
    }
    let masked = mask_markup(text);
    let found = words(&masked);
    let same = |i: usize, j: usize| {
        let (a, b) = (&masked[found[i].clone()], &masked[found[j].clone()]);
        a.to_lowercase() == b.to_lowercase()
    };
    let mut out = Vec::new();
    for (i, pair) in found.windows(2).enumerate() {
        // Three or more in a row are meant ("Punkt Punkt Punkt", read aloud for a hidden
        // word); a slip doubles a word once.
        let in_a_run = (i > 0 && same(i - 1, i)) || (i + 2 < found.len() && same(i + 1, i + 2));
        let (a, b) = (&masked[pair[0].clone()], &masked[pair[1].clone()]);
        // The gap is read in the text itself: masked markup between two words is no space.
        let gap = text.get(pair[0].end..pair[1].start).unwrap_or("");
        let only_space = !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}');
        // "en/of of ze" (and/or whether): the first is half of a pair joined by a slash.
        let slashed = masked[..pair[0].start].ends_with('/');
        let lower = a.to_lowercase();
        // "le fichier FICHIER": a word and the placeholder of a usage line, as in the English
        // ("the file FILE"), not one word twice.
        let caps = |w: &str| {
            let letters = w.chars().filter(|c| c.is_alphabetic());
            letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
        };
        // An opening pair that stands alone ("Ωχ ωχ...", "Ой ой!", "Buru buru"): an
        // interjection or a word made by doubling, not a slip in a sentence.
        let standing_alone = i == 0
            && masked[pair[1].end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        if only_space
            && !standing_alone
            && caps(a) == caps(b)
            && !slashed
            && lower == b.to_lowercase()
            && !is_code_like(a)
            && a.chars().count() > 1
            && !profile.repeated_word.contains(&lower)
            && !in_a_run
            && !INTERJECTIONS.contains(&lower.as_str())
        {
            out.push(pair[0].start..pair[1].end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `[[example]]`s of `data/languages.toml`: `bad` has a repeated word the language
    /// does not allow, `good` none.
    #[test]
    fn language_examples_hold() {
        for (language, profile) in super::super::locale::profiles() {
            for example in &profile.example {
                if let Some(bad) = &example.bad {
                    assert!(!repeated(bad, profile).is_empty(), "{language}: {bad}");
                }
                if let Some(good) = &example.good {
                    assert!(repeated(good, profile).is_empty(), "{language}: {good}");
                }
            }
        }
    }

    #[test]
    fn unit_symbols_are_no_words_to_translate() {
        assert!(is_unit_symbol("kWh") && is_unit_symbol("mg") && is_unit_symbol("µWh"));
        assert!(!is_unit_symbol("kind") && !is_unit_symbol("mes"));
    }

    #[test]
    fn runs_of_three_and_interjections_are_meant() {
        let de = super::super::locale::LocaleTag::parse("de").profile();
        assert!(repeated("Punkt Punkt Punkt", de).is_empty());
        assert_eq!(repeated("Öffnen Sie die Datei Datei.", de).len(), 1);
        let ia = super::super::locale::LocaleTag::parse("ia").profile();
        assert!(repeated("Oh oh, alcun error occurreva.", ia).is_empty());
    }

    #[test]
    fn copied_run_needs_six_words_in_a_row() {
        let en = function_words("en");
        let source = "Send the commands in the order the protocol requires.";
        let copied = "Envoyez the commands in the order the protocol requires.";
        assert!(copied_run(source, copied, &en, &|_| false).is_some());
        let translated = "Envoyez les commandes dans l’ordre du protocole.";
        assert!(copied_run(source, translated, &en, &|_| false).is_none());
        assert!(copied_run(source, "the commands in the order", &en, &|_| false).is_none());
        let terms = "pixel tags, web beacons, clear gifs";
        assert!(copied_run(terms, &format!("comme {terms}"), &en, &|_| false).is_none());
    }
}

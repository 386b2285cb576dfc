//! Cognates: text a locale keeps word for word from the reference because every word of it is
//! also a word of the locale. Swedish keeps coreutils' "extra operand" and "extra argument":
//! all three words are Swedish, and its own translations use them in a dozen messages or more.
//! A text left in English by mistake has words the locale writes nowhere else ("Override
//! font:" in Tagalog). The words are counted over every tree a run checks, so a project of
//! many small files (one per program) counts as one locale.

use std::collections::{HashMap, HashSet};

use super::catalog::Catalog;
use super::finding::{Check, Finding};
use super::lang::is_latin_word;
use super::locale::LocaleTag;
use super::structure::prose_patterns;
use super::text::words;

/// The words of a locale's translations (lowercase) that the reference also has, with how
/// many translated patterns (those that differ from the reference's) use each.
pub type Vocabulary = HashMap<String, u32>;

/// How many translated patterns must use a word for it to count as the locale's own.
const USES: u32 = 2;

/// The words `l10n`'s translated patterns share with the reference. In a locale written in
/// another script, only the Latin words its own sentences keep: the names and terms it
/// writes as English does (Russian "Кто этот краб, Ferris?" and "wasm" in 56 places make the
/// alt text "wasm ferris" its own); a locale whose script is not known counts none.
pub fn vocabulary(reference: &Catalog, l10n: &Catalog) -> Vocabulary {
    let mut out = Vocabulary::new();
    let script = LocaleTag::parse(&l10n.locale).script();
    let kept_terms_only = !same_script(&l10n.locale, &reference.locale);
    if script.is_none() || (kept_terms_only && script.as_deref() == Some("Latn")) {
        return out;
    }
    let known = reference.words.get_or_init(|| words_of(reference));
    for (path, file) in &l10n.files {
        let Some(reference) = reference.files.get(path) else {
            continue;
        };
        let by_id = reference.by_id();
        for entry in file.entries.iter().filter(|e| !e.is_term) {
            let Some(source) = by_id.get(entry.id.as_str()) else {
                continue;
            };
            for (attribute, pattern) in prose_patterns(entry) {
                let Some(source) = source.pattern(attribute) else {
                    continue;
                };
                let literal = pattern.text.literal();
                if literal == source.text.literal() {
                    continue;
                }
                let mut seen: Vec<String> = words(literal)
                    .into_iter()
                    .map(|r| &literal[r])
                    .filter(|w| !kept_terms_only || is_latin_word(w))
                    .map(str::to_lowercase)
                    .filter(|w| known.contains(w))
                    .collect();
                seen.sort_unstable();
                seen.dedup();
                for word in seen {
                    *out.entry(word).or_default() += 1;
                }
            }
        }
    }
    out
}

/// Every word of a catalog's texts, lowercase.
fn words_of(catalog: &Catalog) -> HashSet<String> {
    catalog
        .files
        .values()
        .flat_map(|f| &f.entries)
        .flat_map(prose_patterns)
        .flat_map(|(_, p)| {
            let literal = p.text.literal();
            words(literal)
                .into_iter()
                .map(|r| literal[r].to_lowercase())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn same_script(locale: &str, reference: &str) -> bool {
    let script = LocaleTag::parse(locale).script();
    script.is_some() && script == LocaleTag::parse(reference).script()
}

/// Adds one tree's vocabulary of a locale to those of the trees before it.
pub fn merge(into: &mut HashMap<String, Vocabulary>, locale: &str, from: Vocabulary) {
    let total = into.entry(locale.to_string()).or_default();
    for (word, uses) in from {
        *total.entry(word).or_default() += uses;
    }
}

/// Drops the `untranslated` findings whose text is all words of their locale, whose
/// vocabulary `vocabulary_of` gives.
pub fn excuse<'v>(
    findings: &mut Vec<Finding>,
    vocabulary_of: impl Fn(&str) -> Option<&'v Vocabulary>,
) {
    findings.retain(|f| {
        if !matches!(f.check, Check::Untranslated | Check::UntranslatedShort) {
            return true;
        }
        match (&f.reference, vocabulary_of(&f.locale)) {
            (Some(reference), Some(vocabulary)) => !all_words_known(&reference.text, vocabulary),
            _ => true,
        }
    });
}

/// Is every word of `source` (an `.ftl` pattern, placeables left out) used often enough?
fn all_words_known(source: &str, vocabulary: &Vocabulary) -> bool {
    let mut text = String::with_capacity(source.len());
    let mut depth = 0usize;
    for c in source.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => text.push(' '),
        }
    }
    // A program's name before its message (`mv: extra operand`) is no prose.
    let text = match text.split_once(": ") {
        Some((name, rest)) if !name.contains(char::is_whitespace) => rest.to_string(),
        _ => text,
    };
    let mut any = false;
    for range in words(&text) {
        let word = text[range].to_lowercase();
        if word.chars().any(|c| !c.is_alphabetic()) {
            continue;
        }
        any = true;
        if vocabulary.get(&word).copied().unwrap_or(0) < USES {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_known_when_every_word_is_used_twice() {
        let vocabulary: Vocabulary = [("extra", 12), ("operand", 29), ("override", 1)]
            .into_iter()
            .map(|(w, n)| (w.to_string(), n))
            .collect();
        assert!(all_words_known("extra operand {$operand}", &vocabulary));
        assert!(all_words_known("mv: extra operand {$operand}", &vocabulary));
        assert!(!all_words_known("Override font:", &vocabulary));
        assert!(!all_words_known("extra override", &vocabulary));
        assert!(!all_words_known("{$operand}", &vocabulary));
    }
}

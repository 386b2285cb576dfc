//! `check --fix`: the mechanical typography fixes that are sure, applied to the text of
//! patterns only. Ids, comments, placeables, selectors and the file's layout are untouched:
//! every edit is made at a source offset that a pattern's text element maps to, and a fixed
//! file must parse to the same entries as before, or it is left as it was.

use super::ftl::FtlFile;
use super::structure::patterns;
use super::text::mask_markup_with;
use super::typography::{after_code_word, ends_phrase};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// A language's typography, as data: what `--fix` applies to its locales.
struct Rules {
    /// The language subtag the rules are for.
    language: &'static str,
    /// Punctuation preceded by a narrow no-break space (U+202F).
    spaced_punctuation: &'static str,
    /// `« »` with no-break spaces (U+00A0) inside.
    guillemets: bool,
    /// The apostrophe between two letters, in place of `'`.
    apostrophe: Option<char>,
}

const RULES: &[Rules] = &[Rules {
    language: "fr",
    spaced_punctuation: ";:!?",
    guillemets: true,
    apostrophe: Some('’'),
}];

/// One change to a file: bytes `start..end` of the source become `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The fixed source of `file` for `locale` and how many places changed, or `None` when
/// nothing needs fixing (or the result would not parse to the same entries).
pub fn fix_file(locale: &str, file: &FtlFile) -> Option<(String, usize)> {
    let language = locale.split(['-', '_']).next().unwrap_or(locale);
    let rules = RULES.iter().find(|r| r.language == language);
    let mut edits = Vec::new();
    for entry in &file.entries {
        for (_, pattern) in patterns(entry) {
            let text = &pattern.text;
            for (start, end, replacement) in plain_edits(&text.text, rules) {
                // Only inside one text element: its bytes map one to one onto the source.
                let (Some(from), Some(last)) = (
                    text.source_offset(start),
                    text.source_offset(end.max(start + 1) - 1),
                ) else {
                    continue;
                };
                let to = from + (end - start);
                if end > start && last + 1 != to {
                    continue;
                }
                if file.source.get(from..to) != text.text.get(start..end) {
                    continue;
                }
                edits.push(Edit {
                    start: from,
                    end: to,
                    text: replacement,
                });
            }
        }
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| (e.start, e.end));
    edits.dedup_by(|b, a| b.start < a.end.max(a.start + 1));
    let mut fixed = file.source.clone();
    for edit in edits.iter().rev() {
        fixed.replace_range(edit.start..edit.end, &edit.text);
    }
    let reparsed = FtlFile::parse(fixed.clone());
    let ids = |f: &FtlFile| f.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    let same = reparsed.syntax.len() == file.syntax.len() && ids(&reparsed) == ids(file);
    same.then_some((fixed, edits.len()))
}

/// Edits of a pattern's plain text as (start, end, replacement) byte ranges.
fn plain_edits(text: &str, rules: Option<&Rules>) -> Vec<(usize, usize, String)> {
    // Markup, entities and URLs become NUL: neither space nor letter, never edited.
    let masked = mask_markup_with(text, '\0');
    let chars: Vec<(usize, char)> = masked.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).map(|n| n.1);
        let before = k.checked_sub(2).map(|p| chars[p].1);
        // "..." after a word, and not part of a longer run of dots: an ellipsis; after a
        // code word (`p2...` in a reply's format) it is protocol text.
        if c == '.'
            && masked[i..].starts_with("...")
            && prev.is_some_and(|(_, p)| p.is_alphanumeric())
            && !masked[i + 3..].starts_with('.')
            && !after_code_word(&masked[..i])
        {
            out.push((i, i + 3, "…".to_string()));
        }
        let Some(rules) = rules else { continue };
        if rules.spaced_punctuation.contains(c) && ends_phrase(next) {
            match prev {
                Some((p, ' ' | NBSP)) if before.is_some_and(|b| !b.is_whitespace()) => {
                    out.push((p, i, NNBSP.to_string()));
                }
                Some((_, p))
                    if (p.is_alphanumeric() || p == '»' || p == ')')
                        && !after_code_word(&masked[..i]) =>
                {
                    out.push((i, i, NNBSP.to_string()));
                }
                _ => {}
            }
        }
        if rules.guillemets && c == '«' {
            match next {
                Some(' ' | NNBSP) => out.push((i + 2, i + 2 + next_len(next), NBSP.to_string())),
                Some(n) if n != NBSP && !n.is_whitespace() => {
                    out.push((i + 2, i + 2, NBSP.to_string()))
                }
                _ => {}
            }
        }
        if rules.guillemets && c == '»' {
            match prev {
                Some((p, ' ' | NNBSP)) => out.push((p, i, NBSP.to_string())),
                Some((_, p)) if p != NBSP && !p.is_whitespace() => {
                    out.push((i, i, NBSP.to_string()))
                }
                _ => {}
            }
        }
        if let Some(apostrophe) = rules.apostrophe {
            let letters = prev.is_some_and(|(_, p)| p.is_alphabetic())
                && next.is_some_and(|n| n.is_alphabetic());
            if c == '\'' && letters {
                out.push((i, i + 1, apostrophe.to_string()));
            }
        }
    }
    out
}

fn next_len(c: Option<char>) -> usize {
    c.map_or(0, char::len_utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(locale: &str, source: &str) -> String {
        fix_file(locale, &FtlFile::parse(source.to_string()))
            .map(|(text, _)| text)
            .unwrap_or_else(|| source.to_string())
    }

    #[test]
    fn french_spaces_quotes_apostrophes_and_ellipsis_are_fixed() {
        assert_eq!(
            fixed(
                "fr",
                "a = Attention : l'ordre compte ! Le mot « prêt » puis...\n"
            ),
            "a = Attention\u{202f}: l’ordre compte\u{202f}! Le mot «\u{a0}prêt\u{a0}» puis…\n"
        );
        assert_eq!(fixed("fr", "a = Prêt!\n"), "a = Prêt\u{202f}!\n");
    }

    #[test]
    fn comments_ids_placeables_and_layout_are_kept() {
        let source = "# Note : l'id reste.\nmsg-a = { $n } : l'un\n    .title = Deux : trois\n\n\nb = { $n ->\n        [one] un !\n       *[other] plusieurs !\n    }\n";
        assert_eq!(
            fixed("fr", source),
            "# Note : l'id reste.\nmsg-a = { $n }\u{202f}: l’un\n    .title = Deux\u{202f}: trois\n\n\nb = { $n ->\n        [one] un\u{202f}!\n       *[other] plusieurs\u{202f}!\n    }\n"
        );
    }

    #[test]
    fn urls_times_and_protocol_text_are_left_alone() {
        let source = "a = Voir https://example.org/?q=1 à 10:30, le texte 125 FILE: pppp\n";
        assert_eq!(fixed("fr", source), source);
    }

    #[test]
    fn only_the_ellipsis_applies_to_a_language_without_rules() {
        assert_eq!(
            fixed("de", "a = Warten... Achtung : don't\n"),
            "a = Warten… Achtung : don't\n"
        );
    }
}

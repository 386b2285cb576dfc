//! Typography: French spacing around `; : ! ?` and `« »`, double spaces, replacement and
//! control characters.

use super::catalog::locate;
use super::finding::{Check, Finding};
use super::ftl::{Entry, FtlFile, Pattern};
use super::structure::patterns;
use super::text::{is_code_like, mask_markup_with, BREAK, PLACEHOLDER};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

pub fn check_file(locale: &str, path: &str, file: &FtlFile) -> Vec<Finding> {
    let french = locale.split(['-', '_']).next() == Some("fr");
    let mut findings = Vec::new();
    for entry in &file.entries {
        if entry.markers.not_yet_translated
            || entry
                .markers
                .allow
                .iter()
                .any(|a| a == Check::Typography.name())
        {
            continue;
        }
        for (attribute, pattern) in patterns(entry) {
            for (at, len, message) in problems(&pattern.text.text, french) {
                findings.push(place(
                    locale, path, file, entry, attribute, pattern, at, len, message,
                ));
            }
        }
    }
    findings
}

#[allow(
    clippy::too_many_arguments,
    reason = "a finding needs every one of these to be placed"
)]
fn place(
    locale: &str,
    path: &str,
    file: &FtlFile,
    entry: &Entry,
    attribute: Option<&str>,
    pattern: &Pattern,
    at: usize,
    len: usize,
    message: String,
) -> Finding {
    let finding =
        Finding::new(Check::Typography, locale, path, message).with_id(&entry.id, attribute);
    let offset = pattern.text.source_offset(at).unwrap_or(pattern.offset);
    locate(finding, file, offset, len)
}

/// Problems in a pattern's text as (byte offset, characters to underline, message).
pub fn problems(text: &str, french: bool) -> Vec<(usize, usize, String)> {
    // Markup and URLs become NUL: opaque, neither space nor letter, and not reported.
    let masked = mask_markup_with(text, '\0');
    let chars: Vec<(usize, char)> = masked.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        // Damage is looked for in the original text: masking may have hidden a NUL.
        let original = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(c);
        if original == '\u{fffd}' {
            out.push((
                i,
                1,
                "U+FFFD replacement character: the text was damaged by a wrong encoding; retype it"
                    .to_string(),
            ));
        } else if original.is_control() && !matches!(original, '\n' | '\t') {
            out.push((
                i,
                1,
                format!("control character U+{:04X}: remove it", original as u32),
            ));
        } else if c == ' ' && next == Some(' ') && prev != Some(' ') {
            out.push((i, 2, "double space: use one".to_string()));
        }
        if !french {
            continue;
        }
        if matches!(c, ';' | ':' | '!' | '?') && ends_phrase(next) {
            match prev {
                Some(' ') => out.push((
                    i - 1,
                    2,
                    format!("use a narrow no-break space (U+202F) before “{c}”, not a space"),
                )),
                // `FILE: pppp`: protocol text after a code word keeps its colon.
                Some(p)
                    if (p.is_alphanumeric() || p == '»' || p == ')')
                        && !after_code_word(&masked[..i]) =>
                {
                    out.push((
                        i,
                        1,
                        format!("French puts a narrow no-break space (U+202F) before “{c}”"),
                    ))
                }
                _ => {}
            }
        }
        if c == '«' && !matches!(next, Some(NBSP | NNBSP)) {
            out.push((i, 1, "put a no-break space (U+00A0) after “«”".to_string()));
        }
        if c == '»' && !matches!(prev, Some(NBSP | NNBSP)) {
            out.push((i, 1, "put a no-break space (U+00A0) before “»”".to_string()));
        }
    }
    out
}

pub(crate) fn after_code_word(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    !word.is_empty() && is_code_like(&word)
}

/// `: ! ? ;` ends a phrase when followed by space, the end, a placeable or closing
/// punctuation; otherwise it is part of a URL, a time or code (`https://`, `10:30`, `?q=`).
pub(crate) fn ends_phrase(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => {
            n.is_whitespace()
                || matches!(n, PLACEHOLDER | BREAK | '»' | '"' | ')' | '’' | '!' | '?')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<String> {
        problems(text, true)
            .into_iter()
            .map(|(_, _, m)| m)
            .collect()
    }

    #[test]
    fn french_punctuation_wants_narrow_no_break_space() {
        assert!(messages("Connectez-vous\u{202f}: envoyez USER\u{202f}!").is_empty());
        assert_eq!(messages("Connectez-vous : envoyez").len(), 1);
        assert_eq!(messages("Prêt!").len(), 1);
    }

    #[test]
    fn urls_and_times_are_left_alone() {
        assert!(messages("Voir https://example.org/?q=1 à 10:30").is_empty());
        assert!(messages("le texte exact 125 FILE: pppp").is_empty());
    }

    #[test]
    fn guillemets_need_no_break_spaces() {
        assert!(messages("le mot «\u{a0}prêt\u{a0}»").is_empty());
        assert_eq!(messages("le mot « prêt »").len(), 2);
    }

    #[test]
    fn damage_and_double_spaces_are_found_in_any_locale() {
        assert_eq!(problems("a  b \u{fffd} \u{7}", false).len(), 3);
    }
}

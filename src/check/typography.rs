//! Typography, as four checks a project can turn on and off apart: `typography` (double spaces,
//! replacement and control characters, in every locale), `spacing` (French spaces around
//! `; : ! ?` and `« »`; the other languages' spacing), `quotes` and `punctuation` (a language's
//! own quotation marks and punctuation); the other languages' rules come from
//! `typography_locale`.

use std::collections::BTreeSet;
use std::ops::Range;

use super::finding::{Check, Finding};
use super::pattern::PatternCx;
use super::structure::{prose_patterns, FilePair};
use super::text::{is_code_like, mask_code_spans, mask_markup_with, BREAK, PLACEHOLDER};

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

pub fn check_pair(pair: &FilePair<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let reference = pair.reference.by_id();
    let native = super::typography_locale::rules_for(pair.locale)
        .map(|rules| {
            rules.native_convention(
                pair.l10n
                    .entries
                    .iter()
                    .flat_map(prose_patterns)
                    .map(|(_, p)| p.text.text.as_str()),
            )
        })
        .unwrap_or_default();
    for entry in pair.l10n.in_effect() {
        if entry.markers.not_yet_translated {
            continue;
        }
        // `# ftpdocs: allow typography` silences all four, as it did before they were split.
        let allowed = |check: Check| entry.markers.allow.iter().any(|a| check.allowed_by(a));
        for (attribute, pattern) in prose_patterns(entry) {
            let cx = PatternCx {
                pair,
                entry,
                attribute,
                pattern,
            };
            // Text left as the reference's is in the reference's language: its quotes and
            // spacing are that language's, and `untranslated` says what to do about it.
            let source = reference
                .get(entry.id.as_str())
                .and_then(|source| source.pattern(attribute));
            let copied = source.is_some_and(|source| source.text.text == pattern.text.text);
            let separators = source
                .map(|s| separators(&mask_markup_with(&s.text.text, FILLER)))
                .unwrap_or_default();
            // A reference that aligns columns with runs of spaces (uutils' `126  if COMMAND is
            // found…`) is laid out: the translation's runs of spaces are its layout too.
            let aligned = source.is_some_and(|s| has_space_runs(&s.text.text));
            // GNU's two spaces after a full stop or a semicolon ("might destroy source;  X
            // not moved"), kept by the translation after its own stop.
            let two_after_stop = source.is_some_and(|s| {
                [".  ", ";  ", ":  ", "!  ", "?  "]
                    .iter()
                    .any(|p| s.text.text.contains(p))
            });
            let text = &pattern.text.text;
            let verbatim = source
                .map(|s| quoted_copies(text, &s.text.text))
                .unwrap_or_default();
            for (range, message, check) in locale_problems(text, pair.locale, &native) {
                // `.desktop` keywords (`COSMIC;Écran;`): no French space, no full-width mark.
                // A mark written with a space is prose ("Exemple : 2006-08-14T02:34"), even
                // where the reference has the same mark between digits.
                let marks = &text[range.clone()];
                let separator = matches!(check, Check::Punctuation | Check::Spacing)
                    && !marks.is_empty()
                    && marks.chars().all(|c| separators.contains(&c));

                // Copied text keeps only the checks every language shares.
                let foreign = copied && check != Check::Typography;
                let double = text[range.clone()].starts_with("  ");
                let after_stop = text[..range.start]
                    .ends_with(['.', ';', ':', '!', '?', '。', '；', '：', '！', '？']);
                let layout = double && (aligned || (two_after_stop && after_stop));
                let syntax = check != Check::Typography && is_syntax(text, &range);
                // Inside a quotation the reference has word for word: what a program prints
                // ("Hello, world!"), kept as it is.
                let quoted = matches!(check, Check::Punctuation | Check::Spacing)
                    && verbatim
                        .iter()
                        .any(|q| q.start <= range.start && range.end <= q.end);
                if !(allowed(check) || foreign || separator || layout || syntax || quoted) {
                    findings.push(cx.finding(check, range, message));
                }
            }
        }
    }
    findings
}

/// The ranges of `text` that repeat, word for word, a quotation of `reference` with a mark in
/// it: French "un projet \"Hello, world!\"" keeps the English program's output, and its
/// `!` takes no French space.
fn quoted_copies(text: &str, reference: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for (open, close) in [('"', '"'), ('“', '”')] {
        let mut rest = reference;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else {
                break;
            };
            let quoted = &after[..end];
            rest = &after[end + close.len_utf8()..];
            if quoted.chars().count() < 3 || !quoted.contains([';', ':', '!', '?', ',']) {
                continue;
            }
            found.extend(text.match_indices(quoted).map(|(at, q)| at..at + q.len()));
        }
    }
    found
}

/// Is the mark at `range` syntax a program reads or prints rather than punctuation? An escaped
/// quote (`-S\" \"`), a run of question marks standing for unknown digits (`??:??`), or an
/// operator between two placeholders of a usage line (`STRING : REGEXP`, `- ! EXPRESSION`).
fn is_syntax(text: &str, range: &Range<usize>) -> bool {
    let before = &text[..range.start];
    let mark = text[range.clone()].trim_start();
    let after = &text[range.end..];
    if mark.starts_with('"') && before.ends_with('\\') {
        return true;
    }
    if mark.starts_with('?') && (before.ends_with('?') || after.starts_with('?')) {
        return true;
    }
    let placeholder = |word: Option<&str>| {
        word.is_some_and(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            letters >= 2
                && w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        })
    };
    let word_before = before.split_whitespace().next_back();
    let word_after = after.split_whitespace().next();
    (placeholder(word_before) || word_before == Some("-")) && placeholder(word_after)
}

/// Does a text align columns: two spaces or more inside two lines or more (not indenting them)?
fn has_space_runs(text: &str) -> bool {
    // Columns take two lines at least: one run is a slip (Firefox Relay's "and  block").
    text.lines()
        .filter(|line| line.trim_start().trim_end().contains("  "))
        .count()
        >= 2
}

/// ASCII marks the reference writes between two words with no space: separators a program
/// reads, not punctuation (a desktop entry's `Folder;Manager;`, cosmic-files' table header
/// `Available protocols,Prefix`). A translation keeps them ASCII.
fn separators(reference: &str) -> BTreeSet<char> {
    let chars: Vec<char> = reference.chars().collect();
    chars
        .windows(3)
        .filter(|w| {
            w[0].is_alphanumeric() && w[2].is_alphanumeric() && matches!(w[1], ',' | ';' | ':')
        })
        .map(|w| w[1])
        .collect()
}

/// A problem: the byte range of the text it is about, the message, and its check.
pub type Problem = (Range<usize>, String, Check);

/// Problems in a pattern's text in a locale: French's rules, the language's rules of
/// `data/typography.toml`, and those of every locale.
/// `native`: the marks the file writes in the language's own form where the language has two
/// conventions (Japanese `：` or `:`), from [`Rules::native_convention`].
///
/// [`Rules::native_convention`]: super::typography_locale::Rules::native_convention
pub fn locale_problems(text: &str, locale: &str, native: &BTreeSet<char>) -> Vec<Problem> {
    let french = locale.split(['-', '_']).next() == Some("fr");
    let mut out = problems(text, french);
    if let Some(rules) = super::typography_locale::rules_for(locale) {
        let masked = mask_code_spans(&mask_markup_with(text, FILLER), FILLER);
        out.extend(rules.problems(&masked, native));
        out.sort_by_key(|(range, _, _)| range.start);
    }
    out
}

/// Problems in a pattern's text: damage and double spaces, and French spacing if `french`.
pub fn problems(text: &str, french: bool) -> Vec<Problem> {
    let mut out: Vec<Problem> = damage(text)
        .into_iter()
        .map(|(range, message)| (range, message, Check::Typography))
        .collect();
    // Markup and URLs become the filler: opaque, neither space nor letter, and not reported.
    // The masked text keeps byte offsets, not characters: ranges come from it, characters
    // from it, never one read in the other.
    let masked = mask_markup_with(text, FILLER);
    let chars: Vec<(usize, char)> = masked.char_indices().collect();
    // `Dossier;Gestionnaire;`: a keyword list, not prose.
    let is_list = masked
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b';' && w[1].is_ascii_alphanumeric());
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        // Spaces before a line break of a multiline pattern end the line: no reader sees them.
        let ends_line = || {
            chars[k..]
                .iter()
                .find(|n| n.1 != ' ')
                .is_none_or(|n| matches!(n.1, '\n' | '\r' | BREAK))
        };
        // Spaces that start a line indent it: layout, as in a program's help text.
        let starts_line = prev.is_none_or(|p| matches!(p, '\n' | '\r' | BREAK));
        if c == ' ' && next == Some(' ') && prev != Some(' ') && !ends_line() && !starts_line {
            out.push((
                i..i + 2,
                "double space: use one".to_string(),
                Check::Typography,
            ));
        }
        if !french {
            continue;
        }
        if matches!(c, ';' | ':' | '!' | '?')
            && ends_phrase(next)
            && !(c == ';' && is_list)
            && !quoted_literal(&masked[..i], next)
        {
            match prev {
                Some(' ') => out.push((
                    i - 1..i + 1,
                    format!("use a narrow no-break space (U+202F) before “{c}”, not a space"),
                    Check::Spacing,
                )),
                // `FILE: pppp`: protocol text after a code word keeps its colon.
                Some(p)
                    if (p.is_alphanumeric() || p == '»' || p == ')')
                        && !after_code_word(&masked[..i]) =>
                {
                    out.push((
                        i..i + 1,
                        format!("French puts a narrow no-break space (U+202F) before “{c}”"),
                        Check::Spacing,
                    ))
                }
                _ => {}
            }
        }
        if c == '«' && !matches!(next, Some(NBSP | NNBSP)) {
            out.push((
                i..i + 2,
                "put a no-break space (U+00A0) after “«”".to_string(),
                Check::Spacing,
            ));
        }
        if c == '»' && !matches!(prev, Some(NBSP | NNBSP)) {
            out.push((
                i..i + 2,
                "put a no-break space (U+00A0) before “»”".to_string(),
                Check::Spacing,
            ));
        }
    }
    out.sort_by_key(|(range, _, _)| range.start);
    out
}

/// What masked text is filled with: a character no text of a pattern holds.
const FILLER: char = '\u{1}';

/// U+FFFD and control characters, looked for in the text itself (markup and URLs too).
fn damage(text: &str) -> Vec<(Range<usize>, String)> {
    text.char_indices()
        .filter_map(|(i, c)| {
            let range = i..i + c.len_utf8();
            if c == '\u{fffd}' {
                Some((range, "U+FFFD replacement character: the text was damaged by a wrong encoding; retype it".to_string()))
            } else if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
                Some((range, format!("control character U+{:04X}: remove it", c as u32)))
            } else {
                None
            }
        })
        .collect()
}

/// `"file:"`: the mark ends a quoted word with no space in it, a literal such as a protocol.
fn quoted_literal(before: &str, next: Option<char>) -> bool {
    next == Some('"')
        && before
            .rfind('"')
            .is_some_and(|open| !before[open + 1..].contains(char::is_whitespace))
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
            .map(|(_, m, _)| m)
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
    fn keyword_lists_and_quoted_literals_are_left_alone() {
        assert!(messages("Dossier;Gestionnaire;").is_empty());
        assert!(messages("sur le protocole \"file:\".").is_empty());
        assert_eq!(messages("Attention; vraiment").len(), 1);
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

//! Which parts of a text are in the reference's language: the script-aware judging of
//! `mixed-language`, by sentence, clause or run of words.

use std::ops::Range;

use super::lang::{is_latin_word, Identifier, Verdict};
use super::text::{sentences, words, BREAK, PLACEHOLDER};
use super::translation::trim;

/// The parts of a text in the reference's language. In a Latin-script locale: sentences, or
/// else clauses between commas; in another script: runs of Latin words that are prose.
pub fn foreign_parts(identifier: &Identifier, masked: &str) -> Vec<(Range<usize>, Verdict)> {
    let mut found = Vec::new();
    if !identifier.latin {
        let runs = latin_runs(masked);
        let native = masked
            .chars()
            .any(|c| c.is_alphabetic() && !is_latin_word(c.encode_utf8(&mut [0; 4])));
        let titles = titles(masked);
        for run in runs {
            if titles
                .iter()
                .any(|t| t.start <= run.start && run.end <= t.end)
            {
                continue;
            }
            if let Some(verdict) = identifier.foreign_run(&masked[run.clone()], !native) {
                found.push((run, verdict));
            }
        }
        return found;
    }
    for sentence in sentences(masked) {
        let range = trim(masked, sentence);
        // An aside in brackets is judged on its own, and the sentence without it: "The
        // History of Firefox Posters (disponibile in inglese)" is a title kept in English
        // with an Italian note, not English prose.
        let (outer, asides) = without_asides(masked, range.clone());
        if let Some(verdict) = identifier.foreign(&outer) {
            found.push((range, verdict));
            continue;
        }
        let before = found.len();
        for aside in asides {
            if let Some(verdict) = identifier.foreign(&masked[aside.clone()]) {
                found.push((aside, verdict));
            }
        }
        if found.len() > before {
            continue;
        }
        for clause in clauses(masked, range) {
            if let Some(verdict) = identifier.foreign_clause(&masked[clause.clone()]) {
                found.push((clause, verdict));
            }
        }
    }
    found
}

/// The spans inside Chinese title marks, 《…》 and 〈…〉: a book's or a work's name, which may
/// rightly stay in English (zh-TW "《The Embedded Rust book》" on www.rust-lang.org).
fn titles(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (at, c) in text.char_indices() {
        match (c, open) {
            ('《' | '〈', _) => open = Some((c, at + c.len_utf8())),
            ('》', Some(('《', start))) | ('〉', Some(('〈', start))) => {
                found.push(start..at);
                open = None;
            }
            _ => {}
        }
    }
    found
}

/// The sentence `range` of `text` with each aside in round brackets blanked out (same
/// length, so offsets hold), and the asides' ranges, brackets left out. Unbalanced brackets
/// leave the sentence whole.
fn without_asides(text: &str, range: Range<usize>) -> (String, Vec<Range<usize>>) {
    let sentence = &text[range.clone()];
    let mut asides = Vec::new();
    let mut open = None;
    for (i, c) in sentence.char_indices() {
        match (c, open) {
            ('(', None) => open = Some(i),
            (')', Some(start)) => {
                asides.push(start..i + 1);
                open = None;
            }
            (')', None) => return (sentence.to_string(), Vec::new()),
            _ => {}
        }
    }
    if open.is_some() {
        return (sentence.to_string(), Vec::new());
    }
    let mut outer = sentence.to_string();
    for aside in asides.iter().rev() {
        outer.replace_range(aside.clone(), &" ".repeat(aside.len()));
    }
    let inner = asides
        .into_iter()
        .map(|a| range.start + a.start + 1..range.start + a.end - 1)
        .collect();
    (outer, inner)
}

/// The parts of a sentence between commas, semicolons and dashes, trimmed.
fn clauses(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    for (i, c) in text[sentence.clone()].char_indices() {
        if matches!(c, ',' | ';' | '–' | '—' | '(' | ')') {
            out.push(trim(text, start..sentence.start + i));
            start = sentence.start + i + c.len_utf8();
        }
    }
    if out.is_empty() {
        return out;
    }
    out.push(trim(text, start..sentence.end));
    out
}

/// Byte ranges of runs of Latin-script words in `text`: words joined by spaces and
/// punctuation, broken by any letter of another script or a placeable.
pub fn latin_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut last_end: Option<usize> = None;
    for range in words(text) {
        let word = &text[range.clone()];
        if !is_latin_word(word) || !word.chars().any(char::is_alphabetic) && last_end.is_none() {
            last_end = None;
            continue;
        }
        let gap_ok = last_end.is_some_and(|end| {
            text[end..range.start]
                .chars()
                .all(|c| !c.is_alphanumeric() && c != PLACEHOLDER && c != BREAK)
        });
        match runs.last_mut() {
            Some(run) if gap_ok => run.end = range.end,
            _ => runs.push(range.clone()),
        }
        last_end = Some(range.end);
    }
    runs
}

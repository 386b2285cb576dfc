//! Lints of the reference locale's own text (opt-in, group `reference`), the ones
//! moz-fluent-linter and Firefox's fluent lint run on English: `...` for `…`, straight quotes
//! and apostrophes, id naming, a brand name written out where a term exists, group comment
//! layout, and variables the message comment does not explain.

use std::ops::Range;

use super::catalog::{locate, Catalog};
use super::comment_layout::comment_layout;
use super::finding::{Check, Finding};
use super::ftl::{Entry, FtlFile};
use super::pattern::locate_in;
use super::structure::prose_patterns;
use super::text::{mask_markup, PLACEHOLDER};

/// Every reference lint over every file of `catalog`.
pub fn check(catalog: &Catalog) -> Vec<Finding> {
    let terms = brand_terms(catalog);
    let mut findings = Vec::new();
    for (path, file) in &catalog.files {
        let shown = catalog.display_path(path);
        for (line, message) in comment_layout(&file.source) {
            let mut finding =
                Finding::new(Check::ReferenceComment, &catalog.locale, &shown, message);
            let text = file.lines.line_text(&file.source, line);
            finding = finding.at(line, 1, text, text.chars().count() as u32);
            findings.push(finding);
        }
        for entry in &file.entries {
            let mut found = Vec::new();
            let new = |check: Check, message: String, attribute: Option<&str>| {
                Finding::new(check, &catalog.locale, &shown, message).with_id(&entry.id, attribute)
            };
            if !is_valid_id(&entry.id) {
                let message = format!(
                    "`{}`: ids are lowercase letters, digits and hyphens, starting with a letter",
                    entry.id
                );
                found.push(locate(
                    new(Check::ReferenceId, message, None),
                    file,
                    entry.offset,
                    entry.id.chars().count(),
                ));
            }
            undocumented_variables(entry, file, &new, &mut found);
            for (attribute, pattern) in prose_patterns(entry) {
                let masked = mask_markup(&pattern.text.text);
                for (check, range, message) in text_problems(&masked) {
                    found.push(locate_in(
                        new(check, message, attribute),
                        file,
                        pattern,
                        range,
                    ));
                }
                if entry.is_term {
                    continue;
                }
                // Longest names first; a shorter one inside a longer one is the same finding.
                let mut taken: Vec<Range<usize>> = Vec::new();
                for (term, name) in &terms {
                    let Some(at) = find_word(&masked, name) else {
                        continue;
                    };
                    if taken
                        .iter()
                        .any(|r| r.start < at + name.len() && at < r.end)
                    {
                        continue;
                    }
                    taken.push(at..at + name.len());
                    let message = format!("“{name}” is written out: use {{ {term} }}");
                    found.push(locate_in(
                        new(Check::ReferenceBrand, message, attribute),
                        file,
                        pattern,
                        at..at + name.len(),
                    ));
                }
            }
            found.retain(|f| !entry.markers.allow.iter().any(|a| a == f.check.name()));
            findings.extend(found);
        }
    }
    findings
}

/// `...`, straight double quotes and straight apostrophes in prose (markup and URLs masked).
fn text_problems(masked: &str) -> Vec<(Check, Range<usize>, String)> {
    let mut out = Vec::new();
    let bytes = masked.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'.' if masked[i..].starts_with("...") => {
                out.push((
                    Check::ReferenceEllipsis,
                    i..i + 3,
                    "use the ellipsis character “…” instead of three dots".to_string(),
                ));
                i += 3;
                continue;
            }
            b'"' => out.push((
                Check::ReferenceQuotes,
                i..i + 1,
                "use curly quotes “ ” instead of a straight quote".to_string(),
            )),
            b'\'' => {
                // `{ -brand }'s`: a placeable before the apostrophe is a word too.
                let letter =
                    |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() || c == PLACEHOLDER);
                let apostrophe = letter(masked[..i].chars().next_back())
                    && letter(masked[i + 1..].chars().next());
                let message = if apostrophe {
                    "use the apostrophe ’ instead of a straight one"
                } else {
                    "use curly quotes ‘ ’ instead of a straight quote"
                };
                out.push((Check::ReferenceQuotes, i..i + 1, message.to_string()));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Message and term ids as moz-fluent-linter wants them: `[a-z][a-z0-9-]*` (after `-`).
fn is_valid_id(id: &str) -> bool {
    let name = id.strip_prefix('-').unwrap_or(id);
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Variables a message shows that its comment does not name (`$count`): the translator needs
/// to know what each one holds.
fn undocumented_variables(
    entry: &Entry,
    file: &FtlFile,
    new: &dyn Fn(Check, String, Option<&str>) -> Finding,
    out: &mut Vec<Finding>,
) {
    let mut missing: Vec<&str> = prose_patterns(entry)
        .flat_map(|(_, p)| p.variables.iter())
        .map(String::as_str)
        .filter(|name| !mentions(&entry.comment, name))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        let list = missing
            .iter()
            .map(|n| format!("${n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let message = format!(
            "the comment above `{}` does not say what {list} holds: explain each variable",
            entry.id
        );
        out.push(locate(
            new(Check::ReferenceComment, message, None),
            file,
            entry.offset,
            entry.id.chars().count(),
        ));
    }
}

fn mentions(comment: &str, variable: &str) -> bool {
    let needle = format!("${variable}");
    comment.match_indices(&needle).any(|(at, _)| {
        !comment[at + needle.len()..]
            .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
    })
}

/// Terms whose value is plain text of a name (`-brand-short-name = Firefox`), longest first.
fn brand_terms(catalog: &Catalog) -> Vec<(String, String)> {
    let mut terms: Vec<(String, String)> = catalog
        .files
        .values()
        .flat_map(|f| &f.entries)
        .filter(|e| e.is_term)
        .filter_map(|e| {
            let text = &e.value.as_ref()?.text.text;
            let name = text.trim();
            let is_name = name.chars().count() >= 3
                && name.starts_with(char::is_uppercase)
                && !name.contains(PLACEHOLDER)
                && !name.contains(super::text::BREAK);
            is_name.then(|| (e.id.clone(), name.to_string()))
        })
        .collect();
    // Several terms may hold one name (a brand file per release channel): one is enough.
    terms.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    terms.dedup_by(|a, b| a.1 == b.1);
    terms
}

/// The byte offset of `word` in `text` as a whole word.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_and_straight_quotes_are_found() {
        let found: Vec<Check> = text_problems("Wait... it's \"done\"")
            .into_iter()
            .map(|(c, _, _)| c)
            .collect();
        assert_eq!(
            found,
            [
                Check::ReferenceEllipsis,
                Check::ReferenceQuotes,
                Check::ReferenceQuotes,
                Check::ReferenceQuotes
            ]
        );
        assert!(text_problems("Wait… it’s “done”").is_empty());
    }

    #[test]
    fn ids_are_lowercase_kebab() {
        assert!(is_valid_id("menu-file2") && is_valid_id("-brand-name"));
        assert!(!is_valid_id("menuFile") && !is_valid_id("menu_file") && !is_valid_id("2menu"));
    }

    #[test]
    fn variables_are_mentioned_whole() {
        assert!(mentions("Variables:\n  $count (Number) - files", "count"));
        assert!(!mentions("$counter is the total", "count"));
    }
}

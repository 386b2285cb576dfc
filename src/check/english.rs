//! The reference's text of a message as a translator reads it: the lines of an entry in its
//! `.ftl` file. New locales keep it beside each message, findings show it, and the record of
//! what each translation was made from stores it.

use std::collections::HashMap;

use super::catalog::Catalog;
use super::finding::{Finding, ReferenceText};
use super::ftl::{Entry, FtlFile};

/// Gives every finding about a message the reference's text of that message or attribute.
pub fn attach_reference(findings: &mut [Finding], reference: &Catalog) {
    let entries: HashMap<&str, (&FtlFile, &Entry)> = reference
        .files
        .values()
        .flat_map(|file| file.entries.iter().map(move |e| (e.id.as_str(), (file, e))))
        .collect();
    for finding in findings.iter_mut().filter(|f| f.reference.is_none()) {
        let Some(id) = finding.message_id.as_deref() else {
            continue;
        };
        let Some((file, entry)) = entries.get(id) else {
            continue;
        };
        if let Some(text) = pattern_source(file, entry, finding.attribute.as_deref()) {
            finding.reference = Some(ReferenceText {
                locale: reference.locale.clone(),
                text,
            });
        }
    }
}

/// The lines of `entry` in `file`: the id line and the indented lines that continue it,
/// trailing spaces and blank lines at the end removed.
pub fn entry_source(file: &FtlFile, entry: &Entry) -> String {
    let source = file.source.as_str();
    let start = source[..entry.offset.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let mut lines = source[start..].split('\n');
    let mut out: Vec<&str> = lines.next().into_iter().collect();
    let mut blanks = 0;
    for line in lines {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            blanks += 1;
            continue;
        }
        if !(line.starts_with([' ', '\t']) || line.starts_with('}')) {
            break;
        }
        // A blank line inside a pattern belongs to it only when indented text follows.
        out.extend(std::iter::repeat_n("", blanks));
        blanks = 0;
        out.push(line);
    }
    out.iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of the value (`attribute` `None`) or of one attribute, on one line: what a
/// finding shows as the English a translation renders.
pub fn pattern_source(file: &FtlFile, entry: &Entry, attribute: Option<&str>) -> Option<String> {
    let whole = entry_source(file, entry);
    let mut lines = whole.lines();
    let first = lines.next()?;
    let mut parts: Vec<&str> = Vec::new();
    let mut inside = match attribute {
        None => {
            parts.push(first.split_once('=').map_or("", |(_, v)| v));
            true
        }
        Some(_) => false,
    };
    for line in lines {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix('.') {
            let (name, value) = rest.split_once('=').unwrap_or((rest, ""));
            if inside {
                break;
            }
            if Some(name.trim()) == attribute {
                inside = true;
                parts.push(value);
            }
            continue;
        }
        if inside {
            parts.push(trimmed);
        }
    }
    inside.then(|| {
        parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "# note\nhello = Hello\n    world\n    .title = Hi\n    .tip =\n        { $n ->\n            [one] one\n           *[other] many\n        }\n\nnext = Next\n";

    fn file() -> FtlFile {
        FtlFile::parse(SOURCE.to_string())
    }

    #[test]
    fn an_entry_is_its_id_line_and_its_indented_lines() {
        let file = file();
        assert_eq!(
            entry_source(&file, &file.entries[0]),
            "hello = Hello\n    world\n    .title = Hi\n    .tip =\n        { $n ->\n            [one] one\n           *[other] many\n        }"
        );
        assert_eq!(entry_source(&file, &file.entries[1]), "next = Next");
    }

    #[test]
    fn a_pattern_is_shown_on_one_line() {
        let file = file();
        let entry = &file.entries[0];
        assert_eq!(pattern_source(&file, entry, None).unwrap(), "Hello world");
        assert_eq!(pattern_source(&file, entry, Some("title")).unwrap(), "Hi");
        assert_eq!(
            pattern_source(&file, entry, Some("tip")).unwrap(),
            "{ $n -> [one] one *[other] many }"
        );
        assert_eq!(pattern_source(&file, entry, Some("nope")), None);
    }
}

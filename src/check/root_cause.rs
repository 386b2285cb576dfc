//! One root cause, one finding: findings that only repeat another are folded into it.

use std::collections::{BTreeMap, HashMap};

use super::catalog::Catalog;
use super::finding::{Check, Finding, Group};

/// A message the parser skipped as junk is also "missing": the syntax error is the cause, so
/// the `missing-message` finding is folded into it (the syntax finding names the message).
pub fn fold_syntax_into_missing(findings: &mut Vec<Finding>, l10n: &Catalog) {
    let files: HashMap<String, &super::ftl::FtlFile> = l10n
        .files
        .iter()
        .map(|(path, file)| (l10n.display_path(path), file))
        .collect();
    let mut broken: Vec<(usize, String)> = Vec::new();
    for (index, finding) in findings.iter().enumerate() {
        if finding.check != Check::Syntax || finding.message_id.is_some() {
            continue;
        }
        let (Some(file), Some(line)) = (files.get(&finding.path), finding.line) else {
            continue;
        };
        if let Some(id) = entry_at(file, line) {
            broken.push((index, id));
        }
    }
    let mut folded = Vec::new();
    for (index, id) in broken {
        let path = findings[index].path.clone();
        let missing = findings.iter().position(|f| {
            f.check == Check::MissingMessage
                && f.path == path
                && f.message_id.as_deref() == Some(id.as_str())
        });
        if let Some(missing) = missing {
            let syntax = &mut findings[index];
            syntax.message_id = Some(id.clone());
            syntax
                .message
                .push_str(&format!("; until then `{id}` is missing"));
            folded.push(missing);
        }
    }
    folded.sort_unstable();
    for index in folded.into_iter().rev() {
        findings.remove(index);
    }
}

/// A file in which nothing parses (another format, a damaged file) is one `syntax` finding
/// that says how many messages it leaves missing, not one per error and per message.
pub fn fold_unparsable_files(findings: &mut Vec<Finding>, reference: &Catalog, l10n: &Catalog) {
    for (path, file) in &l10n.files {
        if !file.entries.is_empty() || file.syntax.is_empty() {
            continue;
        }
        let shown = l10n.display_path(path);
        let first = findings
            .iter()
            .position(|f| f.path == shown && f.check == Check::Syntax);
        let Some(first) = first else {
            continue;
        };
        let mut finding = findings[first].clone();
        let lost = reference.files.get(path).map_or(0, |f| f.entries.len());
        finding.message = format!(
            "nothing in this file parses as Fluent (first error: {}), so its {lost} messages are missing: is it in another format?",
            finding.message.trim_end_matches("; fix the Fluent syntax here")
        );
        findings.retain(|f| {
            f.path != shown || !matches!(f.check, Check::Syntax | Check::MissingMessage)
        });
        findings.push(finding);
    }
}

/// The id of the entry whose text holds 1-based `line`: the closest line at or above it that
/// starts an entry (`id =` at the start of the line).
fn entry_at(file: &super::ftl::FtlFile, line: u32) -> Option<String> {
    (1..=line).rev().find_map(|n| {
        let text = file.lines.line_text(&file.source, n);
        let (id, _) = text.split_once('=')?;
        let id = id.trim_end();
        let plain = id.strip_prefix('-').unwrap_or(id);
        let starts = plain.starts_with(|c: char| c.is_ascii_alphabetic());
        let valid = plain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (starts && valid && !text.starts_with(char::is_whitespace)).then(|| id.to_string())
    })
}

/// Folds each `rendered-language` finding about a message into the structure or translation
/// finding that already reports that message in the same locale: that finding names the
/// pages and becomes an error, since readers see the text.
pub fn merge_rendered(findings: &mut Vec<Finding>) {
    type Key = (String, String, Option<String>);
    let key = |f: &Finding| -> Option<Key> {
        Some((f.locale.clone(), f.message_id.clone()?, f.attribute.clone()))
    };
    let mut rendered: BTreeMap<Key, Finding> = BTreeMap::new();
    let mut kept = Vec::with_capacity(findings.len());
    for finding in findings.drain(..) {
        match key(&finding) {
            Some(k) if finding.check == Check::RenderedLanguage => {
                rendered.insert(k, finding);
            }
            _ => kept.push(finding),
        }
    }
    for finding in kept.iter_mut() {
        if !matches!(finding.check.group(), Group::Structure | Group::Translation) {
            continue;
        }
        let Some(seen) = key(finding).and_then(|k| rendered.remove(&k)) else {
            continue;
        };
        finding.severity = finding.severity.max(seen.severity);
        if let Some(pages) = seen.message.rfind(" (") {
            let pages = seen.message[pages + 2..].trim_end_matches(')');
            finding
                .message
                .push_str(&format!("; readers see it on {pages}"));
        }
    }
    kept.extend(rendered.into_values());
    kept.sort_by(|a, b| (&a.locale, &a.path, a.line).cmp(&(&b.locale, &b.path, b.line)));
    *findings = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::source::{LocaleSource, SourceFile};

    /// One file `a.ftl` of `text`.
    fn source(text: &str) -> LocaleSource {
        LocaleSource {
            locale: "fr".into(),
            files: vec![SourceFile {
                path: "a.ftl".into(),
                content: Ok(text.as_bytes().to_vec()),
            }],
        }
    }

    fn check_one_file(reference: &Catalog, l10n: &Catalog) -> Vec<Finding> {
        crate::check::check_locale(
            &crate::check::CheckContext {
                reference,
                settings: &crate::check::Settings::default(),
            },
            l10n,
        )
    }

    #[test]
    fn a_message_lost_to_a_syntax_error_is_one_finding() {
        let reference = Catalog::build(source("a = A\nb = B\n"), "en");
        let l10n = Catalog::build(source("a = A\nb = { B\n"), "fr");
        let findings = check_one_file(&reference, &l10n);
        let checks: Vec<_> = findings.iter().map(|f| f.check).collect();
        assert_eq!(checks, vec![Check::Syntax]);
        assert!(findings[0].message.ends_with("until then `b` is missing"));
    }

    #[test]
    fn a_file_in_another_format_is_one_finding() {
        let reference = Catalog::build(source("a = A\nb = B\n"), "en");
        let l10n = Catalog::build(source("msgid \"a\"\nmsgstr \"A\"\n\nmsgid \"b\"\n"), "fr");
        let findings = check_one_file(&reference, &l10n);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(findings[0]
            .message
            .contains("so its 2 messages are missing"));
        assert_eq!(findings[0].line, Some(1));
    }
}

//! Structure checks: files, messages, attributes, values, variables, references and plural
//! variants of a translation compared with the reference, plus syntax and duplicate ids.

use std::collections::{BTreeSet, HashMap};

use super::catalog::{locate, Catalog};
use super::finding::{Check, Finding};
use super::ftl::{Entry, FtlFile, Pattern};
use super::locale::LocaleTag;
use super::plural;
use super::text::{BREAK, PLACEHOLDER};
use super::variants;

/// One file of a locale and the reference file it translates.
pub struct FilePair<'a> {
    pub locale: &'a str,
    pub path: &'a str,
    pub reference_locale: &'a str,
    pub reference: &'a FtlFile,
    pub l10n: &'a FtlFile,
    /// The locale's plural categories, when CLDR knows it.
    pub plurals: Option<&'a plural::Plurals>,
    /// The reference locale's plural categories, when CLDR knows it.
    pub reference_plurals: Option<&'a plural::Plurals>,
    /// Tells the locale's language from the reference's, when both are known.
    pub identifier: Option<&'a super::lang::Identifier>,
    /// Some file of the reference locale has HTML tags: the project renders markup.
    pub reference_markup: bool,
}

/// `missing-file` and `obsolete-file`.
pub fn check_files(reference: &Catalog, l10n: &Catalog) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (path, file) in &reference.files {
        if !l10n.files.contains_key(path) && !l10n.unreadable.contains(path) {
            let message = format!(
                "{} is missing: create it to translate the {} messages of {}",
                l10n.display_path(path),
                file.entries.len(),
                reference.display_path(path)
            );
            findings.push(Finding::new(
                Check::MissingFile,
                &l10n.locale,
                &l10n.display_path(path),
                message,
            ));
        }
    }
    for path in l10n.files.keys() {
        if !reference.files.contains_key(path) && !reference.unreadable.contains(path) {
            let message = format!(
                "{} has no counterpart in {}: remove it or move its messages",
                l10n.display_path(path),
                reference.prefix
            );
            findings.push(Finding::new(
                Check::ObsoleteFile,
                &l10n.locale,
                &l10n.display_path(path),
                message,
            ));
        }
    }
    findings
}

/// Problems inside the files of one locale on their own: `syntax`, `duplicate-id`, and
/// `references` to ids defined nowhere (neither in this locale nor in `reference`).
pub fn check_self(catalog: &Catalog, reference: Option<&Catalog>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let locale = catalog.locale.as_str();
    for (path, file) in &catalog.files {
        let shown = catalog.display_path(path);
        for problem in &file.syntax {
            let message = format!("{}; fix the Fluent syntax here", problem.message);
            findings.push(locate(
                Finding::new(Check::Syntax, locale, &shown, message),
                file,
                problem.offset,
                1,
            ));
        }
        let mut seen = HashMap::new();
        for entry in &file.entries {
            if let Some(first) = seen.insert(entry.id.as_str(), entry.offset) {
                let (line, _) = file.lines.line_column(&file.source, first);
                let message = format!(
                    "`{}` is defined again (first on line {line}); keep one",
                    entry.id
                );
                let finding = Finding::new(Check::DuplicateId, locale, &shown, message)
                    .with_id(&entry.id, None);
                findings.push(locate(finding, file, entry.offset, entry.id.len()));
            }
            for (attribute, pattern) in patterns(entry) {
                for target in &pattern.references {
                    let id = target.split('.').next().unwrap_or(target);
                    let known = catalog.defined.contains(id)
                        || reference.is_some_and(|r| r.defined.contains(id));
                    // The reference's own message points there too: one root cause, reported
                    // on the reference (Firefox Relay's 30 locales copying an English slip).
                    let copied = reference
                        .and_then(|r| r.files.get(path))
                        .and_then(|f| f.entries.iter().find(|e| e.id == entry.id))
                        .and_then(|e| e.pattern(attribute))
                        .is_some_and(|p| p.references.contains(target));
                    if !known && !copied {
                        let message = format!("`{target}` points at no message or term of {locale}; fix the name or define it");
                        let finding = Finding::new(Check::References, locale, &shown, message)
                            .with_id(&entry.id, attribute);
                        findings.push(locate(finding, file, pattern.offset, 1));
                    }
                }
            }
        }
    }
    findings
}

/// The value (attribute `None`) and attributes of an entry.
pub fn patterns(entry: &Entry) -> impl Iterator<Item = (Option<&str>, &Pattern)> {
    entry.value.iter().map(|p| (None, p)).chain(
        entry
            .attributes
            .iter()
            .map(|a| (Some(a.name.as_str()), &a.value)),
    )
}

/// The patterns of an entry that are text for readers: not `.style`, which holds CSS
/// (`width: 19em`), as compare-locales treats it.
pub fn prose_patterns(entry: &Entry) -> impl Iterator<Item = (Option<&str>, &Pattern)> {
    patterns(entry).filter(|(attribute, _)| *attribute != Some("style"))
}

/// Compares the entries of a translated file with its reference file.
pub fn compare_entries(pair: &FilePair<'_>) -> Vec<Finding> {
    let reference: HashMap<&str, &Entry> = pair
        .reference
        .entries
        .iter()
        .rev()
        .map(|e| (e.id.as_str(), e))
        .collect();
    let l10n: HashMap<&str, &Entry> = pair
        .l10n
        .entries
        .iter()
        .rev()
        .map(|e| (e.id.as_str(), e))
        .collect();
    let mut findings = Vec::new();
    let mut missing_done = BTreeSet::new();
    for entry in &pair.reference.entries {
        if !l10n.contains_key(entry.id.as_str()) && missing_done.insert(entry.id.as_str()) {
            let (line, _) = pair
                .reference
                .lines
                .line_column(&pair.reference.source, entry.offset);
            let message = format!(
                "`{}` is missing: translate it (line {line} of the {} file)",
                entry.id, pair.reference_locale
            );
            findings.push(
                Finding::new(Check::MissingMessage, pair.locale, pair.path, message)
                    .with_id(&entry.id, None),
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    for entry in &pair.l10n.entries {
        let mut found = Vec::new();
        // A second definition is `duplicate-id`; Fluent shows the first, so only it is read.
        if !seen.insert(entry.id.as_str()) && reference.contains_key(entry.id.as_str()) {
            continue;
        }
        match reference.get(entry.id.as_str()) {
            None => {
                let message = format!(
                    "`{}` is not in the {} file: remove it",
                    entry.id, pair.reference_locale
                );
                found.push(at_id(pair, entry, None, Check::ObsoleteMessage, message));
            }
            Some(source) if !entry.is_term => compare_message(pair, source, entry, &mut found),
            Some(_) => {}
        }
        for (attribute, pattern) in patterns(entry) {
            let source = reference
                .get(entry.id.as_str())
                .and_then(|source| source.pattern(attribute));
            variants::check_plurals(pair, entry, attribute, (source, pattern), &mut found);
        }
        found.retain(|f| !entry.markers.allow.iter().any(|a| a == f.check.name()));
        findings.extend(found);
    }
    findings
}

fn at_id(
    pair: &FilePair<'_>,
    entry: &Entry,
    attribute: Option<&str>,
    check: Check,
    message: String,
) -> Finding {
    let finding =
        Finding::new(check, pair.locale, pair.path, message).with_id(&entry.id, attribute);
    locate(finding, pair.l10n, entry.offset, entry.id.chars().count())
}

fn compare_message(pair: &FilePair<'_>, source: &Entry, entry: &Entry, out: &mut Vec<Finding>) {
    let reference_locale = pair.reference_locale;
    match (&source.value, &entry.value) {
        (Some(_), None) => out.push(at_id(
            pair,
            entry,
            None,
            Check::MissingValue,
            format!(
                "`{}` has no value but {reference_locale} has one: add it",
                entry.id
            ),
        )),
        (None, Some(value)) => {
            let message = format!(
                "`{}` has a value but {reference_locale} has none: remove it",
                entry.id
            );
            let finding = Finding::new(Check::ObsoleteValue, pair.locale, pair.path, message)
                .with_id(&entry.id, None);
            out.push(locate(finding, pair.l10n, value.offset, 1));
        }
        _ => {}
    }
    for attribute in &source.attributes {
        if !entry.attributes.iter().any(|a| a.name == attribute.name) {
            let message = format!(
                "`{}` lacks the attribute `.{}` that {reference_locale} has: add it",
                entry.id, attribute.name
            );
            out.push(at_id(
                pair,
                entry,
                Some(&attribute.name),
                Check::MissingAttribute,
                message,
            ));
        }
    }
    for attribute in &entry.attributes {
        if !source.attributes.iter().any(|a| a.name == attribute.name) {
            let message = format!(
                "`{}.{}` is not in {reference_locale}: remove it",
                entry.id, attribute.name
            );
            let finding = Finding::new(Check::ObsoleteAttribute, pair.locale, pair.path, message)
                .with_id(&entry.id, Some(&attribute.name));
            out.push(locate(
                finding,
                pair.l10n,
                attribute.offset,
                attribute.name.chars().count(),
            ));
        }
    }
    for (attribute, pattern) in patterns(entry) {
        let source_pattern = source.pattern(attribute);
        if let Some(source_pattern) = source_pattern {
            compare_pattern(pair, entry, attribute, source_pattern, pattern, out);
        }
    }
}

/// Is `target` left out by where a preview is cut? Relay's "…and { -brand-name-relay }‘s
/// unlimited email…" ends on an ellipsis; in French word order the brand falls after the cut
/// ("…d’alias de messagerie…"). Both texts end on an ellipsis, and the reference is the
/// reference text's last placeable.
fn cut_before(target: &str, source: &Pattern, l10n: &Pattern) -> bool {
    let truncated = |p: &Pattern| {
        let text = p.text.text.trim_end();
        text.ends_with('…') || text.ends_with("...")
    };
    truncated(source)
        && truncated(l10n)
        && source.text.placeables.last().map(String::as_str) == Some(target)
}

/// Does the term `target` open a sentence of the reference, as its subject, in a language whose
/// sentences may leave the subject unnamed (`null-subject` in `data/languages.toml`)?
/// "{ -brand-short-name } couldn’t find the public key" is rightly Japanese "公開鍵を見つけられ
/// ませんでした" (Thunderbird's Japanese and Italian, judged right three times of three).
fn subject_left_out(locale: &str, target: &str, source: &Pattern) -> bool {
    if !target.starts_with('-') || !LocaleTag::parse(locale).profile().null_subject {
        return false;
    }
    let Some(index) = source.text.placeables.iter().position(|p| p == target) else {
        return false;
    };
    let Some((at, _)) = source.text.text.match_indices(PLACEHOLDER).nth(index) else {
        return false;
    };
    let before = source.text.text[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', BREAK])
}

/// The other name of the same brand that stands for the term `target` here: a term whose id
/// begins as `target`'s (`-brand-short-name` for `-brand-full-name`, "Thunderbird" for "Mozilla
/// Thunderbird") that `ours` has and `theirs` has not.
fn same_brand<'r>(
    target: &str,
    ours: &'r BTreeSet<String>,
    theirs: &BTreeSet<String>,
) -> Option<&'r String> {
    let family = |id: &str| {
        id.strip_prefix('-')
            .and_then(|rest| rest.split_once('-'))
            .map(|(first, _)| first.to_string())
    };
    let wanted = family(target)?;
    ours.iter()
        .filter(|other| !theirs.contains(*other) && *other != target)
        .find(|other| family(other).as_deref() == Some(wanted.as_str()))
}

/// Is the term `target` written out, as its value (the locale's own, else the reference's)
/// reads or in a case form that value cannot give? Everglot's translations write "Everglot"
/// where English has `{ -brand-name }` (readers judged all 24 harmless: the reader sees the
/// same name); Czech writes "vaším účtem Firefoxu" for `{ -fxaccount-brand-name }` (Firefox
/// Account): a capitalised word of the value begins a longer word of the translation, or
/// the translation's letters transliterated (Russian "Эверглот", declined "Эверглота").
fn brand_written_out(pair: &FilePair<'_>, target: &str, l10n: &Pattern) -> bool {
    let value = [pair.l10n, pair.reference]
        .into_iter()
        .flat_map(|file| &file.entries)
        .find(|e| e.id == target)
        .and_then(|e| e.value.as_ref());
    let Some(value) = value else {
        return false;
    };
    let text = l10n.text.literal();
    let name = value.text.literal().trim();
    if !name.is_empty() && text.contains(name) {
        return true;
    }
    name.split_whitespace()
        .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_uppercase))
        .any(|name| {
            let lower = name.to_lowercase();
            text.split(|c: char| !c.is_alphanumeric()).any(|word| {
                (word.len() > name.len() && word.starts_with(name))
                    || (name.is_ascii()
                        && !word.is_ascii()
                        && deunicode::deunicode(word)
                            .to_lowercase()
                            .starts_with(&lower))
            })
        })
}

fn compare_pattern(
    pair: &FilePair<'_>,
    entry: &Entry,
    attribute: Option<&str>,
    source: &Pattern,
    l10n: &Pattern,
    out: &mut Vec<Finding>,
) {
    let reference_locale = pair.reference_locale;
    let place = |check, message| {
        let finding =
            Finding::new(check, pair.locale, pair.path, message).with_id(&entry.id, attribute);
        locate(finding, pair.l10n, l10n.offset, 1)
    };
    for name in l10n.variables.difference(&source.variables) {
        out.push(place(Check::Variables, format!("`${name}` is not a variable of the {reference_locale} string, so it will not be filled: use one of {}", list(&source.variables, "$"))));
    }
    for name in source
        .variables
        .difference(&l10n.variables)
        .filter(|n| !source.selector_only.contains(*n))
    {
        out.push(place(Check::Variables, format!("`${name}` of the {reference_locale} string is dropped: the reader loses it, so keep `{{ ${name} }}`")));
    }
    for target in source.references.difference(&l10n.references) {
        if cut_before(target, source, l10n)
            || subject_left_out(pair.locale, target, source)
            || brand_written_out(pair, target, l10n)
            || same_brand(target, &l10n.references, &source.references).is_some()
        {
            continue;
        }
        // compare-locales reports these at the start of the entry; so do we. A term is a
        // brand kept in one place; a message is often written out in the case its sentence
        // needs, so that is `dropped-reference`, off unless asked for.
        let check = if target.starts_with('-') {
            Check::References
        } else {
            Check::DroppedReference
        };
        out.push(at_id(
            pair,
            entry,
            attribute,
            check,
            format!("missing reference `{{ {target} }}` that {reference_locale} uses: keep it"),
        ));
    }
    for target in l10n.references.difference(&source.references) {
        if same_brand(target, &source.references, &l10n.references).is_some() {
            continue;
        }
        // A message of the project, defined beside it in both locales, reused in the
        // translation (Anki's German "Erlaubte { preferences-url-schemes }"): it resolves, and
        // keeps the two texts the same. Only a reference that may not resolve is reported.
        let id = target.split('.').next().unwrap_or(target);
        let defined = |file: &FtlFile| file.entries.iter().any(|e| e.id == id);
        if defined(pair.l10n) && defined(pair.reference) {
            continue;
        }
        out.push(at_id(pair, entry, attribute, Check::References, format!("reference `{{ {target} }}` is not in {reference_locale}: use what the reference uses")));
    }
}

fn list(names: &BTreeSet<String>, sigil: &str) -> String {
    if names.is_empty() {
        return "none (the reference has no variables)".to_string();
    }
    names
        .iter()
        .map(|n| format!("`{sigil}{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

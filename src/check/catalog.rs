//! A locale's files parsed once: what every check of that locale reads.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::finding::{Check, Finding};
use super::ftl::FtlFile;
use super::source::{decode, LocaleSource};

/// The parsed files of one locale, the ids they define, and the problems met reading them.
#[derive(Debug, Default)]
pub struct Catalog {
    pub locale: String,
    /// Prepended to file paths in findings, e.g. `fr` or `locales/fr`.
    pub prefix: String,
    pub files: BTreeMap<String, FtlFile>,
    /// Files that exist but could not be read or decoded (so they are not "missing").
    pub unreadable: BTreeSet<String>,
    /// Every message and term id defined in any file of the locale.
    pub defined: HashSet<String>,
    pub problems: Vec<Finding>,
    /// The path shown for the one file of a `{locale}.ftl` layout.
    pub single_file: Option<String>,
    /// Every word of the catalog's texts, lowercase, made once: `cognates` counts only these
    /// words of a translation, when the catalog is the reference.
    pub words: std::sync::OnceLock<HashSet<String>>,
    /// The locale's plural rules, made once: a reference's are read for every locale.
    plurals: std::sync::OnceLock<Option<super::plural::Plurals>>,
}

impl Catalog {
    /// The locale's CLDR plural rules, when CLDR knows its language.
    pub fn plurals(&self) -> Option<&super::plural::Plurals> {
        self.plurals
            .get_or_init(|| super::plural::Plurals::of(&self.locale))
            .as_ref()
    }

    /// Decodes and parses every file; unreadable and non-UTF-8 files become findings.
    pub fn build(source: LocaleSource, prefix: &str) -> Catalog {
        Catalog::build_shown(source, prefix, None)
    }

    /// Like [`Catalog::build`]; `single_file` is the path shown for every file (the one file
    /// of a `{locale}.ftl` layout).
    pub fn build_shown(source: LocaleSource, prefix: &str, single_file: Option<String>) -> Catalog {
        let mut catalog = Catalog {
            locale: source.locale,
            prefix: prefix.to_string(),
            single_file,
            ..Catalog::default()
        };
        for file in source.files {
            let shown = catalog.display_path(&file.path);
            let bytes = match file.content {
                Ok(bytes) => bytes,
                Err(why) => {
                    catalog.problems.push(Finding::new(
                        Check::ReadError,
                        &catalog.locale,
                        &shown,
                        why,
                    ));
                    catalog.unreadable.insert(file.path);
                    continue;
                }
            };
            match decode(&bytes) {
                Ok(text) if crate::load::nesting::too_deep(&text).is_some() => {
                    catalog
                        .problems
                        .push(too_deep(&catalog.locale, &shown, &text));
                    catalog.unreadable.insert(file.path);
                }
                Ok(text) => {
                    let parsed = FtlFile::parse(text);
                    catalog
                        .defined
                        .extend(parsed.entries.iter().map(|e| e.id.clone()));
                    catalog.files.insert(file.path, parsed);
                }
                Err(e) => {
                    let message = format!(
                        "{shown} is not valid UTF-8 (byte {}); save it as UTF-8",
                        e.byte
                    );
                    let mut finding = Finding::new(Check::Syntax, &catalog.locale, &shown, message);
                    finding.line = Some(e.line);
                    finding.column = Some(e.column);
                    catalog.problems.push(finding);
                    catalog.unreadable.insert(file.path);
                }
            }
        }
        catalog
    }

    /// The path shown in findings for a file of this locale.
    pub fn display_path(&self, path: &str) -> String {
        if let Some(single) = &self.single_file {
            return single.clone();
        }
        if self.prefix.is_empty() {
            path.to_string()
        } else {
            format!("{}/{}", self.prefix, path)
        }
    }

    /// Number of messages and terms over all files.
    pub fn entry_count(&self) -> usize {
        self.files.values().map(|f| f.entries.len()).sum()
    }
}

/// A file nested too deeply to parse, as a `syntax` finding at the opening that goes too deep.
fn too_deep(locale: &str, shown: &str, text: &str) -> Finding {
    use crate::load::nesting;
    let offset = nesting::too_deep(text).unwrap_or(0);
    let at = crate::diagnostic::Position::from_offset(text, offset);
    let mut finding = Finding::new(Check::Syntax, locale, shown, nesting::too_deep_message());
    finding.line = Some(at.line as u32);
    finding.column = Some(at.column as u32);
    finding
}

/// Places a finding at a byte offset of a parsed file, underlining `span` characters. An
/// offset inside a character moves back to its start; the span ends with the line.
pub fn locate(finding: Finding, file: &FtlFile, offset: usize, span: usize) -> Finding {
    let mut offset = offset.min(file.source.len());
    while !file.source.is_char_boundary(offset) {
        offset -= 1;
    }
    let (line, column) = file.lines.line_column(&file.source, offset);
    let text = file.lines.line_text(&file.source, line);
    let room = text.chars().count().saturating_sub(column as usize - 1);
    let span = span.min(room).max(1);
    finding.at(line, column, text, u32::try_from(span).unwrap_or(u32::MAX))
}

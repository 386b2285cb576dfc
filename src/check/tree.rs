//! The edge where checking meets the file system: finds the locales of a folder laid out as
//! its [`Layout`] says (`<root>/<locale>/**/*.ftl` by default), reads them in parallel and
//! runs the pure checks on them.

use rayon::prelude::*;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::catalog::Catalog;
use super::cognates::Vocabulary;
use super::finding::{Check, Finding};
use super::layout::{Layout, Shape};
use super::outdated::{check_outdated, outdated_count, Record, RECORD_FILE};
use super::source::{LocaleSource, SourceFile};
use super::stats::{locale_stats, LocaleStats};
use super::{check_locale_counting, check_reference, CheckContext, Settings};
use crate::diagnostic::Problem;
use crate::load::files;

/// Why a tree could not be checked at all (exit status 2), each naming its path.
#[derive(Debug, thiserror::Error)]
pub enum TreeError {
    #[error("{path}: no such folder")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read folder: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}: reference locale folder `{locale}` does not exist; folders there: {available}"
    )]
    NoReference {
        path: PathBuf,
        locale: String,
        available: String,
    },
    #[error("unknown locale `{locale}` in {path}; available: {available}")]
    UnknownLocale {
        path: PathBuf,
        locale: String,
        available: String,
    },
}

/// Which tree to check, and how to show its paths.
#[derive(Debug, Clone)]
pub struct Tree {
    pub root: PathBuf,
    pub reference: String,
    /// Locales to check; empty means every folder beside the reference.
    pub langs: Vec<String>,
    /// Shown before `<locale>/<file>` in findings (`""` or `locales/`).
    pub display_root: String,
    pub layout: Layout,
    /// Files beside the locale folders whose messages and terms every locale may use
    /// (fluent-templates' `core_locales`, e.g. `locales/core.ftl`), relative to the folder
    /// that holds the locales. `None`: every `.ftl` file there, for a folder layout.
    pub shared: Option<Vec<String>>,
}

/// What checking a tree produced.
#[derive(Debug, Default)]
pub struct TreeReport {
    pub findings: Vec<Finding>,
    pub locales: usize,
    pub files: usize,
    pub stats: Vec<LocaleStats>,
    /// Each locale's words, for `cognates::excuse` across trees.
    pub vocabularies: HashMap<String, Vocabulary>,
}

impl Tree {
    /// The locale folders to check, validated: the reference exists, asked-for locales exist.
    pub fn locales(&self) -> Result<Vec<String>, TreeError> {
        self.scan().map(|(locales, _)| locales)
    }

    /// The locale folders (or files, for a one-file layout) to check, and the folders that are
    /// not locales (named by no language tag, two for one locale, links out of the tree): for
    /// folders, the same walk and rule as the loader's, so `check` passes only what `render`
    /// accepts.
    fn scan(&self) -> Result<(Vec<String>, Vec<Problem>), TreeError> {
        let base = self.base();
        if !base.is_dir() {
            return Err(TreeError::NotFound { path: base });
        }
        let unreadable = |source| TreeError::Unreadable {
            path: base.clone(),
            source,
        };
        let (mut found, problems): (Vec<String>, Vec<Problem>) = if self.layout.shape == Shape::File
        {
            let entries = fs::read_dir(&base).map_err(unreadable)?;
            let files = entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    name.strip_suffix(".ftl").map(str::to_string)
                })
                .filter(|name| !name.starts_with('.'))
                .collect();
            (files, Vec::new())
        } else {
            let (dirs, problems) = files::locale_dirs(&base).map_err(unreadable)?;
            (dirs.into_iter().map(|d| d.name).collect(), problems)
        };
        found.sort();
        // A reference folder need not be named by a language tag: Anki's English is
        // `templates`, as its compare-locales `l10n.toml` says. It is then read as English.
        let named_reference = self.layout.shape != Shape::File
            && !found.contains(&self.reference)
            && self
                .reference
                .parse::<unic_langid::LanguageIdentifier>()
                .is_err()
            && base.join(&self.reference).is_dir();
        let problems: Vec<Problem> = if named_reference {
            found.push(self.reference.clone());
            let folder = base.join(&self.reference);
            problems.into_iter().filter(|p| p.path != folder).collect()
        } else {
            problems
        };
        let available = found.join(", ");
        if !found.contains(&self.reference) {
            return Err(TreeError::NoReference {
                path: base,
                locale: self.reference.clone(),
                available,
            });
        }
        found.retain(|l| *l != self.reference);
        if self.langs.is_empty() {
            return Ok((found, problems));
        }
        for lang in &self.langs {
            if !found.contains(lang) {
                return Err(TreeError::UnknownLocale {
                    path: base,
                    locale: lang.clone(),
                    available,
                });
            }
        }
        Ok((self.langs.clone(), problems))
    }

    /// The folder that holds the locales: the tree's folder and the layout's folders before
    /// `{locale}`.
    pub fn base(&self) -> PathBuf {
        if self.layout.before.is_empty() {
            self.root.clone()
        } else {
            self.root.join(&self.layout.before)
        }
    }

    /// What findings show before a locale's paths: `locales/` + the layout's folders.
    fn shown_base(&self) -> String {
        if self.layout.before.is_empty() {
            self.display_root.clone()
        } else {
            format!("{}{}/", self.display_root, self.layout.before)
        }
    }

    /// The files every locale shares: those named, or the `.ftl` files beside the locale
    /// folders. Empty for a one-file layout, whose `.ftl` files are the locales.
    fn shared_files(&self) -> Vec<String> {
        if let Some(named) = &self.shared {
            return named.clone();
        }
        if self.layout.shape == Shape::File {
            return Vec::new();
        }
        let Ok(entries) = fs::read_dir(self.base()) else {
            return Vec::new();
        };
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| name.ends_with(".ftl") && !name.starts_with('.'))
            .collect();
        found.sort();
        found
    }

    /// The shared files parsed as one catalog in the reference's language, or `None` when
    /// there are none.
    fn shared_catalog(&self) -> Option<Catalog> {
        let names = self.shared_files();
        if names.is_empty() {
            return None;
        }
        let base = self.base();
        let files = names
            .iter()
            .map(|name| {
                let path = base.join(name);
                SourceFile {
                    path: name.clone(),
                    content: files::read_regular(&path)
                        .map_err(|why| format!("{}: {why}", path.display())),
                }
            })
            .collect();
        let source = LocaleSource {
            locale: self.reference.clone(),
            files,
        };
        let shown = self.shown_base();
        Some(Catalog::build(source, shown.trim_end_matches('/')))
    }

    fn catalog(&self, locale: &str) -> Result<Catalog, TreeError> {
        let base = self.base();
        if self.layout.shape == Shape::File {
            // One file per locale: every locale's file is compared as the same file.
            let path = base.join(format!("{locale}.ftl"));
            let content =
                files::read_regular(&path).map_err(|why| format!("{}: {why}", path.display()));
            let source = LocaleSource {
                locale: locale.to_string(),
                files: vec![SourceFile {
                    path: SINGLE_FILE.to_string(),
                    content,
                }],
            };
            let shown = format!("{}{locale}.ftl", self.shown_base());
            return Ok(Catalog::build_shown(source, "", Some(shown)));
        }
        // The reference's language is its tag, or English for a folder named otherwise.
        let language = if locale == self.reference
            && locale.parse::<unic_langid::LanguageIdentifier>().is_err()
        {
            "en"
        } else {
            locale
        };
        let mut source = read_locale(&base.join(locale), language)?;
        // Files the walk could not read are kept, to become findings, whatever their names.
        source
            .files
            .retain(|f| f.content.is_err() || self.layout.matches(&f.path));
        Ok(Catalog::build(
            source,
            &format!("{}{locale}", self.shown_base()),
        ))
    }

    /// Reads the locale's record of what it was translated from, if it has one, and adds the
    /// `outdated` findings (or the record's own problem) to `findings`.
    fn record(
        &self,
        locale: &str,
        reference: &Catalog,
        l10n: &Catalog,
        settings: &Settings,
        findings: &mut Vec<Finding>,
    ) -> Option<Record> {
        let path = self.root.join(locale).join(RECORD_FILE);
        let shown = format!("{}{locale}/{RECORD_FILE}", self.display_root);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                let message = format!("{}: cannot read: {e}", path.display());
                let problem = Finding::new(Check::ReadError, locale, &shown, message);
                findings.extend(settings.apply(vec![problem]));
                return None;
            }
        };
        let found = match Record::parse(&text, locale, &shown) {
            Ok(record) => {
                let mut found = check_outdated(reference, l10n, &record, &shown);
                super::english::attach_reference(&mut found, reference);
                findings.extend(settings.apply(found));
                return Some(record);
            }
            Err(problem) => vec![*problem],
        };
        findings.extend(settings.apply(found));
        None
    }

    /// Checks every selected locale against the reference, locales in parallel; counts
    /// progress too when `with_stats`.
    pub fn check(&self, settings: &Settings, with_stats: bool) -> Result<TreeReport, TreeError> {
        let (locales, tree_problems) = self.scan()?;
        let shared = self.shared_catalog();
        let with_shared = |mut catalog: Catalog| {
            if let Some(shared) = &shared {
                catalog.defined.extend(shared.defined.iter().cloned());
            }
            catalog
        };
        let reference = with_shared(self.catalog(&self.reference)?);
        let cx = CheckContext {
            reference: &reference,
            settings,
        };
        type PerLocale = (Vec<Finding>, usize, Option<LocaleStats>, Vocabulary);
        let per_locale: Vec<PerLocale> = locales
            .par_iter()
            .map(|locale| {
                let l10n = with_shared(self.catalog(locale)?);
                let files = l10n.files.len() + l10n.unreadable.len();
                let (mut findings, words) = check_locale_counting(&cx, &l10n);
                let record = self.record(locale, &reference, &l10n, settings, &mut findings);
                let stats = with_stats.then(|| {
                    let mut stats = locale_stats(&reference, &l10n);
                    if let Some(record) = &record {
                        stats.outdated = outdated_count(&reference, &l10n, record);
                    }
                    stats
                });
                Ok((findings, files, stats, words))
            })
            .collect::<Result<_, TreeError>>()?;
        let mut findings: Vec<Finding> = tree_problems
            .into_iter()
            .map(|p| self.folder_finding(p))
            .collect();
        findings.extend(check_reference(&cx));
        if let Some(shared) = &shared {
            findings.extend(shared.problems.iter().cloned());
            findings.extend(super::structure::check_self(shared, None));
        }
        let mut report = TreeReport {
            findings: settings.apply(findings),
            locales: locales.len(),
            files: reference.files.len() + reference.unreadable.len(),
            stats: Vec::new(),
            vocabularies: HashMap::new(),
        };
        for (locale, (findings, files, stats, words)) in locales.iter().zip(per_locale) {
            report.findings.extend(findings);
            report.files += files;
            report.stats.extend(stats);
            report.vocabularies.insert(locale.clone(), words);
        }
        Ok(report)
    }
}

/// The layout and reference locale of a folder without configuration, from what is there:
/// `<reference>/` (the default), `<reference>.ftl`, `locales/`, `i18n/`, `l10n/` holding
/// `<reference>/`, or subfolders holding one of those (a workspace of crates). Without
/// `reference`, `en` and then `en-US` are tried.
pub fn detect(dir: &Path, reference: Option<&str>) -> (Layout, String) {
    let candidates: Vec<&str> = match reference {
        Some(reference) => vec![reference],
        None => vec!["en", "en-US"],
    };
    for before in ["", "locales", "i18n", "l10n"] {
        for reference in &candidates {
            let base = dir.join(before);
            let pattern = |rest: &str| {
                let prefix = if before.is_empty() {
                    String::new()
                } else {
                    format!("{before}/")
                };
                Layout::parse(&format!("{prefix}{rest}")).expect("detected layouts parse")
            };
            if base.join(reference).is_dir() {
                return (pattern("{locale}/**/*.ftl"), reference.to_string());
            }
            if base.join(format!("{reference}.ftl")).is_file() {
                return (pattern("{locale}.ftl"), reference.to_string());
            }
        }
    }
    // A workspace whose crates each keep their own folder: cosmic-applets'
    // `*/i18n/{locale}/*.ftl`, cosmic-ext-disks' `storage-app/i18n/en/`.
    let crates: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    for before in ["i18n", "locales", "l10n"] {
        for reference in &candidates {
            if crates
                .iter()
                .any(|c| c.join(before).join(reference).is_dir())
            {
                let layout = Layout::parse(&format!("*/{before}/{{locale}}/**/*.ftl"))
                    .expect("detected layouts parse");
                return (layout, reference.to_string());
            }
        }
    }
    (Layout::default(), candidates[0].to_string())
}

/// The key of the one file of a `{locale}.ftl` layout.
const SINGLE_FILE: &str = "{locale}.ftl";

impl Tree {
    /// A problem with a folder of the tree, as a `read-error` finding on its path.
    fn folder_finding(&self, problem: Problem) -> Finding {
        let relative = problem
            .path
            .strip_prefix(self.base())
            .unwrap_or(&problem.path);
        let locale = relative
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown = format!("{}{}", self.shown_base(), slashed(relative));
        Finding::new(Check::ReadError, &locale, &shown, problem.message)
    }
}

/// Reads every `.ftl` file under `dir` (a locale folder), walked as the loader walks it:
/// links are followed only inside the tree (the folder holding `dir`). A file that cannot be
/// read (or is not a regular file, or is a link out of the tree) is kept with its error, so it
/// becomes a finding; a folder that cannot be listed stops the run.
pub fn read_locale(dir: &Path, locale: &str) -> Result<LocaleSource, TreeError> {
    if let Err(source) = std::fs::read_dir(dir) {
        return Err(TreeError::Unreadable {
            path: dir.to_path_buf(),
            source,
        });
    }
    let tree = dir.parent().unwrap_or(dir);
    let (paths, problems) = files::ftl_files(dir, tree);
    let name = |path: &Path| slashed(path.strip_prefix(dir).unwrap_or(path));
    let mut files: Vec<SourceFile> = paths
        .into_iter()
        .map(|path| SourceFile {
            path: name(&path),
            content: files::read_regular(&path).map_err(|why| format!("{}: {why}", path.display())),
        })
        .collect();
    files.extend(problems.into_iter().map(|p| SourceFile {
        path: name(&p.path),
        content: Err(p.to_string()),
    }));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(LocaleSource {
        locale: locale.to_string(),
        files,
    })
}

/// A relative path with `/` separators, as findings show it.
fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

//! The edge where checking meets the file system: finds the locales of a folder laid out as
//! `<root>/<locale>/**/*.ftl`, reads them in parallel and runs the pure checks on them.

use rayon::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

use super::catalog::Catalog;
use super::finding::{Check, Finding};
use super::outdated::{check_outdated, outdated_count, Record, RECORD_FILE};
use super::source::{LocaleSource, SourceFile};
use super::stats::{locale_stats, LocaleStats};
use super::{check_locale, check_reference, CheckContext, Settings};

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
}

/// What checking a tree produced.
#[derive(Debug, Default)]
pub struct TreeReport {
    pub findings: Vec<Finding>,
    pub locales: usize,
    pub files: usize,
    pub stats: Vec<LocaleStats>,
}

impl Tree {
    /// The locale folders to check, validated: the reference exists, asked-for locales exist.
    pub fn locales(&self) -> Result<Vec<String>, TreeError> {
        if !self.root.is_dir() {
            return Err(TreeError::NotFound {
                path: self.root.clone(),
            });
        }
        let entries = fs::read_dir(&self.root).map_err(|source| TreeError::Unreadable {
            path: self.root.clone(),
            source,
        })?;
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| !name.starts_with('.'))
            .collect();
        found.sort();
        let available = found.join(", ");
        if !found.contains(&self.reference) {
            return Err(TreeError::NoReference {
                path: self.root.clone(),
                locale: self.reference.clone(),
                available,
            });
        }
        found.retain(|l| *l != self.reference);
        if self.langs.is_empty() {
            return Ok(found);
        }
        for lang in &self.langs {
            if !found.contains(lang) {
                return Err(TreeError::UnknownLocale {
                    path: self.root.clone(),
                    locale: lang.clone(),
                    available,
                });
            }
        }
        Ok(self.langs.clone())
    }

    fn catalog(&self, locale: &str) -> Result<Catalog, TreeError> {
        let source = read_locale(&self.root.join(locale), locale)?;
        Ok(Catalog::build(
            source,
            &format!("{}{locale}", self.display_root),
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
        let locales = self.locales()?;
        let reference = self.catalog(&self.reference)?;
        let cx = CheckContext {
            reference: &reference,
            settings,
        };
        let per_locale: Vec<(Vec<Finding>, usize, Option<LocaleStats>)> = locales
            .par_iter()
            .map(|locale| {
                let l10n = self.catalog(locale)?;
                let files = l10n.files.len() + l10n.unreadable.len();
                let mut findings = check_locale(&cx, &l10n);
                let record = self.record(locale, &reference, &l10n, settings, &mut findings);
                let stats = with_stats.then(|| {
                    let mut stats = locale_stats(&reference, &l10n);
                    if let Some(record) = &record {
                        stats.outdated = outdated_count(&reference, &l10n, record);
                    }
                    stats
                });
                Ok((findings, files, stats))
            })
            .collect::<Result<_, TreeError>>()?;
        let mut report = TreeReport {
            findings: check_reference(&cx),
            locales: locales.len(),
            files: reference.files.len() + reference.unreadable.len(),
            stats: Vec::new(),
        };
        for (findings, files, stats) in per_locale {
            report.findings.extend(findings);
            report.files += files;
            report.stats.extend(stats);
        }
        Ok(report)
    }
}

/// Reads every `.ftl` file under `dir`. A file that cannot be read is kept with its error, so
/// it becomes a finding; a folder that cannot be listed stops the run.
pub fn read_locale(dir: &Path, locale: &str) -> Result<LocaleSource, TreeError> {
    let mut paths = Vec::new();
    collect(dir, &mut paths)?;
    paths.sort();
    let files = paths
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(dir).unwrap_or(&path);
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let content =
                fs::read(&path).map_err(|e| format!("{}: cannot read: {e}", path.display()));
            SourceFile {
                path: name,
                content,
            }
        })
        .collect();
    Ok(LocaleSource {
        locale: locale.to_string(),
        files,
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), TreeError> {
    let entries = fs::read_dir(dir).map_err(|source| TreeError::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| TreeError::Unreadable {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|source| TreeError::Unreadable {
            path: path.clone(),
            source,
        })?;
        if kind.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "ftl") {
            out.push(path);
        }
    }
    Ok(())
}

//! The edge where checking meets the file system: finds the locales of a folder laid out as
//! `<root>/<locale>/**/*.ftl`, reads them in parallel and runs the pure checks on them.

use rayon::prelude::*;
use std::path::{Path, PathBuf};

use super::catalog::Catalog;
use super::finding::{Check, Finding};
use super::source::{LocaleSource, SourceFile};
use super::stats::{locale_stats, LocaleStats};
use super::{check_locale, check_reference, CheckContext, Settings};
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
        self.scan().map(|(locales, _)| locales)
    }

    /// The locale folders to check, and the folders that are not locales (named by no
    /// language tag, two for one locale, links out of the tree): the same walk and rule as the
    /// loader's, so `check` passes only what `render` accepts.
    fn scan(&self) -> Result<(Vec<String>, Vec<Problem>), TreeError> {
        if !self.root.is_dir() {
            return Err(TreeError::NotFound {
                path: self.root.clone(),
            });
        }
        let (dirs, problems) =
            files::locale_dirs(&self.root).map_err(|source| TreeError::Unreadable {
                path: self.root.clone(),
                source,
            })?;
        let mut found: Vec<String> = dirs.into_iter().map(|d| d.name).collect();
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
            return Ok((found, problems));
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
        Ok((self.langs.clone(), problems))
    }

    fn catalog(&self, locale: &str) -> Result<Catalog, TreeError> {
        let source = read_locale(&self.root.join(locale), locale)?;
        Ok(Catalog::build(
            source,
            &format!("{}{locale}", self.display_root),
        ))
    }

    /// Checks every selected locale against the reference, locales in parallel; counts
    /// progress too when `with_stats`.
    pub fn check(&self, settings: &Settings, with_stats: bool) -> Result<TreeReport, TreeError> {
        let (locales, tree_problems) = self.scan()?;
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
                let stats = with_stats.then(|| locale_stats(&reference, &l10n));
                Ok((check_locale(&cx, &l10n), files, stats))
            })
            .collect::<Result<_, TreeError>>()?;
        let mut findings: Vec<Finding> = tree_problems
            .into_iter()
            .map(|p| self.folder_finding(p))
            .collect();
        findings.extend(check_reference(&cx));
        let mut report = TreeReport {
            findings: settings.apply(findings),
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

impl Tree {
    /// A problem with a folder of the tree, as a `read-error` finding on its path.
    fn folder_finding(&self, problem: Problem) -> Finding {
        let relative = problem
            .path
            .strip_prefix(&self.root)
            .unwrap_or(&problem.path);
        let locale = relative
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown = format!("{}{}", self.display_root, slashed(relative));
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

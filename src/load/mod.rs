//! Loading: `content/*.yaml` and `locales/<lang>/*.ftl` into a [`Project`], with every
//! problem found rather than the first.

mod content;
pub mod files;
mod locales;
pub mod nesting;
mod site;
mod yaml;

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

pub use self::content::load_content;
pub use self::locales::{load_locales, message_ids, FtlFile, Locale};
pub use self::site::{load_site_config, SiteConfig, SITE_CONFIG};
use crate::diagnostic::{Position, Problem, Problems};
use crate::model::Content;

/// The reference locale: every other locale translates it.
pub const REFERENCE_LOCALE: &str = "en";

#[derive(Debug)]
pub struct Project {
    pub root: PathBuf,
    pub content: Content,
    /// Sorted by tag; the reference locale is among them.
    pub locales: Vec<Locale>,
    /// Each locale's messages, built once and shared by every thread that formats them.
    pub(crate) bundles: crate::l10n::Bundles,
}

impl Project {
    pub fn reference(&self) -> &Locale {
        self.locale(&reference_id())
            .expect("load_project checks the reference locale exists")
    }

    pub fn locale(&self, id: &LanguageIdentifier) -> Option<&Locale> {
        self.locales.iter().find(|l| &l.id == id)
    }

    pub fn locale_ids(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.locales.iter().map(|l| &l.id)
    }
}

pub fn reference_id() -> LanguageIdentifier {
    REFERENCE_LOCALE
        .parse()
        .expect("the reference tag is valid")
}

/// Loads the project under `root`, returning every problem found if any: a project with
/// problems is not rendered.
pub fn load_project(root: &Path) -> Result<Project, Problems> {
    let (project, problems) = load_project_with_problems(root);
    if problems.is_empty() {
        Ok(project)
    } else {
        Err(Problems(problems))
    }
}

/// Loads what can be loaded and lists every problem, for tools that go on regardless (the
/// checker).
pub fn load_project_with_problems(root: &Path) -> (Project, Vec<Problem>) {
    let (content, mut problems) = load_content(&root.join("content"));
    let (locales, locale_problems) = load_locales(&root.join("locales"));
    problems.extend(locale_problems);
    let project = Project {
        root: root.to_path_buf(),
        content,
        locales,
        bundles: Default::default(),
    };
    match project.locale(&reference_id()) {
        Some(reference) => problems.extend(check_message_ids(&project, reference)),
        None => problems.push(Problem::new(
            root.join("locales").join(REFERENCE_LOCALE),
            "the reference locale folder is missing: every project needs locales/en/",
        )),
    }
    (project, problems)
}

/// Every message id the content names must exist in the reference locale.
fn check_message_ids(project: &Project, reference: &Locale) -> Vec<Problem> {
    let known: std::collections::HashSet<&str> = reference
        .files
        .iter()
        .flat_map(|f| message_ids(&f.resource))
        .collect();
    let mut problems = Vec::new();
    let content = &project.content;
    let mut report = |path: &Path, key: &str, nth: usize, id: &str| {
        if !known.contains(id) {
            let source = files::read_text(path).unwrap_or_default();
            let at = yaml::locate(&source, key, nth, Some(id))
                .unwrap_or(Position { line: 1, column: 1 });
            problems.push(
                Problem::new(
                    path,
                    format!("message `{id}` does not exist in locales/{REFERENCE_LOCALE}/"),
                )
                .at(at),
            );
        }
    };
    for code in content.codes.values() {
        report(&code.path, "message", 0, &code.message);
        if code.has_several_meanings() {
            for (i, meaning) in code.meanings.iter().enumerate() {
                report(&code.path, "message", i + 1, &meaning.message);
            }
        }
    }
    let comparisons = project.root.join("content/comparisons.yaml");
    let mut noted = 0;
    for comparison in &content.comparisons {
        if let Some(note) = &comparison.note {
            report(&comparisons, "note", noted, note);
            noted += 1;
        }
    }
    let not_ftp = project.root.join("content/not-ftp.yaml");
    for (i, entry) in content.not_ftp.iter().enumerate() {
        report(&not_ftp, "message", i, &entry.message);
    }
    problems
}

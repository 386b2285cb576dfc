//! Content checks of a project: message ids the YAML names that `en` lacks
//! (`content-reference`), reference messages no page uses (`unused-message`), and the
//! language of every rendered page (`rendered-language`).
//!
//! Pages are rendered in memory through the site's own renderer, so text that reaches a page
//! from anywhere (a message that fell back to English, a sentence in the wrong file) is judged
//! as the reader would see it.

use rayon::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::Problem;
use crate::l10n::Miss;
use crate::load::{load_project_with_problems, message_ids, reference_id, Project};
use crate::model::Content;
use crate::render::{site_pages, used_messages, MissingMessages, Renderer};

use super::catalog::{locate, Catalog};
use super::finding::{Check, Finding};
use super::lang::Identifier;
use super::text::{mask_markup, sentences};
use super::tree::{read_locale, Tree, TreeError};
use super::Settings;

/// Loads the project at `root` with the pipeline's loader and runs the content checks on the
/// locales `tree` selects. Problems the loader meets in `content/` become `content-load`
/// findings (those in `locales/` are the structure checks' business).
pub fn check_project(
    root: &Path,
    tree: &Tree,
    settings: &Settings,
) -> Result<Vec<Finding>, TreeError> {
    let locales = tree.locales()?;
    let (mut project, problems) = load_project_with_problems(root);
    let (locale_problems, problems): (Vec<_>, Vec<_>) = problems
        .into_iter()
        .partition(|p| p.path.starts_with(root.join("locales")));
    let broken = BrokenFiles::new(&project, &locale_problems);
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .map(|p| {
            let path = p
                .path
                .strip_prefix(root)
                .unwrap_or(&p.path)
                .to_string_lossy()
                .replace('\\', "/");
            let mut finding = Finding::new(Check::ContentLoad, &tree.reference, &path, p.message);
            if let Some(position) = p.position {
                finding.line = Some(position.line as u32);
                finding.column = Some(position.column as u32);
            }
            finding
        })
        .collect();
    let rendered: Vec<Vec<Finding>> = locales
        .par_iter()
        .map(|l| check_rendered(&project, l, &broken))
        .collect();
    // Content that failed to load leaves messages unused for no fault of theirs: the
    // load problems are the root cause, and the only findings about it. A project that
    // cannot render is reported by `rendered-language`.
    let used = match findings.is_empty() {
        true => used_messages(&project).ok(),
        false => None,
    };
    // The parsed locales are let go before the reference is summarised for the last two
    // checks, so that the two copies of a large file are never held at once.
    let content = std::mem::take(&mut project.content);
    drop(project);
    let reference = Catalog::build(
        read_locale(&tree.root.join(&tree.reference), &tree.reference)?,
        &format!("{}{}", tree.display_root, tree.reference),
    );
    findings.extend(check_references(&content, &reference));
    if let Some(used) = used {
        findings.extend(unused_messages(&used, &reference));
    }
    findings.extend(rendered.into_iter().flatten());
    Ok(settings.apply(findings))
}

/// Ids named in `content/` with the file naming them.
fn named_ids(content: &Content) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for (code, reply) in &content.codes {
        let path = format!("content/codes/{code}.yaml");
        out.push((path.clone(), reply.message.as_str()));
        out.extend(
            reply
                .meanings
                .iter()
                .map(|m| (path.clone(), m.message.as_str())),
        );
    }
    out.extend(
        content
            .comparisons
            .iter()
            .filter_map(|c| c.note.as_deref())
            .map(|n| ("content/comparisons.yaml".to_string(), n)),
    );
    out.extend(
        content
            .not_ftp
            .iter()
            .map(|n| ("content/not-ftp.yaml".to_string(), n.message.as_str())),
    );
    out
}

/// `content-reference`: every message id the content names must be defined by the reference.
pub fn check_references(content: &Content, reference: &Catalog) -> Vec<Finding> {
    named_ids(content)
        .into_iter()
        .filter(|(_, id)| !reference.defined.contains(*id))
        .map(|(path, id)| {
            let message = format!("`{id}` is named here but {} defines no such message: add it to locales/{}/ or fix the id", reference.locale, reference.locale);
            Finding::new(Check::ContentReference, &reference.locale, &path, message).with_id(id, None)
        })
        .collect()
}

/// `unused-message`: a reference message that no page uses is dead text a translator would
/// translate for nothing, or a message the content forgot to name.
pub fn check_unused(project: &Project, reference: &Catalog) -> Vec<Finding> {
    // A project that cannot render is reported by `rendered-language`.
    match used_messages(project) {
        Ok(used) => unused_messages(&used, reference),
        Err(_) => Vec::new(),
    }
}

/// `unused-message` given the ids the pages used.
fn unused_messages(used: &BTreeSet<String>, reference: &Catalog) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (path, file) in &reference.files {
        let unused = file.entries.iter().filter(|e| {
            let allowed = e
                .markers
                .allow
                .iter()
                .any(|a| a == Check::UnusedMessage.name());
            !e.is_term && !allowed && !used.contains(&e.id)
        });
        for entry in unused {
            let message = format!(
                "no page uses `{}`: name it in content/ or a page, or remove it",
                entry.id
            );
            let shown = reference.display_path(path);
            let finding = Finding::new(Check::UnusedMessage, &reference.locale, &shown, message)
                .with_id(&entry.id, None);
            findings.push(locate(
                finding,
                file,
                entry.offset,
                entry.id.chars().count(),
            ));
        }
    }
    findings
}

/// `rendered-language`: renders every page of `locale` and checks each title, lead, heading,
/// paragraph and list item is in the locale's language and did not fall back to the reference.
pub fn check_rendered(project: &Project, locale: &str, broken: &BrokenFiles) -> Vec<Finding> {
    let reference = reference_id().to_string();
    let Ok(id) = locale.parse() else {
        return Vec::new();
    };
    let Some(renderer) = Renderer::new(project, &id, true) else {
        return Vec::new();
    };
    let identifier = Identifier::new(locale, &reference);
    let mut findings = Vec::new();
    let mut reported = HashSet::new();
    for page in site_pages(&project.content, false) {
        let shown = format!("page {locale}/{}", page.key());
        let view = match renderer.page(page) {
            Ok(view) => view,
            Err(missing) => {
                findings.extend(unrenderable(
                    &project.root,
                    broken,
                    locale,
                    &shown,
                    missing,
                    &mut reported,
                ));
                continue;
            }
        };
        // Text shown in the reference because the locale's file failed to load is the load
        // problem's consequence, already reported at its root.
        let fallback_explained = view.fallback.iter().all(|id| broken.explains(&id_of(id)));
        for text in view.texts() {
            if let Some(from) = &text.fallback {
                if fallback_explained {
                    continue;
                }
                let message = format!(
                    "“{}” is shown in {from}: the {locale} message is missing",
                    excerpt(&text.text)
                );
                findings.push(Finding::new(
                    Check::RenderedLanguage,
                    locale,
                    &shown,
                    message,
                ));
                continue;
            }
            let Some(identifier) = &identifier else {
                continue;
            };
            let masked = mask_markup(&text.text);
            for range in sentences(&masked) {
                if identifier.foreign(&masked[range.clone()]).is_some() {
                    let message = format!("“{}” on this page is in {reference}, not {locale}: find the message that carries it and translate it", excerpt(text.text[range].trim()));
                    findings.push(Finding::new(
                        Check::RenderedLanguage,
                        locale,
                        &shown,
                        message,
                    ));
                }
            }
        }
    }
    findings
}

/// The ids of reference messages whose translation is in a file of a locale that failed to
/// load or has syntax errors: the pages that fall back for them are explained by that problem.
#[derive(Debug, Default)]
pub struct BrokenFiles {
    ids: HashSet<String>,
}

impl BrokenFiles {
    pub fn new(project: &Project, locale_problems: &[Problem]) -> Self {
        let mut ids = HashSet::new();
        let reference = project.locale(&reference_id());
        for problem in locale_problems {
            let Ok(relative) = problem.path.strip_prefix(project.root.join("locales")) else {
                continue;
            };
            let in_locale: PathBuf = relative.components().skip(1).collect();
            let files = reference.iter().flat_map(|l| &l.files);
            for file in files.filter(|f| f.relative == in_locale) {
                ids.extend(message_ids(&file.resource).map(str::to_string));
            }
        }
        BrokenFiles { ids }
    }

    fn explains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }
}

/// `id` of `id.attribute`.
fn id_of(full_id: &str) -> String {
    full_id.split('.').next().unwrap_or(full_id).to_string()
}

/// Findings for a page that cannot be rendered: a message that exists but cannot be formatted
/// (a cycle, an unknown variable) is reported once, at its own line and column; messages that
/// are absent, per page.
fn unrenderable(
    root: &Path,
    broken: &BrokenFiles,
    locale: &str,
    shown: &str,
    mut missing: MissingMessages,
    reported: &mut HashSet<String>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let (formatting, lacking): (Vec<Miss>, Vec<Miss>) = missing
        .misses
        .drain(..)
        .partition(|m| m.defined_at.is_some());
    for miss in formatting {
        let Some((path, at)) = &miss.defined_at else {
            continue;
        };
        if !reported.insert(miss.full_id()) {
            continue;
        }
        let message = format!(
            "`{}` cannot be formatted: {}",
            miss.full_id(),
            miss.error.as_deref().unwrap_or("unknown error")
        );
        let shown_path = path
            .strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let mut finding = Finding::new(Check::RenderedLanguage, locale, &shown_path, message)
            .with_id(&miss.id, miss.attribute.as_deref());
        finding.line = Some(at.line as u32);
        finding.column = Some(at.column as u32);
        findings.push(finding);
    }
    let lacking: Vec<Miss> = lacking
        .into_iter()
        .filter(|m| !broken.explains(&m.id))
        .collect();
    if !lacking.is_empty() {
        missing.misses = lacking;
        findings.push(Finding::new(
            Check::RenderedLanguage,
            locale,
            shown,
            format!("the page cannot be rendered: {missing}"),
        ));
    }
    findings
}

fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

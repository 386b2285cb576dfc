//! Content checks of a project: message ids the YAML names that `en` lacks
//! (`content-reference`), reference messages no page uses (`unused-message`), and the
//! language of every rendered page (`rendered-language`).
//!
//! Pages are rendered in memory through the site's own renderer, so text that reaches a page
//! from anywhere (a message that fell back to English, a sentence in the wrong file) is judged
//! as the reader would see it.

use rayon::prelude::*;
use std::path::Path;

use crate::load::{load_project_with_problems, reference_id, Project};
use crate::model::Content;
use crate::render::{site_pages, used_messages, Renderer};

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
    let reference = Catalog::build(
        read_locale(&tree.root.join(&tree.reference), &tree.reference)?,
        &format!("{}{}", tree.display_root, tree.reference),
    );
    let (project, problems) = load_project_with_problems(root);
    let mut findings: Vec<Finding> = problems
        .into_iter()
        .filter(|p| !p.path.starts_with(root.join("locales")))
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
    findings.extend(check_references(&project.content, &reference));
    // Content that failed to load leaves messages unused for no fault of theirs: the
    // load problems are the root cause, and the only findings about it.
    if findings.is_empty() {
        findings.extend(check_unused(&project, &reference));
    }
    let rendered: Vec<Vec<Finding>> = locales
        .par_iter()
        .map(|l| check_rendered(&project, l))
        .collect();
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
    let Ok(used) = used_messages(project) else {
        return Vec::new();
    };
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
pub fn check_rendered(project: &Project, locale: &str) -> Vec<Finding> {
    let reference = reference_id().to_string();
    let Ok(id) = locale.parse() else {
        return Vec::new();
    };
    let Some(renderer) = Renderer::new(project, &id, true) else {
        return Vec::new();
    };
    let identifier = Identifier::new(locale, &reference);
    let mut findings = Vec::new();
    for page in site_pages(&project.content, false) {
        let shown = format!("page {locale}/{}", page.key());
        let view = match renderer.page(page) {
            Ok(view) => view,
            Err(missing) => {
                findings.push(Finding::new(
                    Check::RenderedLanguage,
                    locale,
                    &shown,
                    format!("the page cannot be rendered: {missing}"),
                ));
                continue;
            }
        };
        for text in view.texts() {
            if let Some(from) = &text.fallback {
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

fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

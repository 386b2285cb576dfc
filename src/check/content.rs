//! Content checks of a project: message ids the YAML names that `en` lacks
//! (`content-reference`), reference messages no page uses (`unused-message`), and the
//! language of every rendered page (`rendered-language`).
//!
//! Pages are rendered in memory through the site's own renderer ([`super::rendered`]), so
//! text that reaches a page from anywhere is judged as the reader would see it.

use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;

use crate::load::{load_project_with_problems, Project};
use crate::model::Content;
use crate::render::used_messages;

use super::catalog::{locate, Catalog};
use super::finding::{Check, Finding};
pub use super::rendered::{check_rendered, RenderedContext};
pub use super::root_cause::merge_rendered;
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
        read_locale(&tree.base().join(&tree.reference), &tree.reference)?,
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
    // Content that failed to load leaves messages unused for no fault of theirs: the load
    // problems are the root cause, and the only findings about it.
    if findings.is_empty() {
        findings.extend(check_unused(&project, &reference));
    }
    let cx = RenderedContext {
        project: &project,
        reference: &reference,
        settings,
    };
    let rendered: Vec<Vec<Finding>> = locales
        .par_iter()
        .map(|l| {
            let source = read_locale(&tree.base().join(l), l)?;
            let catalog = Catalog::build(source, &format!("{}{l}", tree.display_root));
            let mut found = check_rendered(&cx, &catalog);
            super::english::attach_reference(&mut found, &reference);
            Ok(found)
        })
        .collect::<Result<_, TreeError>>()?;
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

//! Loads `locales/<lang>/**/*.ftl`: one folder per locale, named by its BCP 47 tag.

use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Problem;

/// One `.ftl` file, parsed. The resource keeps its source text, so checks and diagnostics
/// can quote the line they point at.
pub struct FtlFile {
    pub path: PathBuf,
    /// The path below the locale folder, e.g. `codes-2xx.ftl`: the same in every locale.
    pub relative: PathBuf,
    pub resource: FluentResource,
}

impl std::fmt::Debug for FtlFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FtlFile")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

#[derive(Debug)]
pub struct Locale {
    pub id: LanguageIdentifier,
    pub dir: PathBuf,
    pub files: Vec<FtlFile>,
}

impl Locale {
    /// The file that defines message `id`, if any.
    pub fn file_defining(&self, id: &str) -> Option<&FtlFile> {
        self.files
            .iter()
            .find(|f| message_ids(&f.resource).any(|m| m == id))
    }
}

/// The ids of the messages (not terms) of a resource.
pub fn message_ids(resource: &FluentResource) -> impl Iterator<Item = &str> {
    resource.entries().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
        _ => None,
    })
}

/// Reads every locale folder under `dir`, sorted by tag. Folders whose name is not a
/// language tag are problems, not silently skipped.
pub fn load_locales(dir: &Path) -> (Vec<Locale>, Vec<Problem>) {
    let mut problems = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::new(
                dir,
                format!("cannot read the locales folder: {err}"),
            ));
            return (Vec::new(), problems);
        }
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut locales = Vec::new();
    for dir in dirs {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let id: LanguageIdentifier = match name.parse() {
            Ok(id) => id,
            Err(_) => {
                problems.push(Problem::new(
                    &dir,
                    format!("`{name}` is not a language tag (BCP 47, such as `fr` or `pt-BR`); locale folders are named by their tag"),
                ));
                continue;
            }
        };
        let mut files = Vec::new();
        for path in ftl_files(&dir, &mut problems) {
            if let Some(file) = load_ftl(&dir, path, &mut problems) {
                files.push(file);
            }
        }
        locales.push(Locale { id, dir, files });
    }
    (locales, problems)
}

fn ftl_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) => {
                problems.push(Problem::new(&dir, format!("cannot read the folder: {err}")));
                continue;
            }
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Parses one file. Syntax errors are reported with line:column and the rest of the file
/// is kept: Fluent's parser skips a bad entry as junk and goes on.
fn load_ftl(locale_dir: &Path, path: PathBuf, problems: &mut Vec<Problem>) -> Option<FtlFile> {
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(Problem::new(&path, format!("cannot read the file: {err}")));
            return None;
        }
    };
    let source = match String::from_utf8(bytes) {
        Ok(source) => source,
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(err.as_bytes()).into_owned();
            problems
                .push(Problem::new(&path, "the file is not valid UTF-8").at_offset(&lossy, offset));
            return None;
        }
    };
    let resource = match FluentResource::try_new(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            // An error at the very end (an unclosed placeable) points at the last character
            // rather than past it, where no editor line exists.
            let end = resource.source().trim_end().len().saturating_sub(1);
            for error in errors {
                let message = format!("Fluent syntax error: {}", error.kind);
                let offset = error.pos.start.min(end);
                problems.push(Problem::new(&path, message).at_offset(resource.source(), offset));
            }
            resource
        }
    };
    let relative = path.strip_prefix(locale_dir).unwrap_or(&path).to_path_buf();
    Some(FtlFile {
        path,
        relative,
        resource,
    })
}

//! Loads `locales/<lang>/**/*.ftl`: one folder per locale, named by its BCP 47 tag.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use super::{files, nesting};
use crate::diagnostic::Problem;

/// One `.ftl` file, parsed. The resource keeps its source text, so checks and diagnostics
/// can quote the line they point at.
pub struct FtlFile {
    pub path: PathBuf,
    /// The path below the locale folder, e.g. `codes-2xx.ftl`: the same in every locale.
    pub relative: PathBuf,
    /// Shared with every bundle built from it (see [`crate::l10n`]): one parse per file.
    pub resource: Arc<FluentResource>,
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
/// language tag are problems, not silently skipped; hidden folders are skipped (see
/// [`super::files`], the walk `check` shares).
pub fn load_locales(dir: &Path) -> (Vec<Locale>, Vec<Problem>) {
    let (dirs, mut problems) = match files::locale_dirs(dir) {
        Ok(found) => found,
        Err(err) => {
            let problem = Problem::new(dir, format!("cannot read the locales folder: {err}"));
            return (Vec::new(), vec![problem]);
        }
    };
    let mut locales = Vec::new();
    for locale in dirs {
        let (paths, walk_problems) = files::ftl_files(&locale.path, dir);
        problems.extend(walk_problems);
        let mut files = Vec::new();
        for path in paths {
            if let Some(file) = load_ftl(&locale.path, path, &mut problems) {
                files.push(file);
            }
        }
        locales.push(Locale {
            id: locale.id,
            dir: locale.path,
            files,
        });
    }
    locales.sort_by_key(|l| l.id.to_string());
    (locales, problems)
}

/// Parses one file. Syntax errors are reported with line:column and the rest of the file
/// is kept: Fluent's parser skips a bad entry as junk and goes on.
fn load_ftl(locale_dir: &Path, path: PathBuf, problems: &mut Vec<Problem>) -> Option<FtlFile> {
    let source = match files::read_text(&path) {
        Ok(source) => source,
        Err(problem) => {
            problems.push(problem);
            return None;
        }
    };
    if let Some(offset) = nesting::too_deep(&source) {
        problems.push(Problem::new(&path, nesting::too_deep_message()).at_offset(&source, offset));
        return None;
    }
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
        resource: Arc::new(resource),
    })
}

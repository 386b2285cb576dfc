//! The site's search index, built by Pagefind after the pages are written: one index per
//! language (from each page's `lang`), with word segmentation for languages written without
//! spaces in Pagefind's extended build. It is built in a staging folder and swapped in like a
//! locale, and index files whose bytes did not change keep their inode.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::render::{OutputError, SiteWriter};

/// The folder of the index, at the site's root.
pub const INDEX_FOLDER: &str = "pagefind";

/// The environment variable that names the Pagefind command, words split at spaces
/// (`python3 -m pagefind`); by default `pagefind`, then `python3 -m pagefind`.
pub const PAGEFIND_ENV: &str = "FTPDOCS_PAGEFIND";

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the search index needs Pagefind: install it (pip install 'pagefind[extended]' or npm install pagefind) or name its command in {PAGEFIND_ENV}")]
    NotInstalled,
    #[error("{command} failed ({status}):\n{output}")]
    Failed {
        command: String,
        status: std::process::ExitStatus,
        output: String,
    },
    #[error("{command}: {source}")]
    Start { command: String, source: io::Error },
    #[error(transparent)]
    Output(#[from] OutputError),
}

fn commands() -> Vec<Vec<OsString>> {
    match std::env::var_os(PAGEFIND_ENV) {
        Some(value) => vec![value
            .to_string_lossy()
            .split_whitespace()
            .map(OsString::from)
            .collect()],
        None => vec![
            vec!["pagefind".into()],
            vec!["python3".into(), "-m".into(), "pagefind".into()],
        ],
    }
}

/// Indexes the pages of the site in `site` into its `pagefind/` folder.
pub fn build_search_index(site: &SiteWriter) -> Result<(), SearchError> {
    let stage = site.stage(INDEX_FOLDER)?;
    let staging = stage.path().to_path_buf();
    for command in commands() {
        let Some((program, args)) = command.split_first() else {
            continue;
        };
        let shown = command
            .iter()
            .map(|a| a.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ");
        let output = Command::new(program)
            .args(args)
            .arg("--site")
            .arg(site.root())
            .arg("--output-path")
            .arg(&staging)
            .arg("--quiet")
            .output();
        let output = match output {
            Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(SearchError::Start {
                    command: shown,
                    source,
                })
            }
            Ok(output) => output,
        };
        // `python3 -m pagefind` without the package says so on stderr: try no further.
        let missing_module = String::from_utf8_lossy(&output.stderr).contains("No module named");
        if missing_module {
            continue;
        }
        if !output.status.success() {
            let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
            text.push_str(&String::from_utf8_lossy(&output.stderr));
            return Err(SearchError::Failed {
                command: shown,
                status: output.status,
                output: text,
            });
        }
        for file in files(&staging, Path::new("")) {
            stage.settle_file(&file.to_string_lossy())?;
        }
        stage.commit()?;
        return Ok(());
    }
    Err(SearchError::NotInstalled)
}

/// Every file below `root/relative`, relative to `root`.
fn files(root: &Path, relative: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(root.join(relative)) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let path = relative.join(entry.file_name());
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => found.extend(files(root, &path)),
            Ok(_) => found.push(path),
            Err(_) => {}
        }
    }
    found
}

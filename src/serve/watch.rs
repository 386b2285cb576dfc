//! What `serve` watches: a fingerprint of the files a page is built from, taken by polling
//! (a few hundred files: a scan takes about a millisecond, and needs no file-system events,
//! which differ between systems and miss changes on some network folders).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The folders and files under the project root that pages are built from.
pub const WATCHED: &[&str] = &["content", "locales", "site.toml", "templates"];

/// Path, size and modification time of every watched file, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fingerprint(Vec<(PathBuf, u64, Option<SystemTime>)>);

impl Fingerprint {
    pub fn of(root: &Path) -> Fingerprint {
        let mut files = Vec::new();
        for name in WATCHED {
            collect(&root.join(name), &mut files);
        }
        files.sort();
        Fingerprint(files)
    }

    /// The watched files that differ between `self` and `other` (added, removed or changed).
    pub fn changed(&self, other: &Fingerprint) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self
            .0
            .iter()
            .filter(|f| !other.0.contains(f))
            .chain(other.0.iter().filter(|f| !self.0.contains(f)))
            .map(|(path, _, _)| path.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn collect(path: &Path, out: &mut Vec<(PathBuf, u64, Option<SystemTime>)>) {
    let Ok(meta) = fs::metadata(path) else {
        return;
    };
    if meta.is_dir() {
        let Ok(entries) = fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            collect(&entry.path(), out);
        }
    } else {
        out.push((path.to_path_buf(), meta.len(), meta.modified().ok()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("locales")).unwrap();
        let file = dir.path().join("locales/a.ftl");
        fs::write(&file, "a = 1\n").unwrap();
        let before = Fingerprint::of(dir.path());
        fs::write(&file, "a = 12\n").unwrap();
        let after = Fingerprint::of(dir.path());
        assert_eq!(before.changed(&after), vec![file]);
        assert!(after.changed(&Fingerprint::of(dir.path())).is_empty());
    }
}

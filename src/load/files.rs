//! The one way the project's files are found and read, shared by `render` (the loader) and
//! `check` (the tree walker), so that both see the same files and the same text.
//!
//! - Text: a UTF-8 byte-order mark is dropped, invalid UTF-8 is a problem at its line and
//!   column.
//! - Files: only regular files are read (a FIFO or a device named `*.ftl` would block or never
//!   end); the type is checked before the file is opened.
//! - Folders: a walk visits each real folder once. A symbolic link is followed only when it
//!   stays inside the tree being walked; a link to a folder already visited (`a -> .`) is
//!   skipped, so loops end and nothing is read twice.
//! - Locale folders: hidden folders (`.git`, `.hidden`) are skipped; every other folder must be
//!   named by a BCP 47 tag, and two folders naming the same locale (`fr` and `FR`) are an error,
//!   never one silently replacing the other.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Position, Problem};

/// Where a file stops being UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    /// Offset of the first bad byte, counted after any byte-order mark.
    pub byte: usize,
    pub position: Position,
}

/// The file's text: `bytes` without a byte-order mark, if they are UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let byte = e.valid_up_to();
        let prefix = std::str::from_utf8(&bytes[..byte]).unwrap_or_default();
        DecodeError {
            byte,
            position: Position::from_offset(prefix, byte),
        }
    })
}

/// Reads `path` if it is a regular file (after following a link). Anything else is refused
/// before it is opened.
pub fn read_regular(path: &Path) -> Result<Vec<u8>, String> {
    let metadata = fs::metadata(path).map_err(|e| format!("cannot read the file: {e}"))?;
    if !metadata.is_file() {
        return Err(format!(
            "not a regular file ({}); only regular files are read",
            kind_of(&metadata.file_type())
        ));
    }
    fs::read(path).map_err(|e| format!("cannot read the file: {e}"))
}

/// Reads `path` as text, the way every `.ftl`, YAML and TOML file of the project is read.
pub fn read_text(path: &Path) -> Result<String, Problem> {
    let bytes = read_regular(path).map_err(|why| Problem::new(path, why))?;
    match decode(&bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(Problem::new(
            path,
            format!(
                "the file is not valid UTF-8 (byte {}); save it as UTF-8",
                e.byte
            ),
        )
        .at(e.position)),
    }
}

fn kind_of(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// One locale folder under a locales tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleDir {
    /// The folder's name, as written.
    pub name: String,
    pub id: LanguageIdentifier,
    pub path: PathBuf,
}

/// Mozilla's locale codes that are no BCP 47 tag: `ja-JP-mac` (Japanese on macOS, a
/// locale of Firefox and Thunderbird, which compare-locales checks), read as its language.
fn mozilla_code(name: &str) -> Option<LanguageIdentifier> {
    match name {
        "ja-JP-mac" => "ja-JP".parse().ok(),
        _ => None,
    }
}

/// The locale folders directly under `root`, sorted by name, and the problems with the
/// others. `Err` when `root` itself cannot be listed.
pub fn locale_dirs(root: &Path) -> std::io::Result<(Vec<LocaleDir>, Vec<Problem>)> {
    let canonical_root = root.canonicalize()?;
    let mut entries: Vec<fs::DirEntry> = fs::read_dir(root)?.filter_map(Result::ok).collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    let mut problems = Vec::new();
    let mut by_tag: BTreeMap<String, LocaleDir> = BTreeMap::new();
    for entry in entries {
        let path = entry.path();
        let raw_name = entry.file_name();
        if raw_name.as_encoded_bytes().starts_with(b".") {
            continue;
        }
        match classify(&path, &entry, &canonical_root) {
            Ok(Some(Node::Dir(_))) => {}
            Ok(_) => continue,
            Err(why) => {
                problems.push(Problem::new(&path, why));
                continue;
            }
        }
        let Some(name) = raw_name.to_str() else {
            problems.push(Problem::new(
                &path,
                "this folder's name is not UTF-8, so it cannot be a language tag; locale folders are named by their tag (BCP 47, such as `fr` or `pt-BR`)",
            ));
            continue;
        };
        let Ok(id) = name
            .parse::<LanguageIdentifier>()
            .or_else(|e| mozilla_code(name).ok_or(e))
        else {
            problems.push(Problem::new(
                &path,
                format!("`{name}` is not a language tag (BCP 47, such as `fr` or `pt-BR`); locale folders are named by their tag"),
            ));
            continue;
        };
        let tag = id.to_string();
        let dir = LocaleDir {
            name: name.to_string(),
            id,
            path,
        };
        // Of two folders for one locale, the one named by the tag as written (`fr`, not
        // `FR`) is kept, so that `--lang fr` still finds it; the other is the error.
        let (kept, extra) = match by_tag.remove(&tag) {
            None => (dir, None),
            Some(first) if first.name != tag && dir.name == tag => (dir, Some(first)),
            Some(first) => (first, Some(dir)),
        };
        if let Some(extra) = extra {
            problems.push(Problem::new(
                &extra.path,
                format!(
                    "`{}` and `{}` are both locale `{tag}`: keep one folder per locale",
                    kept.name, extra.name
                ),
            ));
        }
        by_tag.insert(tag, kept);
    }
    let mut dirs: Vec<LocaleDir> = by_tag.into_values().collect();
    dirs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((dirs, problems))
}

/// What an entry of a folder is, after following a link that stays inside the tree.
enum Node {
    /// A folder, with its real path.
    Dir(PathBuf),
    /// A regular file, with its real path.
    File(PathBuf),
}

/// `Ok(None)` for what is skipped without a word (a file of another kind than wanted is
/// decided by the caller); `Err` for a link that leads out of the tree or nowhere.
fn classify(path: &Path, entry: &fs::DirEntry, root: &Path) -> Result<Option<Node>, String> {
    let kind = entry
        .file_type()
        .map_err(|e| format!("cannot read the entry: {e}"))?;
    let real = if kind.is_symlink() {
        let real = path
            .canonicalize()
            .map_err(|e| format!("this link leads nowhere ({e})"))?;
        if !real.starts_with(root) {
            return Err(format!(
                "this link leads out of {} to {}; links are followed only inside the tree",
                root.display(),
                real.display()
            ));
        }
        real
    } else if kind.is_dir() || kind.is_file() {
        path.canonicalize()
            .map_err(|e| format!("cannot read the entry: {e}"))?
    } else {
        return Ok(Some(Node::File(path.to_path_buf())));
    };
    let metadata = fs::metadata(&real).map_err(|e| format!("cannot read the entry: {e}"))?;
    Ok(Some(if metadata.is_dir() {
        Node::Dir(real)
    } else {
        Node::File(real)
    }))
}

/// Every `.ftl` file under `dir` (a locale folder), sorted, each real folder and file once;
/// `tree` is the folder links must stay inside. Entries that cannot be read, links out of the
/// tree and `.ftl` names that are not regular files are problems.
pub fn ftl_files(dir: &Path, tree: &Path) -> (Vec<PathBuf>, Vec<Problem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let tree = match tree.canonicalize() {
        Ok(tree) => tree,
        Err(e) => {
            problems.push(Problem::new(tree, format!("cannot read the folder: {e}")));
            return (files, problems);
        }
    };
    let mut seen_dirs = HashSet::new();
    let mut seen_files = HashSet::new();
    match dir.canonicalize() {
        Ok(real) => {
            seen_dirs.insert(real);
        }
        Err(e) => {
            problems.push(Problem::new(dir, format!("cannot read the folder: {e}")));
            return (files, problems);
        }
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = match fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(Problem::new(
                    &current,
                    format!("cannot read the folder: {e}"),
                ));
                continue;
            }
        };
        let mut entries: Vec<fs::DirEntry> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(fs::DirEntry::file_name);
        for entry in entries {
            let path = entry.path();
            let is_ftl = path.extension().is_some_and(|e| e == "ftl");
            match classify(&path, &entry, &tree) {
                Ok(Some(Node::Dir(real))) => {
                    if seen_dirs.insert(real) {
                        stack.push(path);
                    }
                }
                Ok(Some(Node::File(real))) if is_ftl => {
                    if seen_files.insert(real) {
                        files.push(path);
                    }
                }
                Ok(_) => {}
                // A folder or link that cannot be followed may hide `.ftl` files: say so.
                Err(why)
                    if is_ftl
                        || entry
                            .file_type()
                            .is_ok_and(|k| k.is_symlink() || k.is_dir()) =>
                {
                    problems.push(Problem::new(&path, why));
                }
                Err(_) => {}
            }
        }
    }
    files.sort();
    (files, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1").unwrap(), "a = 1");
    }

    #[test]
    fn invalid_utf8_is_placed_at_its_line_and_column() {
        let err = decode(b"a = 1\nb = \xff\n").unwrap_err();
        assert_eq!(err.byte, 10);
        assert_eq!(err.position, Position { line: 2, column: 5 });
    }
}

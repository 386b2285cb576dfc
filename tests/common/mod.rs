//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The project's own folder: the real content and locales.
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A throwaway copy of the project's content and locales, to break on purpose.
pub fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for folder in ["content", "locales"] {
        copy_tree(&project_root().join(folder), &dir.path().join(folder));
    }
    fs::copy(
        project_root().join("site.toml"),
        dir.path().join("site.toml"),
    )
    .unwrap();
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `ftpdocs --root <root> args…`, run from a neutral folder.
pub fn ftpdocs(root: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("ftpdocs").expect("binary built");
    cmd.current_dir(root)
        .env("NO_COLOR", "1")
        .arg("--root")
        .arg(root)
        .args(args);
    cmd
}

/// Appends `text` to `relative` under `root`.
pub fn append(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    let mut contents = fs::read_to_string(&path).unwrap_or_default();
    contents.push_str(text);
    fs::write(path, contents).unwrap();
}

/// Replaces `from` with `to` in `relative`, failing the test if `from` is absent.
pub fn replace(root: &Path, relative: &str, from: &str, to: &str) {
    let path = root.join(relative);
    let contents = fs::read_to_string(&path).unwrap();
    assert!(contents.contains(from), "{relative} has no {from:?}");
    fs::write(path, contents.replacen(from, to, 1)).unwrap();
}

/// A locale's catalog built from `(path, text)` files, as `check` reads them from disk.
pub fn catalog(name: &str, files: &[(&str, &str)]) -> ftpdocs::check::Catalog {
    use ftpdocs::check::{Catalog, LocaleSource, SourceFile};
    let files = files
        .iter()
        .map(|(path, text)| SourceFile {
            path: path.to_string(),
            content: Ok(text.as_bytes().to_vec()),
        })
        .collect();
    Catalog::build(
        LocaleSource {
            locale: name.into(),
            files,
        },
        name,
    )
}

/// The findings of checking a locale against the reference with the default settings.
pub fn check_catalogs(
    reference: &ftpdocs::check::Catalog,
    l10n: &ftpdocs::check::Catalog,
) -> Vec<ftpdocs::check::Finding> {
    use ftpdocs::check::{check_locale, CheckContext, Settings};
    let settings = Settings::default();
    check_locale(
        &CheckContext {
            reference,
            settings: &settings,
        },
        l10n,
    )
}

/// The findings of checking one `app.ftl` of locale `tag` against an English `app.ftl`, with
/// the default settings.
pub fn check_one_file(en: &str, tag: &str, l10n: &str) -> Vec<ftpdocs::check::Finding> {
    check_catalogs(
        &catalog("en", &[("app.ftl", en)]),
        &catalog(tag, &[("app.ftl", l10n)]),
    )
}

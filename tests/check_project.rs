//! Project mode: `ftpdocs check` on the project itself, and on copies of it broken the way the
//! old site was (English inside French pages).

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the project's content/ and locales/ in a temporary folder.
fn project_copy() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join("content"), &dir.path().join("content"));
    copy_dir(&root.join("locales"), &dir.path().join("locales"));
    dir
}

fn check(root: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ftpdocs").unwrap();
    cmd.env("NO_COLOR", "1")
        .arg("--root")
        .arg(root)
        .arg("check");
    cmd
}

#[test]
fn the_project_passes_its_own_check() {
    check(Path::new(env!("CARGO_MANIFEST_DIR")))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 errors"));
}

#[test]
fn english_sentence_in_a_french_message_fails_in_the_file_and_on_the_page() {
    let dir = project_copy();
    let path = dir.path().join("locales/fr/codes-5xx.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let (before, after) = text.split_once("    .seen = ").expect("a .seen attribute");
    let broken = format!(
        "{before}    .seen = You encounter 503 when you skip the login step entirely. {after}"
    );
    fs::write(&path, broken).unwrap();
    let line = before.lines().count() + 1;
    check(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "--> locales/fr/codes-5xx.ftl:{line}:"
        )))
        .stdout(predicate::str::contains("error[mixed-language]"))
        .stdout(predicate::str::contains("error[rendered-language]"));
}

#[test]
fn content_naming_an_unknown_message_is_a_content_reference_error() {
    let dir = project_copy();
    let path = dir.path().join("content/codes/220.yaml");
    let text = fs::read_to_string(&path).unwrap().replacen(
        "message: code-220",
        "message: code-220-typo",
        1,
    );
    fs::write(&path, text).unwrap();
    check(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("content/codes/220.yaml"));
}

#[test]
fn content_checks_are_skipped_in_generic_mode_and_with_checks_structure() {
    let dir = project_copy();
    let path = dir.path().join("content/codes/220.yaml");
    let text = fs::read_to_string(&path).unwrap().replacen(
        "message: code-220",
        "message: code-220-typo",
        1,
    );
    fs::write(&path, text).unwrap();
    check(dir.path())
        .args(["--checks", "structure,translation"])
        .assert()
        .code(0);
}

//! Project mode: `ftpdocs check` on the project itself, and on copies of it broken the way the
//! old site was (English inside French pages).

mod common;

use assert_cmd::Command;
use common::project_copy;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

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

/// One root cause, one finding: the sentence is reported once, at its line, with the pages
/// it shows on, whether the file's check or the rendered pages' check finds it.
#[test]
fn english_sentence_in_a_french_message_is_one_finding_at_its_line_with_its_pages() {
    let dir = project_copy();
    let path = dir.path().join("locales/fr/codes-5xx.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let (before, after) = text.split_once("    .seen = ").expect("a .seen attribute");
    let broken = format!(
        "{before}    .seen = You encounter 503 when you skip the login step entirely. {after}"
    );
    fs::write(&path, broken).unwrap();
    let line = before.lines().count() + 1;
    let place = format!("--> locales/fr/codes-5xx.ftl:{line}:");
    check(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(&place))
        .stdout(predicate::str::contains("error[mixed-language]"))
        .stdout(predicate::str::contains(
            "readers see it on 3 pages: fr/ftp/500, fr/compare/ftp/500-vs-501",
        ))
        .stdout(predicate::str::contains("1 error, 0 warnings"));
    // The rendered pages alone find it too, at the same line, naming the message.
    check(dir.path())
        .args(["--checks", "content"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[rendered-language]"))
        .stdout(predicate::str::contains(&place))
        .stdout(predicate::str::contains("message code-500.seen"))
        .stdout(predicate::str::contains("1 error, 0 warnings"));
}

#[test]
fn a_message_allowed_rendered_language_may_show_english_on_its_pages() {
    let dir = project_copy();
    let path = dir.path().join("locales/fr/codes-5xx.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let (before, after) = text.split_once("    .seen = ").expect("a .seen attribute");
    let (head, message) = before.rsplit_once("\ncode-").expect("the message's id");
    let broken = format!(
        "{head}\n# ftpdocs: allow rendered-language\ncode-{message}    .seen = You encounter 503 when you skip the login step entirely. {after}"
    );
    fs::write(&path, broken).unwrap();
    check(dir.path())
        .args(["--checks", "content"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("rendered-language").not());
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

#[test]
fn an_english_message_no_page_uses_is_reported_at_its_line() {
    let dir = project_copy();
    let path = dir.path().join("locales/en/page.ftl");
    let lines = fs::read_to_string(&path).unwrap().lines().count();
    common::append(
        dir.path(),
        "locales/en/page.ftl",
        "forgotten-message = Nobody shows this.\n",
    );
    check(dir.path())
        .args(["--checks", "content"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "warning[unused-message]: no page uses `forgotten-message`",
        ))
        .stdout(predicate::str::contains(format!(
            "--> locales/en/page.ftl:{}:1",
            lines + 1
        )));
}

#[test]
fn github_annotations_name_project_files_once() {
    let dir = project_copy();
    let path = dir.path().join("locales/fr/codes-5xx.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let (before, after) = text.split_once("    .seen = ").expect("a .seen attribute");
    fs::write(&path, format!("{before}    .seen = Prêt  {after}")).unwrap();
    // A temporary folder's path has no `:` or `,`, which annotations escape.
    let expected = format!(
        "file={}/locales/fr/codes-5xx.ftl,line=",
        dir.path().display()
    );
    check(dir.path())
        .args(["--checks", "translation", "--format", "github"])
        .assert()
        .stdout(predicate::str::contains(expected));
}

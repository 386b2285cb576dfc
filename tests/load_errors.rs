//! Bad content and locale files: each gives file:line:column, a non-zero exit and no panic.

mod common;

use common::{append, ftpdocs, project_copy, replace};
use predicates::prelude::*;

fn render_fails_with(root: &std::path::Path, expected: &str) {
    ftpdocs(
        root,
        &[
            "render", "--lang", "fr", "--pair", "220,503", "--format", "txt",
        ],
    )
    .assert()
    .code(1)
    .stdout("")
    .stderr(predicate::str::contains(expected))
    .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn malformed_yaml_names_the_file_line_and_column() {
    let dir = project_copy();
    std::fs::write(
        dir.path().join("content/codes/220.yaml"),
        "code: 220\nmessage: code-220\n  sources: oops\n",
    )
    .unwrap();
    render_fails_with(
        dir.path(),
        "content/codes/220.yaml:3:10: mapping values are not allowed in this context",
    );
}

#[test]
fn an_unknown_field_is_an_error_at_its_line() {
    let dir = project_copy();
    append(
        dir.path(),
        "content/codes/220.yaml",
        "nmae: Service Ready\n",
    );
    render_fails_with(dir.path(), "content/codes/220.yaml:");
    render_fails_with(dir.path(), "unknown field `nmae`");
}

#[test]
fn a_missing_field_is_an_error() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/220.yaml",
        "message: code-220\n",
        "",
    );
    render_fails_with(dir.path(), "missing field `message`");
}

#[test]
fn a_duplicate_code_names_both_files() {
    let dir = project_copy();
    let original = std::fs::read_to_string(dir.path().join("content/codes/220.yaml")).unwrap();
    std::fs::write(dir.path().join("content/codes/220-copy.yaml"), original).unwrap();
    render_fails_with(
        dir.path(),
        "content/codes/220.yaml:1:1: duplicate code 220: already defined in",
    );
}

#[test]
fn a_code_outside_100_to_699_is_refused_where_it_is_written() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/220.yaml",
        "code: 220",
        "code: 720",
    );
    render_fails_with(
        dir.path(),
        "content/codes/220.yaml:1:7: 720 is not an FTP reply code",
    );
}

#[test]
fn a_message_id_absent_from_english_is_an_error() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/220.yaml",
        "message: code-220",
        "message: code-220-typo",
    );
    render_fails_with(
        dir.path(),
        "content/codes/220.yaml:2:10: message `code-220-typo` does not exist in locales/en/",
    );
}

#[test]
fn a_related_code_that_does_not_exist_is_an_error() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/220.yaml",
        "related: [",
        "related: [299, ",
    );
    render_fails_with(dir.path(), "content/codes/220.yaml:");
    render_fails_with(
        dir.path(),
        "related code 299: that code has no file in content/codes/",
    );
}

#[test]
fn a_comparison_of_an_unknown_code_points_at_the_pair() {
    let dir = project_copy();
    append(
        dir.path(),
        "content/comparisons.yaml",
        "- pair: [220, 298]\n",
    );
    render_fails_with(dir.path(), "code 298 has no file in content/codes/");
}

#[test]
fn a_fluent_syntax_error_gives_line_and_column() {
    let dir = project_copy();
    let path = dir.path().join("locales/fr/page.ftl");
    let lines = std::fs::read_to_string(&path).unwrap().lines().count();
    append(
        dir.path(),
        "locales/fr/page.ftl",
        "broken-message = { $oops\n",
    );
    let expected = format!("locales/fr/page.ftl:{}:24: Fluent syntax error", lines + 1);
    render_fails_with(dir.path(), &expected);
    render_fails_with(dir.path(), "Fluent syntax error");
}

#[test]
fn a_file_that_is_not_utf8_is_named() {
    let dir = project_copy();
    std::fs::write(dir.path().join("locales/fr/broken.ftl"), b"key = caf\xe9\n").unwrap();
    render_fails_with(
        dir.path(),
        "locales/fr/broken.ftl:1:10: the file is not valid UTF-8",
    );
}

#[test]
fn a_locale_folder_that_is_not_a_language_tag_is_an_error() {
    let dir = project_copy();
    std::fs::create_dir(dir.path().join("locales/not_a_tag!")).unwrap();
    render_fails_with(dir.path(), "is not a language tag");
}

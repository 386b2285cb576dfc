//! Files and folders that are not what they seem, aliases that expand, text that smuggles
//! something in, and errors that cascade: each as a contributor could write it.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use predicates::prelude::*;

use common::{ftpdocs, project_copy, replace};

fn run(root: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    ftpdocs(root, args)
        .timeout(Duration::from_secs(60))
        .assert()
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

/// The summary line of `check`, e.g. "0 errors, 2 warnings in 1 locale (22 files): …".
fn summary(root: &Path) -> String {
    let out = stdout(&run(root, &["check", "--lang", "fr"]));
    // The summary line ("1 error, 0 warnings in 1 locale …"), not the progress line after it.
    out.lines()
        .rfind(|l| l.contains(" in 1 locale"))
        .unwrap_or_default()
        .to_string()
}

#[cfg(unix)]
#[test]
fn links_back_into_the_locale_are_walked_once_and_links_out_are_refused() {
    use std::os::unix::fs::symlink;
    let dir = project_copy();
    let before = summary(dir.path());
    let fr = dir.path().join("locales/fr");
    symlink(".", fr.join("a")).unwrap();
    symlink(".", fr.join("b")).unwrap();
    symlink("../fr", fr.join("c")).unwrap();
    // The same files, the same findings: nothing is read twice and the walk ends.
    assert_eq!(summary(dir.path()), before);
    run(
        dir.path(),
        &[
            "render", "--lang", "fr", "--pair", "220,503", "--format", "txt",
        ],
    )
    .code(0);

    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("x.ftl"), "x = y\n").unwrap();
    symlink(outside.path(), fr.join("elsewhere")).unwrap();
    let message = "links are followed only inside the tree";
    run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
        .code(1)
        .stderr(predicate::str::contains("locales/fr/elsewhere"))
        .stderr(predicate::str::contains(message));
    run(dir.path(), &["check", "--lang", "fr"])
        .code(1)
        .stdout(predicate::str::contains("error[read-error]"))
        .stdout(predicate::str::contains(message));
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_fluent_file_is_refused_without_blocking() {
    let dir = project_copy();
    let fifo = dir.path().join("locales/fr/pipe.ftl");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
        .code(1)
        .stderr(predicate::str::contains(
            "pipe.ftl: not a regular file (a named pipe)",
        ));
    run(dir.path(), &["check", "--lang", "fr"])
        .code(1)
        .stdout(predicate::str::contains(
            "not a regular file (a named pipe)",
        ));
    run(dir.path(), &["stats"]).code(0);
}

#[test]
fn two_folders_for_one_locale_are_an_error_not_a_replacement() {
    let dir = project_copy();
    fs::create_dir(dir.path().join("locales/FR")).unwrap();
    fs::write(
        dir.path().join("locales/FR/page.ftl"),
        "heading-which = X\n",
    )
    .unwrap();
    let message = "`fr` and `FR` are both locale `fr`: keep one folder per locale";
    run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
        .code(1)
        .stderr(predicate::str::contains(message));
    run(dir.path(), &["check", "--lang", "fr"])
        .code(1)
        .stdout(predicate::str::contains(message))
        .stdout(predicate::str::contains("--> locales/FR"));
}

#[test]
fn check_and_render_agree_on_what_a_locale_folder_is() {
    // A hidden folder is skipped by both.
    let dir = project_copy();
    fs::create_dir(dir.path().join("locales/.hidden")).unwrap();
    run(
        dir.path(),
        &[
            "render", "--lang", "all", "--pair", "220,503", "--format", "txt",
        ],
    )
    .code(0);
    let line = summary(dir.path());
    assert!(line.starts_with("0 errors"), "{line}");

    // A folder that is not a language tag is an error in both.
    {
        let dir = project_copy();
        fs::create_dir(dir.path().join("locales/fr x")).unwrap();
        let message = "`fr x` is not a language tag";
        run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
            .code(1)
            .stderr(predicate::str::contains(message));
        run(dir.path(), &["check"])
            .code(1)
            .stdout(predicate::str::contains(message));
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let dir = project_copy();
        let name = std::ffi::OsStr::from_bytes(b"fr\xff");
        fs::create_dir(dir.path().join("locales").join(name)).unwrap();
        let message = "this folder's name is not UTF-8";
        run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
            .code(1)
            .stderr(predicate::str::contains(message));
        run(dir.path(), &["check"])
            .code(1)
            .stdout(predicate::str::contains(message));
    }
}

#[test]
fn yaml_aliases_that_expand_a_file_far_beyond_its_size_are_refused() {
    let dir = project_copy();
    let mut yaml = fs::read_to_string(dir.path().join("content/codes/220.yaml"))
        .unwrap()
        .replace("commands: [REIN, HOST]\n", "");
    yaml.push_str(&format!(
        "commands:\n  - &big \"{}\"\n",
        "x".repeat(1 << 20)
    ));
    for _ in 0..2000 {
        yaml.push_str("  - *big\n");
    }
    fs::write(dir.path().join("content/codes/220.yaml"), yaml).unwrap();
    let message = "the aliases in this file expand it beyond the limit";
    run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
        .code(1)
        .stderr(predicate::str::contains("content/codes/220.yaml:"))
        .stderr(predicate::str::contains(message));
    run(dir.path(), &["check"])
        .code(1)
        .stdout(predicate::str::contains(message));
}

#[test]
fn bidi_controls_markup_and_script_urls_in_a_translation_are_flagged() {
    let dir = project_copy();
    replace(
        dir.path(),
        "locales/fr/site.ftl",
        "language-name = Français",
        "language-name = Fran\u{202E}çais",
    );
    replace(
        dir.path(),
        "locales/fr/page.ftl",
        "heading-which = Comment réagir à chacun",
        "heading-which = Quand <script>alert(1)</script> utiliser <a href=\"javascript:alert(1)\">lequel</a>",
    );
    let out = stdout(&run(dir.path(), &["check", "--lang", "fr"]));
    assert!(out.contains("warning[bidi-control]: U+202E"), "{out}");
    assert!(out.contains("--> locales/fr/site.ftl:4:21"), "{out}");
    assert!(
        out.contains("warning[markup]: markup the en text does not have (<a>, <script>)"),
        "{out}"
    );
    assert!(
        out.contains("warning[markup]: a `javascript:` address"),
        "{out}"
    );
}

#[test]
fn markdown_escapes_link_targets_and_code_spans_taken_from_yaml() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/220.yaml",
        "section: \"5.4\"",
        "section: \"5.4)<script>alert(1)</script>\"",
    );
    replace(
        dir.path(),
        "content/codes/220.yaml",
        "commands: [REIN, HOST]",
        "commands: [REIN, \"HO`<img src=x onerror=alert(1)>`ST\"]",
    );
    let out = stdout(
        &run(
            dir.path(),
            &["render", "--lang", "en", "--code", "220", "--format", "md"],
        )
        .code(0),
    );
    assert!(!out.contains("<script>"), "{out}");
    assert!(out.contains("#section-5.4%29%3Cscript%3E"), "{out}");
    assert!(
        out.contains("``HO`<img src=x onerror=alert(1)>`ST``"),
        "{out}"
    );
}

#[test]
fn one_bad_byte_is_one_error_and_an_unclosed_placeable_is_reported_first() {
    let dir = project_copy();
    let mut bytes = fs::read(dir.path().join("locales/fr/codes-2xx.ftl")).unwrap();
    bytes.push(0xFF);
    fs::write(dir.path().join("locales/fr/codes-2xx.ftl"), bytes).unwrap();
    let line = summary(dir.path());
    assert!(line.starts_with("1 error,"), "{line}");
    assert!(line.contains("syntax: 1"), "{line}");

    let dir = project_copy();
    let page = fs::read_to_string(dir.path().join("locales/fr/page.ftl")).unwrap();
    let line = 1 + page
        .lines()
        .position(|l| l.contains("[2] Le code { $code } a"))
        .expect("the line to break");
    replace(
        dir.path(),
        "locales/fr/page.ftl",
        "[2] Le code { $code } a",
        "[2] Le code { $code a",
    );
    let out = stdout(&run(dir.path(), &["check", "--lang", "fr"]).code(1));
    let first = out.lines().find(|l| l.starts_with("error")).unwrap();
    assert!(first.starts_with("error[syntax]"), "{out}");
    assert!(
        out.contains(&format!("--> locales/fr/page.ftl:{line}:")),
        "{out}"
    );
    assert!(!out.contains("rendered-language"), "{out}");
}

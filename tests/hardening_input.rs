//! The cases of "nothing in a translation or a content file can crash CI", each as a
//! contributor's mistake would come: every command ends with a diagnostic and a non-zero
//! status where something is wrong, and never panics, aborts or hangs.

mod common;

use std::fs;
use std::time::Duration;

use predicates::prelude::*;

use common::{append, ftpdocs, project_copy, replace};

/// A command that must finish quickly, whatever the input.
fn run(root: &std::path::Path, args: &[&str]) -> assert_cmd::assert::Assert {
    ftpdocs(root, args)
        .timeout(Duration::from_secs(60))
        .assert()
}

fn render_fr(root: &std::path::Path) -> assert_cmd::assert::Assert {
    run(
        root,
        &[
            "render", "--lang", "fr", "--pair", "220,503", "--format", "txt",
        ],
    )
}

#[test]
fn check_reports_codes_that_fail_to_load_and_checks_the_rest() {
    type Breakage = (&'static str, fn(&std::path::Path));
    let cases: [Breakage; 4] = [
        ("unknown field `nme`", |root| {
            append(root, "content/codes/220.yaml", "nme: x\n")
        }),
        ("code 503 has no file in content/codes/", |root| {
            fs::remove_file(root.join("content/codes/503.yaml")).unwrap()
        }),
        ("code 259 has no file in content/codes/", |root| {
            append(root, "content/comparisons.yaml", "- pair: [220, 259]\n")
        }),
        ("must be named 221.yaml", |root| {
            replace(root, "content/codes/220.yaml", "code: 220", "code: 221")
        }),
    ];
    for (expected, break_it) in cases {
        let dir = project_copy();
        break_it(dir.path());
        run(dir.path(), &["check", "--lang", "fr"])
            .code(1)
            .stdout(predicate::str::contains("error[content-load]"))
            .stdout(predicate::str::contains(expected))
            // The other checks still ran: the French files were compared with English.
            .stdout(predicate::str::contains("in 1 locale (22 files)"))
            .stderr(predicate::str::contains("panicked").not());
        run(dir.path(), &["render", "--lang", "fr", "--format", "txt"])
            .code(1)
            .stderr(predicate::str::contains(expected));
    }
}

#[test]
fn deeply_nested_placeables_are_refused_at_their_position_not_a_stack_overflow() {
    let dir = project_copy();
    append(
        dir.path(),
        "locales/fr/page.ftl",
        &format!(
            "deep = {}\"x\"{}\n",
            "{ ".repeat(10_000),
            " }".repeat(10_000)
        ),
    );
    let lines = fs::read_to_string(dir.path().join("locales/fr/page.ftl"))
        .unwrap()
        .lines()
        .count();
    let at = format!("locales/fr/page.ftl:{lines}:72");
    render_fr(dir.path())
        .code(1)
        .stderr(predicate::str::contains(&at))
        .stderr(predicate::str::contains("nested more than 32 levels deep"));
    run(dir.path(), &["check", "--lang", "fr"])
        .code(1)
        .stdout(predicate::str::contains(&at))
        .stdout(predicate::str::contains("nested more than 32 levels deep"));
    run(dir.path(), &["stats"]).code(0);
}

#[test]
fn a_byte_order_mark_is_read_alike_by_check_and_render() {
    let dir = project_copy();
    for file in ["locales/fr/page.ftl", "content/codes/220.yaml", "site.toml"] {
        let path = dir.path().join(file);
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(fs::read(&path).unwrap());
        fs::write(path, bytes).unwrap();
    }
    let plain = render_fr(&common::project_root())
        .get_output()
        .stdout
        .clone();
    render_fr(dir.path()).code(0).stdout(plain);
    run(dir.path(), &["check", "--lang", "fr"])
        .stdout(predicate::str::contains("error[syntax]").not())
        .stdout(predicate::str::contains("content-load").not());
}

#[test]
fn resolver_errors_say_what_is_wrong_and_where() {
    let cases = [
        (
            "heading-which = { heading-which }",
            "Cyclical dependency detected",
        ),
        (
            "heading-which = { -a }\n-a = { -b }\n-b = { -a }",
            "Cyclical dependency detected",
        ),
        ("heading-which = Quand { $nope }", "Unknown variable: $nope"),
        (
            "heading-which = { -many }\n-many = { -x }{ -x }{ -x }{ -x }{ -x }{ -x }{ -x }{ -x }{ -x }{ -x }{ -x }\n-x = { -y }{ -y }{ -y }{ -y }{ -y }{ -y }{ -y }{ -y }{ -y }{ -y }{ -y }\n-y = y",
            "Too many placeables",
        ),
    ];
    for (text, reason) in cases {
        let dir = project_copy();
        replace(
            dir.path(),
            "locales/fr/page.ftl",
            "heading-which = Comment réagir à chacun",
            text,
        );
        render_fr(dir.path())
            .code(1)
            .stderr(predicate::str::contains(
                "locales/fr/page.ftl:11:1: message `heading-which` cannot be formatted",
            ))
            .stderr(predicate::str::contains(reason))
            .stderr(predicate::str::contains("lacks").not());
        // The check's first error is at the message: that it cannot be formatted, or the
        // structure finding (a reference or variable the reference lacks) that is the cause.
        let out = run(dir.path(), &["check", "--lang", "fr"]).code(1);
        let out = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let first = out.lines().position(|l| l.starts_with("error[")).unwrap();
        let at = out.lines().nth(first + 1).unwrap_or_default();
        assert!(at.contains("--> locales/fr/page.ftl:11:"), "{out}");
    }
}

#[test]
fn unknown_languages_and_codes_are_bad_arguments_that_list_what_exists() {
    let root = common::project_root();
    run(&root, &["render", "--lang", "tlh", "--code", "220"])
        .code(2)
        .stderr(predicate::str::contains("available locales: "))
        .stderr(predicate::str::contains(" en, es, fr, "))
        .stderr(predicate::str::contains(", or all"));
    run(&root, &["render", "--lang", "en", "--code", "abc"])
        .code(2)
        .stderr(predicate::str::contains(
            "`abc` is not a reply code; expected a number such as 220",
        ))
        .stderr(predicate::str::contains("invalid digit").not());
    run(&root, &["render", "--lang", "en", "--code", "999"])
        .code(2)
        .stderr(predicate::str::contains(
            "999 is not a code this project documents; reply codes: 110, 120,",
        ))
        .stderr(predicate::str::contains(
            "other numbers: 231, 430, 434, 10054",
        ));
}

#[test]
fn the_readme_check_example_works_from_a_clone_alone() {
    run(
        &common::project_root(),
        &[
            "check",
            "--locales",
            "tests/data/check/labelled",
            "--lang",
            "fr",
        ],
    )
    .code(1)
    .stdout(predicate::str::contains("error[mixed-language]"));
}

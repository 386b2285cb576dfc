//! `ftpdocs check` as a user runs it: exit statuses, formats and error messages.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

/// A tree `<tmp>/<locale>/app.ftl` from (locale, file text) pairs.
fn tree(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (locale, text) in files {
        fs::create_dir_all(dir.path().join(locale)).unwrap();
        fs::write(dir.path().join(locale).join("app.ftl"), text).unwrap();
    }
    dir
}

fn check(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ftpdocs").unwrap();
    cmd.env("NO_COLOR", "1")
        .arg("check")
        .arg("--locales")
        .arg(dir);
    cmd
}

const EN: &str = "hello = The server is ready for a new user.\n    .title = Ready\n";

#[test]
fn clean_translation_exits_zero() {
    let dir = tree(&[
        ("en", EN),
        (
            "fr",
            "hello = Le serveur est prêt pour un nouvel utilisateur.\n    .title = Prêt\n",
        ),
    ]);
    check(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 errors, 0 warnings in 1 locale"));
}

#[test]
fn english_sentence_pasted_in_french_exits_one_pointing_at_the_line() {
    let fr = "# Accueil\n\nhello = Le serveur est prêt. You encounter this reply when you skip the login.\n    .title = Prêt\n";
    let dir = tree(&[("en", EN), ("fr", fr)]);
    check(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[mixed-language]"))
        .stdout(predicate::str::contains("--> fr/app.ftl:3:30"))
        .stdout(predicate::str::contains("^^^^"))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn warnings_pass_unless_strict() {
    let dir = tree(&[
        ("en", EN),
        (
            "fr",
            "hello = The server is ready for a new user.\n    .title = Prêt\n",
        ),
    ]);
    check(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[untranslated]"));
    check(dir.path()).arg("--strict").assert().code(1);
}

#[test]
fn same_as_source_comment_silences_untranslated() {
    let en = "desc = Description of the reply code\n";
    let dir = tree(&[
        ("en", en),
        (
            "fr",
            "# ftpdocs: same-as-source\ndesc = Description of the reply code\n",
        ),
    ]);
    check(dir.path()).arg("--strict").assert().code(0);
    let dir = tree(&[("en", en), ("fr", "desc = Description of the reply code\n")]);
    check(dir.path()).arg("--strict").assert().code(1);
    // The marker on the reference message holds for every locale.
    let marked = "# ftpdocs: same-as-source\ndesc = Description of the reply code\n";
    let dir = tree(&[
        ("en", marked),
        ("fr", "desc = Description of the reply code\n"),
    ]);
    check(dir.path()).arg("--strict").assert().code(0);
}

/// A check that is off by default: `--strict` passes on `dir`, and with the check turned on
/// in `ftpdocs.toml` it fails with output holding `expected`.
fn reported_only_when_turned_on(dir: &Path, check_name: &str, expected: &[&str]) {
    check(dir).arg("--strict").assert().code(0);
    let config = dir.join("ftpdocs.toml");
    fs::write(&config, format!("[severity]\n{check_name} = \"warning\"\n")).unwrap();
    let mut assert = check(dir)
        .arg("--config")
        .arg(&config)
        .arg("--strict")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!("warning[{check_name}]")));
    for text in expected {
        assert = assert.stdout(predicate::str::contains(*text));
    }
}

#[test]
fn single_words_equal_to_the_reference_are_reported_only_when_asked() {
    let dir = tree(&[
        ("en", "desc = Description\n"),
        ("fr", "desc = Description\n"),
    ]);
    reported_only_when_turned_on(dir.path(), "untranslated-short", &[]);
}

#[test]
fn a_dropped_message_reference_is_reported_only_when_asked() {
    // cosmic-files' Czech writes `{ trash }` out in the case its sentence needs.
    let en = "trash = Trash\nrestore = Restore from { trash }\n";
    let cs = "trash = Koš\nrestore = Obnovit z koše\n";
    let dir = tree(&[("en", en), ("cs", cs)]);
    reported_only_when_turned_on(
        dir.path(),
        "dropped-reference",
        &["missing reference `{ trash }`"],
    );
}

#[test]
fn a_literal_number_copied_from_the_reference_is_reported_only_when_asked() {
    // Firefox Send's English writes "1 hour" itself; Serbian `one` also covers 21.
    let en = "hours = { $num ->\n    [one] 1 hour\n   *[other] { $num } hours\n}\n";
    let sr = "hours = { $num ->\n    [one] 1 сат\n    [few] { $num } сата\n   *[other] { $num } сати\n}\n";
    let dir = tree(&[("en", en), ("sr", sr)]);
    reported_only_when_turned_on(dir.path(), "copied-literal", &["also used for 21"]);
}

#[test]
fn missing_folder_exits_two_naming_it() {
    check(Path::new("/nonexistent/tree"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "/nonexistent/tree: no such folder",
        ));
}

#[test]
fn missing_reference_folder_exits_two_listing_folders() {
    let dir = tree(&[("fr", "a = b\n")]);
    check(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "reference locale folder `en` does not exist; folders there: fr",
        ));
}

#[test]
fn unknown_locale_lists_available_ones() {
    let dir = tree(&[("en", EN), ("fr", EN)]);
    check(dir.path())
        .args(["--lang", "de"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown locale `de`")
                .and(predicate::str::contains("available: en, fr")),
        );
}

#[test]
fn bad_arguments_exit_two() {
    let dir = tree(&[("en", EN)]);
    check(dir.path()).args(["--format", "xml"]).assert().code(2);
    check(dir.path())
        .args(["--checks", "spelling"])
        .assert()
        .code(2);
}

#[test]
fn config_with_unknown_check_exits_two_naming_the_file() {
    let dir = tree(&[("en", EN), ("fr", EN)]);
    let config = dir.path().join("ftpdocs.toml");
    fs::write(&config, "[severity]\nuntranslate = \"off\"\n").unwrap();
    check(dir.path())
        .arg("--config")
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ftpdocs.toml: [severity]: unknown check `untranslate`",
        ));
}

#[test]
fn config_turns_a_warning_into_an_error_or_off() {
    let dir = tree(&[
        ("en", EN),
        (
            "fr",
            "hello = The server is ready for a new user.\n    .title = Prêt\n",
        ),
    ]);
    let config = dir.path().join("ftpdocs.toml");
    fs::write(&config, "[severity]\nuntranslated = \"error\"\n").unwrap();
    check(dir.path())
        .arg("--config")
        .arg(&config)
        .assert()
        .code(1);
    fs::write(&config, "[severity]\nuntranslated = \"off\"\n").unwrap();
    check(dir.path())
        .arg("--config")
        .arg(&config)
        .arg("--strict")
        .assert()
        .code(0);
}

#[test]
fn json_has_findings_and_summary() {
    let dir = tree(&[
        ("en", EN),
        (
            "fr",
            "hello = Le serveur est prêt pour un nouvel utilisateur.\n",
        ),
    ]);
    let output = check(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["check"], "missing-attribute");
    assert_eq!(finding["severity"], "error");
    assert_eq!(
        (finding["locale"].as_str(), finding["path"].as_str()),
        (Some("fr"), Some("fr/app.ftl"))
    );
    assert_eq!(
        (finding["line"].as_u64(), finding["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        (
            finding["message_id"].as_str(),
            finding["attribute"].as_str()
        ),
        (Some("hello"), Some("title"))
    );
    assert_eq!(json["summary"]["errors"], 1);
}

#[test]
fn github_format_writes_workflow_commands() {
    let dir = tree(&[
        ("en", EN),
        (
            "fr",
            "hello = Le serveur est prêt pour un nouvel utilisateur.\n",
        ),
    ]);
    let expected = format!(
        "::error file={}/fr/app.ftl,line=1,col=1,title=ftpdocs missing-attribute::",
        dir.path().display()
    );
    check(dir.path())
        .args(["--format", "github"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(expected));
}

#[test]
fn stats_count_translated_missing_and_same() {
    let en = "a = The server is ready.\nb = Description\nc = Close the connection.\n";
    let dir = tree(&[
        ("en", en),
        ("fr", "a = Le serveur est prêt.\nb = Description\n"),
    ]);
    let output = Command::cargo_bin("ftpdocs")
        .unwrap()
        .args(["stats", "--format", "json", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let fr = &json["locales"][0];
    assert_eq!(
        (
            fr["locale"].as_str(),
            fr["messages"].as_u64(),
            fr["translated"].as_u64()
        ),
        (Some("fr"), Some(3), Some(1))
    );
    assert_eq!(
        (fr["missing"].as_u64(), fr["same_as_source"].as_u64()),
        (Some(1), Some(1))
    );
}

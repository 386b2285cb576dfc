//! The translator's loop, step by step, as a new translator adding German lives it:
//! start a locale → translate one file → see a translation go out of date when the English
//! changes → fix it (and the typography) → publish once the checker finds the locale ready.

mod common;

use std::fs;
use std::path::Path;

use common::{ftpdocs, project_copy, replace};
use predicates::prelude::*;

fn stdout(root: &Path, args: &[&str]) -> (i32, String) {
    let out = ftpdocs(root, args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn stats(root: &Path, locale: &str) -> serde_json::Value {
    let (code, json) = stdout(root, &["stats", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    json["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == locale)
        .unwrap()
        .clone()
}

#[test]
fn a_new_locale_is_started_translated_kept_current_fixed_and_published_when_ready() {
    let project = project_copy();
    let root = project.path();
    // A new translator adds German to the project as it was before German was published.
    fs::remove_dir_all(root.join("locales/de")).unwrap();

    // 1. Start: every message of every file, marked, its English above it; `language-name`
    // is given, so all but one wait.
    let total = stats(root, "fr")["messages"].as_u64().unwrap();
    ftpdocs(root, &["new-locale", "de", "--name", "Deutsch"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "created locales/de/: 11 files, {} messages marked",
            total - 1
        )));
    let started = fs::read_to_string(root.join("locales/de/codes-2xx.ftl")).unwrap();
    assert!(started.contains("# en: code-200 = Command Okay\n# en:     .text = Command okay."));
    assert!(started.contains("# ftpdocs: not-yet-translated\ncode-200 = Command Okay\n"));
    let (code, report) = stdout(root, &["check", "--lang", "de"]);
    assert_eq!(code, 1);
    assert!(report.contains(&format!(
        "de: 1 of {total} messages translated; {} not yet translated",
        total - 1
    )));
    assert!(
        report.lines().count() < 50,
        "a new locale is a few lines, not one per message:\n{report}"
    );
    assert_eq!(stats(root, "de")["not_yet_translated"], total - 1);
    ftpdocs(root, &["render", "--lang", "de", "--out", "public"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "locale de is not ready to publish",
        ))
        .stderr(predicate::str::contains("not-yet-translated"));

    // 2. Translate one file, then record what it was translated from.
    fs::copy(
        common::project_root().join("tests/data/loop/classes.de.ftl"),
        root.join("locales/de/classes.ftl"),
    )
    .unwrap();
    let (_, report) = stdout(root, &["check", "--lang", "de"]);
    assert!(report.contains(&format!(
        "de: 13 of {total} messages translated; {} not yet translated",
        total - 13
    )));
    assert!(report.contains("warning[unrecorded]"), "{report}");
    ftpdocs(root, &["mark-translated", "de"])
        .assert()
        .success()
        .stdout(predicate::str::contains("13 new, 0 updated"));
    let (_, report) = stdout(root, &["check", "--lang", "de"]);
    assert!(!report.contains("unrecorded"), "{report}");

    // 3. The English changes: the German translation of it is outdated, with a word diff.
    replace(
        root,
        "locales/en/classes.ftl",
        "a new command may be sent.",
        "a new command may be sent at once.",
    );
    let (_, report) = stdout(root, &["check", "--lang", "de"]);
    assert!(report.contains("warning[outdated]: the en text changed since this was translated: .summary: … new command may be [-sent.-] {+sent at once.+}"), "{report}");
    assert!(
        report.contains("--> locales/de/classes.ftl:7:6"),
        "{report}"
    );
    assert_eq!(stats(root, "de")["outdated"], 1);

    // 4. Fix: update the translation and say so; and let --fix correct French typography.
    replace(
        root,
        "locales/de/classes.ftl",
        "Ein neuer Befehl darf gesendet werden.",
        "Ein neuer Befehl darf sofort gesendet werden.",
    );
    ftpdocs(root, &["mark-translated", "de", "reply-class-2"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 new, 1 updated"));
    let (_, report) = stdout(root, &["check", "--lang", "de"]);
    assert!(!report.contains("outdated"), "{report}");
    assert_eq!(stats(root, "de")["outdated"], 0);
    let french = fs::read(root.join("locales/fr/site.ftl")).unwrap();
    replace(
        root,
        "locales/fr/site.ftl",
        "{ $digit }yz\u{202f}:",
        "{ $digit }yz :",
    );
    ftpdocs(root, &["check", "--lang", "fr", "--checks", "translation"])
        .assert()
        .stdout(predicate::str::contains("warning[spacing]"));
    ftpdocs(
        root,
        &["check", "--lang", "fr", "--fix", "--checks", "translation"],
    )
    .assert()
    .stderr(predicate::str::contains(
        "fixed 1 place in locales/fr/site.ftl",
    ))
    // What is left is the French translation of the English changed above: outdated.
    .stdout(predicate::str::contains("0 errors, 1 warning in"))
    .stdout(predicate::str::contains("[spacing]").not());
    assert_eq!(fs::read(root.join("locales/fr/site.ftl")).unwrap(), french);

    // 5. Publish only what is ready: German, a file done out of eleven, is refused; French,
    // complete (an outdated translation is a warning), is published; German is published only
    // when the fallback is asked for, its English text marked.
    ftpdocs(root, &["render", "--lang", "de", "--out", "public"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "locale de is not ready to publish",
        ))
        .stderr(predicate::str::contains("--allow-fallback"));
    assert!(!root.join("public/de").exists());
    ftpdocs(root, &["render", "--lang", "fr", "--out", "public"])
        .assert()
        .success();
    assert!(root.join("public/fr/index.html").is_file());
    ftpdocs(
        root,
        &[
            "render",
            "--lang",
            "de",
            "--allow-fallback",
            "--out",
            "public",
        ],
    )
    .assert()
    .success()
    .stderr(predicate::str::contains(
        "warning: locale de is not ready to publish",
    ));
    let home = fs::read_to_string(root.join("public/de/index.html")).unwrap();
    assert!(home.starts_with("<!DOCTYPE html>\n<html lang=\"de\""));
    assert!(
        home.contains("Positive Vorabantwort"),
        "the German file is used"
    );
    assert!(
        home.contains("<span lang=\"en\">FTP reply codes, explained</span>"),
        "what is not translated yet is marked as English"
    );
}

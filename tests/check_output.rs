//! Output that scales and adopts: SARIF 2.1.0, a baseline so only new findings fail, the cap
//! per check and the table per locale.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (locale, text) in files {
        fs::create_dir_all(dir.path().join(locale)).unwrap();
        fs::write(dir.path().join(locale).join("app.ftl"), text).unwrap();
    }
    dir
}

fn check(root: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ftpdocs").unwrap();
    cmd.env("NO_COLOR", "1")
        .arg("check")
        .arg("--locales")
        .arg(root);
    cmd
}

const EN: &str = "a = The server is ready.\nb = Close the connection.\nc = Send the file.\n";

#[test]
fn sarif_names_rules_and_places() {
    let dir = tree(&[("en", EN), ("fr", "a = Le serveur est prêt.\n")]);
    let output = check(dir.path())
        .args(["--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "ftpdocs");
    assert_eq!(run["tool"]["driver"]["rules"][0]["id"], "missing-message");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.ends_with("/fr/app.ftl"), "{uri}");
}

#[test]
fn baseline_lets_only_new_findings_fail() {
    let dir = tree(&[
        ("en", EN),
        ("fr", "a = Le serveur est prêt.\nb = Fermez la connexion.\n"),
    ]);
    let baseline = dir.path().join("baseline.json");
    check(dir.path())
        .arg("--write-baseline")
        .arg(&baseline)
        .assert()
        .code(0);
    check(dir.path())
        .arg("--baseline")
        .arg(&baseline)
        .assert()
        .code(0)
        .stdout(
            predicates::str::contains("0 errors, 0 warnings")
                .and(predicates::str::contains("1 more in the baseline")),
        );
    // A message moved down a line is the same finding; a new missing message is new.
    fs::write(
        dir.path().join("fr/app.ftl"),
        "\nb = Fermez la connexion.\n",
    )
    .unwrap();
    check(dir.path())
        .arg("--baseline")
        .arg(&baseline)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("`a` is missing"))
        .stdout(predicates::str::contains("`c` is missing").not());
}

#[test]
fn bad_baseline_is_an_error_naming_the_file() {
    let dir = tree(&[("en", EN), ("fr", EN)]);
    let baseline = dir.path().join("baseline.json");
    fs::write(&baseline, "{\"version\": 1, \"findings\": [}").unwrap();
    check(dir.path())
        .arg("--baseline")
        .arg(&baseline)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("baseline.json:1:"));
}

#[test]
fn many_findings_get_a_cap_and_a_locale_table() {
    let en: String = (0..80)
        .map(|i| format!("m{i} = Message number {i}.\n"))
        .collect();
    let dir = tree(&[
        ("en", &en),
        ("fr", "m0 = Message numéro 0.\n"),
        ("de", "m0 = Nachricht 0.\n"),
    ]);
    let output = check(dir.path())
        .args(["--max-per-check", "5"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text.matches("error[missing-message]").count(), 5);
    assert!(
        text.contains("… 153 more missing-message findings not shown"),
        "{text}"
    );
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(
        rows.contains(&vec![
            "locale",
            "errors",
            "warnings",
            "missing",
            "untranslated"
        ]),
        "{text}"
    );
    assert!(rows.contains(&vec!["fr", "79", "0", "79", "0"]), "{text}");
}

use predicates::prelude::*;

#[test]
fn reference_lints_run_only_when_asked() {
    let en = "-brand = Firefox\n\
              # $count (Number): files\n\
              files = Open { $count } files in Firefox...\n\
              saved = Saved \"{ $name }\" in the user's folder\n\
              badId_x = Fine text here.\n";
    let dir = tree(&[("en", en), ("fr", "")]);
    let output = check(dir.path())
        .args(["--checks", "reference", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["message_id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let has = |check: &str, id: &str| found.contains(&(check.to_string(), id.to_string()));
    assert!(has("reference-ellipsis", "files"), "{found:?}");
    assert!(has("reference-brand", "files"), "{found:?}");
    assert!(has("reference-quotes", "saved"), "{found:?}");
    assert!(has("reference-comment", "saved"), "{found:?}");
    assert!(!has("reference-comment", "files"), "{found:?}");
    assert!(has("reference-id", "badId_x"), "{found:?}");
    // Not in the default run.
    let output = check(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("\"reference-"), "{text}");
}

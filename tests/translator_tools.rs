//! The translator's commands on bad input, and the pseudo locales: clear errors with a
//! non-zero exit, nothing written that was not asked for.

mod common;

use std::fs;

use common::{ftpdocs, project_copy, project_root, replace};
use predicates::prelude::*;

#[test]
fn new_locale_refuses_a_bad_tag_and_an_existing_locale_and_writes_nothing() {
    let project = project_copy();
    let root = project.path();
    ftpdocs(root, &["new-locale", "not a tag"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`not a tag` is not a language tag",
        ));
    let before = fs::read(root.join("locales/fr/page.ftl")).unwrap();
    ftpdocs(root, &["new-locale", "fr"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the locale already exists"));
    assert_eq!(fs::read(root.join("locales/fr/page.ftl")).unwrap(), before);
    let names: Vec<_> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "no staging folder left: {names:?}");
}

#[test]
fn a_new_locale_is_canonically_named_and_parses() {
    let project = project_copy();
    let root = project.path();
    ftpdocs(root, &["new-locale", "sv-se"]).assert().success();
    assert!(root.join("locales/sv-SE/site.ftl").is_file());
    assert!(root.join("locales/sv-SE/translated-from.json").is_file());
    // The started locale loads: a page renders from it, in English marked as fallback.
    ftpdocs(
        root,
        &[
            "render",
            "--lang",
            "sv-SE",
            "--code",
            "220",
            "--format",
            "txt",
            "--allow-fallback",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains("[en] FTP 220 Service Ready"));
}

#[test]
fn mark_translated_refuses_an_id_that_is_not_translated() {
    let project = project_copy();
    let root = project.path();
    ftpdocs(root, &["new-locale", "sv"]).assert().success();
    ftpdocs(root, &["mark-translated", "sv", "code-200"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "not a translated message of locales/sv/: code-200",
        ));
    ftpdocs(root, &["mark-translated", "xx"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no such locale"));
}

#[test]
fn a_damaged_record_is_a_read_error_at_its_line_and_column() {
    let project = project_copy();
    let root = project.path();
    replace(
        root,
        "locales/fr/translated-from.json",
        "\"reference\": \"en\",",
        "\"reference\": \"en\"",
    );
    ftpdocs(root, &["check", "--lang", "fr"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[read-error]"))
        .stdout(predicate::str::contains(
            "--> locales/fr/translated-from.json:4:3",
        ));
}

#[test]
fn the_project_record_matches_todays_english() {
    // mark-translated on the project itself changes nothing: the committed record is current.
    let project = project_copy();
    let root = project.path();
    ftpdocs(root, &["mark-translated", "fr"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 new, 0 updated, 0 dropped"));
    assert_eq!(
        fs::read(root.join("locales/fr/translated-from.json")).unwrap(),
        fs::read(project_root().join("locales/fr/translated-from.json")).unwrap()
    );
}

#[test]
fn pseudo_locales_are_longer_and_right_to_left_but_keep_codes() {
    let project = project_copy();
    let root = project.path();
    let page = |lang: &str| {
        let out = ftpdocs(
            root,
            &[
                "render", "--lang", lang, "--code", "220", "--format", "json",
            ],
        )
        .output()
        .unwrap();
        assert!(out.status.success());
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let (en, xa, xb) = (page("en"), page("en-XA"), page("ar-XB"));
    let length = |v: &serde_json::Value| v["lead"]["text"].as_str().unwrap().chars().count();
    assert!(
        length(&xa) * 3 >= length(&en) * 4 - 10,
        "{} vs {}",
        length(&xa),
        length(&en)
    );
    assert_eq!(xa["lang"], "en-XA");
    assert_eq!(xb["dir"], "rtl");
    let title = xa["title"]["text"].as_str().unwrap();
    assert!(title.contains("220") && title.starts_with("ƑŦƤ"), "{title}");
}

#[test]
fn check_fix_restores_every_french_space_quote_and_apostrophe_and_nothing_else() {
    let project = project_copy();
    let root = project.path();
    let dir = root.join("locales/fr");
    let mut plain = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = fs::read_to_string(&path).unwrap();
            // What a writer types in messages: plain spaces and straight apostrophes. `--fix`
            // leaves comments as they are, so they keep their typography here too.
            let typed: String = text
                .split_inclusive('\n')
                .map(|line| {
                    if line.trim_start().starts_with('#') {
                        line.to_string()
                    } else {
                        line.replace(['\u{202f}', '\u{a0}'], " ").replace('’', "'")
                    }
                })
                .collect();
            plain += usize::from(typed != text);
            fs::write(&path, typed).unwrap();
        }
    }
    assert!(plain >= 10, "the French files use French typography");
    ftpdocs(root, &["check", "--lang", "fr", "--checks", "translation"])
        .assert()
        .stdout(predicate::str::contains("warning[spacing]"));
    ftpdocs(
        root,
        &["check", "--lang", "fr", "--fix", "--checks", "translation"],
    )
    .assert()
    .success()
    .stderr(predicate::str::contains("in 11 files"))
    .stdout(predicate::str::contains("0 errors, 0 warnings"));
    for entry in fs::read_dir(project_root().join("locales/fr")).unwrap() {
        let name = entry.unwrap().file_name();
        let name = name.to_str().unwrap();
        if name.ends_with(".ftl") {
            assert_eq!(
                fs::read_to_string(dir.join(name)).unwrap(),
                fs::read_to_string(project_root().join("locales/fr").join(name)).unwrap(),
                "{name} differs from the committed file"
            );
        }
    }
}

#[test]
fn a_new_ukrainian_locale_gets_no_plural_findings_for_messages_not_yet_translated() {
    // Ukrainian needs `few` and `many`: an English copy lacks them, but that is the same root
    // cause as `not-yet-translated`, so it is not reported again per message.
    let project = project_copy();
    let root = project.path();
    ftpdocs(root, &["new-locale", "uk", "--name", "Українська"])
        .assert()
        .success();
    ftpdocs(root, &["check", "--lang", "uk"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[not-yet-translated]"))
        .stdout(predicate::str::contains("[plural]").not());
}

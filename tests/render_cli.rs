//! `ftpdocs render` as a user runs it.

mod common;

use std::fs;

use common::{ftpdocs, project_copy, project_root, replace};
use predicates::prelude::*;

fn page(lang: &str, pair: &str, format: &str) -> String {
    let output = ftpdocs(
        &project_root(),
        &["render", "--lang", lang, "--pair", pair, "--format", format],
    )
    .output()
    .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_french_220_503_page_has_the_seed_sections_in_french() {
    let txt = page("fr", "220,503", "txt");
    // The comparison comes first (issue 14): the note and the table, what to do about each
    // code with its own advice, then each code in detail.
    let headings = [
        "Différences clés",
        "Comment réagir à chacun",
        "FTP 220 Service prêt",
        "Description",
        "Quand vous le voyez",
        "FTP 503 Mauvaise séquence",
        "Description",
        "Quand vous le voyez",
        "En savoir plus",
    ];
    let mut from = 0;
    for heading in headings {
        let at = txt[from..]
            .find(&format!("\n{heading}\n"))
            .unwrap_or_else(|| panic!("{heading} in order:\n{txt}"));
        from += at + 1;
    }
}

#[test]
fn the_lower_code_comes_first_whatever_the_order_given() {
    assert_eq!(page("en", "503,220", "txt"), page("en", "220,503", "txt"));
    assert!(page("en", "503,220", "txt").starts_with("FTP 220 Service Ready vs 503 Bad Sequence\n"));
}

#[test]
fn no_french_paragraph_is_left_in_english() {
    for pair in ["220,503", "120,503", "211,503", "220,502", "220,421"] {
        let en = page("en", pair, "txt");
        let fr = page("fr", pair, "txt");
        // RFC citations ("RFC 959, section 4.2.1 <https://…>") are the same in both languages.
        let english: Vec<&str> = en
            .lines()
            .filter(|l| l.split_whitespace().count() >= 4 && !l.contains("://"))
            .collect();
        for line in fr.lines() {
            assert!(
                !english.contains(&line),
                "{pair}: English line on the French page: {line}"
            );
        }
    }
}

#[test]
fn no_page_has_a_doubled_word_or_bidi_marks() {
    for lang in ["en", "fr"] {
        for format in ["txt", "md", "json"] {
            let text = page(lang, "220,503", format);
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{lang} {format} has isolation marks"
            );
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            for pair in words.windows(2) {
                if pair[0] == pair[1] {
                    let doubled = format!("{0} {0}", pair[0]);
                    assert!(
                        !text.to_lowercase().contains(&doubled),
                        "{lang} {format}: doubled word {doubled:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn json_is_the_view_model() {
    let json: serde_json::Value = serde_json::from_str(&page("fr", "220,503", "json")).unwrap();
    assert_eq!(json["lang"], "fr");
    assert_eq!(json["kind"], "comparison");
    assert_eq!(json["key"], "compare/ftp/220-vs-503");
    assert_eq!(json["codes"], serde_json::json!([220, 503]));
    assert_eq!(
        json["title"]["text"],
        "FTP 220 Service prêt et 503 Mauvaise séquence\u{202f}: les différences"
    );
}

#[test]
fn markdown_has_front_matter_with_a_shared_translation_key() {
    let en = page("en", "220,503", "md");
    let fr = page("fr", "220,503", "md");
    for md in [&en, &fr] {
        assert!(md.starts_with("---\n"));
        assert!(md.contains("translationKey: compare/ftp/220-vs-503\n"));
        assert!(md.contains("codes:\n- 220\n- 503\n"));
    }
    assert!(fr.contains("lang: fr\n") && en.contains("lang: en\n"));
}

#[test]
fn a_regional_tag_falls_back_to_its_language() {
    assert_eq!(
        page("fr-CA", "220,503", "txt"),
        page("fr", "220,503", "txt")
    );
}

#[test]
fn an_unknown_lang_lists_the_available_locales() {
    ftpdocs(
        &project_root(),
        &["render", "--lang", "tlh", "--pair", "220,503"],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "no locale matches --lang `tlh`; available locales: ar, de, en, es, fr,",
    ))
    .stderr(predicate::str::contains(", zh-CN, or all"));
}

#[test]
fn malformed_pairs_are_refused_with_a_reason() {
    for (pair, reason) in [
        ("220", "expected two codes separated by a comma"),
        ("220,abc", "`abc` is not a reply code"),
        ("220,220", "two different codes, not 220 twice"),
    ] {
        ftpdocs(&project_root(), &["render", "--lang", "en", "--pair", pair])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(reason));
    }
    ftpdocs(
        &project_root(),
        &["render", "--lang", "en", "--pair", "220,259"],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "259 is not a code this project documents; reply codes: 110, 120,",
    ));
}

#[test]
fn root_is_accepted_before_or_after_the_subcommand() {
    let root = project_root();
    let mut cmd = assert_cmd::Command::cargo_bin("ftpdocs").unwrap();
    cmd.current_dir(std::env::temp_dir())
        .args([
            "render", "--lang", "en", "--pair", "220,503", "--format", "txt", "--root",
        ])
        .arg(&root)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "FTP 220 Service Ready vs 503 Bad Sequence",
        ));
}

#[test]
fn rendering_a_locale_writes_every_published_comparison() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    ftpdocs(
        &project_root(),
        &[
            "render",
            "--lang",
            "en",
            "--out",
            site.to_str().unwrap(),
            "--format",
            "md",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::is_match(r"^rendered \d+ pages \(en \d+\) into .* as md in ").unwrap());
    for pair in [
        "220-vs-503",
        "120-vs-503",
        "211-vs-503",
        "220-vs-502",
        "220-vs-421",
    ] {
        let page = site.join(format!("en/compare/ftp/{pair}/index.md"));
        assert!(page.is_file(), "{} is missing", page.display());
    }
}

#[test]
fn rendering_into_someone_elses_folder_is_refused_and_nothing_is_deleted() {
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("thesis.tex"), "precious").unwrap();
    ftpdocs(
        &project_root(),
        &[
            "render",
            "--lang",
            "en",
            "--out",
            out.path().to_str().unwrap(),
        ],
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains("was not created by ftpdocs"));
    assert_eq!(
        fs::read_to_string(out.path().join("thesis.tex")).unwrap(),
        "precious"
    );
}

#[test]
fn a_missing_french_message_fails_naming_the_id_and_file() {
    let dir = project_copy();
    replace(
        dir.path(),
        "locales/fr/page.ftl",
        "heading-which =",
        "heading-which-renamed =",
    );
    ftpdocs(
        dir.path(),
        &[
            "render", "--lang", "fr", "--pair", "220,503", "--format", "txt",
        ],
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "locales/fr/page.ftl: heading-which",
    ))
    .stderr(predicate::str::contains("--allow-fallback"));
}

#[test]
fn allowed_fallback_text_is_marked_in_every_format() {
    let dir = project_copy();
    replace(
        dir.path(),
        "locales/fr/page.ftl",
        "heading-which =",
        "heading-which-renamed =",
    );
    let run = |format: &str| {
        let out = ftpdocs(
            dir.path(),
            &[
                "render",
                "--lang",
                "fr",
                "--pair",
                "220,503",
                "--allow-fallback",
                "--format",
                format,
            ],
        )
        .output()
        .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run("txt").contains("\n[en] When to Use Which\n"));
    assert!(run("md").contains("fallback:\n- heading-which\n"));
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json["fallback"], serde_json::json!(["heading-which"]));
}

#[test]
fn a_new_code_is_a_yaml_file_and_its_messages_no_rust_change() {
    let dir = project_copy();
    fs::write(
        dir.path().join("content/codes/259.yaml"),
        "code: 259\nmessage: code-259\nsources:\n  - rfc: 959\n    section: \"4.2\"\ncommands: [NOOP]\nclient-action: success\naction-source: { rfc: 959, section: \"4.2\" }\nrelated: [200]\n",
    )
    .unwrap();
    for (lang, name) in [("en", "Test Reply"), ("fr", "Réponse de test")] {
        common::append(
            dir.path(),
            &format!("locales/{lang}/codes-2xx.ftl"),
            &format!("\ncode-259 = {name}\n    .description = {name} one.\n    .seen = {name} two.\n    .fix = {name} three.\n"),
        );
    }
    ftpdocs(
        dir.path(),
        &[
            "render", "--lang", "fr", "--pair", "200,259", "--format", "txt",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::starts_with(
        "FTP 200 Commande acceptée et 259 Réponse de test\u{202f}: les différences\n",
    ));
}

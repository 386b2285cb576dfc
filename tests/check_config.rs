//! `ftpdocs.toml` fitting real projects: several trees with their own reference and layout,
//! found upward from the current folder, brand names, per-locale severities, markers in the
//! reference that hold for every locale, and layouts detected without a config.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn ftpdocs(cwd: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ftpdocs").unwrap();
    cmd.env("NO_COLOR", "1").current_dir(cwd).arg("check");
    cmd
}

const EN: &str = "open = Open the file you saved.\nclose = Close the window now.\n";
const FR: &str = "open = Ouvrez le fichier enregistré.\n";

#[test]
fn several_trees_with_their_layouts_are_checked_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "app/i18n/en-US/app.ftl", EN);
    write(root, "app/i18n/fr/app.ftl", FR);
    write(root, "core/en.ftl", EN);
    write(root, "core/fr.ftl", FR);
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"app\"\nreference = \"en-US\"\nlayout = \"i18n/{locale}/{name}.ftl\"\n\n[[trees]]\npath = \"core\"\nlayout = \"{locale}.ftl\"\n",
    );
    fs::create_dir_all(root.join("app/src")).unwrap();
    // Found upward from a folder below the config.
    ftpdocs(&root.join("app/src"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> app/i18n/fr/app.ftl"))
        .stdout(predicate::str::contains("--> core/fr.ftl"))
        .stdout(predicate::str::contains(
            "2 errors, 0 warnings in 1 locale (4 files)",
        ));
}

#[test]
fn a_star_folder_before_the_locale_makes_a_tree_of_each_program() {
    // uutils coreutils: src/uu/<program>/locales/<locale>.ftl, each beside its en-US.ftl.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "src/uu/ls/locales/en-US.ftl", EN);
    write(root, "src/uu/ls/locales/fr-FR.ftl", FR);
    write(root, "src/uu/cat/locales/en-US.ftl", EN);
    write(
        root,
        "src/uu/cat/locales/fr-FR.ftl",
        EN.replace("Open the file you saved", "Ouvrez le fichier enregistré")
            .as_str(),
    );
    write(root, "src/uu/cat/src/main.rs", "");
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"src/uu\"\nreference = \"en-US\"\nlayout = \"*/locales/{locale}.ftl\"\n",
    );
    ftpdocs(root)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> src/uu/ls/locales/fr-FR.ftl"))
        .stdout(predicate::str::contains("`close` is missing"))
        .stdout(predicate::str::contains("src/uu/cat/locales/fr-FR.ftl").not())
        .stdout(predicate::str::contains("in 1 locale (4 files)"));
    // Only `*` stands for a folder before {locale}.
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"src/uu\"\nlayout = \"{name}/locales/{locale}.ftl\"\n",
    );
    ftpdocs(root)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only `*` may stand for a folder"));
}

#[test]
fn a_reference_folder_not_named_by_a_tag_is_read_as_english() {
    // Anki's layout: core/templates/*.ftl is the English, core/<locale>/*.ftl the rest.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "core/templates/app.ftl", EN);
    write(root, "core/fr/app.ftl", "open = Open the file you saved.\n");
    let output = ftpdocs(root)
        .args(["--locales", "core", "--reference", "templates"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    // Its language is English: the English left in French is found, and `templates` is no
    // stray folder.
    assert!(stdout.contains("warning[untranslated]"), "{stdout}");
    assert!(stdout.contains("error[missing-message]"), "{stdout}");
    assert!(!stdout.contains("not a language tag"), "{stdout}");
}

#[test]
fn stats_count_every_tree_and_add_up_a_locale_found_in_several() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "app/i18n/en-US/app.ftl", EN);
    write(root, "app/i18n/fr/app.ftl", FR);
    write(root, "core/en.ftl", EN);
    write(root, "core/fr.ftl", EN);
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"app\"\nreference = \"en-US\"\nlayout = \"i18n/{locale}/{name}.ftl\"\n\n[[trees]]\npath = \"core\"\nlayout = \"{locale}.ftl\"\n",
    );
    let output = Command::cargo_bin("ftpdocs")
        .unwrap()
        .current_dir(root)
        .args(["stats", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = json
        .as_array()
        .or_else(|| json["locales"].as_array())
        .expect("rows");
    assert_eq!(rows.len(), 1, "{json}");
    // app: 1 of 2 translated; core: 2 present with the reference's text.
    assert_eq!(rows[0]["locale"], "fr");
    assert_eq!(rows[0]["messages"], 4, "{json}");
    assert_eq!(rows[0]["missing"], 1, "{json}");
}

#[test]
fn brands_locale_severities_and_reference_markers_apply() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let en = "# ftpdocs: allow repeated-word, typography\nwho = Who who knows\nsync = Use Mozilla data vault for your files now\n";
    write(root, "l10n/en/app.ftl", en);
    // A marker on the English message silences every locale ("誰 誰" is also a space
    // Japanese does not put between letters); a brand run is no English.
    let ja = "who = 誰 誰\nsync = 今すぐ Mozilla data vault for your files を使う\n";
    write(root, "l10n/ja/app.ftl", ja);
    write(
        root,
        "l10n/de/app.ftl",
        "who = Wer wer weiß\nsync = Nutzen Sie Mozilla data vault für Ihre Dateien\n",
    );
    let config = root.join("conf.toml");
    let trees = "[[trees]]\npath = \"l10n\"\n[locale.de.severity]\nrepeated-word = \"error\"\n";
    fs::write(
        &config,
        format!("brands = [\"Mozilla data vault\"]\n{trees}"),
    )
    .unwrap();
    ftpdocs(root)
        .arg("--config")
        .arg(&config)
        .arg("--strict")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "0 errors, 0 warnings in 2 locales",
        ));
    // Without the brand list, "Mozilla data vault for your files" is a run of English.
    fs::write(&config, trees).unwrap();
    ftpdocs(root)
        .arg("--config")
        .arg(&config)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[mixed-language]"))
        .stdout(predicate::str::contains("--> l10n/ja/app.ftl:2"));
}

#[test]
fn per_locale_severity_changes_one_locale_only() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "l10n/en/app.ftl", "a = Open the file now.\n");
    write(root, "l10n/de/app.ftl", "a = Öffnen Sie die die Datei.\n");
    write(root, "l10n/fr/app.ftl", "a = Ouvrez le le fichier.\n");
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"l10n\"\n[locale.fr.severity]\nrepeated-word = \"error\"\n",
    );
    // "die die" is allowed in German; French "le le" is an error there.
    ftpdocs(root)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[repeated-word]"))
        .stdout(predicate::str::contains("“le” is repeated"))
        .stdout(predicate::str::contains("1 error, 0 warnings"));
}

#[test]
fn layouts_and_reference_are_detected_without_a_config() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "proj/locales/en-US/main.ftl", EN);
    write(root, "proj/locales/fr/main.ftl", FR);
    ftpdocs(root)
        .arg("--locales")
        .arg(root.join("proj"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> locales/fr/main.ftl"))
        .stdout(predicate::str::contains("`close` is missing"));
    // A workspace of crates, each with its own `i18n/` (cosmic-applets, cosmic-ext-disks).
    write(root, "ws/app/i18n/en/app.ftl", EN);
    write(root, "ws/app/i18n/fr/app.ftl", FR);
    write(root, "ws/applet/i18n/en/applet.ftl", EN);
    write(root, "ws/applet/i18n/fr/applet.ftl", FR);
    write(root, "ws/src/main.rs", "fn main() {}\n");
    ftpdocs(root)
        .arg("--locales")
        .arg(root.join("ws"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> app/i18n/fr/app.ftl"))
        .stdout(predicate::str::contains("--> applet/i18n/fr/applet.ftl"));
}

#[test]
fn bad_tree_config_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "ftpdocs.toml",
        "[[trees]]\npath = \"x\"\nlayout = \"*.ftl\"\n",
    );
    ftpdocs(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ftpdocs.toml: [[trees]] x: layout `*.ftl` has no {locale}",
        ));
}

#[test]
fn english_variants_and_latin_serbian_get_no_english_findings() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let en = "a = Send the commands in the order the protocol requires.\nb = Do you want to save this file before you close the window?\n";
    write(root, "l10n/en/app.ftl", en);
    write(root, "l10n/en-GB/app.ftl", en);
    write(
        root,
        "l10n/sr-Latn/app.ftl",
        "a = Pošaljite komande redosledom koji protokol zahteva.\nb = Da li želite da sačuvate ovu datoteku pre zatvaranja prozora?\n",
    );
    ftpdocs(root)
        .arg("--locales")
        .arg(root.join("l10n"))
        .arg("--strict")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "0 errors, 0 warnings in 2 locales",
        ));
}

#[test]
fn typography_settings_hold_for_the_checks_split_from_it_unless_they_have_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "l10n/en/app.ftl", "ready = Ready? Yes no\n");
    write(root, "l10n/fr/app.ftl", "ready = Prêt ? Oui  non\n");
    let config = root.join("ftpdocs.toml");
    let run = |severity: &str| {
        fs::write(
            &config,
            format!("[[trees]]\npath = \"l10n\"\n[severity]\n{severity}"),
        )
        .unwrap();
        let output = ftpdocs(root).output().unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    // Each of the two problems under its own check.
    let both = run("");
    assert!(
        both.contains("warning[spacing]") && both.contains("warning[typography]"),
        "{both}"
    );
    // `typography = "off"` turns off the French spacing too, as before the split …
    let off = run("typography = \"off\"\n");
    assert!(off.contains("0 errors, 0 warnings"), "{off}");
    // … unless `spacing` has a setting of its own.
    let spacing = run("typography = \"off\"\nspacing = \"error\"\n");
    assert!(spacing.contains("error[spacing]"), "{spacing}");
    assert!(!spacing.contains("[typography]"), "{spacing}");
}

#[test]
fn a_locale_words_are_counted_over_every_tree_and_lang_picks_the_trees_that_have_it() {
    // uutils: Swedish keeps "extra operand" in `mv`, and writes both words in `cp`'s own
    // sentences: the kept text is Swedish.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let en_mv = "extra = mv: extra operand { $operand }\n";
    write(root, "src/uu/mv/locales/en-US.ftl", en_mv);
    write(root, "src/uu/mv/locales/sv-SE.ftl", en_mv);
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"src/uu\"\nreference = \"en-US\"\nlayout = \"*/locales/{locale}.ftl\"\n",
    );
    ftpdocs(root)
        .args(["--format", "json"])
        .assert()
        .stdout(predicate::str::contains("\"check\": \"untranslated\""));
    write(
        root,
        "src/uu/cp/locales/en-US.ftl",
        "missing = missing operand\nhint = an extra argument\nmany = too many operands, extra values\n",
    );
    write(
        root,
        "src/uu/cp/locales/sv-SE.ftl",
        "missing = operand saknas\nhint = ett extra argument\nmany = för många operand, extra värden\n",
    );
    ftpdocs(root)
        .args(["--format", "json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"check\": \"untranslated\"").not());
    // A tree without the asked-for locale is skipped; a locale no tree has is an error.
    write(root, "src/uu/ls/locales/en-US.ftl", en_mv);
    ftpdocs(root).args(["--lang", "sv-SE"]).assert().code(0);
    ftpdocs(root)
        .args(["--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown locale `de`"));
}

#[test]
fn files_beside_the_locale_folders_are_shared_by_every_locale() {
    // www.rust-lang.org: fluent-templates loads locales/core.ftl into every locale, and its
    // pages point at the terms it defines.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "locales/core.ftl",
        "-forum-href = https://internals.rust-lang.org/\n",
    );
    write(
        root,
        "locales/en-US/security.ftl",
        "post = Post on the <a href=\"{ -forum-href }\">forum</a>.\n",
    );
    write(
        root,
        "locales/fr/security.ftl",
        "post = Écrivez sur le <a href=\"{ -forum-href }\">forum</a>.\n",
    );
    ftpdocs(root)
        .args(["--locales", "locales"])
        .assert()
        .success()
        .stdout(predicate::str::contains("points at no message").not());
    // Named in ftpdocs.toml, or turned off with `shared = []`.
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"locales\"\nreference = \"en-US\"\nshared = []\n",
    );
    ftpdocs(root)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "`-forum-href` points at no message or term of en-US",
        ));
    write(
        root,
        "ftpdocs.toml",
        "[[trees]]\npath = \"locales\"\nreference = \"en-US\"\nshared = [\"core.ftl\"]\n",
    );
    ftpdocs(root)
        .assert()
        .success()
        .stdout(predicate::str::contains("points at no message").not());
    // A syntax error in the shared file is reported on it.
    write(
        root,
        "locales/core.ftl",
        "-forum-href = https://x/\nbroken\n",
    );
    ftpdocs(root)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> locales/core.ftl:2:7"));
}

#[test]
fn mozillas_ja_jp_mac_is_a_locale_folder() {
    // Firefox and Thunderbird ship Japanese for macOS as `ja-JP-mac`, which is no BCP 47 tag.
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "l10n/en/mail.ftl", EN);
    write(
        root,
        "l10n/ja-JP-mac/mail.ftl",
        "open = 保存したファイルを開きます。\n",
    );
    ftpdocs(root)
        .args(["--locales", "l10n"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("not a language tag").not())
        .stdout(predicate::str::contains("--> ja-JP-mac/mail.ftl"))
        .stdout(predicate::str::contains("`close` is missing: translate it"));
}

//! Real translations of 15 locales in seven scripts, checked as they are (no finding: they
//! were read and found clean) and with defects planted in copies, one per message: an English
//! clause or sentence, a run of English words inside another script, an untranslated or empty
//! value, a translation pasted twice, a repeated word, plural variants a language never uses
//! or lacks, a literal number in a variant covering several numbers, and damaged typography.
//! Prints recall per check (the table in docs/checker.md) and fails under 90 %.

use std::collections::BTreeMap;
use std::path::Path;

use ftpdocs::check::locale::LocaleTag;
use ftpdocs::check::plural::Plurals;
use ftpdocs::check::tree::read_locale;
use ftpdocs::check::{
    check_locale, Catalog, Check, CheckContext, Finding, Group, LocaleSource, Settings, SourceFile,
};

const LOCALES: &[&str] = &[
    "pl", "ja", "fr", "uk", "de", "sq", "tr", "sr", "sr-Latn", "he", "be", "ko", "zh-CN", "ar",
    "hi-IN",
];

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/check/planted")
}

fn settings() -> Settings {
    Settings {
        groups: vec![Group::Structure, Group::Translation],
        ..Settings::default()
    }
}

/// Findings of the checks this test measures (the extract's brand terms live elsewhere).
fn check(reference: &Catalog, locale: &str, text: &str) -> Vec<Finding> {
    let source = LocaleSource {
        locale: locale.into(),
        files: vec![SourceFile {
            path: "developer.ftl".into(),
            content: Ok(text.as_bytes().to_vec()),
        }],
    };
    let settings = settings();
    let cx = CheckContext {
        reference,
        settings: &settings,
    };
    check_locale(&cx, &Catalog::build(source, locale))
        .into_iter()
        .filter(|f| f.check != Check::References)
        .collect()
}

/// `(id, value)` of each message line.
fn messages(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, _)| !id.starts_with('#'))
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

/// A defect to plant: which check must find it, and the new value from the old one and the
/// English one. `None` when it does not apply to the locale.
type Plant = (Check, fn(&str, &str, &str) -> Option<String>);

fn latin(locale: &str) -> bool {
    !matches!(
        locale,
        "ja" | "uk" | "sr" | "he" | "be" | "ko" | "zh-CN" | "ar" | "hi-IN"
    )
}

fn spaced(locale: &str) -> bool {
    !matches!(locale, "ja" | "zh-CN")
}

const PLANTS: &[Plant] = &[
    (Check::MixedLanguage, |l, v, _| {
        latin(l).then(|| format!("{v}, but you can still change this later in your settings"))
    }),
    (Check::MixedLanguage, |_, v, _| {
        Some(format!("{v} You can download it from our website today."))
    }),
    (Check::MixedLanguage, |l, v, _| {
        let middle = v.char_indices().nth(v.chars().count() / 2)?.0;
        let (a, b) = v.split_at(middle);
        (!latin(l)).then(|| {
            format!(
                "{} please check your settings first {}",
                a.trim_end(),
                b.trim_start()
            )
        })
    }),
    (Check::Untranslated, |_, _, en| Some(en.to_string())),
    (Check::EmptyValue, |_, _, _| Some("{ \"\" }".to_string())),
    (Check::RepeatedSentence, |_, v, _| Some(format!("{v} {v}"))),
    (Check::RepeatedWord, |l, v, _| {
        let words: Vec<&str> = v.split(' ').collect();
        let at = words
            .iter()
            .position(|w| w.chars().count() > 3 && w.chars().all(char::is_alphabetic))?;
        let profile = LocaleTag::parse(l).profile();
        // Turkish doubles any word for meaning ("adım adım"): a doubled word is no defect there.
        (spaced(l) && !profile.reduplication).then(|| {
            let mut out = words.clone();
            out.insert(at, words[at]);
            out.join(" ")
        })
    }),
    (Check::Plural, |l, v, _| {
        let plurals = Plurals::of(l)?;
        let unused = ["few", "zero", "two", "many"]
            .into_iter()
            .find(|c| !plurals.used.contains(c))?;
        // Its own words, which no reader will see (a copy of the default's words would
        // change nothing, and is left alone).
        Some(format!(
            "{{ $count ->\n    [{unused}] {v}\n   *[other] {{ $count }}: {v}\n}}"
        ))
    }),
    (Check::Plural, |l, v, _| {
        let plurals = Plurals::of(l)?;
        // The count is shown: with no number, the plain plural reads right for any count.
        (plurals.required.len() > 2).then(|| {
            format!("{{ $count ->\n    [one] {{ $count }} {v}\n   *[other] {{ $count }} {v}\n}}")
        })
    }),
    (Check::Plural, |l, v, _| {
        let plurals = Plurals::of(l)?;
        let rest: String = plurals
            .required
            .iter()
            .filter(|c| !matches!(**c, "one" | "other"))
            .map(|c| format!("    [{c}] {{ $count }} {v}\n"))
            .collect();
        (plurals.numbers_in("one").len() > 1).then(|| {
            format!("{{ $count ->\n    [one] 1 {v}\n{rest}   *[other] {{ $count }} {v}\n}}")
        })
    }),
    (Check::Typography, |_, v, _| {
        v.contains(' ').then(|| v.replacen(' ', "  ", 1))
    }),
    (Check::Typography, |_, v, _| Some(format!("{v}\u{fffd}"))),
    (Check::Spacing, |l, v, _| {
        (l == "fr").then(|| format!("{v} Vraiment!"))
    }),
];

#[test]
fn real_translations_are_clean_and_planted_defects_are_found() {
    let reference = Catalog::build(read_locale(&root().join("en"), "en").unwrap(), "en");
    let english: BTreeMap<String, String> =
        messages(&std::fs::read_to_string(root().join("en/developer.ftl")).unwrap())
            .into_iter()
            .collect();
    let mut found: BTreeMap<Check, (usize, usize)> = BTreeMap::new();
    let mut false_alarms = Vec::new();
    for locale in LOCALES {
        let text = std::fs::read_to_string(root().join(locale).join("developer.ftl")).unwrap();
        let clean = check(&reference, locale, &text);
        assert!(
            clean.is_empty(),
            "{locale}: the real translations get findings: {clean:#?}"
        );
        let mut planted = Vec::new();
        let mut copy = String::new();
        let mut plants = PLANTS.iter();
        for (id, value) in messages(&text) {
            let mut line = format!("{id} = {value}\n");
            for (check, plant) in plants.by_ref() {
                if let Some(new) = plant(locale, &value, &english[&id]) {
                    line = format!("{id} = {new}\n");
                    planted.push((id.clone(), *check));
                    break;
                }
            }
            copy.push_str(&line);
        }
        let findings = check(&reference, locale, &copy);
        for (id, check) in &planted {
            let hit = findings
                .iter()
                .any(|f| f.message_id.as_deref() == Some(id) && f.check == *check);
            let entry = found.entry(*check).or_default();
            entry.1 += 1;
            if hit {
                entry.0 += 1;
            } else {
                eprintln!("{locale}: missed {check} planted in {id}:\n{copy}");
            }
        }
        for f in &findings {
            let expected = planted.iter().any(|(id, check)| {
                f.message_id.as_deref() == Some(id)
                    && (f.check == *check || f.check == Check::Variables)
            });
            if !expected {
                false_alarms.push(format!(
                    "{locale} {} {:?}: {} in {:?}",
                    f.check, f.message_id, f.message, f.source_line
                ));
            }
        }
    }
    for (check, (hit, all)) in &found {
        eprintln!(
            "| `{check}` | {all} | {hit} | {:.0} % |",
            100.0 * *hit as f64 / *all as f64
        );
    }
    assert!(
        false_alarms.is_empty(),
        "findings on messages without a planted defect: {false_alarms:#?}"
    );
    for (check, (hit, all)) in &found {
        assert!(
            hit * 10 >= all * 9,
            "{check}: {hit} of {all} planted defects found"
        );
    }
}

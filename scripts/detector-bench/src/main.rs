//! Reads `locale<TAB>label<TAB>text` rows (label `en` when the text is English, `ok` for a
//! translation) and prints, for lingua and whatlang restricted to (locale, English) at three
//! confidence levels, how many English texts were found (tp), how many translations were
//! called English (fp) and how many English texts were missed (fn).

use lingua::{Language, LanguageDetectorBuilder};
use std::io::BufRead;

fn lingua_language(code: &str) -> Language {
    match code {
        "fr" => Language::French,
        "pl" => Language::Polish,
        "ja" => Language::Japanese,
        "sr" | "sr-Latn" => Language::Serbian,
        "tr" => Language::Turkish,
        "de" => Language::German,
        "zh" => Language::Chinese,
        "ko" => Language::Korean,
        "he" => Language::Hebrew,
        "uk" => Language::Ukrainian,
        _ => Language::English,
    }
}

fn whatlang_code(code: &str) -> &'static str {
    match code {
        "fr" => "fra",
        "pl" => "pol",
        "ja" => "jpn",
        "sr" | "sr-Latn" => "srp",
        "tr" => "tur",
        "de" => "deu",
        "zh" => "cmn",
        "ko" => "kor",
        "he" => "heb",
        "uk" => "ukr",
        _ => "eng",
    }
}

fn tally(
    rows: &[(String, bool, String)],
    flagged: impl Fn(&str, &str) -> bool,
) -> (usize, usize, usize) {
    let (mut tp, mut fp, mut missed) = (0, 0, 0);
    for (locale, english, text) in rows {
        match (flagged(locale, text), *english) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => missed += 1,
            (false, false) => {}
        }
    }
    (tp, fp, missed)
}

fn main() {
    let rows: Vec<(String, bool, String)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| {
            let mut cells = line.splitn(3, '\t');
            Some((
                cells.next()?.to_string(),
                cells.next()? == "en",
                cells.next()?.to_string(),
            ))
        })
        .collect();
    for threshold in [0.5, 0.8, 0.95] {
        let (tp, fp, missed) = tally(&rows, |locale, text| {
            let detector = LanguageDetectorBuilder::from_languages(&[
                lingua_language(locale),
                Language::English,
            ])
            .build();
            detector.compute_language_confidence(text, Language::English) >= threshold
        });
        println!("lingua   >= {threshold}: tp {tp} fp {fp} fn {missed}");
    }
    for threshold in [0.5, 0.8, 0.95] {
        let (tp, fp, missed) = tally(&rows, |locale, text| {
            let own = whatlang::Lang::from_code(whatlang_code(locale)).expect("a whatlang code");
            let detector = whatlang::Detector::with_allowlist(vec![own, whatlang::Lang::Eng]);
            detector.detect(text).is_some_and(|info| {
                info.lang() == whatlang::Lang::Eng && info.confidence() >= threshold
            })
        });
        println!("whatlang >= {threshold}: tp {tp} fp {fp} fn {missed}");
    }
}

//! Language identification measured on real strings of ten locales in five scripts
//! (`tests/data/check/identify/mozorg.tsv`): each translation must pass, each English
//! reference string must be found, per locale. The figures are in docs/checker.md.

use ftpdocs::check::lang::Identifier;
use ftpdocs::check::parts::foreign_parts;

#[derive(Default, Debug)]
struct Tally {
    found: usize,
    missed: usize,
    false_alarms: usize,
    clean: usize,
}

#[test]
fn english_is_found_and_translations_pass_in_every_script() {
    let rows = include_str!("data/check/identify/mozorg.tsv");
    let mut by_locale: std::collections::BTreeMap<&str, Tally> = Default::default();
    for row in rows.lines() {
        let mut cells = row.splitn(3, '\t');
        let (locale, label, text) = (
            cells.next().unwrap(),
            cells.next().unwrap(),
            cells.next().unwrap(),
        );
        let identifier = Identifier::new(locale, "en").expect("both languages are known");
        let flagged = !foreign_parts(&identifier, text).is_empty();
        let tally = by_locale.entry(locale).or_default();
        match (label == "en", flagged) {
            (true, true) => tally.found += 1,
            (true, false) => {
                tally.missed += 1;
                eprintln!("{locale} missed: {text}");
            }
            (false, true) => {
                tally.false_alarms += 1;
                eprintln!("{locale} false alarm: {text}");
            }
            (false, false) => tally.clean += 1,
        }
    }
    for (locale, tally) in &by_locale {
        eprintln!("{locale}: {tally:?}");
    }
    let total = |f: fn(&Tally) -> usize| by_locale.values().map(f).sum::<usize>();
    let (found, missed, false_alarms) = (
        total(|t| t.found),
        total(|t| t.missed),
        total(|t| t.false_alarms),
    );
    eprintln!("found {found}, missed {missed}, false alarms {false_alarms}");
    assert!(
        false_alarms <= 2,
        "{false_alarms} translations called English"
    );
    // Short English strings (four or five words) with one function word are the misses: in
    // a real translation they are the reference's own text, which `untranslated` reports.
    assert!(
        found * 10 >= (found + missed) * 9,
        "{found} found, {missed} missed"
    );
    for (locale, tally) in &by_locale {
        assert!(
            tally.found * 10 >= (tally.found + tally.missed) * 8,
            "{locale}: {tally:?}"
        );
    }
}

//! The full catalogue: every reply code the RFCs define is in the content, cited, and renders
//! in every locale and format; every published comparison renders.

use std::path::Path;

use ftpdocs::load::{load_project, Project};
use ftpdocs::model::{Code, Pair};
use ftpdocs::render::{site_pages, Format, PageRef, Renderer};

/// The 60 codes of the RFCs, with the RFC that defines each (RFC 959 unless named).
const CATALOGUE: &[(u16, u16)] = &[
    (110, 959),
    (120, 959),
    (125, 959),
    (150, 959),
    (200, 959),
    (202, 959),
    (211, 959),
    (212, 959),
    (213, 959),
    (214, 959),
    (215, 959),
    (220, 959),
    (221, 959),
    (225, 959),
    (226, 959),
    (227, 959),
    (230, 959),
    (250, 959),
    (257, 959),
    (331, 959),
    (332, 959),
    (350, 959),
    (421, 959),
    (425, 959),
    (426, 959),
    (450, 959),
    (451, 959),
    (452, 959),
    (500, 959),
    (501, 959),
    (502, 959),
    (503, 959),
    (504, 959),
    (530, 959),
    (532, 959),
    (550, 959),
    (551, 959),
    (552, 959),
    (553, 959),
    (554, 1123),
    (555, 1123),
    (228, 1639),
    (521, 1639),
    (232, 2228),
    (234, 2228),
    (235, 2228),
    (334, 2228),
    (335, 2228),
    (336, 2228),
    (431, 2228),
    (533, 2228),
    (534, 2228),
    (535, 2228),
    (536, 2228),
    (537, 2228),
    (631, 2228),
    (632, 2228),
    (633, 2228),
    (229, 2428),
    (522, 2428),
];

const FORMATS: [Format; 3] = [Format::Txt, Format::Md, Format::Json];

/// The first word written twice in a row ("when when"), ignoring case.
/// A word written twice in a row, other than those the locale's grammar rightly doubles
/// (`languages.toml`: German "die die", a relative pronoun then an article; none in Turkish,
/// where any word may be doubled for meaning, "tek tek").
fn doubled_word(text: &str, locale: &str) -> Option<String> {
    let profile = ftpdocs::check::locale::LocaleTag::parse(locale).profile();
    if profile.reduplication {
        return None;
    }
    let grammar = &profile.repeated_word;
    text.lines().find_map(|line| {
        let words: Vec<String> = line.split_whitespace().map(|w| w.to_lowercase()).collect();
        words
            .windows(2)
            .find(|w| {
                w[0] == w[1] && w[0].chars().all(char::is_alphabetic) && !grammar.contains(&w[0])
            })
            .map(|w| w[0].clone())
    })
}

fn project() -> Project {
    load_project(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the project loads")
}

fn code(n: u16) -> Code {
    Code::new(n).unwrap()
}

fn pair(a: u16, b: u16) -> Pair {
    Pair::new(code(a), code(b)).unwrap()
}

#[test]
fn every_code_of_the_rfcs_is_in_the_content_with_its_defining_rfc() {
    let project = project();
    assert_eq!(
        project.content.codes.len(),
        CATALOGUE.len(),
        "exactly the 60 codes of the RFCs"
    );
    for &(n, rfc) in CATALOGUE {
        let reply = project
            .content
            .code(code(n))
            .unwrap_or_else(|| panic!("{n} is missing"));
        let rfcs: Vec<u16> = reply
            .meanings
            .iter()
            .flat_map(|m| &m.sources)
            .map(|s| s.rfc)
            .collect();
        assert!(rfcs.contains(&rfc), "{n} does not cite RFC {rfc}: {rfcs:?}");
    }
}

#[test]
fn codes_521_and_522_show_each_meaning_with_its_rfc() {
    let project = project();
    for (n, rfcs) in [(521, [1639, 4217]), (522, [2428, 4217])] {
        let reply = project.content.code(code(n)).unwrap();
        assert_eq!(reply.meanings.len(), 2, "{n} has two meanings");
        for (meaning, rfc) in reply.meanings.iter().zip(rfcs) {
            assert!(meaning.sources.iter().any(|s| s.rfc == rfc), "{n}: {rfc}");
        }
        let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
        let txt = Format::Txt.write(&renderer.page(PageRef::Code(code(n))).unwrap());
        for rfc in rfcs {
            assert!(
                txt.contains(&format!("(RFC {rfc})\n")),
                "{n} page names RFC {rfc} in a heading:\n{txt}"
            );
        }
    }
}

#[test]
fn extension_uses_appear_on_the_codes_they_concern() {
    let project = project();
    let commands = |n: u16| project.content.code(code(n)).unwrap().commands().join(" ");
    assert!(commands(211).contains("FEAT"), "RFC 2389: FEAT → 211");
    assert!(
        commands(213).contains("MDTM") && commands(213).contains("SIZE"),
        "RFC 3659: MDTM, SIZE → 213"
    );
    assert!(commands(250).contains("MLST"), "RFC 3659: MLST → 250");
    assert!(commands(229).contains("EPSV"), "RFC 2428: EPSV → 229");
    assert!(commands(234).contains("AUTH"), "RFC 2228/4217: AUTH → 234");
}

#[test]
fn every_page_renders_in_every_locale_and_format() {
    let project = project();
    let pages = site_pages(&project.content, false);
    assert!(
        pages.len() >= 60 + 40 + 5,
        "codes, published comparisons and Winsock pages"
    );
    for locale in project.locale_ids() {
        let renderer = Renderer::new(&project, locale, false).unwrap();
        for page in &pages {
            let view = renderer.page(*page).unwrap_or_else(|e| panic!("{e}"));
            assert!(view.fallback.is_empty());
            for format in FORMATS {
                let out = format.write(&view);
                assert!(
                    !out.contains(['\u{2068}', '\u{2069}']),
                    "{locale} {page:?}: isolation marks"
                );
                if format == Format::Txt {
                    assert!(
                        !out.contains('{'),
                        "{locale} {page:?}: an unresolved placeable"
                    );
                    if let Some(word) = doubled_word(&out, &locale.to_string()) {
                        panic!("{locale} {page:?}: doubled word {word:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn every_pair_of_codes_renders() {
    let project = project();
    assert_eq!(project.content.all_pairs().count(), 60 * 59 / 2);
    for locale in project.locale_ids() {
        let renderer = Renderer::new(&project, locale, false).unwrap();
        for pair in project.content.all_pairs() {
            renderer
                .page(PageRef::Comparison(pair))
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn at_least_forty_published_comparisons_carry_an_editorial_note() {
    let project = project();
    let comparisons = &project.content.comparisons;
    for (a, b) in [(220, 503), (120, 503), (211, 503), (220, 502), (220, 421)] {
        assert!(
            project.content.comparison(pair(a, b)).is_some(),
            "seed pair {a}–{b}"
        );
    }
    let required = [
        (227, 229),
        (425, 426),
        (450, 550),
        (221, 421),
        (530, 532),
        (331, 332),
        (550, 553),
        (125, 150),
        (226, 250),
        (500, 502),
        (501, 504),
        (451, 551),
        (452, 552),
        (234, 334),
        (228, 229),
        (521, 522),
    ];
    for (a, b) in required {
        let comparison = project
            .content
            .comparison(pair(a, b))
            .unwrap_or_else(|| panic!("{a}–{b}"));
        assert!(comparison.note.is_some(), "{a}–{b} has a note");
    }
    assert!(comparisons.iter().filter(|c| c.note.is_some()).count() >= 40);
}

#[test]
fn the_editorial_note_appears_among_the_key_differences() {
    let project = project();
    let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
    let txt = Format::Txt.write(&renderer.page(PageRef::Comparison(pair(227, 229))).unwrap());
    let differences = txt.split("\nKey Differences\n").nth(1).unwrap();
    assert!(
        differences.contains("RFC 2428"),
        "the 227–229 note cites RFC 2428:\n{differences}"
    );
}

#[test]
fn winsock_numbers_have_pages_but_are_not_ftp_codes() {
    let project = project();
    let numbers: Vec<u32> = project
        .content
        .not_ftp
        .iter()
        .filter(|n| n.instead.is_empty())
        .map(|n| n.number)
        .collect();
    assert_eq!(numbers, [10054, 10060, 10061, 10066, 10068]);
    let renderer = Renderer::new(&project, &"fr".parse().unwrap(), false).unwrap();
    let txt = Format::Txt.write(&renderer.page(PageRef::NotFtp(10054)).unwrap());
    assert!(txt.contains("10054") && txt.contains("WSAECONNRESET"));
    assert!(Code::new(10054).is_none(), "never offered in comparisons");
}

#[test]
fn the_doubled_word_finder_catches_the_seed_defect() {
    assert_eq!(
        doubled_word("You encounter 503 when when you skip", "en"),
        Some("when".into())
    );
    assert_eq!(doubled_word("que que", "fr"), Some("que".into()));
    assert_eq!(doubled_word("vous avez vu 4.1.1 4.1.1", "fr"), None);
    assert_eq!(
        doubled_word("an einer Adresse, die die Familie", "de"),
        None
    );
    assert_eq!(doubled_word("die Datei Datei", "de"), Some("datei".into()));
    assert_eq!(doubled_word("komutları tek tek", "tr"), None);
}

#[test]
fn every_published_comparison_opens_its_key_differences_with_its_own_note() {
    let project = project();
    let seeds = [(220, 503), (120, 503), (211, 503), (220, 502), (220, 421)];
    let first: Vec<Pair> = project.content.comparisons[..seeds.len()]
        .iter()
        .map(|c| c.pair)
        .collect();
    let expected: Vec<Pair> = seeds.iter().map(|&(a, b)| pair(a, b)).collect();
    assert_eq!(first, expected, "the seed pairs come first");
    for locale in project.locale_ids() {
        let renderer = Renderer::new(&project, locale, false).unwrap();
        for comparison in &project.content.comparisons {
            let (low, high) = (comparison.pair.low, comparison.pair.high);
            let note = comparison
                .note
                .as_deref()
                .unwrap_or_else(|| panic!("{low}–{high} has no note"));
            let view = renderer.page(PageRef::Comparison(comparison.pair)).unwrap();
            let section = &view.sections[0];
            let Some(ftpdocs::render::view::Block::Paragraph { text }) = section.blocks.first()
            else {
                panic!("{locale} {low}–{high}: Key Differences does not open with a paragraph");
            };
            assert!(
                text.text.contains(&low.to_string()) && text.text.contains(&high.to_string()),
                "{locale} {low}–{high}: the opening paragraph ({note}) names both codes: {}",
                text.text
            );
            assert!(
                matches!(
                    section.blocks.get(1),
                    Some(ftpdocs::render::view::Block::Table(_))
                ),
                "{locale} {low}–{high}: the table follows the note"
            );
        }
    }
}

#[test]
fn numbers_no_rfc_defines_have_pages_that_name_the_rfc_code_to_use() {
    let project = project();
    for (number, instead) in [(231, &[221][..]), (430, &[530]), (434, &[421, 504])] {
        let entry = project
            .content
            .not_ftp
            .iter()
            .find(|n| n.number == number)
            .unwrap_or_else(|| panic!("{number} has no page"));
        let codes: Vec<u16> = entry.instead.iter().map(|c| c.value()).collect();
        assert_eq!(codes, instead, "{number}");
        assert!(
            Code::new(number as u16).is_some_and(|c| project.content.code(c).is_none()),
            "{number} is not an RFC code"
        );
        for locale in project.locale_ids() {
            let renderer = Renderer::new(&project, locale, false).unwrap();
            let txt = Format::Txt.write(&renderer.page(PageRef::NotFtp(number)).unwrap());
            for code in instead {
                assert!(
                    txt.contains(&format!("/{locale}/ftp/{code}/")),
                    "{locale} {number}: links to {code}:\n{txt}"
                );
            }
        }
    }
}

#[test]
fn html_shows_the_table_and_a_copyable_transcript() {
    let project = project();
    let renderer = Renderer::new(&project, &"fr".parse().unwrap(), false).unwrap();
    let compare = Format::Html.write(&renderer.page(PageRef::Comparison(pair(220, 503))).unwrap());
    assert!(compare.contains("<table class=\"compare\">"), "{compare}");
    assert!(compare.contains("<th scope=\"col\">FTP 220</th><th scope=\"col\">FTP 503</th>"));
    assert!(compare.contains("<th scope=\"row\">Que faire</th>"));
    assert!(
        compare.contains("<td>REIN et HOST</td>"),
        "a CLDR list in the cell"
    );
    let code = Format::Html.write(
        &renderer
            .page(PageRef::Code(Code::new(221).unwrap()))
            .unwrap(),
    );
    assert!(
        code.contains(
            "<pre class=\"transcript\"><code>S: 220 Service ready for new user.\nC: USER anna\n"
        ),
        "{code}"
    );
    assert!(code.contains("C: QUIT\nS: 221 Service closing control connection.\n</code></pre>"));
}

//! The typography of each language (data/typography.toml): a defect planted in a copy of the
//! project's own locales is reported by `ftpdocs check` at its line and column with a message
//! that says what to type, and the project's own fourteen locales give no typography finding.

mod common;

use common::{ftpdocs, project_copy, project_root, replace};
use std::fs;
use std::path::Path;

/// A defect: in `file`, `from` becomes `to`; the finding points at `to`'s character `at`
/// (counted in characters) and its message contains `message`.
struct Plant {
    /// The check that reports it: `quotes`, `spacing` or `punctuation`.
    check: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    at: usize,
    message: &'static str,
}

const PLANTS: &[Plant] = &[
    Plant {
        check: "quotes",
        file: "locales/de/codes-2xx.ftl",
        from: "Nach MKD muss",
        to: "Nach “MKD” muss",
        at: 9,
        message: "type German quotes „…“ (‚…‘ inside) instead of ” (U+201D)",
    },
    Plant {
        check: "quotes",
        file: "locales/pl/codes-2xx.ftl",
        from: "tekst „Utworzono «ŚCIEŻKĘ»”",
        to: "tekst \"Utworzono «ŚCIEŻKĘ»\"",
        at: 6,
        message: "type Polish quotes „…” instead of \" (U+0022)",
    },
    Plant {
        check: "quotes",
        file: "locales/ru/codes-2xx.ftl",
        from: "текст «„ПУТЬ“ создан»",
        to: "текст “„ПУТЬ“ создан”",
        at: 20,
        message: "type Russian quotes «…» („…“ inside) instead of ” (U+201D)",
    },
    Plant {
        check: "spacing",
        file: "locales/es/codes-5xx.ftl",
        from: "asigna a 500 el texto «",
        to: "asigna a 500 el texto : «",
        at: 21,
        message: "Spanish puts no space before “:”",
    },
    Plant {
        check: "spacing",
        file: "locales/it/codes-5xx.ftl",
        from: "il testo di 500 è «",
        to: "il testo di 500 è ! «",
        at: 17,
        message: "Italian puts no space before “!”",
    },
    Plant {
        check: "punctuation",
        file: "locales/ja/codes-5xx.ftl",
        from: "構文エラー、コマンドを認識できません\n",
        to: "構文エラー,コマンドを認識できません\n",
        at: 5,
        message: "Japanese uses its own “、” here: type “、” instead of “,”",
    },
    Plant {
        check: "punctuation",
        file: "locales/zh-CN/codes-5xx.ftl",
        from: "语法错误，命令无法识别\n",
        to: "语法错误,命令无法识别\n",
        at: 4,
        message: "Chinese uses its own “，” here: type “，” instead of “,”",
    },
    Plant {
        check: "punctuation",
        file: "locales/ko/codes-5xx.ftl",
        from: "없음”입니다. RFC 959는",
        to: "없음”입니다。 RFC 959는",
        at: 6,
        message: "Korean uses the ASCII “.”: type “.” instead of the full-width “。”",
    },
    Plant {
        check: "punctuation",
        file: "locales/ar/codes-5xx.ftl",
        from: "خطأ في الصياغة، الأمر",
        to: "خطأ في الصياغة, الأمر",
        at: 14,
        message: "Arabic uses its own “،” here: type “،” instead of “,”",
    },
];

/// `file:line:column` of character `at` of the first `to` in the file.
fn place(root: &Path, plant: &Plant) -> String {
    let text = fs::read_to_string(root.join(plant.file)).unwrap();
    let start = text.find(plant.to).expect("planted text");
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let line = text[..start].matches('\n').count() + 1;
    let column = text[line_start..start].chars().count() + plant.at + 1;
    format!("{}:{line}:{column}", plant.file)
}

#[test]
fn a_planted_defect_in_each_language_is_found_at_its_place() {
    let dir = project_copy();
    for plant in PLANTS {
        replace(dir.path(), plant.file, plant.from, plant.to);
    }
    let output = ftpdocs(dir.path(), &["check"]).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    for plant in PLANTS {
        let expected = format!("warning[{}]: {}", plant.check, plant.message);
        let at = format!("--> {}", place(dir.path(), plant));
        let found = stdout
            .split("warning[")
            .any(|block| format!("warning[{block}").starts_with(&expected) && block.contains(&at));
        assert!(found, "no {expected:?} at {at} in:\n{stdout}");
    }
    // The Polish plant has two straight quotes, each a finding.
    for check in ["quotes", "spacing", "punctuation"] {
        let planted = PLANTS.iter().filter(|p| p.check == check).count();
        let extra = usize::from(check == "quotes");
        let summary = format!("{check}: {}", planted + extra);
        assert!(stdout.contains(&summary), "{summary} in {stdout}");
    }
}

#[test]
fn the_projects_own_locales_give_no_typography_finding() {
    let output = ftpdocs(&project_root(), &["check"]).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    for check in ["typography", "spacing", "quotes", "punctuation"] {
        assert!(!stdout.contains(&format!("[{check}]")), "{stdout}");
    }
    assert!(output.status.success(), "{stdout}");
}

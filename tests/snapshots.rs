//! The 220–503 comparison in English and French, in every format, reviewed as snapshots.

use std::path::Path;

use ftpdocs::load::load_project;
use ftpdocs::model::{Code, Pair};
use ftpdocs::render::{Format, PageRef, Renderer};

fn render(lang: &str, page: PageRef, format: Format) -> String {
    let project = load_project(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the project loads");
    let renderer = Renderer::new(&project, &lang.parse().unwrap(), false).expect("locale exists");
    format.write(&renderer.page(page).expect("page renders"))
}

fn pair(a: u16, b: u16) -> PageRef {
    PageRef::Comparison(Pair::new(Code::new(a).unwrap(), Code::new(b).unwrap()).unwrap())
}

macro_rules! snapshot {
    ($name:ident, $lang:literal, $page:expr, $format:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(render($lang, $page, $format));
        }
    };
}

snapshot!(en_220_503_txt, "en", pair(220, 503), Format::Txt);
snapshot!(en_220_503_md, "en", pair(220, 503), Format::Md);
snapshot!(en_220_503_json, "en", pair(220, 503), Format::Json);
snapshot!(fr_220_503_txt, "fr", pair(220, 503), Format::Txt);
snapshot!(fr_220_503_md, "fr", pair(220, 503), Format::Md);
snapshot!(fr_220_503_json, "fr", pair(220, 503), Format::Json);

fn code(n: u16) -> PageRef {
    PageRef::Code(Code::new(n).unwrap())
}

snapshot!(en_227_229_txt, "en", pair(227, 229), Format::Txt);
snapshot!(fr_227_229_txt, "fr", pair(227, 229), Format::Txt);
snapshot!(en_code_220_txt, "en", code(220), Format::Txt);
snapshot!(fr_code_220_txt, "fr", code(220), Format::Txt);
snapshot!(en_code_522_txt, "en", code(522), Format::Txt);
snapshot!(fr_code_522_txt, "fr", code(522), Format::Txt);
snapshot!(fr_code_631_md, "fr", code(631), Format::Md);
snapshot!(
    fr_winsock_10054_txt,
    "fr",
    PageRef::NotFtp(10054),
    Format::Txt
);

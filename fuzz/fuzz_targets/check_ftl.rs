//! Any bytes as a translated `.ftl` file: parsed, checked against the project's English file
//! and checked as a reference itself. No file system, so it runs fast.
#![no_main]

use libfuzzer_sys::fuzz_target;

use ftpdocs::check::{
    check_locale, check_reference, Catalog, CheckContext, LocaleSource, Settings, SourceFile,
};

const EN: &[u8] = include_bytes!("../../locales/en/page.ftl");

fn catalog(locale: &str, bytes: &[u8]) -> Catalog {
    let files = vec![SourceFile {
        path: "page.ftl".into(),
        content: Ok(bytes.to_vec()),
    }];
    Catalog::build(
        LocaleSource {
            locale: locale.into(),
            files,
        },
        locale,
    )
}

fuzz_target!(|data: &[u8]| {
    let settings = Settings::default();
    let reference = catalog("en", EN);
    let cx = CheckContext {
        reference: &reference,
        settings: &settings,
    };
    let _ = check_locale(&cx, &catalog("fr", data));
    let as_reference = catalog("en", data);
    let _ = check_reference(&CheckContext {
        reference: &as_reference,
        settings: &settings,
    });
});

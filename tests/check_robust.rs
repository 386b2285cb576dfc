//! Bad input never panics and always says what is wrong: arbitrary bytes, a file that is not
//! UTF-8, an empty file, a 50 MB file.

use proptest::prelude::*;

use ftpdocs::check::{
    check_locale, Catalog, Check, CheckContext, LocaleSource, Settings, SourceFile,
};

fn locale(name: &str, text: &[u8]) -> Catalog {
    let files = vec![SourceFile {
        path: "app.ftl".into(),
        content: Ok(text.to_vec()),
    }];
    Catalog::build(
        LocaleSource {
            locale: name.into(),
            files,
        },
        name,
    )
}

fn check(en: &[u8], fr: &[u8]) -> Vec<ftpdocs::check::Finding> {
    let reference = locale("en", en);
    let settings = Settings::default();
    check_locale(
        &CheckContext {
            reference: &reference,
            settings: &settings,
        },
        &locale("fr", fr),
    )
}

const EN: &[u8] =
    b"hello = The server is ready for a new user.\n    .title = Ready\nbye = Goodbye { $name }.\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(EN, &bytes);
        check(&bytes, EN);
    }

    #[test]
    fn arbitrary_fluent_like_text_never_panics(text in "[a-z#=.{}$\\-\\[\\]*: «»!?<>/é\u{a0}\u{202f}\n]{0,300}") {
        check(EN, text.as_bytes());
        check(text.as_bytes(), text.as_bytes());
    }
}

#[test]
fn file_that_is_not_utf8_is_a_syntax_finding_with_its_place() {
    let findings = check(EN, b"hello = Pr\xeat\n");
    let finding = findings
        .iter()
        .find(|f| f.check == Check::Syntax)
        .expect("a syntax finding");
    assert_eq!((finding.line, finding.column), (Some(1), Some(11)));
    assert!(
        finding.message.contains("fr/app.ftl is not valid UTF-8"),
        "{}",
        finding.message
    );
    assert!(
        !findings.iter().any(|f| f.check == Check::MissingFile),
        "the file exists"
    );
}

#[test]
fn empty_file_lists_every_missing_message() {
    let findings = check(EN, b"");
    let missing: Vec<_> = findings
        .iter()
        .filter(|f| f.check == Check::MissingMessage)
        .map(|f| f.message_id.clone().unwrap())
        .collect();
    assert_eq!(missing, ["hello", "bye"]);
}

#[test]
fn junk_is_reported_with_line_and_the_rest_still_checked() {
    let findings = check(
        EN,
        "hello = Bonjour\n    .title = Prêt\n}}} junk\nbye = Au revoir { $nom }.\n".as_bytes(),
    );
    let syntax = findings
        .iter()
        .find(|f| f.check == Check::Syntax)
        .expect("a syntax finding");
    assert_eq!(syntax.line, Some(3));
    assert!(findings
        .iter()
        .any(|f| f.check == Check::Variables && f.message.contains("$nom")));
}

#[test]
fn fifty_megabyte_file_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::with_capacity(50 << 20);
    let mut i = 0;
    while text.len() < 50 << 20 {
        text.push_str(&format!(
            "msg-{i} = Le serveur numéro {i} est prêt pour un nouvel utilisateur.\n"
        ));
        i += 1;
    }
    let path = dir.path().join("big.ftl");
    std::fs::write(&path, &text).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() >= 50 << 20);
    let findings = check(b"msg-0 = The server is ready.\n", &bytes);
    let obsolete = findings
        .iter()
        .filter(|f| f.check == Check::ObsoleteMessage)
        .count();
    assert_eq!(obsolete, i - 1, "every message but msg-0 is obsolete");
}

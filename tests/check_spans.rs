//! Every finding's place is right, in any script: the column and span land on characters of
//! the source line, and the underlined text is the text the finding names (a property test over
//! arbitrary Unicode, with URLs, markup and placeables mixed in, where masking once misplaced
//! offsets after multi-byte characters).

use proptest::prelude::*;

mod common;

use ftpdocs::check::Finding;

fn check(locale: &str, value: &str) -> (String, Vec<Finding>) {
    let en = "key = Send the commands in the order the protocol requires, then log in again.\n";
    let source = format!("key = x{value}\n");
    let found = common::check_one_file(en, locale, &source);
    (source, found)
}

/// The characters a finding underlines, or why its place is impossible.
fn underlined(source: &str, f: &Finding) -> Result<String, String> {
    let (Some(line), Some(column), Some(span)) = (f.line, f.column, f.span) else {
        return Ok(String::new());
    };
    let text: Vec<char> = source
        .lines()
        .nth(line as usize - 1)
        .ok_or("no such line")?
        .chars()
        .collect();
    if f.source_line.as_deref() != Some(&text.iter().collect::<String>()[..]) {
        return Err("source_line is not the line".into());
    }
    let start = column as usize - 1;
    let end = start + span as usize;
    if end > text.len().max(1) {
        return Err(format!(
            "span {start}..{end} past the line's {} characters",
            text.len()
        ));
    }
    Ok(text[start.min(text.len())..end.min(text.len())]
        .iter()
        .collect())
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<char>()
            .prop_filter("not Fluent syntax", |c| !matches!(
                c,
                '{' | '}' | '\n' | '\r'
            ))
            .prop_map(String::from),
        Just("https://例え.jp/ページ?q=é".to_string()),
        Just("<b>日本語</b>".to_string()),
        Just("&nbsp;".to_string()),
        Just("{ $n }".to_string()),
        Just("  ".to_string()),
        Just(" : ".to_string()),
        Just("« ".to_string()),
        Just("\u{fffd}".to_string()),
        Just("\u{7}".to_string()),
        Just("😀".to_string()),
        Just(" the the ".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_cover_what_findings_name(
        pieces in prop::collection::vec(piece(), 0..24),
        locale in prop::sample::select(vec!["fr", "ja", "pl", "ar"]),
    ) {
        let value: String = pieces.concat();
        let (source, findings) = check(locale, &value);
        for f in &findings {
            let shown = underlined(&source, f).map_err(|e| TestCaseError::fail(format!("{e}: {f:?}")))?;
            if let Some(code) = f.message.strip_prefix("control character U+") {
                let expected = u32::from_str_radix(&code[..4], 16).ok().and_then(char::from_u32);
                prop_assert_eq!(shown.chars().next(), expected, "{:?}", f);
                prop_assert!(source.contains(expected.unwrap()), "{:?}", f);
            }
            if f.message.starts_with("U+FFFD") {
                prop_assert_eq!(shown.as_str(), "\u{fffd}");
            }
            if f.message.starts_with("double space") {
                prop_assert_eq!(shown.as_str(), "  ");
            }
            if f.message.contains("is repeated") {
                let words: Vec<String> = shown.split_whitespace().map(str::to_lowercase).collect();
                prop_assert!(words.len() == 2 && words[0] == words[1], "{:?} {:?}", shown, f);
            }
        }
    }
}

#[test]
fn no_control_character_is_invented_after_a_url_with_accents() {
    let (_, findings) = check(
        "fr",
        " voir https://exemple.fr/été/à-propos puis «\u{a0}ici\u{a0}»",
    );
    assert!(
        findings
            .iter()
            .all(|f| !f.message.contains("control character")),
        "{findings:#?}"
    );
}

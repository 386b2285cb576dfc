//! What a translation may smuggle onto every page: `bidi-control` (characters that reorder
//! text, such as U+202E RIGHT-TO-LEFT OVERRIDE, which make a name or a command read other than
//! it is) and `markup` (HTML tags and `javascript:` addresses, which the site escapes but a
//! Markdown consumer may not).
//!
//! Each entry's source text is scanned as written, string literals and `\uXXXX` escapes
//! included; comments are not. What the reference entry itself contains is allowed, so a
//! project whose reference uses a tag (`<a data-l10n-name>`) or an isolate is not flagged.
//! The isolation marks the pipeline adds for right-to-left locales are added when formatting,
//! never written in `.ftl` files, so none of them is seen here.

use std::collections::{BTreeSet, HashMap};

use super::catalog::locate;
use super::finding::{Check, Finding};
use super::ftl::{Entry, FtlFile};
use super::structure::FilePair;

/// Embeddings, overrides and isolates: the controls that change the order of what follows.
/// The marks (U+200E, U+200F, U+061C) only set a direction and are left to translators.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Tags that run code, load something or take input: flagged even where markup is allowed.
const ACTIVE_TAGS: &[&str] = &[
    "script", "style", "iframe", "frame", "object", "embed", "link", "meta", "base", "form",
    "input", "button", "svg", "math", "img", "video", "audio", "source",
];

/// Warnings for the entries of one translated file.
pub fn check_pair(pair: &FilePair<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    // A project whose reference file uses markup lets translators use markup too (a `<br>`
    // where the language needs one); only tags that run or load something are flagged there.
    let reference_uses_markup = pair.reference_markup || uses_markup(pair.reference);
    let mut reference_texts = HashMap::new();
    for (entry, text, _) in entry_texts(pair.reference) {
        reference_texts.entry(entry.id.as_str()).or_insert(text);
    }
    for (entry, text, offset) in entry_texts(pair.l10n) {
        let reference = reference_texts
            .get(entry.id.as_str())
            .map(|text| Scan::of(text))
            .unwrap_or_default();
        let scan = Scan::of(text);
        let finding = |check: Check, at: usize, message: String| {
            let found =
                Finding::new(check, pair.locale, pair.path, message).with_id(&entry.id, None);
            locate(found, pair.l10n, offset + at, 1)
        };
        // In a right-to-left language, embeddings and isolates keep a left-to-right value
        // readable (Anki's Persian "میان‌بُر: \u{202A}{ $val }"); only an override reverses
        // what is written.
        let right_to_left = pair
            .locale
            .parse::<unic_langid::LanguageIdentifier>()
            .is_ok_and(|id| id.character_direction() == unic_langid::CharacterDirection::RTL);
        let reorders = |c: &char| !right_to_left || matches!(c, '\u{202D}' | '\u{202E}');
        let first_bidi = scan.bidi.iter().find(|(_, c)| reorders(c));
        if let Some((at, c)) = first_bidi.filter(|_| reference.bidi.is_empty()) {
            findings.push(finding(
                Check::BidiControl,
                *at,
                format!(
                    "U+{:04X}, a bidirectional control character, reorders the text that follows it so that it reads other than it is written: remove it (use U+200E or U+200F marks if the direction needs help)",
                    u32::from(*c)
                ),
            ));
        }
        let new_tags: Vec<&(usize, String)> = scan
            .tags
            .iter()
            .filter(|(_, tag)| !reference.tags.iter().any(|(_, r)| r == tag))
            .filter(|(_, tag)| !reference_uses_markup || ACTIVE_TAGS.contains(&tag.as_str()))
            .collect();
        if let Some((at, _)) = new_tags.first() {
            let names: BTreeSet<&str> = new_tags.iter().map(|(_, t)| t.as_str()).collect();
            let names: Vec<String> = names.iter().map(|t| format!("<{t}>")).collect();
            findings.push(finding(
                Check::Markup,
                *at,
                format!(
                    "markup the {} text does not have ({}): translations are text; remove it",
                    pair.reference_locale,
                    names.join(", ")
                ),
            ));
        }
        if let Some(at) = scan.script_url.filter(|_| reference.script_url.is_none()) {
            findings.push(finding(
                Check::Markup,
                at,
                "a `javascript:` address: a link a reader follows would run it; remove it".into(),
            ));
        }
    }
    findings
}

/// Does some entry of `file` hold an HTML tag?
pub fn uses_markup(file: &FtlFile) -> bool {
    entry_texts(file).any(|(_, t, _)| !Scan::of(t).tags.is_empty())
}

/// Each entry with its source text (comments excluded) and that text's offset in the file.
fn entry_texts(file: &FtlFile) -> impl Iterator<Item = (&Entry, &str, usize)> {
    file.entries.iter().enumerate().map(move |(i, entry)| {
        let end = file
            .entries
            .get(i + 1)
            .map_or(file.source.len(), |next| next.offset)
            .max(entry.offset);
        let text = file.source.get(entry.offset..end).unwrap_or("");
        // The next entry's comment lines sit before its id: they are not this entry's text.
        let body_end = text
            .match_indices("\n#")
            .next()
            .map_or(text.len(), |(i, _)| i);
        (entry, &text[..body_end], entry.offset)
    })
}

/// What one entry's text contains, with byte offsets in it.
#[derive(Debug, Default)]
struct Scan {
    bidi: Vec<(usize, char)>,
    /// Lowercased tag names, such as `script` or `a`.
    tags: Vec<(usize, String)>,
    script_url: Option<usize>,
}

impl Scan {
    fn of(text: &str) -> Scan {
        let mut scan = Scan::default();
        for (at, c) in text.char_indices() {
            if is_bidi_control(c) {
                scan.bidi.push((at, c));
            }
            if c == '<' {
                if let Some(tag) = tag_name(&text[at + 1..]) {
                    scan.tags.push((at, tag));
                }
            }
        }
        // Fluent escapes (`\u202E`, `\U00202E`) in string literals.
        for (at, _) in text.match_indices('\\') {
            let rest = &text[at + 1..];
            let hex = match rest.chars().next() {
                Some('u') => rest.get(1..5),
                Some('U') => rest.get(1..7),
                _ => None,
            };
            let escaped = hex
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32);
            if let Some(c) = escaped.filter(|c| is_bidi_control(*c)) {
                scan.bidi.push((at, c));
            }
        }
        scan.bidi.sort();
        let folded: String = text
            .chars()
            .map(|c| {
                if c.is_whitespace() || c.is_control() {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        scan.script_url = folded
            .find("javascript:")
            .filter(|&i| text.is_char_boundary(i));
        scan
    }
}

/// The name of the tag that `rest` (what follows a `<`) opens or closes, if it is one.
/// The elements of HTML (the WHATWG living standard, with the obsolete ones still met in
/// translations): `<d>` in RFC 2428's `(<d><d><d>port<d>)` or Anki's `<MARKED AS NOT NEEDED>`
/// is text, not markup.
const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frame",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "math",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

fn tag_name(rest: &str) -> Option<String> {
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let first = name.chars().next()?;
    let after = rest[name.len()..].chars().next();
    let ends_like_a_tag = matches!(after, None | Some('>' | '/' | ' ' | '\t' | '\n'));
    let name = name.to_ascii_lowercase();
    (first.is_ascii_alphabetic() && ends_like_a_tag && HTML_ELEMENTS.contains(&name.as_str()))
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::ftl::FtlFile;

    fn check(en: &str, fr: &str) -> Vec<Finding> {
        check_in("fr", en, fr)
    }

    fn check_in(locale: &str, en: &str, text: &str) -> Vec<Finding> {
        let reference = FtlFile::parse(en.to_string());
        let l10n = FtlFile::parse(text.to_string());
        check_pair(&FilePair {
            locale,
            path: "fr/site.ftl",
            reference_locale: "en",
            reference: &reference,
            l10n: &l10n,
            plurals: None,
            reference_plurals: None,
            identifier: None,
            reference_markup: false,
        })
    }

    #[test]
    fn only_html_elements_are_markup() {
        assert_eq!(tag_name("b>bold"), Some("b".into()));
        assert_eq!(tag_name("/script>"), Some("script".into()));
        assert_eq!(tag_name("d><d>port<d>)"), None);
        assert_eq!(tag_name("MARKED AS NOT NEEDED>"), None);
    }

    #[test]
    fn embeddings_help_a_right_to_left_language_and_overrides_never_do() {
        let en = "shortcut = Shortcut: { $val }\n";
        let with = |c: char| format!("shortcut = میان‌بُر: {c}{{ $val }}\n");
        let check_in = |locale: &str, text: &str| check_in(locale, en, text).len();
        assert_eq!(check_in("fa", &with('\u{202A}')), 0);
        assert_eq!(check_in("fa", &with('\u{2066}')), 0);
        assert_eq!(check_in("fa", &with('\u{202E}')), 1);
        assert_eq!(check_in("fr", &with('\u{202A}')), 1);
    }

    #[test]
    fn a_right_to_left_override_in_a_name_is_flagged_where_it_is() {
        let found = check(
            "language-name = English\n",
            "language-name = Fran\u{202E}çais\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].check, Check::BidiControl);
        assert_eq!((found[0].line, found[0].column), (Some(1), Some(21)));
        assert!(found[0].message.contains("U+202E"));
    }

    #[test]
    fn escaped_bidi_controls_in_string_literals_are_flagged_too() {
        let found = check("a = A\n", "a = { \"\\u202E\" }B\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].check, Check::BidiControl);
    }

    #[test]
    fn script_tags_and_javascript_urls_are_flagged() {
        let found = check(
            "a = Read the RFC.\nb = See the RFC.\n",
            "a = Lisez <script>alert(1)</script>.\nb = Voir JavaScript :alert(1) ou javascript:alert(1).\n",
        );
        let checks: Vec<(Check, Option<u32>)> = found.iter().map(|f| (f.check, f.line)).collect();
        assert_eq!(checks, [(Check::Markup, Some(1)), (Check::Markup, Some(2))]);
        assert!(
            found[0].message.contains("<script>"),
            "{}",
            found[0].message
        );
        assert!(
            found[1].message.contains("javascript:"),
            "{}",
            found[1].message
        );
    }

    #[test]
    fn where_the_reference_uses_markup_only_active_tags_are_flagged() {
        let en = "a = Click <a data-l10n-name=\"link\">here</a>.\nb = Done.\n";
        let fr = "a = Cliquez <a data-l10n-name=\"link\">ici</a>.\nb = Fini<br>.\nc = <img src=x onerror=alert(1)>\n";
        let found = check(en, fr);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("<img>"));
    }

    #[test]
    fn markup_the_reference_has_and_plain_comparisons_pass() {
        let en = "a = Click <a data-l10n-name=\"link\">here</a>.\nb = 1 < 2 and x<y\n";
        let fr = "a = Cliquez <a data-l10n-name=\"link\">ici</a>.\nb = 1 < 2 et x<y\n# <script> in a comment\nc = C\n";
        assert!(check(en, fr).is_empty(), "{:?}", check(en, fr));
    }
}

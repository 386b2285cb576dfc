//! Markdown with YAML front matter, for static site generators such as Zola or Hugo.

use std::fmt::Write;

use serde::Serialize;

use super::view::{Block, PageView};
use crate::l10n::Text;

#[derive(Serialize)]
struct FrontMatter<'a> {
    title: &'a str,
    description: &'a str,
    lang: &'a str,
    codes: &'a [u32],
    /// The same for every locale of the page, so generators can link translations.
    #[serde(rename = "translationKey")]
    translation_key: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    fallback: &'a [String],
}

pub fn write_md(page: &PageView) -> String {
    let front = FrontMatter {
        title: &page.title.text,
        description: &page.lead.text,
        lang: &page.lang,
        codes: &page.codes,
        translation_key: &page.key,
        fallback: &page.fallback,
    };
    let yaml = serde_yaml::to_string(&front).expect("front matter is plain data");
    let mut out = format!(
        "---\n{yaml}---\n\n# {}\n\n{}\n",
        escape(&page.title),
        escape(&page.lead)
    );
    for section in &page.sections {
        let hashes = "#".repeat(section.level as usize);
        let _ = write!(out, "\n{hashes} {}\n", escape(&section.heading));
        for block in &section.blocks {
            out.push('\n');
            match block {
                Block::Paragraph { text } => {
                    let _ = writeln!(out, "{}", escape(text));
                }
                Block::NumberedList { items } => {
                    for (i, item) in items.iter().enumerate() {
                        let _ = writeln!(out, "{}. {}", i + 1, escape(item));
                    }
                }
                Block::List { items } => {
                    for item in items {
                        let _ = writeln!(out, "- {}", escape(item));
                    }
                }
                Block::Commands { items } => {
                    let codes: Vec<String> = items.iter().map(|c| code_span(c)).collect();
                    let _ = writeln!(out, "{}", codes.join(", "));
                }
                Block::Links { items } => {
                    for link in items {
                        let _ = writeln!(
                            out,
                            "- [{}]({})",
                            escape(&link.text),
                            link_target(&link.href)
                        );
                    }
                }
            }
        }
    }
    out
}

/// `text` as one code span: a fence longer than any run of backticks inside it, so a value
/// from YAML can neither close the span early nor let markup after it through; in a code span
/// Markdown shows `<`, `&` and `*` as they are.
fn code_span(text: &str) -> String {
    let text = text.replace(['\n', '\r'], " ");
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    // A span that starts or ends with a backtick needs a space, which Markdown strips.
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A link target with what could end it or start markup percent-encoded: a section name
/// from YAML cannot close the link or open a tag.
fn link_target(href: &str) -> String {
    let mut out = String::with_capacity(href.len());
    for c in href.chars() {
        if c.is_ascii_control()
            || c.is_whitespace()
            || matches!(
                c,
                '<' | '>' | '\\' | '`' | '"' | '\'' | '(' | ')' | '[' | ']'
            )
        {
            let mut buffer = [0; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Keeps translated text from turning into Markdown markup by accident.
fn escape(t: &Text) -> String {
    let mut out = String::with_capacity(t.text.len());
    for c in t.text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    match &t.fallback {
        Some(lang) => format!("<span lang=\"{lang}\">{out}</span>"),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_cannot_be_closed_by_the_value() {
        assert_eq!(code_span("USER"), "`USER`");
        assert_eq!(code_span("a`<b>"), "``a`<b>``");
        assert_eq!(code_span("`x"), "`` `x ``");
    }

    #[test]
    fn link_targets_cannot_end_the_link_or_open_a_tag() {
        assert_eq!(
            link_target("https://www.rfc-editor.org/rfc/rfc959#section-4.2"),
            "https://www.rfc-editor.org/rfc/rfc959#section-4.2"
        );
        assert_eq!(
            link_target("x#1)<script>alert(1)</script> y"),
            "x#1%29%3Cscript%3Ealert%281%29%3C/script%3E%20y"
        );
    }
}

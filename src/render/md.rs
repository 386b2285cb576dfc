//! Markdown with YAML front matter, for static site generators such as Zola or Hugo.

use std::fmt::Write;

use serde::Serialize;

use super::view::{Block, PageView, Table};
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
                Block::Table(table) => write_table(&mut out, table),
                Block::Transcript { lines } => {
                    let marked: Vec<String> = lines.iter().map(|l| l.marked()).collect();
                    let fence = fence_for(&marked);
                    let _ = writeln!(out, "{fence}text");
                    for line in &marked {
                        let _ = writeln!(out, "{line}");
                    }
                    let _ = writeln!(out, "{fence}");
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

/// A pipe table; the lines of a cell are joined with `<br>`, and pipes in text are escaped.
fn write_table(out: &mut String, table: &Table) {
    let cell = |texts: &[Text]| {
        texts
            .iter()
            .map(|t| escape(t).replace('|', "\\|"))
            .collect::<Vec<_>>()
            .join("<br>")
    };
    let head: Vec<String> = table
        .columns
        .iter()
        .map(|c| cell(std::slice::from_ref(c)))
        .collect();
    let _ = writeln!(out, "|  | {} |", head.join(" | "));
    let _ = writeln!(out, "|---{}|", "|---".repeat(head.len()));
    for row in &table.rows {
        let cells: Vec<String> = row.cells.iter().map(|c| cell(c)).collect();
        let _ = writeln!(
            out,
            "| {} | {} |",
            cell(std::slice::from_ref(&row.label)),
            cells.join(" | ")
        );
    }
}

/// A code fence longer than any run of backticks in the lines, so no line can close it.
fn fence_for(lines: &[String]) -> String {
    let longest = lines
        .iter()
        .flat_map(|l| l.split(|c| c != '`'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transcript_line_cannot_close_its_fence() {
        assert_eq!(fence_for(&["C: USER a".to_string()]), "```");
        assert_eq!(fence_for(&["S: 550 ```x````".to_string()]), "`````");
    }

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

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
                    let codes: Vec<String> = items.iter().map(|c| format!("`{c}`")).collect();
                    let _ = writeln!(out, "{}", codes.join(", "));
                }
                Block::Links { items } => {
                    for link in items {
                        let _ = writeln!(out, "- [{}]({})", escape(&link.text), link.href);
                    }
                }
                Block::Table(table) => write_table(&mut out, table),
                Block::Transcript { lines } => {
                    let _ = writeln!(out, "```text");
                    for line in lines {
                        let _ = writeln!(out, "{}", line.marked());
                    }
                    let _ = writeln!(out, "```");
                }
            }
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

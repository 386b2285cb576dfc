//! Plain text, laid out like the pages people copy into tickets: headings, paragraphs and
//! numbered lists separated by blank lines.

use std::fmt::Write;

use super::view::{Block, PageView};
use crate::l10n::Text;

pub fn write_txt(page: &PageView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", text(&page.title));
    let _ = writeln!(out, "{}", text(&page.lead));
    for section in &page.sections {
        let _ = writeln!(out, "\n{}", text(&section.heading));
        for block in &section.blocks {
            out.push('\n');
            match block {
                Block::Paragraph { text: t } => {
                    let _ = writeln!(out, "{}", text(t));
                }
                Block::NumberedList { items } => {
                    for (i, item) in items.iter().enumerate() {
                        let _ = writeln!(out, "{}. {}", i + 1, text(item));
                    }
                }
                Block::List { items } => {
                    for item in items {
                        let _ = writeln!(out, "- {}", text(item));
                    }
                }
                Block::Commands { items } => {
                    let _ = writeln!(out, "{}", items.join(", "));
                }
                Block::Links { items } => {
                    for link in items {
                        let _ = writeln!(out, "- {} <{}>", text(&link.text), link.href);
                    }
                }
            }
        }
    }
    out
}

/// Text shown in another locale is marked with that locale's tag, as `[en] …`.
fn text(t: &Text) -> String {
    match &t.fallback {
        Some(lang) => format!("[{lang}] {}", t.text),
        None => t.text.clone(),
    }
}

//! Plain text, laid out like the pages people copy into tickets: headings, paragraphs and
//! numbered lists separated by blank lines.

use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

use super::view::{Block, PageView, Table};
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
                Block::Table(table) => write_table(&mut out, table),
                Block::Transcript { lines } => {
                    for line in lines {
                        let _ = writeln!(out, "    {}", line.marked());
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

/// A table as aligned columns split by `|`: the row label, then one column per code, each as
/// wide as its widest line in terminal columns (CJK characters take two); a cell of several
/// lines takes several lines.
fn write_table(out: &mut String, table: &Table) {
    let cell_lines = |cell: &[Text]| cell.iter().map(text).collect::<Vec<_>>();
    let mut grid: Vec<Vec<Vec<String>>> = vec![std::iter::once(Vec::new())
        .chain(table.columns.iter().map(|c| vec![text(c)]))
        .collect()];
    for row in &table.rows {
        grid.push(
            std::iter::once(vec![text(&row.label)])
                .chain(row.cells.iter().map(|c| cell_lines(c)))
                .collect(),
        );
    }
    let columns = grid[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            grid.iter()
                .flat_map(|row| row[i].iter().map(|l| l.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &grid {
        let height = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for n in 0..height {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                let value = cell.get(n).map(String::as_str).unwrap_or("");
                if i + 1 < columns {
                    let pad = widths[i] - value.width();
                    let _ = write!(line, "{value}{} | ", " ".repeat(pad));
                } else {
                    line.push_str(value);
                }
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
}

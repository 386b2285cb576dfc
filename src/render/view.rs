//! The view model: one page, built once, written by every format.

use serde::Serialize;

use crate::l10n::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageKind {
    /// The index of a locale: codes by class, comparisons, other numbers.
    Home,
    Comparison,
    Code,
    NotFtp,
    /// What the site shows at an address it has no page for.
    NotFound,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    pub kind: PageKind,
    /// The page's locale, a BCP 47 tag.
    pub lang: String,
    /// `ltr` or `rtl`, from the locale.
    pub dir: &'static str,
    /// Shared by every locale of the same page: `compare/ftp/220-vs-503`, `ftp/220`; empty
    /// for the home page.
    pub key: String,
    /// The reply codes (or other numbers) the page is about.
    pub codes: Vec<u32>,
    pub title: Text,
    /// One sentence that sums the page up: the lead, also the meta description.
    pub lead: Text,
    pub sections: Vec<Section>,
    /// Every message shown in another locale than the page's (only with --allow-fallback).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fallback: Vec<String>,
}

impl PageView {
    /// The site path of the page in its locale: `/fr/compare/ftp/220-vs-503/`.
    pub fn path(&self) -> String {
        page_path(&self.lang, &self.key)
    }

    /// Every piece of text on the page, in reading order.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        [&self.title, &self.lead]
            .into_iter()
            .chain(self.sections.iter().flat_map(Section::texts))
    }
}

pub fn page_path(lang: &str, key: &str) -> String {
    if key.is_empty() {
        format!("/{lang}/")
    } else {
        format!("/{lang}/{key}/")
    }
}

/// The file that holds a page below its locale folder: `ftp/220/index.html`, `index.html`.
pub fn page_file(key: &str, extension: &str) -> String {
    if key.is_empty() {
        format!("index.{extension}")
    } else {
        format!("{key}/index.{extension}")
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub heading: Text,
    /// 2 for a section, 3 for a subsection, 4 below that.
    pub level: u8,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(heading: Text, level: u8) -> Self {
        Section {
            heading,
            level,
            blocks: Vec::new(),
        }
    }

    fn texts(&self) -> impl Iterator<Item = &Text> {
        std::iter::once(&self.heading).chain(self.blocks.iter().flat_map(|b| b.texts()))
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Paragraph {
        text: Text,
    },
    NumberedList {
        items: Vec<Text>,
    },
    List {
        items: Vec<Text>,
    },
    /// Command names: language-neutral, shown as code.
    Commands {
        items: Vec<String>,
    },
    Links {
        items: Vec<Link>,
    },
    /// Values set side by side: a column per code, a row per property.
    Table(Table),
    /// Lines exchanged on the control connection, shown verbatim in a code block.
    Transcript {
        lines: Vec<TranscriptLine>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// The heading of each value column (the label column has none).
    pub columns: Vec<Text>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub label: Text,
    /// One cell per column; a cell holds one or more lines.
    pub cells: Vec<Vec<Text>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranscriptLine {
    /// `client` or `server`: who sends the line.
    pub from: &'static str,
    pub text: String,
}

impl TranscriptLine {
    /// The line as transcripts in the RFCs show it: `C: USER anna`, `S: 331 …`.
    pub fn marked(&self) -> String {
        let mark = if self.from == "client" { 'C' } else { 'S' };
        format!("{mark}: {}", self.text)
    }
}

impl Block {
    fn texts(&self) -> Box<dyn Iterator<Item = &Text> + '_> {
        match self {
            Block::Paragraph { text } => Box::new(std::iter::once(text)),
            Block::NumberedList { items } | Block::List { items } => Box::new(items.iter()),
            Block::Commands { .. } | Block::Transcript { .. } => Box::new(std::iter::empty()),
            Block::Table(table) => Box::new(
                table.columns.iter().chain(
                    table
                        .rows
                        .iter()
                        .flat_map(|r| std::iter::once(&r.label).chain(r.cells.iter().flatten())),
                ),
            ),
            Block::Links { items } => Box::new(items.iter().map(|l| &l.text)),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub text: Text,
    /// An absolute URL for RFCs, a site path (`/fr/ftp/220/`) for our own pages.
    pub href: String,
}

impl Link {
    pub fn is_internal(&self) -> bool {
        self.href.starts_with('/')
    }
}

//! The askama templates (in `templates/`) and the data they are filled with. Askama escapes
//! every value, so text from a translator is always text, never markup.

use askama::Template;

use super::links::Linker;
use crate::l10n::Text;
use crate::render::home::HomeTable;
use crate::render::view::{Block, PageView, Table, TranscriptLine};

/// The page's own content: the view as an `<article>`, without the site around it.
#[derive(Template)]
#[template(path = "article.html")]
pub struct Article<'a> {
    pub title: &'a Text,
    pub lead: &'a Text,
    pub sections: Vec<HtmlSection<'a>>,
    /// The label of the table of contents, when the page shows one (see `toc.html`).
    pub toc_label: Option<String>,
}

pub struct HtmlSection<'a> {
    /// The heading element's level, 2–6, never more than one below the previous heading.
    pub level: u8,
    pub id: String,
    pub heading: &'a Text,
    pub blocks: Vec<HtmlBlock<'a>>,
}

pub enum HtmlBlock<'a> {
    Paragraph(&'a Text),
    Ordered(&'a [Text]),
    Unordered(&'a [Text]),
    Commands(&'a [String]),
    Links(Vec<HtmlLink<'a>>),
    Table(&'a Table),
    Transcript(&'a [TranscriptLine]),
}

pub struct HtmlLink<'a> {
    pub text: &'a Text,
    pub href: String,
}

impl<'a> Article<'a> {
    pub fn new(view: &'a PageView, linker: &Linker) -> Self {
        let levels = outline(view.sections.iter().map(|s| s.level));
        let sections = view
            .sections
            .iter()
            .zip(levels)
            .enumerate()
            .map(|(i, (section, level))| HtmlSection {
                level,
                id: format!("s{}", i + 1),
                heading: &section.heading,
                blocks: section
                    .blocks
                    .iter()
                    .map(|b| HtmlBlock::new(b, linker))
                    .collect(),
            })
            .collect();
        Article {
            title: &view.title,
            lead: &view.lead,
            sections,
            toc_label: None,
        }
    }

    /// The level-2 sections the table of contents lists: none on a short page.
    pub fn toc(&self) -> Vec<&HtmlSection<'a>> {
        match self.toc_label {
            Some(_) => super::nav::toc(&self.sections),
            None => Vec::new(),
        }
    }
}

impl<'a> HtmlBlock<'a> {
    fn new(block: &'a Block, linker: &Linker) -> Self {
        match block {
            Block::Paragraph { text } => HtmlBlock::Paragraph(text),
            Block::NumberedList { items } => HtmlBlock::Ordered(items),
            Block::List { items } => HtmlBlock::Unordered(items),
            Block::Commands { items } => HtmlBlock::Commands(items),
            Block::Table(table) => HtmlBlock::Table(table),
            Block::Transcript { lines } => HtmlBlock::Transcript(lines),
            Block::Links { items } => HtmlBlock::Links(
                items
                    .iter()
                    .map(|link| HtmlLink {
                        text: &link.text,
                        href: linker.href(&link.href),
                    })
                    .collect(),
            ),
        }
    }
}

/// Heading levels for sections whose view levels are `levels`, below the page's `h1`: a
/// level may go up freely but only down by one, so no level is ever skipped.
pub fn outline(levels: impl IntoIterator<Item = u8>) -> Vec<u8> {
    let mut previous = 1;
    levels
        .into_iter()
        .map(|level| {
            let level = level.clamp(2, (previous + 1).min(6));
            previous = level;
            level
        })
        .collect()
}

/// A whole HTML document: the site's frame around an article.
#[derive(Template)]
#[template(path = "page.html")]
pub struct Page<'a> {
    pub lang: &'a str,
    pub dir: &'a str,
    /// The browser tab's title: the page's title and the site's name.
    pub title: String,
    pub description: String,
    /// `None` for pages that must not be indexed (the 404 page).
    pub canonical: Option<String>,
    pub alternates: Vec<Alternate>,
    /// Open Graph's `og:title` (the page's own title) and `og:locale` (`fr`, `pt_BR`).
    pub og_title: String,
    pub og_locale: String,
    pub stylesheet: String,
    pub favicon: String,
    pub home: String,
    /// The locale's search page, which the header's search form opens with `?q=`.
    pub search: Option<String>,
    pub frame: &'a FrameText,
    pub languages: Vec<LanguageLink<'a>>,
    pub breadcrumbs: Vec<Crumb>,
    /// The article, already rendered and escaped by its own template.
    pub article: String,
    /// Whether the search index takes the article in (pages with content of their own).
    pub indexed: bool,
    pub pager: Vec<PagerLink>,
    /// Script that runs after the page, written by ftpdocs (never from a translation).
    pub script: &'static str,
}

/// One step of the breadcrumbs: a link, or the page itself.
pub struct Crumb {
    pub text: Text,
    pub href: Option<String>,
}

/// A link to the previous or next code, with its `rel`.
pub struct PagerLink {
    pub text: Text,
    pub href: String,
    pub rel: &'static str,
}

/// The words of the frame, in the page's locale.
pub struct FrameText {
    pub site_name: Text,
    pub skip: Text,
    /// Attribute values (`aria-label`, …): plain text, without isolation marks.
    pub languages_label: String,
    pub breadcrumbs_label: String,
    pub pager_label: String,
    pub toc_label: String,
    pub search_label: String,
    pub search_button: Text,
    pub footer: Text,
}

pub struct Alternate {
    /// A BCP 47 tag or `x-default`.
    pub lang: String,
    pub href: String,
}

/// A link to a locale, named in that locale's own language.
pub struct LanguageLink<'a> {
    pub lang: &'a str,
    pub dir: &'a str,
    pub name: &'a str,
    pub href: String,
    pub current: bool,
}

/// The article of the site's root page: the list of languages.
#[derive(Template)]
#[template(path = "languages.html")]
pub struct Languages<'a> {
    pub title: &'a Text,
    pub lead: &'a Text,
    pub languages: Vec<LanguageLink<'a>>,
}

/// The article of a locale's home page: the codes as a table to filter, then comparisons.
#[derive(Template)]
#[template(path = "home.html")]
pub struct Home<'a> {
    pub table: &'a HomeTable,
    pub classes: Vec<HomeClass<'a>>,
    pub filter_label: String,
    pub filter_none: Text,
    pub columns: [Text; 4],
    pub linker: &'a Linker,
}

pub struct HomeClass<'a> {
    pub digit: u8,
    pub heading: &'a Text,
    pub summary: &'a Text,
    pub rows: Vec<HomeRow<'a>>,
}

pub struct HomeRow<'a> {
    pub code: u16,
    pub name: &'a Text,
    pub class: &'a Text,
    /// The code's meaning in one line.
    pub meaning: String,
    pub href: String,
}

/// The article of a locale's search page; the script fills the results in.
#[derive(Template)]
#[template(path = "search.html")]
pub struct Search<'a> {
    pub title: &'a Text,
    pub lead: &'a Text,
    pub label: String,
    pub button: &'a Text,
    /// Shown when the index cannot be loaded (a site opened from disk) or finds nothing.
    pub unavailable: String,
    pub no_results: String,
    /// The search index's script, from the page: `../../pagefind/pagefind.js`.
    pub bundle: String,
    /// The site's URL path, which the index's URLs start from.
    pub base_path: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_never_skip_a_level() {
        assert_eq!(outline([2, 3, 3, 2, 4, 2]), vec![2, 3, 3, 2, 3, 2]);
        assert_eq!(outline([3, 4, 2]), vec![2, 3, 2]);
        assert_eq!(outline([2, 3, 4, 4, 3]), vec![2, 3, 4, 4, 3]);
    }
}

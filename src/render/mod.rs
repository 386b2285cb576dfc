//! Rendering: a view model per page ([`view`]), built from content and messages ([`pages`]),
//! then written by one writer per format.

mod json;
mod md;
mod output;
mod pages;
mod txt;
pub mod view;

use std::fmt;

use unic_langid::LanguageIdentifier;

pub use self::output::{SiteWriter, SITE_MARKER};
use self::pages::PageContext;
pub use self::pages::PageRef;
use self::view::PageView;
use crate::l10n::{Localizer, Miss};
use crate::load::Project;
use crate::model::Content;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text.
    Txt,
    /// Markdown with YAML front matter.
    Md,
    /// The view model as JSON.
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Json => "json",
        }
    }

    pub fn write(self, page: &PageView) -> String {
        match self {
            Format::Txt => txt::write_txt(page),
            Format::Md => md::write_md(page),
            Format::Json => json::write_json(page),
        }
    }
}

/// A page could not be rendered in its locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingMessages {
    pub locale: String,
    pub page: String,
    pub misses: Vec<Miss>,
}

impl fmt::Display for MissingMessages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.misses.len();
        let s = if n == 1 { "" } else { "s" };
        write!(
            f,
            "locale `{}` lacks {n} message{s} that page `{}` needs:",
            self.locale, self.page
        )?;
        for miss in &self.misses {
            write!(f, "\n  {}: {}", miss.path.display(), miss.full_id())?;
            if let Some(error) = &miss.error {
                write!(f, " ({error})")?;
            }
        }
        if self.misses.iter().all(|m| m.fell_back) {
            write!(
                f,
                "\nadd them, or pass --allow-fallback to show the reference text, marked as such"
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for MissingMessages {}

/// Renders the pages of one locale.
pub struct Renderer<'a> {
    project: &'a Project,
    l10n: Localizer<'a>,
    allow_fallback: bool,
}

impl<'a> Renderer<'a> {
    /// `None` when the project has no such locale.
    pub fn new(
        project: &'a Project,
        locale: &LanguageIdentifier,
        allow_fallback: bool,
    ) -> Option<Self> {
        let l10n = Localizer::new(project, locale, false)?;
        Some(Renderer {
            project,
            l10n,
            allow_fallback,
        })
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        self.l10n.locale()
    }

    /// Builds the view of one page. Fails when the locale lacks a message the page needs,
    /// unless fallback is allowed and the reference has it.
    pub fn page(&self, page: PageRef) -> Result<PageView, MissingMessages> {
        let ctx = PageContext {
            content: &self.project.content,
            l10n: &self.l10n,
        };
        let mut view = match page {
            PageRef::Comparison(pair) => pages::comparison_page(&ctx, pair),
            PageRef::Code(code) => pages::code_page(&ctx, code),
            PageRef::NotFtp(number) => {
                let entry = self
                    .project
                    .content
                    .not_ftp
                    .iter()
                    .find(|n| n.number == number);
                pages::not_ftp_page(&ctx, entry.expect("page refs come from the content"))
            }
        };
        let mut misses = self.l10n.take_misses();
        misses.dedup();
        let fatal = misses.iter().any(|m| !m.fell_back || m.error.is_some());
        if !misses.is_empty() && (fatal || !self.allow_fallback) {
            return Err(MissingMessages {
                locale: self.locale().to_string(),
                page: page.key(),
                misses,
            });
        }
        view.fallback = misses.iter().map(Miss::full_id).collect();
        Ok(view)
    }
}

/// The pages the site publishes: every reply code, every published comparison, and the
/// numbers that are not FTP replies; with `all_pairs`, every pair of codes.
pub fn site_pages(content: &Content, all_pairs: bool) -> Vec<PageRef> {
    let mut pages: Vec<PageRef> = content.codes.keys().map(|c| PageRef::Code(*c)).collect();
    pages.extend(content.not_ftp.iter().map(|n| PageRef::NotFtp(n.number)));
    if all_pairs {
        pages.extend(content.all_pairs().map(PageRef::Comparison));
    } else {
        pages.extend(
            content
                .comparisons
                .iter()
                .map(|c| PageRef::Comparison(c.pair)),
        );
    }
    pages
}

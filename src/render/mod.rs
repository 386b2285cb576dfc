//! Rendering: a view model per page ([`view`]), built from content and messages ([`pages`]),
//! then written by one writer per format; [`site`] writes every page of a site.

mod home;
pub mod html;
mod json;
mod lists;
mod md;
mod output;
mod pages;
pub mod site;
mod txt;
mod usage;
pub mod view;

use std::fmt;

use unic_langid::LanguageIdentifier;

pub use self::output::{OutputError, SiteWriter, SITE_MARKER};
use self::pages::PageContext;
pub use self::pages::PageRef;
pub use self::usage::used_messages;
use self::view::PageView;
use crate::l10n::{Localizer, Miss};
use crate::load::Project;
use crate::model::Content;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A static website: HTML pages with a sitemap.
    Html,
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
            Format::Html => "html",
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Json => "json",
        }
    }

    /// The page in this format. For HTML this is the page's article alone: the site's frame
    /// around it needs the site ([`html::Frame::page`]).
    pub fn write(self, page: &PageView) -> String {
        match self {
            Format::Html => html::write_article(page),
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
        // A message that exists but cannot be formatted is named where it is written, with
        // what is wrong; only messages that are really absent are "lacking".
        let (broken, lacking): (Vec<&Miss>, Vec<&Miss>) =
            self.misses.iter().partition(|m| m.defined_at.is_some());
        for (i, miss) in broken.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            let (path, at) = miss.defined_at.as_ref().expect("partitioned on it");
            write!(
                f,
                "{}:{}:{}: message `{}` cannot be formatted for page `{}`: {}",
                path.display(),
                at.line,
                at.column,
                miss.full_id(),
                self.page,
                miss.error.as_deref().unwrap_or("unknown error")
            )?;
        }
        if lacking.is_empty() {
            return Ok(());
        }
        if !broken.is_empty() {
            writeln!(f)?;
        }
        let n = lacking.len();
        let s = if n == 1 { "" } else { "s" };
        write!(
            f,
            "locale `{}` lacks {n} message{s} that page `{}` needs:",
            self.locale, self.page
        )?;
        for miss in &lacking {
            write!(f, "\n  {}: {}", miss.path.display(), miss.full_id())?;
            if let Some(error) = &miss.error {
                write!(f, " ({error})")?;
            }
        }
        if lacking.iter().all(|m| m.fell_back) {
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
    command_count: usize,
}

impl<'a> Renderer<'a> {
    /// `None` when the project has no such locale.
    pub fn new(
        project: &'a Project,
        locale: &LanguageIdentifier,
        allow_fallback: bool,
    ) -> Option<Self> {
        // Fluent's isolation marks are off in every direction. In a right-to-left page they
        // cut a left-to-right phrase ("FTP 550", "5yz", "RFC 959") into pieces that the bidi
        // algorithm then reorders ("550 FTP", "yz5"); without them it keeps such a phrase
        // whole, since the digits follow Latin letters. Transcripts, the one place where
        // whole lines are left to right, are isolated by the stylesheet instead.
        let isolating = false;
        let l10n = Localizer::new(project, locale, isolating)?;
        Some(Renderer {
            project,
            l10n,
            allow_fallback,
            command_count: project.content.command_count(),
        })
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        self.l10n.locale()
    }

    /// What the page builders read: the content, the localizer, the counts they share.
    pub(crate) fn context(&self) -> PageContext<'_> {
        PageContext {
            content: &self.project.content,
            l10n: &self.l10n,
            command_count: self.command_count,
        }
    }

    /// The localizer, to record what each message formats to ([`Localizer::record_formatted`]).
    pub fn l10n(&self) -> &Localizer<'a> {
        &self.l10n
    }

    /// Builds the view of one page. Fails when the locale lacks a message the page needs,
    /// unless fallback is allowed and the reference has it.
    pub fn page(&self, page: PageRef) -> Result<PageView, MissingMessages> {
        let ctx = self.context();
        let mut view = match page {
            PageRef::Home => home::home_page(&ctx),
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
        view.fallback = self.accept_misses(&page.key())?;
        Ok(view)
    }

    /// The view of the page a site shows at an address it has no page for.
    pub fn not_found(&self) -> Result<PageView, MissingMessages> {
        let ctx = self.context();
        let mut view = home::not_found_page(&ctx);
        view.fallback = self.accept_misses("404")?;
        Ok(view)
    }

    /// The messages that fell back since the last call, if fallback is allowed; an error
    /// naming them otherwise, or when not even the reference has one.
    fn accept_misses(&self, page: &str) -> Result<Vec<String>, MissingMessages> {
        let mut misses = self.l10n.take_misses();
        misses.dedup();
        let fatal = misses.iter().any(|m| !m.fell_back || m.error.is_some());
        if !misses.is_empty() && (fatal || !self.allow_fallback) {
            return Err(MissingMessages {
                locale: self.locale().to_string(),
                page: if page.is_empty() { "home" } else { page }.to_string(),
                misses,
            });
        }
        Ok(misses.iter().map(Miss::full_id).collect())
    }
}

/// `ltr` or `rtl`: the direction of the locale's script.
pub fn direction(locale: &LanguageIdentifier) -> &'static str {
    match locale.character_direction() {
        unic_langid::CharacterDirection::RTL => "rtl",
        _ => "ltr",
    }
}

/// The pages the site publishes: the home page, every reply code, every published
/// comparison, and the numbers that are not FTP replies; with `all_pairs`, every pair of codes.
pub fn site_pages(content: &Content, all_pairs: bool) -> Vec<PageRef> {
    let mut pages = vec![PageRef::Home];
    pages.extend(content.codes.keys().map(|c| PageRef::Code(*c)));
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

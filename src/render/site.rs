//! Writes a whole site: each locale's pages rendered on one thread and written on another as
//! they are rendered (no page is kept), in a staging folder swapped in when the locale is complete;
//! then the files at the site's root. Only the locales the output folder holds are linked.

use std::sync::mpsc;
use std::thread;

use unic_langid::LanguageIdentifier;

use super::html::{HtmlSite, SitemapLimits, FAVICON, SEARCH_KEY, STYLESHEET};
use super::output::{OutputError, SiteWriter};
use super::view::page_file;
use super::{site_pages, Format, MissingMessages, PageRef, Renderer};
use crate::load::Project;

/// Why a site could not be written. The previous site is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error(transparent)]
    Missing(#[from] MissingMessages),
    #[error(transparent)]
    Output(#[from] OutputError),
    /// Never shown: the writer's own error is returned instead.
    #[error("the page writer stopped")]
    WriterStopped,
}

/// Pages rendered and waiting for the writer, at most: memory stays flat.
const IN_FLIGHT: usize = 64;

/// What writing a site takes.
pub struct SiteContext<'a> {
    pub project: &'a Project,
    pub format: Format,
    /// The site's URL and languages; needed for, and only for, the html format. Its
    /// languages are those of the output folder (see [`published_site`]).
    pub html: Option<&'a HtmlSite>,
    pub all_pairs: bool,
    pub allow_fallback: bool,
}

impl SiteContext<'_> {
    /// The pages of each locale, in order.
    pub fn pages(&self) -> Vec<PageRef> {
        site_pages(&self.project.content, self.all_pairs)
    }

    fn html(&self) -> Option<&HtmlSite> {
        match self.format {
            Format::Html => Some(self.html.expect("the html format comes with its site")),
            _ => None,
        }
    }

    fn renderer(&self, locale: &LanguageIdentifier) -> Renderer<'_> {
        Renderer::new(self.project, locale, self.allow_fallback).expect("a project locale")
    }
}

/// The site as the output folder will hold it once `rendering` is written: those locales
/// and the ones an earlier render left there, so that the root page, switchers, alternates
/// and sitemaps never name a locale that is not in the folder.
pub fn published_site(
    html: &HtmlSite,
    site: &SiteWriter,
    rendering: &[LanguageIdentifier],
) -> HtmlSite {
    let rendering: Vec<String> = rendering.iter().map(ToString::to_string).collect();
    html.published(|tag| rendering.iter().any(|l| l == tag) || site.has(tag, "index.html"))
}

/// Renders every page of `locale` into `site`, calling `on_page` after each one, and swaps
/// the locale's folder in when all are written. Returns the number of pages.
pub fn render_locale(
    ctx: &SiteContext,
    site: &SiteWriter,
    locale: &LanguageIdentifier,
    on_page: &(dyn Fn() + Sync),
) -> Result<usize, SiteError> {
    let pages = ctx.pages();
    let stage = site.stage(&locale.to_string())?;
    let extension = ctx.format.extension();
    let renderer = ctx.renderer(locale);
    let frame = match ctx.html() {
        Some(html) => Some(html.frame(&renderer)?),
        None => None,
    };
    // This thread renders while another writes. Writing files is most of the work (about 0.3
    // s of CPU renders the 3,676 pages of the project's site; creating their 7,000 files and
    // folders takes seconds), and several threads creating files at once only wait on each
    // other in the file system: measured on ext4, rendering and writing on two worker threads
    // took twice the system time of this pipeline, for no gain.
    let (sender, receiver) = mpsc::sync_channel::<(String, String)>(IN_FLIGHT);
    thread::scope(|scope| -> Result<(), SiteError> {
        let writer = scope.spawn(|| -> Result<(), OutputError> {
            for (file, bytes) in receiver {
                stage.write(&file, bytes.as_bytes())?;
                on_page();
            }
            Ok(())
        });
        let rendered = pages.iter().try_for_each(|page| -> Result<(), SiteError> {
            let view = renderer.page(*page)?;
            let bytes = match &frame {
                Some(frame) => frame.page(&renderer, &view),
                None => ctx.format.write(&view),
            };
            // A send fails only when the writer stopped on an error, returned below.
            sender
                .send((page_file(&view.key, extension), bytes))
                .map_err(|_| SiteError::WriterStopped)
        });
        drop(sender);
        writer.join().expect("the writer does not panic")?;
        rendered
    })?;
    let mut count = pages.len();
    if let (Some(html), Some(frame)) = (ctx.html(), &frame) {
        stage.write(
            "404.html",
            frame.page(&renderer, &renderer.not_found()?).as_bytes(),
        )?;
        stage.write(
            &page_file(SEARCH_KEY, "html"),
            frame.search_page(&renderer)?.as_bytes(),
        )?;
        count += 2;
        on_page();
        on_page();
        // Apache serves the locale's own 404 page at the locale's addresses.
        let htaccess = format!("ErrorDocument 404 {}{locale}/404.html\n", html.base_path());
        stage.write(".htaccess", htaccess.as_bytes())?;
        let lang = locale.to_string();
        let keys = pages.iter().map(PageRef::key);
        html.write_sitemaps(&stage, &lang, keys, SitemapLimits::PROTOCOL)?;
    }
    stage.commit()?;
    Ok(count)
}

/// Writes the files at the site's root, each atomically: for html, the stylesheet, the
/// icon, the language list (`index.html`), the 404 page, the sitemap index and
/// `robots.txt`.
pub fn render_root(ctx: &SiteContext, site: &SiteWriter) -> Result<(), SiteError> {
    let Some(html) = ctx.html() else {
        return Ok(());
    };
    let default: LanguageIdentifier = html
        .default_tag()
        .parse()
        .expect("the site's languages are project locales");
    let renderer = ctx.renderer(&default);
    let frame = html.frame(&renderer)?;
    site.write_file("style.css", STYLESHEET.as_bytes())?;
    site.write_file("favicon.svg", FAVICON.as_bytes())?;
    site.write_file("index.html", html.root_page(&renderer)?.as_bytes())?;
    site.write_file(
        "404.html",
        frame.page(&renderer, &renderer.not_found()?).as_bytes(),
    )?;
    site.write_file(
        ".htaccess",
        format!("ErrorDocument 404 {}404.html\n", html.base_path()).as_bytes(),
    )?;
    site.write_file("sitemap.xml", html.sitemap_index(site.root()).as_bytes())?;
    let robots = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        html.url("/sitemap.xml")
    );
    site.write_file("robots.txt", robots.as_bytes())?;
    Ok(())
}

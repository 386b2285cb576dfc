//! Writes a whole site: each locale's pages rendered in parallel and written as they are
//! rendered (no page is kept), in a staging folder swapped in when the locale is complete;
//! then the files at the site's root.

use rayon::prelude::*;
use unic_langid::LanguageIdentifier;

use super::html::{HtmlSite, STYLESHEET};
use super::output::{OutputError, SiteWriter};
use super::view::page_file;
use super::{site_pages, Format, MissingMessages, PageRef, Renderer};
use crate::load::{reference_id, Project};

/// Why a site could not be written. The previous site is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error(transparent)]
    Missing(#[from] MissingMessages),
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// What writing a site takes.
pub struct SiteContext<'a> {
    pub project: &'a Project,
    pub format: Format,
    /// The site's URL and languages; needed for, and only for, the html format.
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
    // The Localizer is not Sync: each worker builds its own renderer (and frame).
    let init = || -> Result<_, MissingMessages> {
        let renderer = ctx.renderer(locale);
        let frame = match ctx.html() {
            Some(html) => Some(html.frame(&renderer)?),
            None => None,
        };
        Ok((renderer, frame))
    };
    pages
        .par_iter()
        .try_for_each_init(init, |worker, page| -> Result<(), SiteError> {
            let (renderer, frame) = worker.as_ref().map_err(Clone::clone)?;
            let view = renderer.page(*page)?;
            let bytes = match frame {
                Some(frame) => frame.page(&view),
                None => ctx.format.write(&view),
            };
            stage.write(&page_file(&view.key, extension), bytes.as_bytes())?;
            on_page();
            Ok(())
        })?;
    let mut count = pages.len();
    if let Some(html) = ctx.html() {
        let renderer = ctx.renderer(locale);
        let frame = html.frame(&renderer)?;
        stage.write("404.html", frame.page(&renderer.not_found()?).as_bytes())?;
        count += 1;
        on_page();
    }
    stage.commit()?;
    Ok(count)
}

/// Writes the files at the site's root, each atomically: for html, the stylesheet, the
/// language list (`index.html`), the 404 page, `sitemap.xml` and `robots.txt`.
pub fn render_root(ctx: &SiteContext, site: &SiteWriter) -> Result<(), SiteError> {
    let Some(html) = ctx.html() else {
        return Ok(());
    };
    let renderer = ctx.renderer(&reference_id());
    let frame = html.frame(&renderer)?;
    site.write_file("style.css", STYLESHEET.as_bytes())?;
    site.write_file("index.html", html.root_page(&renderer)?.as_bytes())?;
    site.write_file("404.html", frame.page(&renderer.not_found()?).as_bytes())?;
    let keys: Vec<String> = ctx.pages().iter().map(PageRef::key).collect();
    site.write_file(
        "sitemap.xml",
        html.sitemap(keys.iter().map(String::as_str)).as_bytes(),
    )?;
    let robots = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        html.url("/sitemap.xml")
    );
    site.write_file("robots.txt", robots.as_bytes())?;
    Ok(())
}

//! The site's frame in one locale: every page inside the same head (title with the site's
//! name, description, alternates, Open Graph, icon) and the same header, breadcrumbs and
//! footer; the home page's table and the search page are filled in here too.

use askama::Template;
use fluent_bundle::FluentArgs;

use super::templates::{Article, FrameText, Home, HomeClass, HomeRow, Page, Search};
use super::{nav, plain, render, HtmlSite, Linker};
use crate::l10n::Text;
use crate::render::home::home_table;
use crate::render::pages::PageContext;
use crate::render::view::{page_path, PageKind, PageView};
use crate::render::{MissingMessages, Renderer};

/// The site's address of a locale's search page, below the locale's folder.
pub const SEARCH_KEY: &str = "search";

/// A code's meaning in the home page's table: its first sentence, about.
const MEANING_MAX_CHARS: usize = 110;

/// The messages the frame shows on some pages (home page table, search page, code pages).
const FRAME_MESSAGES: [&str; 14] = [
    "site-page-title",
    "site-breadcrumb-home",
    "site-previous-code",
    "site-next-code",
    "home-filter-label",
    "home-filter-none",
    "home-column-code",
    "home-column-name",
    "home-column-class",
    "home-column-meaning",
    "search-title",
    "search-lead",
    "search-unavailable",
    "search-no-results",
];

/// The site's frame in one locale.
pub struct Frame<'a> {
    site: &'a HtmlSite,
    lang: String,
    dir: &'static str,
    text: FrameText,
}

impl HtmlSite {
    /// The frame of `renderer`'s locale, built once and used for each of its pages.
    pub fn frame(&self, renderer: &Renderer) -> Result<Frame<'_>, MissingMessages> {
        let l10n = &renderer.l10n;
        let label = |id: &str| plain(&l10n.message(id, None));
        let text = FrameText {
            site_name: l10n.message("site-name", None),
            skip: l10n.message("site-skip", None),
            languages_label: label("site-languages"),
            breadcrumbs_label: label("site-breadcrumbs"),
            pager_label: label("site-pager"),
            toc_label: label("site-toc"),
            search_label: label("site-search-label"),
            search_button: l10n.message("site-search-button", None),
            footer: l10n.message("site-footer", None),
        };
        // Formatted once here so that a missing one is reported for the frame, not for
        // whichever page happens to come next.
        let mut args = FluentArgs::new();
        for variable in ["page", "site", "title"] {
            args.set(variable, "");
        }
        for id in FRAME_MESSAGES {
            l10n.message(id, Some(&args));
        }
        renderer.accept_misses("the site frame")?;
        Ok(Frame {
            site: self,
            lang: renderer.locale().to_string(),
            dir: crate::render::direction(renderer.locale()),
            text,
        })
    }
}

impl<'s> Frame<'s> {
    /// What every page of the locale shares, for the page at `linker`'s place.
    pub(super) fn page_defaults(&self, linker: &Linker) -> Page<'_> {
        Page {
            lang: &self.lang,
            dir: self.dir,
            title: String::new(),
            description: String::new(),
            canonical: None,
            alternates: Vec::new(),
            og_title: String::new(),
            og_locale: self.lang.replace('-', "_"),
            stylesheet: linker.href("/style.css"),
            favicon: linker.href("/favicon.svg"),
            home: linker.href(&page_path(&self.lang, "")),
            search: Some(linker.href(&page_path(&self.lang, SEARCH_KEY))),
            frame: &self.text,
            languages: Vec::new(),
            breadcrumbs: Vec::new(),
            article: String::new(),
            indexed: false,
            pager: Vec::new(),
            script: "",
        }
    }

    /// The browser tab's title: the page's, then the site's name.
    fn tab_title(&self, renderer: &Renderer, title: &Text) -> String {
        let mut args = FluentArgs::new();
        args.set("page", plain(title));
        args.set("site", plain(&self.text.site_name));
        plain(&renderer.l10n.message("site-page-title", Some(&args)))
    }

    /// A whole page. The 404 page links from the site's root, since a server shows it at
    /// any address, and is not indexed.
    pub fn page(&self, renderer: &Renderer, view: &PageView) -> String {
        let ctx = renderer.context();
        let not_found = view.kind == PageKind::NotFound;
        let linker = if not_found {
            Linker::Absolute {
                base_path: self.site.base_path().to_string(),
            }
        } else {
            Linker::for_page(&view.path())
        };
        // The 404 page of another locale is its home page.
        let key = if not_found { "" } else { view.key.as_str() };
        let (article, script) = match view.kind {
            PageKind::Home => (
                self.home(&ctx, &linker),
                include_str!("../../../templates/filter.js"),
            ),
            _ => {
                let mut article = Article::new(view, &linker);
                article.toc_label = Some(self.text.toc_label.clone());
                let html = article.render().expect("templates only format plain data");
                (html, "")
            }
        };
        let mut breadcrumbs = nav::breadcrumbs(&ctx, view);
        for crumb in &mut breadcrumbs {
            crumb.href = crumb.href.as_deref().map(|href| {
                let (path, anchor) = href.split_once('#').unwrap_or((href, ""));
                let link = linker.href(path);
                if anchor.is_empty() {
                    link
                } else {
                    format!("{link}#{anchor}")
                }
            });
        }
        let mut pager = nav::pager(&ctx, view);
        for link in &mut pager {
            link.href = linker.href(&link.href);
        }
        let page = Page {
            title: self.tab_title(renderer, &view.title),
            og_title: plain(&view.title),
            description: nav::description(&ctx, view),
            canonical: (!not_found).then(|| self.site.url(&view.path())),
            alternates: if not_found {
                Vec::new()
            } else {
                self.site.alternates(key)
            },
            languages: self
                .site
                .switcher(key, if not_found { "" } else { &self.lang }, &linker),
            breadcrumbs,
            article,
            indexed: matches!(
                view.kind,
                PageKind::Code | PageKind::Comparison | PageKind::NotFtp
            ),
            pager,
            script,
            ..self.page_defaults(&linker)
        };
        render(&page)
    }

    /// The home page's article: the table of codes with its filter, the comparisons by code.
    fn home(&self, ctx: &PageContext, linker: &Linker) -> String {
        let table = home_table(ctx);
        let classes = table
            .classes
            .iter()
            .map(|class| HomeClass {
                digit: class.digit,
                heading: &class.heading,
                summary: &class.summary,
                rows: class
                    .rows
                    .iter()
                    .map(|row| HomeRow {
                        code: row.code,
                        name: &row.name,
                        class: &row.class,
                        meaning: nav::shorten(&plain(&row.meaning), MEANING_MAX_CHARS),
                        href: linker.href(&row.href),
                    })
                    .collect(),
            })
            .collect();
        let message = |id: &str| ctx.l10n.message(id, None);
        let home = Home {
            table: &table,
            classes,
            filter_label: plain(&message("home-filter-label")),
            filter_none: message("home-filter-none"),
            columns: [
                message("home-column-code"),
                message("home-column-name"),
                message("home-column-class"),
                message("home-column-meaning"),
            ],
            linker,
        };
        home.render().expect("templates only format plain data")
    }

    /// The locale's search page: a form that takes `?q=` and the results the script finds
    /// in the locale's index. It is not indexed, and not in the sitemap.
    pub fn search_page(&self, renderer: &Renderer) -> Result<String, MissingMessages> {
        let l10n = &renderer.l10n;
        let title = l10n.message("search-title", None);
        let lead = l10n.message("search-lead", None);
        let path = page_path(&self.lang, SEARCH_KEY);
        let linker = Linker::for_page(&path);
        let article = Search {
            title: &title,
            lead: &lead,
            label: self.text.search_label.clone(),
            button: &self.text.search_button,
            unavailable: plain(&l10n.message("search-unavailable", None)),
            no_results: plain(&l10n.message("search-no-results", None)),
            bundle: linker.href("/pagefind/pagefind.js"),
            base_path: self.site.base_path().to_string(),
        }
        .render()
        .expect("templates only format plain data");
        let page = Page {
            title: self.tab_title(renderer, &title),
            og_title: plain(&title),
            description: plain(&lead),
            // Search results are not pages to index.
            canonical: None,
            languages: self.site.switcher(SEARCH_KEY, &self.lang, &linker),
            article,
            script: include_str!("../../../templates/search.js"),
            ..self.page_defaults(&linker)
        };
        let html = render(&page);
        renderer.accept_misses(SEARCH_KEY)?;
        Ok(html)
    }
}

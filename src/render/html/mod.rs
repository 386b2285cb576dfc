//! The HTML site: every page inside the same frame (language switcher, link home, footer),
//! with its canonical URL and its alternates in every locale.

mod links;
mod sitemap;
mod templates;

use askama::Template;
use url::Url;

pub use self::links::Linker;
use self::templates::{Alternate, Article, FrameText, LanguageLink, Languages, Page};
use super::view::{page_path, PageKind, PageView};
use super::{MissingMessages, Renderer};
use crate::l10n::{Localizer, Text};
use crate::load::{reference_id, Project, SiteConfig};

/// The stylesheet every page links to, written once at the site's root.
pub const STYLESHEET: &str = include_str!("../../../templates/style.css");

/// Fluent's bidi isolation marks: they help in text, but have no place in an attribute.
fn plain(text: &Text) -> String {
    text.text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The view's article alone, without the site around it (links as from the page's place).
pub fn write_article(page: &PageView) -> String {
    let linker = Linker::for_page(&page.path());
    let mut out = Article::new(page, &linker)
        .render()
        .expect("templates only format plain data");
    out.push('\n');
    out
}

/// One locale of the site, as the switcher names it: in its own language.
#[derive(Debug, Clone)]
pub struct SiteLanguage {
    pub tag: String,
    pub dir: &'static str,
    pub name: String,
}

/// What every page of every locale shares: the base URL and the list of languages.
#[derive(Debug, Clone)]
pub struct HtmlSite {
    base: Url,
    reference: String,
    languages: Vec<SiteLanguage>,
}

impl HtmlSite {
    /// Fails when a locale lacks `language-name`: no other locale can name it for it.
    pub fn new(project: &Project, config: &SiteConfig) -> Result<Self, MissingMessages> {
        let mut languages = Vec::new();
        for locale in &project.locales {
            let l10n = Localizer::new(project, &locale.id, false).expect("a project locale");
            let name = l10n.message("language-name", None);
            let misses = l10n.take_misses();
            if !misses.is_empty() {
                return Err(MissingMessages {
                    locale: locale.id.to_string(),
                    page: "the language switcher".into(),
                    misses,
                });
            }
            languages.push(SiteLanguage {
                tag: locale.id.to_string(),
                dir: super::direction(&locale.id),
                name: name.text,
            });
        }
        Ok(HtmlSite {
            base: config.base_url.clone(),
            reference: reference_id().to_string(),
            languages,
        })
    }

    pub fn languages(&self) -> &[SiteLanguage] {
        &self.languages
    }

    /// The absolute URL of site path `path`.
    pub fn url(&self, path: &str) -> String {
        self.base
            .join(path.trim_start_matches('/'))
            .expect("site paths are relative URLs")
            .to_string()
    }

    /// The URL path of the site's root (`/`, or `/docs/` for a site in a folder).
    pub fn base_path(&self) -> &str {
        self.base.path()
    }

    /// The page `key` in every locale, plus `x-default`: the reference locale.
    fn alternates(&self, key: &str) -> Vec<Alternate> {
        let mut alternates: Vec<Alternate> = self
            .languages
            .iter()
            .map(|l| Alternate {
                lang: l.tag.clone(),
                href: self.url(&page_path(&l.tag, key)),
            })
            .collect();
        alternates.push(Alternate {
            lang: "x-default".into(),
            href: self.url(&page_path(&self.reference, key)),
        });
        alternates
    }

    fn switcher(&self, key: &str, current: &str, linker: &Linker) -> Vec<LanguageLink<'_>> {
        self.languages
            .iter()
            .map(|l| LanguageLink {
                lang: &l.tag,
                dir: l.dir,
                name: &l.name,
                href: linker.href(&page_path(&l.tag, key)),
                current: l.tag == current,
            })
            .collect()
    }

    /// The frame of `renderer`'s locale, built once and used for each of its pages.
    pub fn frame(&self, renderer: &Renderer) -> Result<Frame<'_>, MissingMessages> {
        let l10n = &renderer.l10n;
        let text = FrameText {
            site_name: l10n.message("site-name", None),
            skip: l10n.message("site-skip", None),
            languages_label: plain(&l10n.message("site-languages", None)),
            footer: l10n.message("site-footer", None),
        };
        renderer.accept_misses("the site frame")?;
        Ok(Frame {
            site: self,
            lang: renderer.locale().to_string(),
            dir: super::direction(renderer.locale()),
            text,
        })
    }

    /// The site's root page, in the reference locale: a list of the languages.
    pub fn root_page(&self, renderer: &Renderer) -> Result<String, MissingMessages> {
        let frame = self.frame(renderer)?;
        let title = renderer.l10n.message("site-name", None);
        let lead = renderer.l10n.message("site-choose-language", None);
        renderer.accept_misses("the root page")?;
        let linker = Linker::for_page("/");
        let languages = self.switcher("", "", &linker);
        let article = Languages {
            title: &title,
            lead: &lead,
            languages,
        };
        let mut alternates = self.alternates("");
        if let Some(default) = alternates.last_mut() {
            default.href = self.url("/");
        }
        let page = Page {
            lang: &frame.lang,
            dir: frame.dir,
            title: title.text.clone(),
            description: plain(&lead),
            canonical: Some(self.url("/")),
            alternates,
            stylesheet: linker.href("/style.css"),
            home: linker.href("/"),
            frame: &frame.text,
            languages: Vec::new(),
            article: article.render().expect("templates only format plain data"),
        };
        Ok(render(&page))
    }
}

/// The site's frame in one locale.
pub struct Frame<'a> {
    site: &'a HtmlSite,
    lang: String,
    dir: &'static str,
    text: FrameText,
}

impl Frame<'_> {
    /// A whole page. The 404 page links from the site's root, since a server shows it at
    /// any address, and is not indexed.
    pub fn page(&self, view: &PageView) -> String {
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
        let page = Page {
            lang: &self.lang,
            dir: self.dir,
            title: view.title.text.clone(),
            description: plain(&view.lead),
            canonical: (!not_found).then(|| self.site.url(&view.path())),
            alternates: if not_found {
                Vec::new()
            } else {
                self.site.alternates(key)
            },
            stylesheet: linker.href("/style.css"),
            home: linker.href(&page_path(&self.lang, "")),
            frame: &self.text,
            languages: self
                .site
                .switcher(key, if not_found { "" } else { &self.lang }, &linker),
            article: Article::new(view, &linker)
                .render()
                .expect("templates only format plain data"),
        };
        render(&page)
    }
}

fn render(page: &Page) -> String {
    let mut out = page.render().expect("templates only format plain data");
    out.push('\n');
    out
}

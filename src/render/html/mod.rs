//! The HTML site: every page inside the same frame (language switcher, link home, footer),
//! with its canonical URL and its alternates in every locale.

mod frame;
mod links;
mod nav;
mod search;
mod sitemap;
mod templates;

use askama::Template;
use url::Url;

pub use self::frame::{Frame, SEARCH_KEY};
pub use self::links::Linker;
pub use self::search::{build_search_index, SearchError, INDEX_FOLDER, PAGEFIND_ENV};
pub use self::sitemap::SitemapLimits;
use self::templates::{Alternate, Article, LanguageLink, Languages, Page};
use super::view::{page_path, PageView};
use super::{MissingMessages, Renderer};
use crate::l10n::{Localizer, Text};
use crate::load::{reference_id, Project, SiteConfig};

/// The stylesheet every page links to, written once at the site's root.
pub const STYLESHEET: &str = include_str!("../../../templates/style.css");
/// The site's icon, written once at the site's root.
pub const FAVICON: &str = include_str!("../../../templates/favicon.svg");

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

    /// The same site with only the locales `present` keeps: the locales a site folder will
    /// hold, so that no page links to a locale that is not there. The default locale
    /// (`x-default`, the root page's language) is the reference when it is kept, else the
    /// first locale kept.
    pub fn published(&self, present: impl Fn(&str) -> bool) -> HtmlSite {
        let languages: Vec<SiteLanguage> = self
            .languages
            .iter()
            .filter(|l| present(&l.tag))
            .cloned()
            .collect();
        let reference = match languages.iter().find(|l| l.tag == self.reference) {
            Some(l) => l.tag.clone(),
            None => languages
                .first()
                .map_or_else(|| self.reference.clone(), |l| l.tag.clone()),
        };
        HtmlSite {
            base: self.base.clone(),
            reference,
            languages,
        }
    }

    pub fn languages(&self) -> &[SiteLanguage] {
        &self.languages
    }

    /// The locale of the root page and of `x-default`.
    pub fn default_tag(&self) -> &str {
        &self.reference
    }

    /// The absolute URL of site path `path`.
    pub fn url(&self, path: &str) -> String {
        let relative = path.trim_start_matches('/');
        // Every page names its alternates in every locale: joining by hand what needs no
        // escaping keeps that from parsing a URL each time (the same result as `join`).
        let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/');
        let base = &self.base;
        if base.path().ends_with('/')
            && base.query().is_none()
            && base.fragment().is_none()
            && relative.chars().all(plain)
            && !relative.split('/').any(|s| s == "." || s == "..")
        {
            return format!("{}{relative}", base.as_str());
        }
        base.join(relative)
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
            title: plain(&title),
            og_title: plain(&title),
            description: plain(&lead),
            canonical: Some(self.url("/")),
            alternates,
            home: linker.href("/"),
            search: None,
            languages: Vec::new(),
            article: article.render().expect("templates only format plain data"),
            ..frame.page_defaults(&linker)
        };
        Ok(render(&page))
    }
}

fn render(page: &Page) -> String {
    let mut out = page.render().expect("templates only format plain data");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(base: &str) -> HtmlSite {
        HtmlSite {
            base: Url::parse(base).unwrap(),
            reference: "en".into(),
            languages: Vec::new(),
        }
    }

    #[test]
    fn a_site_url_is_what_joining_the_path_to_the_base_gives() {
        for base in [
            "https://ftpdocs.example/",
            "https://ftpdocs.example/docs/",
            "https://ftpdocs.example/docs",
            "http://localhost:8080/a/?x=1",
        ] {
            let site = site(base);
            for path in [
                "/",
                "/fr/ftp/220/",
                "/sitemap.xml",
                "/zh-Hant/ä b/",
                "/../x/",
            ] {
                let joined = Url::parse(base)
                    .unwrap()
                    .join(path.trim_start_matches('/'))
                    .unwrap()
                    .to_string();
                assert_eq!(site.url(path), joined, "{base} + {path}");
            }
        }
    }
}

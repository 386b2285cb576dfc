//! `sitemap.xml`: every page of the site in every locale, each with its alternates, as
//! search engines read them (sitemaps.org with `xhtml:link`).

use std::fmt::Write;

use super::HtmlSite;
use crate::render::view::page_path;

impl HtmlSite {
    /// The sitemap of the pages whose keys are `keys` (`""` for the home page), in every
    /// locale of the site.
    pub fn sitemap<'k>(&self, keys: impl IntoIterator<Item = &'k str>) -> String {
        let mut out = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
            " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
        ));
        for key in keys {
            let alternates = self.alternates(key);
            for language in self.languages() {
                let loc = self.url(&page_path(&language.tag, key));
                let _ = writeln!(out, "<url>\n<loc>{}</loc>", xml(&loc));
                for alternate in &alternates {
                    let _ = writeln!(
                        out,
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        xml(&alternate.lang),
                        xml(&alternate.href)
                    );
                }
                out.push_str("</url>\n");
            }
        }
        out.push_str("</urlset>\n");
        out
    }
}

/// URLs are already percent-encoded; `&` and the quotes still need escaping in XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

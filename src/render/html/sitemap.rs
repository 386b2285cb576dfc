//! Sitemaps as search engines read them (sitemaps.org, with `xhtml:link` alternates): one
//! per locale, streamed to disk page by page and split where the protocol's limits (50,000
//! URLs, 50 MiB) would be passed, and at the site's root an index of those present.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::HtmlSite;
use crate::render::output::{OutputError, Stage};
use crate::render::view::page_path;

const URLSET_OPEN: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
    " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
);
const URLSET_CLOSE: &str = "</urlset>\n";

/// How much one sitemap file may hold.
#[derive(Debug, Clone, Copy)]
pub struct SitemapLimits {
    pub urls: usize,
    pub bytes: usize,
}

impl SitemapLimits {
    /// The sitemap protocol's: 50,000 URLs and 50 MiB, uncompressed.
    pub const PROTOCOL: SitemapLimits = SitemapLimits {
        urls: 50_000,
        bytes: 50 * 1024 * 1024,
    };
}

/// The name of the `n`th sitemap file of a locale (from 1): `sitemap.xml`, `sitemap-2.xml`.
fn file_name(n: usize) -> String {
    if n == 1 {
        "sitemap.xml".into()
    } else {
        format!("sitemap-{n}.xml")
    }
}

/// The sitemap file being written, with what it holds so far.
struct Open {
    name: String,
    out: BufWriter<File>,
    urls: usize,
    bytes: usize,
}

impl HtmlSite {
    /// Writes the sitemap of locale `lang` into `stage`, one entry per key (`""` for the
    /// home page) with its alternates; returns how many files it took.
    pub fn write_sitemaps(
        &self,
        stage: &Stage,
        lang: &str,
        keys: impl IntoIterator<Item = String>,
        limits: SitemapLimits,
    ) -> Result<usize, OutputError> {
        let mut files = 0;
        let mut current: Option<Open> = None;
        let mut entry = String::new();
        for key in keys {
            entry.clear();
            let loc = self.url(&page_path(lang, &key));
            let _ = writeln!(entry, "<url>\n<loc>{}</loc>", xml(&loc));
            for alternate in self.alternates(&key) {
                let _ = writeln!(
                    entry,
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    xml(&alternate.lang),
                    xml(&alternate.href)
                );
            }
            entry.push_str("</url>\n");
            let full = current.as_ref().is_some_and(|open| {
                open.urls == limits.urls
                    || open.bytes + entry.len() + URLSET_CLOSE.len() > limits.bytes
            });
            if full {
                close(stage, current.take())?;
            }
            let open = match &mut current {
                Some(open) => open,
                None => {
                    files += 1;
                    let name = file_name(files);
                    let mut out = stage.create(&name)?;
                    write(stage, &name, &mut out, URLSET_OPEN)?;
                    current.insert(Open {
                        name,
                        out,
                        urls: 0,
                        bytes: URLSET_OPEN.len(),
                    })
                }
            };
            write(stage, &open.name, &mut open.out, &entry)?;
            open.urls += 1;
            open.bytes += entry.len();
        }
        close(stage, current)?;
        Ok(files)
    }

    /// The sitemap index: every locale sitemap the site folder `root` holds for the
    /// site's languages.
    pub fn sitemap_index(&self, root: &Path) -> String {
        let mut out = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        ));
        for language in self.languages() {
            let mut n = 1;
            while root.join(&language.tag).join(file_name(n)).is_file() {
                let loc = self.url(&format!("/{}/{}", language.tag, file_name(n)));
                let _ = writeln!(out, "<sitemap><loc>{}</loc></sitemap>", xml(&loc));
                n += 1;
            }
        }
        out.push_str("</sitemapindex>\n");
        out
    }
}

fn write(
    stage: &Stage,
    name: &str,
    out: &mut BufWriter<File>,
    text: &str,
) -> Result<(), OutputError> {
    out.write_all(text.as_bytes())
        .map_err(|source| OutputError::Io {
            path: stage.path().join(name),
            source,
        })
}

fn close(stage: &Stage, open: Option<Open>) -> Result<(), OutputError> {
    let Some(mut open) = open else { return Ok(()) };
    write(stage, &open.name, &mut open.out, URLSET_CLOSE)?;
    stage.settle(&open.name, open.out)
}

/// URLs are already percent-encoded; `&` and the quotes still need escaping in XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::html::SiteLanguage;
    use crate::render::SiteWriter;

    fn site(tags: &[&str]) -> HtmlSite {
        HtmlSite {
            base: url::Url::parse("https://ftpdocs.example/docs/").unwrap(),
            reference: tags[0].to_string(),
            languages: tags
                .iter()
                .map(|t| SiteLanguage {
                    tag: t.to_string(),
                    dir: "ltr",
                    name: t.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_sitemap_is_split_where_a_limit_would_be_passed_and_the_index_lists_every_part() {
        let dir = tempfile::tempdir().unwrap();
        let writer = SiteWriter::open(dir.path()).unwrap();
        let html = site(&["en", "fr"]);
        let keys = (0..7).map(|n| format!("ftp/{n}"));
        let stage = writer.stage("fr").unwrap();
        let limits = SitemapLimits {
            urls: 3,
            bytes: usize::MAX,
        };
        assert_eq!(html.write_sitemaps(&stage, "fr", keys, limits).unwrap(), 3);
        stage.commit().unwrap();
        let fr = dir.path().join("fr");
        let part = |name: &str| fs_read(&fr.join(name));
        assert_eq!(part("sitemap.xml").matches("<url>").count(), 3);
        assert_eq!(part("sitemap-3.xml").matches("<url>").count(), 1);
        let first = part("sitemap.xml");
        assert!(first.starts_with(URLSET_OPEN) && first.ends_with(URLSET_CLOSE));
        assert!(first.contains(
            "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://ftpdocs.example/docs/en/ftp/0/\"/>"
        ));

        let index = html.sitemap_index(dir.path());
        let locs: Vec<&str> = index.matches("<loc>").collect();
        assert_eq!(locs.len(), 3, "{index}");
        assert!(index.contains("<loc>https://ftpdocs.example/docs/fr/sitemap-2.xml</loc>"));
    }

    #[test]
    fn a_sitemap_stays_within_its_byte_limit() {
        let dir = tempfile::tempdir().unwrap();
        let writer = SiteWriter::open(dir.path()).unwrap();
        let html = site(&["en"]);
        let stage = writer.stage("en").unwrap();
        let limits = SitemapLimits {
            urls: 50_000,
            bytes: 1_000,
        };
        let keys = (0..40).map(|n| format!("ftp/{n}"));
        let files = html.write_sitemaps(&stage, "en", keys, limits).unwrap();
        stage.commit().unwrap();
        assert!(files > 1);
        for n in 1..=files {
            let text = fs_read(&dir.path().join("en").join(file_name(n)));
            assert!(text.len() <= 1_000, "{} bytes", text.len());
        }
    }

    fn fs_read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap()
    }
}

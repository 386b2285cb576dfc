//! The generated site as a crawler sees it: every internal link, stylesheet, canonical URL
//! and hreflang alternate resolves to a file of the site, and every page has one `h1` and
//! headings in order.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use common::{ftpdocs, project_root};
use scraper::{Html, Selector};
use url::Url;

const BASE: &str = "https://ftpdocs.example/";

fn render_site(extra: &[&str]) -> tempfile::TempDir {
    render_locales("all", extra)
}

fn render_locales(lang: &str, extra: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let mut args = vec!["render", "--lang", lang, "--out", public.to_str().unwrap()];
    args.extend(extra);
    ftpdocs(&project_root(), &args).assert().success();
    out
}

/// Renders `lang` into the site `out` already holds.
fn render_more(out: &tempfile::TempDir, lang: &str, extra: &[&str]) {
    let public = out.path().join("public");
    let mut args = vec!["render", "--lang", lang, "--out", public.to_str().unwrap()];
    args.extend(extra);
    ftpdocs(&project_root(), &args).assert().success();
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

/// The file a URL of the site leads to, if it is one of the site's URLs.
fn target(root: &Url, url: &Url) -> Option<String> {
    let relative = root.make_relative(url)?;
    if relative.starts_with("../") || url.host_str() != root.host_str() {
        return None;
    }
    let path = relative.split('#').next().unwrap_or_default().to_string();
    Some(if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path
    })
}

/// Follows every link of every page; returns how many pages there are.
fn check_site(public: &Path) -> usize {
    let disk_root = Url::from_directory_path(public).unwrap();
    let base = Url::parse(BASE).unwrap();
    let mut files = Vec::new();
    html_files(public, &mut files);
    let mut broken = Vec::new();
    let mut canonical = HashMap::new();
    let mut alternates = Vec::new();
    let link = Selector::parse("a[href], link[href]").unwrap();
    let heading = Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
    let canon = Selector::parse("link[rel=canonical]").unwrap();
    let alternate = Selector::parse("link[rel=alternate]").unwrap();
    for file in &files {
        let page = Url::from_file_path(file).unwrap();
        let name = file.strip_prefix(public).unwrap().display().to_string();
        let doc = Html::parse_document(&fs::read_to_string(file).unwrap());
        let ids: BTreeSet<&str> = doc
            .root_element()
            .descendants()
            .filter_map(|n| n.value().as_element()?.id())
            .collect();
        for element in doc.select(&link) {
            let href = element.value().attr("href").unwrap();
            if href.starts_with("https://www.rfc-editor.org/") {
                continue;
            }
            if let Some(id) = href.strip_prefix('#') {
                if !ids.contains(id) {
                    broken.push(format!("{name}: #{id} names no element"));
                }
                continue;
            }
            // Site URLs and root paths (the 404 pages) map onto the folder.
            let (root, url) = if href.starts_with(BASE) {
                (&base, Url::parse(href).unwrap())
            } else if let Some(path) = href.strip_prefix('/') {
                (&base, base.join(path).unwrap())
            } else {
                (&disk_root, page.join(href).unwrap())
            };
            match target(root, &url) {
                Some(path) if public.join(&path).is_file() => {}
                _ => broken.push(format!("{name}: {href} leads nowhere")),
            }
        }
        let levels: Vec<u8> = doc
            .select(&heading)
            .map(|h| h.value().name()[1..].parse().unwrap())
            .collect();
        assert_eq!(
            levels.iter().filter(|l| **l == 1).count(),
            1,
            "{name}: one h1"
        );
        for pair in levels.windows(2) {
            assert!(
                pair[1] <= pair[0] + 1,
                "{name}: h{} after h{}",
                pair[1],
                pair[0]
            );
        }
        if let Some(c) = doc.select(&canon).next() {
            canonical.insert(c.value().attr("href").unwrap().to_string(), name.clone());
        }
        for a in doc.select(&alternate) {
            alternates.push((name.clone(), a.value().attr("href").unwrap().to_string()));
        }
    }
    // An alternate is the canonical URL of the page it names, so the set is reciprocal.
    for (name, href) in alternates {
        if !canonical.contains_key(&href) && href != BASE {
            broken.push(format!(
                "{name}: alternate {href} is no page's canonical URL"
            ));
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken links:\n{}",
        broken.len(),
        broken.join("\n")
    );
    files.len()
}

#[test]
fn every_link_and_alternate_of_the_published_site_resolves() {
    let out = render_site(&[]);
    let public = out.path().join("public");
    let pages = check_site(&public);
    assert!(pages > 200, "{pages} pages");
}

#[test]
fn every_link_of_the_site_with_all_pairs_resolves() {
    // Two locales, one left to right and one right to left, keep this within a CI budget
    // (every locale's published pages are walked above; every locale's pairs are rendered
    // by .ci/run).
    let out = render_locales("fr", &["--all-pairs"]);
    render_more(&out, "ar", &["--all-pairs"]);
    let public = out.path().join("public");
    let pages = check_site(&public);
    // 60 codes, 1,770 pairs and the other numbers, in each of the two locales.
    assert!(pages > 2 * (60 + 1770), "{pages} pages");
}

/// The `<loc>` values of a sitemap or sitemap index.
fn locs(xml: &str) -> Vec<String> {
    xml.split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap().to_string())
        .collect()
}

#[test]
fn the_sitemap_index_leads_to_one_sitemap_per_locale_listing_every_page_with_its_alternates() {
    let out = render_site(&[]);
    let public = out.path().join("public");
    let base = Url::parse(BASE).unwrap();
    let index = fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(index.contains("<sitemapindex"), "{index}");
    let sitemaps = locs(&index);
    let expected: Vec<String> = [
        "ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt-BR", "ru", "tr", "zh-CN",
    ]
    .iter()
    .map(|l| format!("https://ftpdocs.example/{l}/sitemap.xml"))
    .collect();
    assert_eq!(sitemaps, expected, "one sitemap per locale");
    let mut urls = Vec::new();
    let mut hrefs = Vec::new();
    for sitemap in &sitemaps {
        let path = target(&base, &Url::parse(sitemap).unwrap()).unwrap();
        let xml = fs::read_to_string(public.join(path)).unwrap();
        assert!(xml.ends_with("</urlset>\n"));
        urls.extend(locs(&xml));
        hrefs.extend(
            xml.split("href=\"")
                .skip(1)
                .map(|s| s.split('"').next().unwrap().to_string()),
        );
    }
    let mut files = Vec::new();
    html_files(&public, &mut files);
    let pages = files
        .iter()
        .filter(|f| {
            !f.ends_with("404.html")
                && !f.ends_with("search/index.html")
                && f.parent() != Some(&public)
        })
        .count();
    assert_eq!(urls.len(), pages, "one <loc> per page");
    for url in urls.iter().chain(&hrefs) {
        let path = target(&base, &Url::parse(url).unwrap()).expect("a site URL");
        assert!(public.join(&path).is_file(), "{url} leads nowhere");
    }
    assert!(urls.contains(&"https://ftpdocs.example/fr/compare/ftp/220-vs-503/".to_string()));
}

#[test]
fn a_link_to_a_missing_page_is_caught() {
    let out = render_site(&[]);
    let public = out.path().join("public");
    let page = public.join("fr/compare/ftp/220-vs-503/index.html");
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("ftp/503/index.html"));
    fs::write(
        &page,
        html.replacen("ftp/503/index.html", "ftp/599/index.html", 1),
    )
    .unwrap();
    let caught = std::panic::catch_unwind(|| check_site(&public)).unwrap_err();
    let message = caught.downcast_ref::<String>().unwrap();
    assert!(
        message.contains(
            "fr/compare/ftp/220-vs-503/index.html: ../../../../fr/ftp/599/index.html leads nowhere"
        ),
        "{message}"
    );
}

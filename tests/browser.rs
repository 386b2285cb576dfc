//! The site in a real browser: the generated `public/` (with its search index) is served on
//! 127.0.0.1, or opened from disk, and headless Chromium (Debian's `/usr/bin/chromium`)
//! loads its pages. Chromium's `--dump-dom` prints the document it built, scripts run, which
//! the tests read as a reader would see it.
//!
//! The tests run under libtest-mimic so that, without Chromium (or without Pagefind for the
//! search), they show as ignored rather than passing; with `CI=true` nothing is ignored, so a
//! CI machine without them fails.

mod common;
#[path = "browser/layout.rs"]
mod layout;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use std::{fs, thread};

use common::{ftpdocs, project_root};
use libtest_mimic::{Arguments, Failed, Trial};
use scraper::{Html, Selector};
use url::Url;

const CHROMIUM: &str = "/usr/bin/chromium";

fn main() {
    let mut args = Arguments::from_args();
    // One Chromium at a time: the search's scripts must finish within the page's load.
    args.test_threads.get_or_insert(1);
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let chromium = Path::new(CHROMIUM).exists() || ci;
    let pagefind = chromium && (ci || pagefind_runs());
    WITH_SEARCH.set(pagefind).unwrap();
    let trial = |name: &str, test: fn(), needs_search: bool| {
        let runs = chromium && (pagefind || !needs_search);
        Trial::test(name, move || {
            std::panic::catch_unwind(test).map_err(|e| {
                let message = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Failed::from(message)
            })
        })
        .with_ignored_flag(!runs)
    };
    let trials = vec![
        trial(
            "the_french_comparison_is_french_in_chromium_and_links_to_its_english_version",
            the_french_comparison_is_french_in_chromium_and_links_to_its_english_version,
            false,
        ),
        trial(
            "search_finds_the_550_page_from_its_number_and_from_words_of_its_french_text",
            search_finds_the_550_page_from_its_number_and_from_words_of_its_french_text,
            true,
        ),
        trial(
            "the_home_page_filter_works_opened_from_disk",
            the_home_page_filter_works_opened_from_disk,
            false,
        ),
        trial(
            "the_french_404_is_french_at_french_addresses",
            the_french_404_is_french_at_french_addresses,
            false,
        ),
        trial(
            "search_ignores_what_each_search_page_says_it_ignores",
            search_ignores_what_each_search_page_says_it_ignores,
            true,
        ),
        trial(
            "arabic_pages_run_right_to_left_with_codes_and_commands_left_to_right",
            arabic_pages_run_right_to_left_with_codes_and_commands_left_to_right,
            false,
        ),
        trial(
            "japanese_breaks_lines_between_characters_under_the_kinsoku_rules",
            japanese_breaks_lines_between_characters_under_the_kinsoku_rules,
            false,
        ),
    ];
    if !chromium {
        eprintln!(
            "ignored: {CHROMIUM} is not installed (apt-get install chromium); .ci/run installs it"
        );
    } else if !pagefind {
        eprintln!(
            "search tests ignored: Pagefind is not installed (pip install 'pagefind[extended]')"
        );
    }
    let conclusion = libtest_mimic::run(&args, trials);
    // A static is never dropped: the rendered site is removed here.
    if let Some(out) = SITE.get() {
        let _ = fs::remove_dir_all(out.path());
    }
    conclusion.exit();
}

/// True when ftpdocs can run Pagefind here.
fn pagefind_runs() -> bool {
    let commands: Vec<Vec<String>> = match std::env::var("FTPDOCS_PAGEFIND") {
        Ok(value) => vec![value.split_whitespace().map(String::from).collect()],
        Err(_) => vec![
            vec!["pagefind".into()],
            vec!["python3".into(), "-m".into(), "pagefind".into()],
        ],
    };
    commands.iter().any(|command| {
        Command::new(&command[0])
            .args(&command[1..])
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The whole site with its search index, rendered once for every test.
static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
/// Whether the site is rendered with its search index (when Pagefind is there, or in CI).
static WITH_SEARCH: OnceLock<bool> = OnceLock::new();

fn site_folder() -> &'static Path {
    let out = SITE.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let public = out.path().join("public");
        let mut args = vec!["render", "--lang", "all", "--out", public.to_str().unwrap()];
        if WITH_SEARCH.get() == Some(&true) {
            args.push("--search");
        }
        ftpdocs(&project_root(), &args).assert().success();
        out
    });
    out.path()
}

/// The site served on 127.0.0.1, started once.
fn site_url() -> &'static Url {
    static URL: OnceLock<Url> = OnceLock::new();
    URL.get_or_init(|| serve(site_folder().join("public")))
}

/// Serves `root` on 127.0.0.1 until the test process ends: `GET /a/b/` answers
/// `a/b/index.html`, an unknown path the nearest `404.html` above it with status 404 (as the
/// locale's `.htaccess` asks of Apache).
fn serve(root: PathBuf) -> Url {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            thread::spawn(move || answer(&root, stream));
        }
    });
    Url::parse(&format!("http://{address}/")).unwrap()
}

fn answer(root: &Path, mut stream: TcpStream) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut request = String::new();
    if BufReader::new(&stream).read_line(&mut request).is_err() {
        return;
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let mut file = root.join(path.trim_start_matches('/'));
    if path.ends_with('/') {
        file.push("index.html");
    }
    let safe = !path.split('/').any(|s| s == "..");
    let (status, body, file) = match fs::read(&file) {
        Ok(body) if safe && file.is_file() => ("200 OK", body, file),
        _ => {
            let not_found = nearest_404(root, path);
            let body = fs::read(&not_found).unwrap_or_default();
            ("404 Not Found", body, not_found)
        }
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("css") => "text/css",
        Some("xml") => "application/xml",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("html") => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// The `404.html` of the deepest folder above `path` that has one.
fn nearest_404(root: &Path, path: &str) -> PathBuf {
    let mut folder = root.join(path.trim_start_matches('/'));
    while folder.starts_with(root) {
        let candidate = folder.join("404.html");
        if candidate.is_file() {
            return candidate;
        }
        if !folder.pop() {
            break;
        }
    }
    root.join("404.html")
}

/// The document Chromium builds from `url`, serialized.
fn dump_dom(url: &Url) -> Html {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Let the page's scripts (the search's fetches and WebAssembly) finish first.
            "--virtual-time-budget=60000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url.as_str())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(90) {
            child.kill().ok();
            panic!("chromium did not finish loading {url} in 90 s");
        }
        thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "chromium failed on {url}");
    Html::parse_document(&String::from_utf8(output.stdout).unwrap())
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &scraper::ElementRef) -> String {
    element.text().collect::<String>().trim().to_string()
}

fn lang(doc: &Html) -> String {
    select(doc, "html")[0]
        .value()
        .attr("lang")
        .unwrap_or_default()
        .to_string()
}

fn the_french_comparison_is_french_in_chromium_and_links_to_its_english_version() {
    let site = site_url();
    let fr_url = site.join("fr/compare/ftp/220-vs-503/").unwrap();
    let fr = dump_dom(&fr_url);

    assert_eq!(lang(&fr), "fr", "document.documentElement.lang");
    let title = "FTP 220 Service prêt et 503 Mauvaise séquence\u{202f}: les différences";
    assert_eq!(
        text(&select(&fr, "title")[0]),
        format!("{title} – Codes de réponse FTP")
    );
    assert_eq!(text(&select(&fr, "h1")[0]), title);

    // The language switcher leads to the English version of the same page.
    let switch = select(&fr, "nav a[hreflang=en]");
    assert_eq!(text(&switch[0]), "English");
    let en_url = fr_url
        .join(switch[0].value().attr("href").unwrap())
        .unwrap();
    assert_eq!(
        en_url.path().trim_end_matches("index.html"),
        "/en/compare/ftp/220-vs-503/"
    );
    let en = dump_dom(&en_url);
    assert_eq!(lang(&en), "en");
    assert_eq!(
        text(&select(&en, "h1")[0]),
        "FTP 220 Service Ready vs 503 Bad Sequence"
    );

    // No paragraph or list item of the French page is the English page's text.
    let english: Vec<String> = select(&en, "main p, main li").iter().map(text).collect();
    for element in select(&fr, "main p, main li, footer p") {
        let t = text(&element);
        let citation = t.starts_with("RFC ") && t.split_whitespace().count() <= 4;
        assert!(
            citation || !english.contains(&t),
            "English text on the French page: {t}"
        );
    }

    // The page links to the French pages of both codes, and they load.
    for code in ["220", "503"] {
        let link = select(&fr, "main a")
            .into_iter()
            .find(|a| {
                a.value()
                    .attr("href")
                    .unwrap()
                    .ends_with(&format!("/ftp/{code}/index.html"))
            })
            .unwrap_or_else(|| panic!("a link to {code}"));
        let page = dump_dom(&fr_url.join(link.value().attr("href").unwrap()).unwrap());
        assert_eq!(lang(&page), "fr");
        assert!(text(&select(&page, "h1")[0]).starts_with(&format!("FTP {code} ")));
    }
}

/// The pages the search page lists for `query` in `lang`, as (href, title); Chromium is asked
/// again while the search is still running when it dumps the page.
fn search(lang: &str, query: &str) -> Vec<(String, String)> {
    let mut url = site_url().join(&format!("{lang}/search/")).unwrap();
    url.query_pairs_mut().append_pair("q", query);
    for _ in 0..6 {
        let doc = dump_dom(&url);
        assert_eq!(lang_of(&doc), lang);
        let results: Vec<(String, String)> = select(&doc, "[data-search-results] li > a")
            .iter()
            .map(|a| (a.value().attr("href").unwrap().to_string(), text(a)))
            .collect();
        let status = text(&select(&doc, "[data-search-status]")[0]);
        if !results.is_empty() || !status.is_empty() {
            return results;
        }
    }
    panic!("the search for {query:?} did not finish in Chromium");
}

fn lang_of(doc: &Html) -> String {
    lang(doc)
}

fn search_finds_the_550_page_from_its_number_and_from_words_of_its_french_text() {
    // The number; words of the page's French text, one typed without its accent.
    for query in ["550", "introuvable", "echoue definitive"] {
        let results = search("fr", query);
        assert!(
            results.iter().any(|(href, _)| href == "/fr/ftp/550/"),
            "{query:?} finds /fr/ftp/550/ among {results:?}"
        );
        for (href, title) in &results {
            assert!(href.starts_with("/fr/"), "{query:?}: {href} is not French");
            assert!(!title.is_empty());
        }
    }
    let page = search("fr", "550")
        .into_iter()
        .find(|(href, _)| href == "/fr/ftp/550/")
        .unwrap();
    assert_eq!(page.1, "FTP 550 Fichier indisponible");
    // The English index answers the English page.
    let english = search("en", "unavailable");
    assert!(
        english.iter().any(|(href, _)| href == "/en/ftp/550/"),
        "{english:?}"
    );
    assert!(english.iter().all(|(href, _)| href.starts_with("/en/")));
}

/// Each search page's lead promises what the search ignores: Arabic short vowels and shadda,
/// Russian ё against е, Turkish ç, ğ, ö, ş and ü typed as c, g, o, s and u. The 550 page is
/// found typed either way.
fn search_ignores_what_each_search_page_says_it_ignores() {
    for (lang, written, typed) in [
        // The page writes "يُنفَّذ" (is carried out) with its vowel marks.
        ("ar", "يُنفَّذ", "ينفذ"),
        // The page writes "учетной записи" (of the account) with е; a reader may type ё.
        ("ru", "учетной записи", "учётной записи"),
        // The page writes "örneğin erişim" (for example, access).
        ("tr", "örneğin erişim", "ornegin erisim"),
    ] {
        for query in [written, typed] {
            let results = search(lang, query);
            assert!(
                results
                    .iter()
                    .any(|(href, _)| href == &format!("/{lang}/ftp/550/")),
                "{lang}: {query:?} does not find the 550 page among {results:?}"
            );
        }
    }
}

fn the_home_page_filter_works_opened_from_disk() {
    let home = site_folder().join("public/fr/index.html");
    let mut url = Url::from_file_path(&home).unwrap();
    let all = dump_dom(&url);
    let rows = select(&all, "table.codes tbody tr");
    assert!(rows.len() >= 60, "{} rows", rows.len());
    assert!(
        select(&all, "[data-filter]:not([hidden]) input").len() == 1,
        "the filter shows once its script runs"
    );
    // Typed without accents, the filter still finds "indisponible" rows and only them.
    url.set_query(Some("filter=fichier%20indisponible"));
    let filtered = dump_dom(&url);
    let shown: Vec<String> = select(
        &filtered,
        "table.codes tbody tr:not([hidden]) td:first-child",
    )
    .iter()
    .map(text)
    .collect();
    assert_eq!(shown, ["450", "550"]);
    url.set_query(Some("filter=negative%20definitive"));
    let classes: Vec<String> = select(
        &dump_dom(&url),
        "section[data-filter-group]:not([hidden]) h2",
    )
    .iter()
    .map(text)
    .collect();
    assert_eq!(classes, ["5yz\u{202f}: Réponse négative définitive"]);
}

fn the_french_404_is_french_at_french_addresses() {
    let site = site_url();
    let doc = dump_dom(&site.join("fr/ftp/999/").unwrap());
    assert_eq!(lang(&doc), "fr");
    assert_eq!(text(&select(&doc, "h1")[0]), "Page introuvable");
    let home = select(&doc, "main a")
        .into_iter()
        .find(|a| text(a) == "La liste des codes de réponse FTP")
        .expect("a link home");
    assert_eq!(home.value().attr("href"), Some("/fr/"));
    let english = dump_dom(&site.join("en/nothing-here").unwrap());
    assert_eq!(lang(&english), "en");
    assert_eq!(text(&select(&english, "h1")[0]), "Page not found");
}

/// The layout of `page` in a frame `width` pixels wide, as the probe page reports it.
fn layout_of(page: &str, width: u32) -> layout::Layout {
    let public = site_folder().join("public");
    let probe = public.join("layout-probe.html");
    if !probe.exists() {
        let source = project_root().join("tests/data/layout-probe.html");
        fs::copy(source, &probe).unwrap();
    }
    let mut url = site_url().join("layout-probe.html").unwrap();
    url.query_pairs_mut()
        .append_pair("page", page)
        .append_pair("width", &width.to_string());
    let doc = dump_dom(&url);
    let report = select(&doc, "pre#layout");
    assert_eq!(report.len(), 1, "the probe reported no layout for {page}");
    serde_json::from_str(&text(&report[0])).unwrap()
}

fn arabic_pages_run_right_to_left_with_codes_and_commands_left_to_right() {
    // A phone (390 px) and a desktop window, on a code page and a comparison.
    let phone = layout_of("/ar/ftp/550/", 390);
    assert_eq!(
        (
            phone.lang.as_str(),
            phone.dir.as_str(),
            phone.direction.as_str()
        ),
        ("ar", "rtl", "rtl")
    );
    assert!(
        phone.scroll_width <= phone.client_width,
        "the page scrolls sideways: {} px in {} px",
        phone.scroll_width,
        phone.client_width
    );
    // Every line of running text starts at the right edge.
    let mut lines = 0;
    for block in phone.paragraphs() {
        assert_eq!(block.direction, "rtl");
        let off: Vec<_> = layout::lines_not_starting_at_the_right(block);
        assert!(off.is_empty(), "lines not at the right edge: {off:#?}");
        lines += block.lines.len();
    }
    assert!(lines >= 20, "{lines} lines of Arabic text");
    // Codes and command names read left to right, and "FTP 550" stays in that order.
    let reversed = layout::reversed_runs(&phone);
    assert!(reversed.is_empty(), "reversed: {reversed:?}");
    let h1 = phone.blocks.iter().find(|b| b.tag == "h1").unwrap();
    let ftp = h1.latin.iter().find(|r| r.text == "FTP").unwrap();
    let code = h1.latin.iter().find(|r| r.text == "550").unwrap();
    assert!(
        ftp.lefts[0] < code.lefts[0],
        "the title shows the code before FTP: {:?}",
        h1.lines
    );
    // The transcript is what goes over the wire: left to right, each line at the left edge.
    let transcript = phone.transcripts().next().expect("a transcript");
    assert_eq!(transcript.direction, "ltr");
    assert!(transcript.lines[0].text.starts_with("S: 220"));
    let off = layout::lines_not_starting_at_the_left(transcript);
    assert!(
        off.is_empty(),
        "transcript lines off the left edge: {off:#?}"
    );
    // The breadcrumbs start at the right: home is the rightmost.
    let crumbs = &phone.crumbs;
    assert!(
        crumbs.len() >= 2 && crumbs[0].right > crumbs[1].right,
        "{crumbs:?}"
    );

    // The same checks tell left-to-right text apart: the English page's lines start at the left.
    let english = layout_of("/en/ftp/550/", 390);
    assert_eq!(english.direction, "ltr");
    let ragged = english
        .paragraphs()
        .filter(|b| !layout::lines_not_starting_at_the_right(b).is_empty())
        .count();
    assert!(ragged > 0, "the English lines would pass as right to left");

    // On a desktop, the comparison table's row labels are in the rightmost column.
    let desktop = layout_of("/ar/compare/ftp/220-vs-503/", 1000);
    assert!(desktop.scroll_width <= desktop.client_width);
    assert!(desktop.rows.len() >= 5, "{} table rows", desktop.rows.len());
    for row in &desktop.rows {
        assert!(
            row.windows(2).all(|w| w[0].left > w[1].left),
            "a row runs left to right: {row:?}"
        );
    }
    assert!(layout::reversed_runs(&desktop).is_empty());
}

fn japanese_breaks_lines_between_characters_under_the_kinsoku_rules() {
    // The rules catch a forbidden break: a line that starts with the ideographic full stop.
    let planted = layout::Block {
        tag: "p".into(),
        class: String::new(),
        direction: "ltr".into(),
        line_break: "strict".into(),
        content: layout::Span {
            left: 0.0,
            right: 100.0,
        },
        font_size: 16.0,
        lines: ["ファイルが見つからない", "。再送信して「", "ください"]
            .map(|text| layout::Line {
                text: text.into(),
                left: 0.0,
                right: 100.0,
            })
            .to_vec(),
        latin: Vec::new(),
    };
    assert_eq!(layout::kinsoku_violations(&planted).len(), 2);

    for (page, width) in [("/ja/ftp/550/", 390), ("/ja/compare/ftp/220-vs-503/", 390)] {
        let layout = layout_of(page, width);
        assert_eq!(layout.lang, "ja");
        assert!(
            layout.scroll_width <= layout.client_width,
            "{page} scrolls sideways: {} px in {} px",
            layout.scroll_width,
            layout.client_width
        );
        let mut breaks = 0;
        for block in layout.paragraphs() {
            assert_eq!(block.line_break, "strict", "{page}: CSS line-break");
            let bad = layout::kinsoku_violations(block);
            assert!(bad.is_empty(), "{page}: forbidden line breaks {bad:?}");
            // Lines are filled to the edge, within two ems (a kinsoku push, or a Latin word
            // moved whole to the next line).
            let short = layout::short_lines(block, 2.0);
            assert!(short.is_empty(), "{page}: short lines {short:#?}");
            breaks += layout::breaks_between_characters(block);
        }
        assert!(
            breaks >= 10,
            "{page}: only {breaks} lines break between Japanese characters"
        );
        assert!(layout::reversed_runs(&layout).is_empty());
    }
}

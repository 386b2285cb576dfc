//! The site in a real browser: the generated `public/` is served on 127.0.0.1 and headless
//! Chromium (Debian's `/usr/bin/chromium`) loads the French 220–503 comparison. Chromium's
//! `--dump-dom` prints the document it built, which the test reads as a reader would see it.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use std::{fs, thread};

use common::{ftpdocs, project_root};
use scraper::{Html, Selector};
use url::Url;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Serves `root` on 127.0.0.1 until the test process ends: `GET /a/b/` answers
/// `a/b/index.html`, an unknown path the site's `404.html` with status 404.
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
    let (status, body) = match fs::read(&file) {
        Ok(body) if safe => ("200 OK", body),
        _ => (
            "404 Not Found",
            fs::read(root.join("404.html")).unwrap_or_default(),
        ),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("css") => "text/css",
        Some("xml") => "application/xml",
        _ => "text/html; charset=utf-8",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
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

#[test]
fn the_french_comparison_is_french_in_chromium_and_links_to_its_english_version() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!(
            "SKIPPED: {CHROMIUM} is not installed (apt-get install chromium); .ci/run installs it"
        );
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    ftpdocs(
        &project_root(),
        &["render", "--lang", "all", "--out", public.to_str().unwrap()],
    )
    .assert()
    .success();
    let site = serve(public);
    let fr_url = site.join("fr/compare/ftp/220-vs-503/").unwrap();
    let fr = dump_dom(&fr_url);

    assert_eq!(lang(&fr), "fr", "document.documentElement.lang");
    let title = "FTP 220 Service prêt ou 503 Mauvaise séquence";
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

//! `ftpdocs serve`: the preview answers on 127.0.0.1, reloads the project when a file changes,
//! shows errors in the page and marks fallback text; and in a real browser (Debian's
//! `/usr/bin/chromium`, headless) the open page reloads itself after an edit.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use common::{project_copy, replace};

const CHROMIUM: &str = "/usr/bin/chromium";
/// The longest any step waits: every loop below is bounded by it.
const WAIT: Duration = Duration::from_secs(60);

/// A child process killed with its process group when the test ends, pass or fail.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `ftpdocs serve --port 0` on `root`; returns the process, its address and its
/// stderr lines as they come.
fn serve(root: &Path, more: &[&str]) -> (Running, String, Receiver<String>) {
    use std::os::unix::process::CommandExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_ftpdocs"))
        .args(["--root", root.to_str().unwrap()])
        .args(["serve", "--port", "0", "--stop-after", "300"])
        .args(more)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let running = Running(child);
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let (send, lines) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    (running, url, lines)
}

/// `GET url` → (status, body).
fn get(url: &str) -> (u16, String) {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = TcpStream::connect(host).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    write!(stream, "GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response.split_once("\r\n\r\n").unwrap().1.to_string();
    (status, body)
}

/// Polls `url` until `test` accepts its body; bounded by [`WAIT`].
fn until(url: &str, what: &str, test: impl Fn(u16, &str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let (status, body) = get(url);
        if test(status, &body) {
            return body;
        }
        assert!(
            started.elapsed() < WAIT,
            "{what}: still {status} after {WAIT:?}"
        );
        thread::sleep(Duration::from_millis(100));
    }
}

/// Waits for a stderr line containing `text`; bounded by [`WAIT`].
fn line_with(lines: &Receiver<String>, text: &str) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(text) => return line,
            Ok(_) => {}
            Err(_) => panic!("serve never logged {text:?} within {WAIT:?}"),
        }
    }
}

#[test]
fn the_preview_follows_edits_shows_errors_and_marks_fallback_text() {
    let project = project_copy();
    let root = project.path();
    let (_server, url, _lines) = serve(root, &[]);
    let page = format!("{url}fr/ftp/220/");
    let (status, body) = get(&page);
    assert_eq!(status, 200);
    assert!(body.contains("<title>FTP 220 Service prêt – Codes de réponse FTP</title>"));
    assert!(
        body.contains("/__ftpdocs/version"),
        "the reload script is injected"
    );

    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service prêt",
        "code-220 = Service enfin prêt",
    );
    until(&page, "the edit", |_, b| {
        b.contains("<title>FTP 220 Service enfin prêt – Codes de réponse FTP</title>")
    });

    // A message removed from French shows in English, marked, instead of failing the page.
    replace(
        root,
        "locales/fr/page.ftl",
        "heading-fix =",
        "heading-fix-gone =",
    );
    let body = until(&page, "the fallback", |_, b| {
        b.contains("<span lang=\"en\">How to Fix</span>")
    });
    assert!(
        body.contains("main span[lang]::after"),
        "fallback text is labelled"
    );

    // A syntax error is shown in the page, at its line, and the site comes back once fixed.
    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service enfin prêt",
        "code-220 = Service { prêt",
    );
    let body = until(&page, "the error page", |s, _| s == 500);
    assert!(body.contains("locales/fr/codes-2xx.ftl:"), "{body}");
    assert!(body.contains("Fluent syntax error"), "{body}");
    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service { prêt",
        "code-220 = Service prêt",
    );
    until(&page, "the fix", |s, _| s == 200);

    // What `check` finds in the locale is shown above its pages: here the missing message,
    // then once it is back, nothing, then an English sentence.
    assert!(get(&page)
        .1
        .contains("missing-message: `heading-fix` is missing"));
    replace(
        root,
        "locales/fr/page.ftl",
        "heading-fix-gone =",
        "heading-fix =",
    );
    until(&page, "the message back", |_, b| {
        !b.contains("Not ready to publish")
    });
    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service prêt",
        "code-220 = Service prêt\n    .note = You encounter this reply when the server is ready for you.",
    );
    let body = until(&page, "the check banner", |_, b| {
        b.contains("Not ready to publish")
    });
    assert!(
        body.contains("locales/fr/codes-2xx.ftl:"),
        "the banner names the file: {body}"
    );

    let (status, _) = get(&format!("{url}fr/no-such-page/"));
    assert_eq!(status, 404);
}

/// Headless Chromium showing `url` in a window of `width`×740 until dropped, with its
/// profile folder.
fn chromium(url: &str, width: u32) -> (Running, tempfile::TempDir) {
    use std::os::unix::process::CommandExt;
    let profile = tempfile::tempdir().unwrap();
    let browser = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
        ])
        .arg(format!("--window-size={width},740"))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("chromium starts");
    (Running(browser), profile)
}

fn no_chromium() -> bool {
    let missing = !Path::new(CHROMIUM).exists();
    if missing {
        eprintln!(
            "SKIPPED: {CHROMIUM} is not installed (apt-get install chromium); .ci/run installs it"
        );
    }
    missing
}

#[test]
fn the_open_page_reloads_itself_in_chromium_after_an_edit() {
    if no_chromium() {
        return;
    }
    let project = project_copy();
    let root = project.path();
    let (_server, url, lines) = serve(root, &[]);
    let _browser = chromium(&format!("{url}fr/ftp/220/"), 1024);
    // The page's script reports each load with the title the browser shows.
    line_with(
        &lines,
        "loaded v1 /fr/ftp/220/ “FTP 220 Service prêt – Codes de réponse FTP”",
    );
    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service prêt",
        "code-220 = Service enfin prêt",
    );
    line_with(
        &lines,
        "loaded v2 /fr/ftp/220/ “FTP 220 Service enfin prêt – Codes de réponse FTP”",
    );
    // An error reloads the page too, into the error page, and a fix back into the site.
    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service enfin prêt",
        "code-220 = Service { prêt",
    );
    line_with(&lines, "loaded v3 /fr/ftp/220/ “ftpdocs preview: error”");
    replace(
        root,
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service { prêt",
        "code-220 = Service prêt",
    );
    line_with(
        &lines,
        "loaded v4 /fr/ftp/220/ “FTP 220 Service prêt – Codes de réponse FTP”",
    );
}

/// Pseudo-localized text is a third longer: on a phone-sized window no page may become wider
/// than the screen. The page's script reports how much wider than the window it is.
#[test]
fn longer_pseudo_text_still_fits_a_phone_screen_in_chromium() {
    if no_chromium() {
        return;
    }
    let project = project_copy();
    let (_server, url, lines) = serve(project.path(), &["--pseudo"]);
    for path in [
        "/en-XA/",
        "/en-XA/ftp/227/",
        "/en-XA/compare/ftp/220-vs-503/",
    ] {
        let _browser = chromium(&format!("{url}{}", &path[1..]), 360);
        let line = line_with(&lines, &format!("loaded v1 {path} “"));
        assert!(!line.contains("wider than the window"), "{line}");
    }
}

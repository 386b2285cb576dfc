//! `render` to HTML with bad input or hostile text: a clear error and nothing lost, and a
//! translator's markup shown as text.

mod common;

use std::fs;
use std::path::Path;

use common::{ftpdocs, project_copy, replace};
use predicates::prelude::*;

fn render_into(root: &Path, out: &Path) -> assert_cmd::assert::Assert {
    ftpdocs(
        root,
        &["render", "--lang", "all", "--out", out.to_str().unwrap()],
    )
    .assert()
}

const PAGE: &str = "fr/compare/ftp/220-vs-503/index.html";

/// Renders a good site, then runs `break_it` on the project and renders again: the second
/// render must fail with `message` and leave the first site byte for byte.
fn fails_and_keeps_the_site(break_it: impl FnOnce(&Path), message: &str) {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render_into(project.path(), &public).success();
    let before = fs::read(public.join(PAGE)).unwrap();
    break_it(project.path());
    render_into(project.path(), &public)
        .code(1)
        .stderr(predicate::str::contains(message));
    assert_eq!(fs::read(public.join(PAGE)).unwrap(), before);
    let names: Vec<String> = fs::read_dir(&public)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("staging") || n.contains("tmp")),
        "{names:?}"
    );
}

#[test]
fn a_base_url_that_is_not_a_url_is_refused_at_its_line() {
    fails_and_keeps_the_site(
        |root| fs::write(root.join("site.toml"), "base-url = \"ftpdocs.example\"\n").unwrap(),
        "site.toml:1:12: base-url `ftpdocs.example` is not a URL",
    );
}

#[test]
fn a_missing_site_toml_says_what_html_needs() {
    fails_and_keeps_the_site(
        |root| fs::remove_file(root.join("site.toml")).unwrap(),
        "the html format needs a base-url",
    );
}

#[test]
fn a_locale_folder_that_is_not_a_language_tag_is_refused() {
    fails_and_keeps_the_site(
        |root| fs::create_dir(root.join("locales/Français")).unwrap(),
        "`Français` is not a language tag",
    );
}

#[test]
fn a_locale_without_its_own_name_is_refused() {
    fails_and_keeps_the_site(
        |root| {
            replace(
                root,
                "locales/fr/site.ftl",
                "language-name = Français\n",
                "",
            )
        },
        // Refused by the readiness gate before anything is rendered.
        "locales/fr/site.ftl: error[missing-message]: `language-name` is missing",
    );
}

#[test]
fn an_output_folder_that_cannot_be_created_is_a_clear_error() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("notes.txt");
    fs::write(&file, "mine").unwrap();
    // A folder inside a file cannot be made, even by root.
    render_into(project.path(), &file.join("public"))
        .code(1)
        .stderr(
            predicate::str::contains("notes.txt/public")
                .and(predicate::str::contains("Not a directory")),
        );
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn a_read_only_site_folder_fails_and_keeps_the_previous_site() {
    use std::os::unix::fs::PermissionsExt;
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render_into(project.path(), &public).success();
    let before = fs::read(public.join(PAGE)).unwrap();
    fs::set_permissions(&public, fs::Permissions::from_mode(0o555)).unwrap();
    let probe = public.join("probe");
    if fs::write(&probe, "").is_ok() {
        fs::remove_file(probe).unwrap();
        fs::set_permissions(&public, fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("SKIPPED: running as root, a read-only folder is still writable");
        return;
    }
    let result = render_into(project.path(), &public);
    fs::set_permissions(&public, fs::Permissions::from_mode(0o755)).unwrap();
    result
        .code(1)
        .stderr(predicate::str::contains("Permission denied"));
    assert_eq!(fs::read(public.join(PAGE)).unwrap(), before);
}

#[test]
fn a_foreign_folder_is_refused_and_left_alone() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    fs::write(out.path().join("index.html"), "my own site").unwrap();
    render_into(project.path(), out.path())
        .code(1)
        .stderr(predicate::str::contains(
            "is not empty and was not created by ftpdocs",
        ));
    assert_eq!(
        fs::read_to_string(out.path().join("index.html")).unwrap(),
        "my own site"
    );
}

#[test]
fn markup_in_a_translation_is_shown_as_text() {
    let project = project_copy();
    replace(
        project.path(),
        "locales/fr/codes-2xx.ftl",
        "code-220 = Service prêt",
        "code-220 = Service <script>alert(1)</script> prêt",
    );
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render_into(project.path(), &public).success();
    let page = fs::read_to_string(public.join(PAGE)).unwrap();
    assert!(!page.contains("<script"), "a script element on the page");
    assert!(
        page.contains("<h1>FTP 220 Service &#60;script&#62;alert(1)&#60;/script&#62; prêt"),
        "{page}"
    );
}

#[test]
fn rendering_twice_gives_the_same_bytes() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    render_into(project.path(), &a).success();
    render_into(project.path(), &b).success();
    for file in [
        PAGE,
        "sitemap.xml",
        "index.html",
        "fr/index.html",
        "404.html",
    ] {
        assert_eq!(
            fs::read(a.join(file)).unwrap(),
            fs::read(b.join(file)).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn a_right_to_left_page_keeps_codes_whole_and_transcripts_left_to_right() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    ftpdocs(
        &common::project_root(),
        &["render", "--lang", "ar", "--out", public.to_str().unwrap()],
    )
    .assert()
    .success();
    let ar = fs::read_to_string(public.join("ar/ftp/550/index.html")).unwrap();
    assert!(ar.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    // No isolation marks: around "550" alone they made the bidi algorithm show "550 FTP"
    // and "(yz5)"; without them "FTP 550" and "(5yz)" stay whole phrases.
    assert!(!ar.contains(['\u{2068}', '\u{2069}']), "no isolation marks");
    assert!(
        ar.contains("<h1>FTP 550 "),
        "the code follows FTP in the text"
    );
    assert!(ar.contains("(5yz)"), "the class digit stays with yz");
    // The exchange is left to right whatever the page's direction.
    assert!(ar.contains("<pre class=\"transcript\">"));
    let css = fs::read_to_string(public.join("style.css")).unwrap();
    assert!(
        css.contains("pre.transcript {") && css.contains("direction: ltr; unicode-bidi: isolate;")
    );
    assert!(
        ar.contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\" aria-current=\"page\">العربية</a>")
    );
}

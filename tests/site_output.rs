//! What `render` leaves in its output folder across runs: a partial render links only the
//! locales the folder holds, a re-render rewrites only the files whose bytes changed and
//! removes pages that are gone, a killed render leaves the previous site and no debris once
//! the next one has run, and two renders cannot write the same folder at once.

mod common;

use std::fs::{self, File};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant};

use common::{ftpdocs, project_copy, project_root, replace};
use predicates::prelude::*;

fn render(root: &Path, out: &Path, lang: &str, extra: &[&str]) -> String {
    let mut args = vec!["render", "--lang", lang, "--out", out.to_str().unwrap()];
    args.extend(extra);
    let output = ftpdocs(root, &args).assert().success().get_output().clone();
    String::from_utf8(output.stdout).unwrap()
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn top_level(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_partial_render_never_links_to_a_locale_that_is_not_in_the_output() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render(&project_root(), &public, "fr", &[]);
    assert!(!public.join("en").exists());
    let mut all = Vec::new();
    files(&public, &mut all);
    for file in &all {
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        for needle in ["/en/", "hreflang=\"en\"", "en/index.html"] {
            assert!(
                !text.contains(needle),
                "{} names {needle}",
                file.strip_prefix(&public).unwrap().display()
            );
        }
    }
    // The root page is in the one locale there, and lists it.
    let root = fs::read_to_string(public.join("index.html")).unwrap();
    assert!(root.contains("<html lang=\"fr\""), "{root}");
    assert!(root.contains("href=\"fr/index.html\""));
    let index = fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(index.contains("/fr/sitemap.xml") && !index.contains("/en/"));

    // A later render of the other locale adds it everywhere it renders.
    render(&project_root(), &public, "en", &[]);
    let root = fs::read_to_string(public.join("index.html")).unwrap();
    assert!(root.contains("href=\"en/index.html\"") && root.contains("href=\"fr/index.html\""));
    let en = fs::read_to_string(public.join("en/ftp/550/index.html")).unwrap();
    assert!(en.contains("hreflang=\"fr\" href=\"https://ftpdocs.example/fr/ftp/550/\""));
    let index = fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(index.contains("/fr/sitemap.xml") && index.contains("/en/sitemap.xml"));
}

#[test]
fn each_locale_has_its_404_page_in_its_language_served_at_its_addresses() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render(&project_root(), &public, "all", &[]);
    let fr = fs::read_to_string(public.join("fr/404.html")).unwrap();
    assert!(fr.contains("<html lang=\"fr\"") && fr.contains("<h1>Page introuvable</h1>"));
    assert_eq!(
        fs::read_to_string(public.join("fr/.htaccess")).unwrap(),
        "ErrorDocument 404 /fr/404.html\n"
    );
}

#[test]
fn a_re_render_rewrites_only_what_changed_and_removes_what_is_gone() {
    let project = project_copy();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let first = render(project.path(), &public, "all", &[]);
    assert!(first.contains(" 0 unchanged, 0 removed"), "{first}");
    let inode = |p: &str| fs::metadata(public.join(p)).unwrap().ino();
    let page = "fr/ftp/550/index.html";
    let before = inode(page);
    let english = inode("en/ftp/550/index.html");

    let again = render(project.path(), &public, "all", &[]);
    assert!(again.contains("\n0 files written"), "{again}");
    assert_eq!(inode(page), before, "an unchanged page keeps its inode");

    // One word of the French 550 page changes: its page and the pages that show its
    // description or name change, nothing else.
    replace(
        project.path(),
        "locales/fr/codes-5xx.ftl",
        "le fichier n’existe pas, ou quand le compte",
        "le fichier est absent, ou quand le compte",
    );
    let edited = render(project.path(), &public, "all", &[]);
    let written: usize = edited
        .lines()
        .last()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=10).contains(&written), "{edited}");
    assert_ne!(inode(page), before);
    assert_eq!(
        inode("en/ftp/550/index.html"),
        english,
        "the English page did not change"
    );

    // A comparison that is no longer published is removed, and counted.
    let comparison = "fr/compare/ftp/220-vs-503/index.html";
    assert!(public.join(comparison).exists());
    replace(
        project.path(),
        "content/comparisons.yaml",
        "- pair: [220, 503]\n  note: compare-220-503\n",
        "",
    );
    let removed = render(project.path(), &public, "all", &[]);
    assert!(!public.join(comparison).exists());
    // The comparison's page in every locale, and nothing else.
    let locales = fs::read_dir(project.path().join("locales"))
        .unwrap()
        .count();
    assert!(
        removed.contains(&format!(" {locales} removed")),
        "{removed}"
    );
}

#[test]
fn a_render_killed_mid_run_leaves_the_previous_site_and_the_next_one_cleans_up() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render(&project_root(), &public, "all", &[]);
    let page = public.join("fr/ftp/550/index.html");
    let before = fs::read(&page).unwrap();
    let mut count = Vec::new();
    files(&public, &mut count);

    // Every pair makes the render long enough to be caught with its staging folder there.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ftpdocs"))
        .args(["--root", project_root().to_str().unwrap()])
        .args(["render", "--lang", "all", "--all-pairs", "--out"])
        .arg(&public)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let staging = || {
        top_level(&public)
            .iter()
            .any(|n| n.starts_with(".staging-"))
    };
    while !staging() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the render ended first"
        );
        assert!(started.elapsed() < Duration::from_secs(60));
        thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL: no destructor runs
    child.wait().unwrap();
    assert!(staging(), "the killed render left its staging folder");
    assert_eq!(
        fs::read(&page).unwrap(),
        before,
        "the previous site is intact"
    );
    assert!(public.join("en/index.html").is_file() && public.join("fr/index.html").is_file());

    render(&project_root(), &public, "all", &[]);
    let names = top_level(&public);
    assert!(
        !names.iter().any(|n| n.starts_with(".staging-")
            || n.starts_with(".old-")
            || n.starts_with(".tmp-")),
        "{names:?}"
    );
    let mut after = Vec::new();
    files(&public, &mut after);
    assert_eq!(after.len(), count.len());
}

#[test]
fn a_second_render_to_a_folder_in_use_is_refused_and_changes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    render(&project_root(), &public, "all", &[]);
    let page = public.join("fr/index.html");
    let before = fs::metadata(&page).unwrap().ino();
    let lock = File::options()
        .append(true)
        .open(public.join(".ftpdocs-site"))
        .unwrap();
    lock.lock().unwrap();
    ftpdocs(
        &project_root(),
        &["render", "--lang", "fr", "--out", public.to_str().unwrap()],
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "another ftpdocs render is writing this folder",
    ));
    assert_eq!(fs::metadata(&page).unwrap().ino(), before);
    drop(lock);
    render(&project_root(), &public, "fr", &[]);
}

#[test]
fn the_search_index_is_built_by_the_pagefind_command_and_swapped_in() {
    let tools = tempfile::tempdir().unwrap();
    let fake = tools.path().join("pagefind");
    fs::write(
        &fake,
        "#!/bin/sh\n# Writes a stand-in index where ftpdocs asks.\n\
         while [ $# -gt 0 ]; do case $1 in --output-path) out=$2; shift;; esac; shift; done\n\
         mkdir -p \"$out\" && echo 'export {}' > \"$out/pagefind.js\"\n",
    )
    .unwrap();
    fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let args = [
        "render",
        "--lang",
        "fr",
        "--search",
        "--out",
        public.to_str().unwrap(),
    ];
    ftpdocs(&project_root(), &args)
        .env("FTPDOCS_PAGEFIND", &fake)
        .assert()
        .success()
        .stdout(predicate::str::contains("search index built in"));
    assert!(public.join("pagefind/pagefind.js").is_file());
    assert!(!top_level(&public)
        .iter()
        .any(|n| n.starts_with('.') && n != ".ftpdocs-site" && n != ".htaccess"));

    ftpdocs(&project_root(), &args)
        .env("FTPDOCS_PAGEFIND", tools.path().join("missing"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the search index needs Pagefind: install it (pip install 'pagefind[extended]'",
        ));
}

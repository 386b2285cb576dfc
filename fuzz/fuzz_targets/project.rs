//! Any bytes as one file of a copy of the project (the first byte chooses which: a French or
//! English `.ftl`, a code's YAML, the comparisons, the Winsock numbers, `site.toml`), then what
//! `render` and `check` do with it: load, render every page of every locale in every format,
//! run every check.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

use ftpdocs::check::content::check_project;
use ftpdocs::check::tree::Tree;
use ftpdocs::check::Settings;
use ftpdocs::load::{load_project, load_site_config};
use ftpdocs::render::html::HtmlSite;
use ftpdocs::render::{site_pages, Format, Renderer};

const TARGETS: [&str; 7] = [
    "locales/fr/page.ftl",
    "locales/fr/site.ftl",
    "locales/en/page.ftl",
    "content/codes/220.yaml",
    "content/comparisons.yaml",
    "content/not-ftp.yaml",
    "site.toml",
];

/// The codes the copy keeps: every kind of page, few enough for many runs a second.
const KEPT: [&str; 5] = ["120", "220", "221", "421", "503"];

/// A copy of the project with five codes, two comparisons and one Winsock number, made once
/// per process; each input overwrites one file of it.
fn project() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for folder in ["content", "locales"] {
            copy(&root.join(folder), &dir.join(folder));
        }
        std::fs::copy(root.join("site.toml"), dir.join("site.toml")).unwrap();
        trim(&dir);
        dir
    })
}

fn trim(dir: &Path) {
    for entry in std::fs::read_dir(dir.join("content/codes")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !KEPT.contains(&stem.as_str()) {
            std::fs::remove_file(&path).unwrap();
            continue;
        }
        let related = if stem == "220" { "120" } else { "220" };
        let text: String = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(|line| match line.starts_with("related: ") {
                true => format!("related: [{related}]\n"),
                false => format!("{line}\n"),
            })
            .collect();
        std::fs::write(&path, text).unwrap();
    }
    std::fs::write(
        dir.join("content/comparisons.yaml"),
        "- pair: [220, 503]\n- pair: [120, 220]\n  note: compare-120-220\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("content/not-ftp.yaml"),
        "- number: 10054\n  name: WSAECONNRESET\n  message: winsock-10054\n",
    )
    .unwrap();
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let root = project();
    let target = root.join(TARGETS[choice as usize % TARGETS.len()]);
    let original = std::fs::read(&target).unwrap();
    std::fs::write(&target, bytes).unwrap();

    if let Ok(project) = load_project(root) {
        let html = load_site_config(root)
            .ok()
            .and_then(|config| HtmlSite::new(&project, &config).ok());
        for locale in project.locale_ids() {
            let renderer = Renderer::new(&project, locale, true).unwrap();
            for page in site_pages(&project.content, false) {
                if let Ok(view) = renderer.page(page) {
                    for format in [Format::Txt, Format::Md, Format::Json] {
                        let _ = format.write(&view);
                    }
                    if let Some(Ok(frame)) = html.as_ref().map(|h| h.frame(&renderer)) {
                        let _ = frame.page(&view);
                    }
                }
            }
        }
    }
    let tree = Tree {
        root: root.join("locales"),
        reference: "en".into(),
        langs: Vec::new(),
        display_root: "locales/".into(),
    };
    let settings = Settings::default();
    let _ = tree.check(&settings, true);
    let _ = check_project(root, &tree, &settings);

    std::fs::write(&target, original).unwrap();
});

//! `ftpdocs serve`: a live preview. Each page is rendered when the browser asks for it, from
//! the project as last loaded, through the same renderer and HTML frame as `render`; a change
//! under `content/`, `locales/` or `site.toml` reloads the project, so the next request shows
//! it, and the open page reloads itself ([`inject`]). Fallback is allowed and marked, so a
//! locale in progress can be read; errors are shown in the page instead of the site, and what
//! `check` finds that keeps a locale from being published is listed above its pages.

pub mod inject;
pub mod watch;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use unic_langid::LanguageIdentifier;

use crate::check::readiness::blocking_errors;
use crate::load::{load_project, load_site_config, reference_id, Project};
use crate::render::html::{HtmlSite, STYLESHEET};
use crate::render::{site_pages, Renderer};

use self::inject::{error_page, inject, VERSION_PATH};
use self::watch::Fingerprint;

/// What the preview answers a request with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Response {
    fn html(status: u16, body: String) -> Self {
        Response {
            status,
            content_type: "text/html; charset=utf-8",
            body: body.into_bytes(),
        }
    }
}

/// The project as last loaded, or why it could not be.
struct Loaded {
    version: u64,
    fingerprint: Fingerprint,
    site: Result<(Project, HtmlSite), String>,
    /// Templates are compiled into ftpdocs: a change to them needs a new build.
    templates_changed: Vec<PathBuf>,
    /// What `check` finds that keeps each locale from being published, one line each.
    errors: BTreeMap<String, Vec<String>>,
}

/// The preview of one project.
pub struct Preview {
    root: PathBuf,
    pseudo: bool,
    loaded: RwLock<Loaded>,
}

impl Preview {
    /// Loads the project at `root`; `pseudo` adds the pseudo locales (en-XA, ar-XB).
    pub fn new(root: &Path, pseudo: bool) -> Self {
        let fingerprint = Fingerprint::of(root);
        let site = load(root, pseudo);
        let errors = check(root, &site);
        Preview {
            root: root.to_path_buf(),
            pseudo,
            loaded: RwLock::new(Loaded {
                version: 1,
                fingerprint,
                site,
                templates_changed: Vec::new(),
                errors,
            }),
        }
    }

    /// The version of the project served: it changes whenever a watched file does.
    pub fn version(&self) -> u64 {
        self.read().version
    }

    /// Reloads the project if a watched file changed; returns the changed files.
    pub fn refresh(&self) -> Vec<PathBuf> {
        let fingerprint = Fingerprint::of(&self.root);
        let changed = self.read().fingerprint.changed(&fingerprint);
        if changed.is_empty() {
            return changed;
        }
        let site = load(&self.root, self.pseudo);
        let errors = check(&self.root, &site);
        let templates = self.root.join("templates");
        let mut loaded = self.loaded.write().unwrap_or_else(|e| e.into_inner());
        loaded.templates_changed.extend(
            changed
                .iter()
                .filter(|p| p.starts_with(&templates))
                .cloned(),
        );
        loaded.templates_changed.sort();
        loaded.templates_changed.dedup();
        loaded.version += 1;
        loaded.fingerprint = fingerprint;
        loaded.site = site;
        loaded.errors = errors;
        changed
    }

    /// The answer to `GET path`.
    pub fn respond(&self, path: &str) -> Response {
        let loaded = self.read();
        let version = loaded.version;
        if path == VERSION_PATH {
            return Response {
                status: 200,
                content_type: "text/plain; charset=utf-8",
                body: version.to_string().into_bytes(),
            };
        }
        if path == "/style.css" {
            return Response {
                status: 200,
                content_type: "text/css; charset=utf-8",
                body: STYLESHEET.as_bytes().to_vec(),
            };
        }
        let (project, html) = match &loaded.site {
            Ok(site) => (&site.0, &site.1),
            Err(why) => return Response::html(500, error_page(why, version)),
        };
        let mut notes = Vec::new();
        if !loaded.templates_changed.is_empty() {
            let names: Vec<String> = loaded
                .templates_changed
                .iter()
                .map(|p| {
                    p.strip_prefix(&self.root)
                        .unwrap_or(p)
                        .display()
                        .to_string()
                })
                .collect();
            notes.push(format!(
                "{} changed: templates are compiled into ftpdocs, so this preview still uses the old ones; rebuild ftpdocs (cargo build) and start serve again",
                names.join(", ")
            ));
        }
        let lang = path.trim_start_matches('/').split('/').next().unwrap_or("");
        if let Some(errors) = loaded.errors.get(lang) {
            notes.push(errors.join("\n"));
        }
        let banner = (!notes.is_empty()).then(|| notes.join("\n\n"));
        match page(project, html, path) {
            Ok((status, body)) => Response::html(status, inject(&body, version, banner.as_deref())),
            Err(why) => Response::html(500, error_page(&why, version)),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Loaded> {
        self.loaded.read().unwrap_or_else(|e| e.into_inner())
    }
}

/// Lines shown above the pages of a locale that is not ready to publish.
const ERRORS_SHOWN: usize = 5;

/// What keeps each locale from being published, as `render` would say it, shown above its
/// pages: the preview is where a translator sees it first.
fn check(root: &Path, site: &Result<(Project, HtmlSite), String>) -> BTreeMap<String, Vec<String>> {
    let Ok((project, _)) = site else {
        return BTreeMap::new();
    };
    let tags: Vec<String> = project.locale_ids().map(ToString::to_string).collect();
    let findings = match blocking_errors(root, &tags) {
        Ok(findings) => findings,
        Err(why) => {
            let line = format!("ftpdocs check could not run: {why:#}");
            return tags.into_iter().map(|t| (t, vec![line.clone()])).collect();
        }
    };
    let mut by_locale: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for finding in &findings {
        let lines = by_locale.entry(finding.locale.clone()).or_default();
        let place = finding
            .line
            .map_or(finding.path.clone(), |l| format!("{}:{l}", finding.path));
        lines.push(format!("  {place}: {}: {}", finding.check, finding.message));
    }
    for (locale, lines) in by_locale.iter_mut() {
        let total = lines.len();
        lines.truncate(ERRORS_SHOWN);
        if total > ERRORS_SHOWN {
            lines.push(format!(
                "  … and {} more: ftpdocs check --lang {locale}",
                total - ERRORS_SHOWN
            ));
        }
        let s = if total == 1 { "" } else { "s" };
        lines.insert(
            0,
            format!("Not ready to publish: ftpdocs check finds {total} error{s} in {locale}:"),
        );
    }
    by_locale
}

fn load(root: &Path, pseudo: bool) -> Result<(Project, HtmlSite), String> {
    let mut project = load_project(root).map_err(|problems| problems.to_string())?;
    if pseudo {
        crate::pseudo::add_requested(&mut project, crate::pseudo::ACCENTED);
        crate::pseudo::add_requested(&mut project, crate::pseudo::BIDI);
    }
    let config = load_site_config(root).map_err(|problem| problem.to_string())?;
    let html = HtmlSite::new(&project, &config).map_err(|missing| missing.to_string())?;
    Ok((project, html))
}

/// The page at `path` (`/`, `/fr/`, `/fr/ftp/220/`, `…/index.html`) with its status: 404 and
/// the locale's (or the site's) 404 page for an address with no page.
fn page(project: &Project, html: &HtmlSite, path: &str) -> Result<(u16, String), String> {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let trimmed = path.trim_matches('/');
    let (lang, key) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let reference = reference_id();
    if trimmed.is_empty() {
        let renderer = Renderer::new(project, &reference, true).expect("the reference exists");
        return html
            .root_page(&renderer)
            .map(|p| (200, p))
            .map_err(|e| e.to_string());
    }
    let locale: Option<LanguageIdentifier> =
        lang.parse().ok().filter(|id| project.locale(id).is_some());
    let locale = locale.unwrap_or(reference);
    let renderer = Renderer::new(project, &locale, true).expect("a project locale");
    let frame = html.frame(&renderer).map_err(|e| e.to_string())?;
    let found = (project.locale(&lang.parse().unwrap_or_default()).is_some()
        && path.ends_with('/'))
    .then(|| {
        site_pages(&project.content, true)
            .into_iter()
            .find(|p| p.key() == key)
    })
    .flatten();
    match found {
        Some(page) => {
            let view = renderer.page(page).map_err(|e| e.to_string())?;
            Ok((200, frame.page(&renderer, &view)))
        }
        None => {
            let view = renderer.not_found().map_err(|e| e.to_string())?;
            Ok((404, frame.page(&renderer, &view)))
        }
    }
}

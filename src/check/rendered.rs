//! `rendered-language`: every page of a locale is rendered in memory through the site's own
//! renderer, and each title, lead, heading, paragraph and list item is checked for the
//! locale's language. A problem is reported once, at the message that carries it (its file
//! and line in the locale), with the pages it appears on: the renderer records what each
//! message formatted to, which maps text seen on a page back to its message.

use std::collections::{BTreeMap, HashSet};

use crate::l10n::Formatted;
use crate::load::Project;
use crate::render::{site_pages, Renderer};

use super::catalog::{locate, Catalog};
use super::finding::{Check, Finding, Group};
use super::lang::Identifier;
use super::text::{mask_markup, sentences};
use super::Settings;

/// Pages named in a finding before "and N more".
const PAGES_SHOWN: usize = 3;

/// What rendering a locale is checked with.
pub struct RenderedContext<'a> {
    pub project: &'a Project,
    pub reference: &'a Catalog,
    pub settings: &'a Settings,
}

/// One problem, before it becomes a finding: where it comes from, what it says, and the
/// pages it was seen on.
enum Cause {
    /// A message (and attribute) of the locale.
    Message(String, Option<String>),
    /// Text that no message of the locale formats to on its own.
    Text,
}

struct Seen {
    cause: Cause,
    message: String,
    pages: Vec<String>,
}

/// `rendered-language` for one locale, one finding per root cause.
pub fn check_rendered(cx: &RenderedContext<'_>, locale: &Catalog) -> Vec<Finding> {
    let code = locale.locale.as_str();
    let Ok(id) = code.parse() else {
        return Vec::new();
    };
    let Some(renderer) = Renderer::new(cx.project, &id, true) else {
        return Vec::new();
    };
    renderer.l10n().record_formatted();
    let identifier = Identifier::new(code, &cx.reference.locale);
    let pending: HashSet<&str> = locale
        .files
        .values()
        .flat_map(|f| f.entries.iter())
        .filter(|e| e.markers.not_yet_translated)
        .map(|e| e.id.as_str())
        .collect();
    // `# ftpdocs: allow rendered-language` (or `same-as-source`) on a message, in the locale
    // or the reference, lets its sentences be in the reference's language: a quoted English
    // server text inside a Japanese sentence.
    let allowed: HashSet<&str> = locale
        .files
        .values()
        .chain(cx.reference.files.values())
        .flat_map(|f| f.entries.iter())
        .filter(|e| {
            e.markers.same_as_source
                || e.markers
                    .allow
                    .iter()
                    .any(|a| a == Check::RenderedLanguage.name())
        })
        .map(|e| e.id.as_str())
        .collect();
    // A message that falls back is already a `missing-*` or `not-yet-translated` finding
    // when those checks run: the page would only repeat it.
    let fallback_reported = |id: &str| {
        if pending.contains(id) {
            !cx.settings.runs(Group::Translation)
        } else {
            !cx.settings.runs(Group::Structure)
        }
    };
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    let mut note = |key: String, cause: Cause, message: String, page: &str| {
        let entry = seen.entry(key).or_insert(Seen {
            cause,
            message,
            pages: Vec::new(),
        });
        entry.pages.push(page.to_string());
    };
    for page in site_pages(&cx.project.content, false) {
        let shown = format!("{code}/{}", page.key());
        let view = renderer.page(page);
        let (fell_back, formatted): (Vec<_>, Vec<_>) = renderer
            .l10n()
            .take_formatted()
            .into_iter()
            .partition(|f| f.fallback);
        let view = match view {
            Ok(view) => view,
            Err(missing) => {
                for miss in missing.misses {
                    let why = miss
                        .error
                        .clone()
                        .unwrap_or_else(|| "no locale defines it".to_string());
                    let message = format!(
                        "`{}` cannot be formatted: {why}; the pages that use it cannot be rendered",
                        miss.full_id()
                    );
                    let key = format!("message {}", miss.full_id());
                    note(
                        key,
                        Cause::Message(miss.id, miss.attribute),
                        message,
                        &shown,
                    );
                }
                continue;
            }
        };
        for full_id in &view.fallback {
            let (id, attribute) = match full_id.split_once('.') {
                Some((id, attribute)) => (id, Some(attribute.to_string())),
                None => (full_id.as_str(), None),
            };
            if fallback_reported(id) {
                let message = format!(
                    "shown in {} on the pages below: {code} has no translation of it",
                    cx.reference.locale
                );
                let cause = Cause::Message(id.to_string(), attribute);
                note(format!("message {full_id}"), cause, message, &shown);
            }
        }
        let Some(identifier) = &identifier else {
            continue;
        };
        // Reference text passed into a translated sentence (a reply text the locale lost to a
        // broken file) is the fallback's consequence: reported where the fallback is.
        let fallback_texts: Vec<&str> = fell_back
            .iter()
            .filter(|f| !fallback_reported(&f.id))
            .map(|f| f.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        for text in view.texts().filter(|t| t.fallback.is_none()) {
            let masked = mask_markup(&text.text);
            for range in sentences(&masked) {
                if identifier.foreign(&masked[range.clone()]).is_none() {
                    continue;
                }
                let sentence = text.text[range].trim();
                if fallback_texts
                    .iter()
                    .any(|f| sentence.contains(f) || f.contains(sentence))
                {
                    continue;
                }
                let message = format!(
                    "“{}” is in {}, not {code}: translate it",
                    excerpt(sentence),
                    identifier.foreign
                );
                match carrier(&formatted, sentence) {
                    Some(f) if allowed.contains(f.id.as_str()) => {}
                    Some(f) => {
                        let key = match &f.attribute {
                            Some(a) => format!("message {}.{a}", f.id),
                            None => format!("message {}", f.id),
                        };
                        let cause = Cause::Message(f.id.clone(), f.attribute.clone());
                        note(key, cause, message, &shown);
                    }
                    None => {
                        let cause = Cause::Text;
                        note(format!("text {sentence}"), cause, message, &shown);
                    }
                }
            }
        }
    }
    seen.into_values().map(|s| finding(locale, s)).collect()
}

/// The message that carries `sentence`: the shortest whose text holds it, unless a message
/// passed to it as an argument makes up most of the sentence (the name a title was built
/// around), which is then the one to translate. Text is matched, not traced, so this is a
/// best guess when a sentence is built of several messages.
fn carrier<'f>(formatted: &'f [Formatted], sentence: &str) -> Option<&'f Formatted> {
    let outer = formatted
        .iter()
        .filter(|f| f.text.contains(sentence))
        .min_by_key(|f| f.text.len())?;
    let shorter = |than: &'f Formatted| {
        formatted
            .iter()
            .filter(move |f| f.text.len() < than.text.len() && !f.text.trim().is_empty())
    };
    // Only a message built of no other message: a title built around a name is not a name.
    let inner = shorter(outer)
        .filter(|f| sentence.contains(f.text.trim()))
        .filter(|f| !shorter(f).any(|g| f.text.contains(g.text.trim())))
        .max_by_key(|f| f.text.len())
        .filter(|f| 2 * f.text.trim().len() >= sentence.len());
    Some(inner.unwrap_or(outer))
}

fn finding(locale: &Catalog, seen: Seen) -> Finding {
    let mut pages = seen.pages;
    pages.dedup();
    let count = pages.len();
    let mut list = pages
        .iter()
        .take(PAGES_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if count > PAGES_SHOWN {
        list.push_str(&format!(" and {} more", count - PAGES_SHOWN));
    }
    let s = if count == 1 { "" } else { "s" };
    let message = format!("{} ({count} page{s}: {list})", seen.message);
    let code = &locale.locale;
    match seen.cause {
        Cause::Message(id, attribute) => {
            let place = locale.files.iter().find_map(|(path, file)| {
                let entry = file.entries.iter().find(|e| e.id == id)?;
                let offset = match &attribute {
                    Some(name) => entry
                        .attributes
                        .iter()
                        .find(|a| &a.name == name)
                        .map_or(entry.offset, |a| a.offset),
                    None => entry.offset,
                };
                Some((path, file, offset))
            });
            let path = place.map_or_else(
                || format!("page {}", pages[0]),
                |p| locale.display_path(p.0),
            );
            let finding = Finding::new(Check::RenderedLanguage, code, &path, message)
                .with_id(&id, attribute.as_deref());
            match place {
                Some((_, file, offset)) => {
                    let len = attribute.as_ref().unwrap_or(&id).chars().count();
                    locate(finding, file, offset, len)
                }
                None => finding,
            }
        }
        Cause::Text => Finding::new(
            Check::RenderedLanguage,
            code,
            &format!("page {}", pages[0]),
            message,
        ),
    }
}

fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

//! Formats Fluent messages for one locale, falling back to the reference locale and
//! recording every message that had to fall back, so a half-translated page is never shipped
//! by accident.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Position;
use crate::load::{FtlFile, Locale, Project};

/// A piece of text shown to the reader. `fallback` names the locale it came from when the
/// page's own locale lacks the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
}

impl Text {
    /// Text that needs no translation: numbers, command names, URLs.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Text {
            text: text.into(),
            fallback: None,
        }
    }
}

/// A message the page's locale lacks, with the file a translator should add it to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    pub id: String,
    pub attribute: Option<String>,
    pub path: PathBuf,
    /// False when not even the reference locale has it: nothing could be shown.
    pub fell_back: bool,
    /// Fluent's own complaint (an unknown variable, a cyclic reference), if any.
    pub error: Option<String>,
    /// Where the message that could not be formatted is defined, when it exists: the file
    /// and the line and column of its id.
    pub defined_at: Option<(PathBuf, Position)>,
}

impl Miss {
    pub fn full_id(&self) -> String {
        match &self.attribute {
            Some(attr) => format!("{}.{attr}", self.id),
            None => self.id.clone(),
        }
    }
}

/// A locale's messages ready to format, over the parsed files it shares with the project.
type Bundle = FluentBundle<Arc<FluentResource>>;

/// The bundles of a project, built on first use and shared: rendering threads format from
/// the same bundle rather than each building its own copy of every message.
#[derive(Default)]
pub struct Bundles(Mutex<HashMap<(LanguageIdentifier, bool), Arc<Bundle>>>);

impl std::fmt::Debug for Bundles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bundles").finish_non_exhaustive()
    }
}

impl Bundles {
    /// The bundle of `locale`, with or without bidi isolation marks.
    fn get(&self, locale: &Locale, isolating: bool) -> Arc<Bundle> {
        // A poisoned lock only means another thread panicked while building; the map is
        // still a map.
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let bundle = map
            .entry((locale.id.clone(), isolating))
            .or_insert_with(|| {
                let mut bundle = FluentBundle::new_concurrent(vec![locale.id.clone()]);
                bundle.set_use_isolating(isolating);
                bundle.set_transform(crate::pseudo::transform(&locale.id));
                for file in &locale.files {
                    // A duplicate id keeps its first definition; the checker reports it.
                    let _ = bundle.add_resource(Arc::clone(&file.resource));
                }
                Arc::new(bundle)
            });
        Arc::clone(bundle)
    }
}

struct Source<'a> {
    locale: &'a Locale,
    bundle: Arc<Bundle>,
    /// Messages marked `# ftpdocs: not-yet-translated`: copies of the reference that the
    /// next locale of the chain shows instead, as the fallback they are.
    not_yet_translated: BTreeSet<&'a str>,
}

pub struct Localizer<'a> {
    /// The page's locale first, then the reference locale when it differs.
    chain: Vec<Source<'a>>,
    misses: RefCell<Vec<Miss>>,
    /// Every message id formatted so far: what `unused-message` compares the catalog with.
    used: RefCell<BTreeSet<String>>,
    /// What each message formatted to, when asked for ([`Localizer::record_formatted`]): how
    /// the checker maps text seen on a page back to the message that carries it.
    formatted: RefCell<Option<Vec<Formatted>>>,
}

/// One message formatted in the page's own locale, and the text it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    pub id: String,
    pub attribute: Option<String>,
    pub text: String,
    /// Formatted from a later locale of the chain (the reference), not the locale's own.
    pub fallback: bool,
}

impl<'a> Localizer<'a> {
    /// `isolating` turns on Fluent's bidi isolation marks around placeables, which help
    /// right-to-left text and only get in the way elsewhere.
    pub fn new(project: &'a Project, locale: &LanguageIdentifier, isolating: bool) -> Option<Self> {
        let mut chain = Vec::new();
        let reference = project.reference();
        for locale in [project.locale(locale)?, reference] {
            if chain.iter().any(|s: &Source| s.locale.id == locale.id) {
                continue;
            }
            let bundle = project.bundles.get(locale, isolating);
            let not_yet_translated = locale
                .files
                .iter()
                .flat_map(|file| marked_not_yet_translated(&file.resource))
                .collect();
            chain.push(Source {
                locale,
                bundle,
                not_yet_translated,
            });
        }
        Some(Localizer {
            chain,
            misses: RefCell::new(Vec::new()),
            used: RefCell::new(BTreeSet::new()),
            formatted: RefCell::new(None),
        })
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        &self.chain[0].locale.id
    }

    /// The value of message `id`.
    pub fn message(&self, id: &str, args: Option<&FluentArgs>) -> Text {
        self.format(id, None, args)
    }

    /// Attribute `attribute` of message `id`.
    pub fn attribute(&self, id: &str, attribute: &str, args: Option<&FluentArgs>) -> Text {
        self.format(id, Some(attribute), args)
    }

    /// Takes the misses recorded since the last call.
    pub fn take_misses(&self) -> Vec<Miss> {
        std::mem::take(&mut self.misses.borrow_mut())
    }

    /// Starts keeping what each message of the page's own locale formats to.
    pub fn record_formatted(&self) {
        self.formatted.borrow_mut().get_or_insert_with(Vec::new);
    }

    /// Takes the messages formatted since the last call (none unless recording).
    pub fn take_formatted(&self) -> Vec<Formatted> {
        self.formatted
            .borrow_mut()
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    /// The ids of every message formatted so far.
    pub fn used(&self) -> BTreeSet<String> {
        self.used.borrow().clone()
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> Text {
        if !self.used.borrow().contains(id) {
            self.used.borrow_mut().insert(id.to_string());
        }
        for (depth, source) in self.chain.iter().enumerate() {
            let last = depth + 1 == self.chain.len();
            if !last && source.not_yet_translated.contains(id) {
                continue;
            }
            let pattern = source.bundle.get_message(id).and_then(|m| match attribute {
                Some(name) => m.get_attribute(name).map(|a| a.value()),
                None => m.value(),
            });
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = source
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if depth > 0 || !errors.is_empty() {
                let defined_at = (!errors.is_empty())
                    .then(|| locate(source.locale, id))
                    .flatten();
                self.record(
                    id,
                    attribute,
                    depth > 0,
                    errors.first().map(|e| e.to_string()),
                    defined_at,
                );
            }
            if let Some(formatted) = self.formatted.borrow_mut().as_mut() {
                formatted.push(Formatted {
                    id: id.to_string(),
                    attribute: attribute.map(str::to_string),
                    text: text.clone(),
                    fallback: depth > 0,
                });
            }
            let fallback = (depth > 0).then(|| source.locale.id.to_string());
            return Text { text, fallback };
        }
        self.record(id, attribute, false, None, None);
        Text {
            text: format!("{{{id}}}"),
            fallback: None,
        }
    }

    fn record(
        &self,
        id: &str,
        attribute: Option<&str>,
        fell_back: bool,
        error: Option<String>,
        defined_at: Option<(PathBuf, Position)>,
    ) {
        let own = self.chain[0].locale;
        let reference = self.chain.last().expect("the chain is never empty").locale;
        // The translator adds the message to the file that holds it in the reference.
        let relative = reference
            .file_defining(id)
            .map(|f| f.relative.clone())
            .unwrap_or_else(|| PathBuf::from("page.ftl"));
        self.misses.borrow_mut().push(Miss {
            id: id.to_string(),
            attribute: attribute.map(str::to_string),
            path: own.dir.join(relative),
            fell_back,
            error,
            defined_at,
        });
    }
}

/// The ids of the messages of `resource` whose comment marks them not yet translated. The
/// bundle's parser drops comments, so the marker is found in the source: a `#` line in the
/// comment block right above the message.
fn marked_not_yet_translated(resource: &FluentResource) -> Vec<&str> {
    let mut ids = Vec::new();
    let mut marked = false;
    for line in resource.source().lines() {
        if let Some(comment) = line.strip_prefix('#') {
            marked |= comment.trim() == crate::check::ftl::NOT_YET_TRANSLATED;
            continue;
        }
        if marked && line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some((id, _)) = line.split_once('=') {
                ids.push(id.trim());
            }
        }
        marked = false;
    }
    ids
}

/// The file of `locale` that defines message `id`, and the position of the id in it.
fn locate(locale: &Locale, id: &str) -> Option<(PathBuf, Position)> {
    let file: &FtlFile = locale.file_defining(id)?;
    let source = file.resource.source();
    let name = crate::load::message_ids(&file.resource).find(|m| *m == id)?;
    let offset = (name.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    Some((file.path.clone(), Position::from_offset(source, offset)))
}

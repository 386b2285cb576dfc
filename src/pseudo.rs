//! Pseudo-localization: the reference locale's messages shown through a transformation, as
//! if a translator had translated every one, to find what a real translation would break
//! before one exists. Text that stays plain English on a pseudo page does not come from a
//! message and cannot be translated; a layout that breaks under longer text or right to left
//! breaks there first.
//!
//! Two pseudo locales, under the tags browsers and Android use for them:
//! - `en-XA`: accented letters and vowels doubled (fluent-pseudo), padded to a third longer;
//! - `ar-XB`: mirrored letters, and the page right to left, as its Arabic tag makes it.
//!
//! Only the text of patterns is transformed: placeables (codes, names, numbers) stay as they
//! are, as in a real translation.

use std::borrow::Cow;

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use crate::load::{FtlFile, Locale, Project};

/// Accented and about a third longer.
pub const ACCENTED: &str = "en-XA";
/// Mirrored letters, right to left.
pub const BIDI: &str = "ar-XB";

fn accented(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Cow::Borrowed(text);
    }
    // fluent-pseudo doubles a, e, o and u, which makes English about a quarter longer;
    // tildes after the last letter bring the text to a third longer.
    let long = fluent_pseudo::transform(text, false, true);
    let target = (text.chars().count() * 4).div_ceil(3);
    let missing = target.saturating_sub(long.chars().count());
    let end = long
        .char_indices()
        .rfind(|(_, c)| c.is_alphabetic())
        .map_or(long.len(), |(i, c)| i + c.len_utf8());
    Cow::Owned(format!(
        "{}{}{}",
        &long[..end],
        "~".repeat(missing),
        &long[end..]
    ))
}

fn bidi(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, true, false)
}

/// The transformation of a pseudo locale's text, if `locale` is one.
pub fn transform(locale: &LanguageIdentifier) -> Option<fn(&str) -> Cow<'_, str>> {
    match locale.to_string().as_str() {
        ACCENTED => Some(accented),
        BIDI => Some(bidi),
        _ => None,
    }
}

/// True for the tags of the pseudo locales.
pub fn is_pseudo(tag: &str) -> bool {
    tag == ACCENTED || tag == BIDI
}

/// Adds the pseudo locale `tag` to `project`, made of the reference's files, when `tag` names
/// one (or `all` asks for every locale); other tags leave the project as it is.
pub fn add_requested(project: &mut Project, tag: &str) {
    if !is_pseudo(tag) {
        return;
    }
    let reference = project.reference();
    let files = reference
        .files
        .iter()
        .map(|file| FtlFile {
            path: file.path.clone(),
            relative: file.relative.clone(),
            // The reference parsed without errors, or the project would not have loaded.
            resource: std::sync::Arc::new(
                FluentResource::try_new(file.resource.source().to_string())
                    .unwrap_or_else(|(resource, _)| resource),
            ),
        })
        .collect();
    let locale = Locale {
        id: tag.parse().expect("the pseudo tags are valid"),
        dir: reference.dir.clone(),
        files,
    };
    project.locales.push(locale);
    project.locales.sort_by_key(|l| l.id.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_a_third_longer_and_bidi_text_is_mirrored() {
        let english = "Send the command again after the server is ready.";
        let long = accented(english);
        assert_ne!(long, english);
        assert!(long.chars().count() * 3 >= english.chars().count() * 4 - 9);
        assert_eq!(bidi("Ready"), "ᴚǝɐpʎ");
    }
}

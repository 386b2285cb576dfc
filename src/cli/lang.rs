//! `--lang`: a BCP 47 tag negotiated against the project's locales, or `all`.

use anyhow::Result;

use super::BadArgument;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use ftpdocs::load::Project;

/// The locales `requested` selects: `all` gives every one, `fr-CA` gives `fr`.
pub fn select_locales(project: &Project, requested: &str) -> Result<Vec<LanguageIdentifier>> {
    let available: Vec<LanguageIdentifier> = project.locale_ids().cloned().collect();
    let list = || {
        available
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if requested == "all" {
        return Ok(available);
    }
    let Ok(tag) = requested.parse::<LanguageIdentifier>() else {
        return Err(BadArgument(format!(
            "--lang `{requested}` is not a language tag; available locales: {}, or all",
            list()
        ))
        .into());
    };
    let chosen = negotiate_languages(&[tag], &available, None, NegotiationStrategy::Filtering);
    match chosen.first() {
        Some(locale) => Ok(vec![(*locale).clone()]),
        None => Err(BadArgument(format!(
            "no locale matches --lang `{requested}`; available locales: {}, or all",
            list()
        ))
        .into()),
    }
}

//! Locale codes parsed once (`sr-Latn`, `pt_BR`), and the language facts of
//! `data/languages.toml` that checks read instead of testing codes themselves.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;
use whatlang::Script;

/// The subtags of a locale code that checks use. `-` and `_` both separate subtags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleTag {
    /// Lowercase primary language: `sr`.
    pub language: String,
    /// Title-case script subtag when the code has one: `Latn`.
    pub script: Option<String>,
}

impl LocaleTag {
    pub fn parse(code: &str) -> LocaleTag {
        let mut parts = code.split(['-', '_']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let script = parts
            .find(|p| p.len() == 4 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(|p| {
                let mut s = p.to_ascii_lowercase();
                s[..1].make_ascii_uppercase();
                s
            });
        LocaleTag { language, script }
    }

    pub fn profile(&self) -> &'static Profile {
        static EMPTY: OnceLock<Profile> = OnceLock::new();
        profiles()
            .get(&self.language)
            .unwrap_or_else(|| EMPTY.get_or_init(Profile::default))
    }

    /// The ISO 15924 code of the script the locale is written in, when known: the script
    /// subtag, else `languages.toml`, else the script of whatlang's model of the language.
    pub fn script(&self) -> Option<String> {
        if let Some(script) = &self.script {
            return Some(script.clone());
        }
        if let Some(script) = &self.profile().script {
            return Some(script.clone());
        }
        let lang = super::lang::language_of(&self.language)?;
        Script::all()
            .iter()
            .find(|s| s.langs().contains(&lang))
            .map(|s| iso_15924(*s).to_string())
    }

    /// The language whose identification models fit this locale: its own, or the
    /// `latin-model` of a language written here in Latin (`sr-Latn` → `hr`).
    pub fn model_language(&self) -> &str {
        let profile = self.profile();
        match (&profile.latin_model, &profile.model) {
            (Some(model), _) if self.script.as_deref() == Some("Latn") => model,
            (_, Some(model)) => model,
            _ => &self.language,
        }
    }

    /// Written in the Latin script (unknown languages are taken to be).
    pub fn is_latin(&self) -> bool {
        self.script().is_none_or(|s| s == "Latn")
    }
}

/// The code to identify a locale's language by: `sr-CS` written in Latin letters becomes
/// `sr-Latn`, for a language written in two scripts (one with a `latin-model`) whose code
/// does not say which. `texts` are the locale's texts.
pub fn identity<'t>(code: &str, texts: impl Iterator<Item = &'t str>) -> String {
    let tag = LocaleTag::parse(code);
    if tag.script.is_some() || tag.profile().latin_model.is_none() {
        return code.to_string();
    }
    let (mut latin, mut other) = (0usize, 0usize);
    for c in texts
        .flat_map(str::chars)
        .filter(|c| c.is_alphabetic())
        .take(20_000)
    {
        if c.is_ascii_alphabetic()
            || matches!(
                whatlang::detect_script(c.encode_utf8(&mut [0; 4])),
                Some(Script::Latin)
            )
        {
            latin += 1;
        } else {
            other += 1;
        }
    }
    if latin > other {
        format!("{}-Latn", tag.language)
    } else {
        code.to_string()
    }
}

/// The ISO 15924 code of a whatlang script.
pub fn iso_15924(script: Script) -> &'static str {
    match script {
        Script::Latin => "Latn",
        Script::Cyrillic => "Cyrl",
        Script::Arabic => "Arab",
        Script::Devanagari => "Deva",
        Script::Hiragana | Script::Katakana => "Jpan",
        Script::Mandarin => "Hani",
        Script::Hangul => "Kore",
        Script::Hebrew => "Hebr",
        Script::Greek => "Grek",
        Script::Thai => "Thai",
        Script::Georgian => "Geor",
        Script::Armenian => "Armn",
        Script::Bengali => "Beng",
        Script::Ethiopic => "Ethi",
        _ => "Zyyy",
    }
}

/// What `languages.toml` says about one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profile {
    pub script: Option<String>,
    #[serde(default = "yes")]
    pub spaces: bool,
    #[serde(default)]
    pub repeated_word: Vec<String>,
    #[serde(default)]
    pub reduplication: bool,
    pub latin_model: Option<String>,
    pub model: Option<String>,
    #[serde(default = "yes")]
    pub identify: bool,
    /// Words of the language spelled like an English function word (Hungarian "is", also).
    #[serde(default)]
    pub own_words: Vec<String>,
    #[serde(default)]
    pub example: Vec<Example>,
    pub oblique_case: Option<ObliqueCase>,
    pub alike_forms: Option<AlikeForms>,
    pub same_form: Option<SameForm>,
    /// Words that say "more than one" in a language without grammatical number.
    #[serde(default)]
    pub several_words: Vec<String>,
    /// Each plural category's initial letters that its numerals mutate (`numeral-mutations`).
    #[serde(default)]
    pub numeral_mutations: std::collections::BTreeMap<String, Vec<String>>,
    /// Whether a space separates sentences: not where a full-width stop carries its own (。).
    #[serde(default = "yes")]
    pub sentence_space: bool,
    /// Whether the `two` form follows only the numeral two (Irish "dhá uair").
    #[serde(default)]
    pub numeral_dual: bool,
    /// Whether a sentence may leave its subject unnamed (Italian, Japanese).
    #[serde(default)]
    pub null_subject: bool,
}

/// Nouns whose forms for two categories are spelled alike (`alike-forms` in
/// `languages.toml`, which explains the fields).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct AlikeForms {
    pub categories: Vec<String>,
    pub one_plus: Vec<String>,
    /// Prepositions that take the genitive, after which `[one]`'s form is the paucal's.
    #[serde(default)]
    pub genitive_words: Vec<String>,
}

/// Nouns that take one form after the counts of several categories (`same-form` in
/// `languages.toml`, which explains the fields).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SameForm {
    pub categories: Vec<String>,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub endings: Vec<String>,
}

impl SameForm {
    /// Is `word`, as written after a count, one of these nouns?
    pub fn holds(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        self.words.contains(&word)
            || self
                .endings
                .iter()
                .any(|e| word.len() > e.len() && word.ends_with(e.as_str()))
    }
}

impl AlikeForms {
    /// Is `other` the `one` text with only an ending added to the noun, after a consonant?
    /// The first word the two differ in is compared ("1 минут" / "{ $n } минута").
    pub fn holds(&self, one: &str, other: &str) -> bool {
        let (one, other) = (lowercase_words(one), lowercase_words(other));
        if one.len() != other.len() {
            return false;
        }
        let mut differing = one.iter().zip(&other).filter(|(a, b)| a != b);
        let Some((noun, form)) = differing.next() else {
            return false;
        };
        let consonant = noun
            .chars()
            .last()
            .is_some_and(|c| !"aeiouаеиоу".contains(c));
        differing.next().is_none()
            && consonant
            && self
                .one_plus
                .iter()
                .any(|ending| form.strip_prefix(noun.as_str()) == Some(ending.as_str()))
    }
}

/// Where a count's grammatical case makes plural categories read alike (`oblique-case` in
/// `languages.toml`, which explains the fields).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ObliqueCase {
    pub alike: Vec<String>,
    pub words: Vec<String>,
    pub noun_endings: Vec<String>,
    pub either_words: Vec<String>,
    pub case_endings: Vec<String>,
}

impl ObliqueCase {
    /// Does a count between these words stand in an oblique case?
    pub fn holds(&self, words: &super::count_words::CountWords) -> bool {
        let Some(before) = words.before.as_deref() else {
            return false;
        };
        let ends = |word: &str, endings: &[String]| {
            endings
                .iter()
                .any(|e| word.len() > e.len() && word.ends_with(e.as_str()))
        };
        self.words.iter().any(|w| w == before)
            || ends(before, &self.noun_endings)
            || (self.either_words.iter().any(|w| w == before)
                && words
                    .after
                    .as_deref()
                    .is_some_and(|after| ends(after, &self.case_endings)))
    }
}

/// The words of `text`, letters only, lowercase: what variants are compared by.
pub fn lowercase_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn yes() -> bool {
    true
}

/// A language `languages.toml` says nothing about: written with spaces, identified.
impl Default for Profile {
    fn default() -> Self {
        Profile {
            script: None,
            spaces: true,
            repeated_word: Vec::new(),
            reduplication: false,
            latin_model: None,
            model: None,
            identify: true,
            own_words: Vec::new(),
            example: Vec::new(),
            oblique_case: None,
            alike_forms: None,
            same_form: None,
            several_words: Vec::new(),
            numeral_mutations: std::collections::BTreeMap::new(),
            sentence_space: true,
            numeral_dual: false,
            null_subject: false,
        }
    }
}

/// A text that a check must flag (`bad`) or leave alone (`good`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub bad: Option<String>,
    pub good: Option<String>,
}

/// Every language of `languages.toml`, parsed once.
pub fn profiles() -> &'static HashMap<String, Profile> {
    static PROFILES: OnceLock<HashMap<String, Profile>> = OnceLock::new();
    PROFILES.get_or_init(|| {
        toml::from_str(include_str!("data/languages.toml"))
            .expect("src/check/data/languages.toml is checked by a unit test")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_with_either_separator() {
        let tag = LocaleTag::parse("sr_latn_RS");
        assert_eq!(
            (tag.language.as_str(), tag.script.as_deref()),
            ("sr", Some("Latn"))
        );
        assert_eq!(LocaleTag::parse("pt-BR").script, None);
    }

    #[test]
    fn scripts_come_from_subtag_data_or_whatlang() {
        assert!(LocaleTag::parse("sr-Latn").is_latin());
        assert!(!LocaleTag::parse("sr").is_latin());
        assert!(!LocaleTag::parse("ja").is_latin());
        assert!(!LocaleTag::parse("he").is_latin());
        assert!(LocaleTag::parse("pl").is_latin() && LocaleTag::parse("tr").is_latin());
        assert!(LocaleTag::parse("ach").is_latin());
    }

    #[test]
    fn serbian_in_latin_letters_is_identified_as_latin() {
        assert_eq!(
            identity("sr-CS", ["Izaberite fasciklu za preuzimanja"].into_iter()),
            "sr-Latn"
        );
        assert_eq!(
            identity("sr-SP", ["Изаберите фасциклу"].into_iter()),
            "sr-SP"
        );
        assert_eq!(identity("fr", ["Choisissez"].into_iter()), "fr");
    }

    #[test]
    fn language_data_parses() {
        assert!(profiles().len() > 10);
        let unlisted = LocaleTag::parse("pl").profile();
        assert!(unlisted.spaces && unlisted.identify && !unlisted.reduplication);
        assert!(!LocaleTag::parse("ja").profile().spaces);
        assert!(LocaleTag::parse("tr-TR").profile().reduplication);
    }
}

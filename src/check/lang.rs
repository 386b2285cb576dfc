//! Language identification of short texts, narrowed to the two languages that can meet in a
//! translation: the locale's and the reference's.

use whatlang::{Detector, Lang};

use super::text::{is_code_like, words};

/// The fewest prose words (code-like tokens not counted) a text needs before its language is
/// judged: below this, identification is a guess.
pub const MIN_WORDS: usize = 4;

/// The whatlang language of a locale code (`fr`, `pt-BR`, `zh-TW`, `nb-NO`), if it knows it.
pub fn language_of(locale: &str) -> Option<Lang> {
    let primary = locale.split(['-', '_']).next()?.to_ascii_lowercase();
    let code = match primary.as_str() {
        "eo" => "epo",
        "en" => "eng",
        "ru" => "rus",
        "zh" => "cmn",
        "es" => "spa",
        "pt" => "por",
        "it" => "ita",
        "bn" => "ben",
        "fr" => "fra",
        "de" => "deu",
        "uk" => "ukr",
        "ka" => "kat",
        "ar" => "ara",
        "hi" => "hin",
        "ja" => "jpn",
        "he" => "heb",
        "yi" => "yid",
        "pl" => "pol",
        "am" => "amh",
        "jv" => "jav",
        "ko" => "kor",
        "nb" | "no" | "nn" => "nob",
        "da" => "dan",
        "sv" => "swe",
        "fi" => "fin",
        "tr" => "tur",
        "nl" => "nld",
        "hu" => "hun",
        "cs" => "ces",
        "el" => "ell",
        "bg" => "bul",
        "be" => "bel",
        "mr" => "mar",
        "kn" => "kan",
        "ro" => "ron",
        "sl" => "slv",
        "hr" => "hrv",
        "sr" => "srp",
        "mk" => "mkd",
        "lt" => "lit",
        "lv" => "lav",
        "et" => "est",
        "ta" => "tam",
        "vi" => "vie",
        "ur" => "urd",
        "th" => "tha",
        "gu" => "guj",
        "uz" => "uzb",
        "pa" => "pan",
        "az" => "aze",
        "id" => "ind",
        "te" => "tel",
        "fa" => "pes",
        "ml" => "mal",
        "or" => "ori",
        "my" => "mya",
        "ne" => "nep",
        "si" => "sin",
        "km" => "khm",
        "tk" => "tuk",
        "ak" => "aka",
        "zu" => "zul",
        "sn" => "sna",
        "af" => "afr",
        "la" => "lat",
        "sk" => "slk",
        "ca" => "cat",
        "tl" => "tgl",
        "hy" => "hye",
        "cy" => "cym",
        other => other,
    };
    Lang::from_code(code)
}

/// A judge of which of two languages a text is in.
pub struct Identifier {
    detector: Detector,
    pub expected: Lang,
    pub foreign: Lang,
}

/// What identification said about a text in the wrong language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub lang: Lang,
    pub confidence: f64,
}

impl Identifier {
    /// `None` when either language is unknown or both are the same.
    pub fn new(expected: &str, foreign: &str) -> Option<Identifier> {
        let expected = language_of(expected)?;
        let foreign = language_of(foreign)?;
        (expected != foreign).then(|| Identifier {
            detector: Detector::with_allowlist(vec![expected, foreign]),
            expected,
            foreign,
        })
    }

    /// `Some` when `text` (placeables and markup already blanked) is confidently in the
    /// foreign language. Code-like tokens are left out first: `PASV`, `959` say nothing.
    pub fn foreign(&self, text: &str) -> Option<Verdict> {
        let prose: Vec<&str> = words(text)
            .into_iter()
            .map(|r| &text[r])
            .filter(|w| !is_code_like(w))
            .collect();
        if prose.len() < MIN_WORDS {
            return None;
        }
        let info = self.detector.detect(&prose.join(" "))?;
        (info.lang() == self.foreign && info.confidence() >= 0.5).then(|| Verdict {
            lang: info.lang(),
            confidence: info.confidence(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_codes_map_to_languages() {
        assert_eq!(language_of("fr"), Some(Lang::Fra));
        assert_eq!(language_of("pt-BR"), Some(Lang::Por));
        assert_eq!(language_of("ach"), None);
    }

    #[test]
    fn english_sentence_is_foreign_in_french() {
        let id = Identifier::new("fr", "en").unwrap();
        assert!(id
            .foreign("You encounter this code when you skip the login step.")
            .is_some());
        assert!(id
            .foreign("Le serveur est prêt pour un nouvel utilisateur.")
            .is_none());
        assert!(id.foreign("USER PASS ACCT RNTO").is_none());
    }
}

//! Language identification of short texts, narrowed to the two languages that can meet in a
//! translation: the locale's and the reference's.

use std::collections::HashSet;
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

/// A judge of whether a text is in the locale's language or in the reference's.
///
/// Two signals: function words ("the", "your", "les", "votre": stop-word lists of the
/// `stop-words` crate, NLTK lists where there are some, keeping only the words one language
/// has and the other has not), which
/// decide well even on six-word sentences; and whatlang's trigram identification, which
/// covers languages without a stop-word list but is unsure on short texts, so it alone must be
/// confident and unopposed by the locale's function words.
pub struct Identifier {
    detector: Option<Detector>,
    expected_words: HashSet<&'static str>,
    foreign_words: HashSet<&'static str>,
    pub expected: String,
    pub foreign: String,
}

/// What identification said about a text in the wrong language.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Function words of the foreign language found in the text.
    pub foreign_words: Vec<String>,
    /// whatlang's confidence that the text is in the foreign language, when it says so.
    pub confidence: Option<f64>,
}

fn stop_words_of(locale: &str) -> HashSet<&'static str> {
    let primary = locale
        .split(['-', '_'])
        .next()
        .unwrap_or(locale)
        .to_ascii_lowercase();
    stop_words::lookup(primary)
        .map(|w| w.iter().copied().collect())
        .unwrap_or_default()
}

impl Identifier {
    /// `None` when neither signal knows both languages, or they are the same language.
    pub fn new(expected: &str, foreign: &str) -> Option<Identifier> {
        let primary = |l: &str| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase();
        if primary(expected) == primary(foreign) {
            return None;
        }
        let detector = match (language_of(expected), language_of(foreign)) {
            (Some(e), Some(f)) if e != f => Some(Detector::with_allowlist(vec![e, f])),
            _ => None,
        };
        let expected_all = stop_words_of(expected);
        let foreign_all = stop_words_of(foreign);
        let (expected_words, foreign_words) = if expected_all.is_empty() || foreign_all.is_empty() {
            (HashSet::new(), HashSet::new())
        } else {
            (&expected_all - &foreign_all, &foreign_all - &expected_all)
        };
        if detector.is_none() && foreign_words.is_empty() {
            return None;
        }
        Some(Identifier {
            detector,
            expected_words,
            foreign_words,
            expected: expected.to_string(),
            foreign: foreign.to_string(),
        })
    }

    /// `Some` when `text` (placeables and markup already blanked) is in the foreign language.
    /// Code-like tokens are left out first: `PASV`, `959` say nothing.
    pub fn foreign(&self, text: &str) -> Option<Verdict> {
        let prose: Vec<&str> = words(text)
            .into_iter()
            .map(|r| &text[r])
            .filter(|w| !is_code_like(w))
            .collect();
        if prose.len() < MIN_WORDS {
            return None;
        }
        let lower: Vec<String> = prose
            .iter()
            .flat_map(|w| w.split(['\'', '’']))
            .map(str::to_lowercase)
            .collect();
        let foreign_words: Vec<String> = lower
            .iter()
            .filter(|w| self.foreign_words.contains(w.as_str()))
            .cloned()
            .collect();
        let expected_count = lower
            .iter()
            .filter(|w| self.expected_words.contains(w.as_str()))
            .count();
        let confidence = self
            .detector
            .as_ref()
            .and_then(|d| d.detect(&prose.join(" ")))
            .and_then(|info| {
                (language_of(&self.foreign) == Some(info.lang())).then(|| info.confidence())
            });
        let by_words = foreign_words.len() >= 2 && foreign_words.len() > 2 * expected_count;
        let by_trigrams = confidence.is_some_and(|c| c >= 0.8) && expected_count == 0;
        (by_words || by_trigrams).then_some(Verdict {
            foreign_words,
            confidence,
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
        assert!(id
            .foreign("Vous la voyez. You can now upload your files into it.")
            .is_some());
        assert!(id.foreign("Quand un nouveau message arrive").is_none());
    }
}

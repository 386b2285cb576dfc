//! Language identification of short texts, narrowed to the two languages that can meet in a
//! translation: the locale's and the reference's.

use std::collections::HashSet;
use whatlang::Detector;

pub use super::lang_codes::language_of;
use super::locale::LocaleTag;
use super::text::{is_code_like, words};

/// The fewest prose words (code-like tokens not counted) a text needs before its language is
/// judged: below this, identification is a guess.
pub const MIN_WORDS: usize = 4;

/// The fewest prose words trigrams judge alone, with no function word of the reference.
const TRIGRAMS_ALONE: usize = 8;

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
    /// Every function word of the reference language.
    foreign_all: HashSet<&'static str>,
    /// Names that are no language's words: `GitHub`, `Firefox Monitor` (lowercased words).
    brands: HashSet<String>,
    /// The locale is written in the Latin script, like the reference.
    pub latin: bool,
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

/// `words` without runs of two or more capitalised words (names and titles: "Free Spaced
/// Repetition Scheduler", "SuperMemo 2" stays as its one capitalised word).
fn without_names<'t>(words: &[&'t str]) -> Vec<&'t str> {
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(|w| capital(w)).count();
        if run >= 2 {
            i += run;
            continue;
        }
        out.push(words[i]);
        i += 1;
    }
    out
}

/// How many different words `words` holds: Turkish "not" (a note) twice is one word, not
/// two signs of English.
fn distinct(words: &[String]) -> usize {
    words.iter().collect::<HashSet<_>>().len()
}

fn stop_words_of(language: &str) -> HashSet<&'static str> {
    stop_words::lookup(language)
        .map(|w| w.iter().copied().collect())
        .unwrap_or_default()
}

fn lowercase(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count()
}

/// Is every letter of `word` Latin?
pub fn is_latin_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).all(|c| {
        matches!(
            whatlang::detect_script(c.encode_utf8(&mut [0; 4])),
            Some(whatlang::Script::Latin)
        )
    })
}

impl Identifier {
    /// `None` when neither signal knows both languages, or they are the same language
    /// (`en-GB` against `en`: English checks are skipped).
    pub fn new(expected: &str, foreign: &str) -> Option<Identifier> {
        let expected_tag = LocaleTag::parse(expected);
        let foreign_tag = LocaleTag::parse(foreign);
        if expected_tag.language == foreign_tag.language || !expected_tag.profile().identify {
            return None;
        }
        // whatlang's model of a language is in one script: Serbian's is Cyrillic, so it
        // would call any Latin Serbian text English. Trigrams are used only when the
        // locale's script is the model's.
        let model_script = |tag: &LocaleTag| {
            language_of(&tag.language).and_then(|lang| {
                whatlang::Script::all()
                    .iter()
                    .find(|s| s.langs().contains(&lang))
                    .map(|s| super::locale::iso_15924(*s).to_string())
            })
        };
        let model = LocaleTag::parse(expected_tag.model_language());
        let detector = match (language_of(model.language.as_str()), language_of(foreign)) {
            (Some(e), Some(f)) if e != f && model_script(&model) == expected_tag.script() => {
                Some(Detector::with_allowlist(vec![e, f]))
            }
            _ => None,
        };
        let expected_all = stop_words_of(&model.language);
        let foreign_all = stop_words_of(&foreign_tag.language);
        let latin = expected_tag.is_latin();
        let same_script = expected_all
            .iter()
            .any(|w| is_latin_word(w) == latin && w.chars().any(char::is_alphabetic));
        let own_words: HashSet<&str> = expected_tag
            .profile()
            .own_words
            .iter()
            .map(String::as_str)
            .collect();
        let foreign_words: HashSet<&'static str> = if same_script {
            (&foreign_all - &expected_all)
                .into_iter()
                .filter(|w| !own_words.contains(w))
                .collect()
        } else {
            // Without a function-word list of the locale in its script, short foreign words
            // ("a", "i", "to", "no") may be the locale's own: keep the longer ones.
            foreign_all
                .iter()
                .copied()
                .filter(|w| w.chars().count() >= 3)
                .collect()
        };
        let expected_words = if same_script {
            &expected_all - &foreign_all
        } else {
            HashSet::new()
        };
        if detector.is_none() && foreign_words.is_empty() {
            return None;
        }
        Some(Identifier {
            detector,
            expected_words,
            foreign_words,
            foreign_all,
            brands: HashSet::new(),
            latin,
            expected: expected.to_string(),
            foreign: foreign.to_string(),
        })
    }

    /// Brand and product names (`GitHub`, `Firefox Monitor`): their words never count.
    pub fn with_brands(mut self, brands: &[String]) -> Identifier {
        self.brands.extend(
            brands
                .iter()
                .flat_map(|b| b.split_whitespace())
                .map(str::to_lowercase),
        );
        self
    }

    /// Is `word` part of a brand or product name?
    pub fn is_brand(&self, word: &str) -> bool {
        self.brands.contains(&word.to_lowercase())
    }

    /// The prose words of `text`: no code-like token, no brand name.
    fn prose<'t>(&self, text: &'t str) -> Vec<&'t str> {
        words(text)
            .into_iter()
            .map(|r| &text[r])
            .filter(|w| !is_code_like(w) && !self.brands.contains(&w.to_lowercase()))
            .collect()
    }

    fn function_words(&self, prose: &[&str]) -> (Vec<String>, usize) {
        let lower: Vec<String> = prose
            .iter()
            .flat_map(|w| w.split(['\'', '’']))
            // One letter says nothing: a suffix after a placeable (`{ -brand }i`), `'s`.
            .filter(|w| w.chars().count() > 1)
            .map(str::to_lowercase)
            .collect();
        let foreign = lower
            .iter()
            .filter(|w| self.foreign_words.contains(w.as_str()))
            .cloned()
            .collect();
        let expected = lower
            .iter()
            .filter(|w| self.expected_words.contains(w.as_str()))
            .count();
        (foreign, expected)
    }

    /// Lowercase words that are no function word of either language: what prose has and
    /// titles and names lack.
    fn content_words(&self, prose: &[&str]) -> usize {
        prose
            .iter()
            .filter(|w| w.starts_with(char::is_lowercase))
            .map(|w| w.to_lowercase())
            .filter(|w| {
                !self.foreign_all.contains(w.as_str()) && !self.expected_words.contains(w.as_str())
            })
            .count()
    }

    /// `Some` when `text` (placeables and markup already blanked) is in the foreign language.
    /// Code-like tokens and brand names are left out first: `PASV`, `959` say nothing.
    pub fn foreign(&self, text: &str) -> Option<Verdict> {
        let prose = self.prose(text);
        if prose.len() < MIN_WORDS {
            return None;
        }
        let (foreign_words, expected_count) = self.function_words(&prose);
        // Trigrams read names as the language they are named in: "Free Spaced Repetition
        // Scheduler" makes an Uzbek or Finnish sentence English to them. Capitalised runs
        // are left out of what they read.
        let confidence = self
            .detector
            .as_ref()
            .and_then(|d| d.detect(&without_names(&prose).join(" ")))
            .and_then(|info| {
                (language_of(&self.foreign) == Some(info.lang())).then(|| info.confidence())
            });
        let needed = if self.expected_words.is_empty() { 3 } else { 2 };
        // Prose, not a title or a list of names: two lowercase words besides function words
        // ("Senior Director of Trust and Security" is a title, "File Transfer Protocol,ftp://
        // or ftps://" a row of names).
        let by_words = distinct(&foreign_words) >= needed
            && foreign_words.len() > 2 * expected_count
            && self.content_words(&prose) >= 2;
        // Trigrams are unsure on names and titles ("The Coral Project" iniciatyva, "Senior
        // Director of Trust and Security"): two lowercase content words are needed.
        // Without a function word of the reference, a short text is left to trigrams only
        // when they have enough to read: Esperanto's "malsukcesis atingi norman enfluon" is
        // English to them, 95 % sure. English prose of fewer than eight words has a function
        // word nearly always.
        let by_trigrams = self.content_words(&prose) >= 2
            && confidence.is_some_and(|c| c >= 0.8)
            && expected_count == 0
            && (!foreign_words.is_empty() || prose.len() >= TRIGRAMS_ALONE);
        // Both signals leaning the same way: a function word of the reference, none of the
        // locale's, and trigrams on the reference's side.
        let by_both = !foreign_words.is_empty()
            && expected_count == 0
            && self.content_words(&prose) >= 2
            && confidence.is_some_and(|c| c >= 0.5);
        (by_words || by_trigrams || by_both).then_some(Verdict {
            foreign_words,
            confidence,
        })
    }

    /// A clause (part of a sentence between commas) in the foreign language: function words
    /// only, at least two and none of the locale's, since trigrams are unsure on so few words.
    pub fn foreign_clause(&self, text: &str) -> Option<Verdict> {
        let prose = self.prose(text);
        if prose.len() < MIN_WORDS || self.expected_words.is_empty() {
            return None;
        }
        let (foreign_words, expected_count) = self.function_words(&prose);
        let prose_like = self.content_words(&prose) >= 2;
        (distinct(&foreign_words) >= 2 && expected_count == 0 && prose_like).then_some(Verdict {
            foreign_words,
            confidence: None,
        })
    }

    /// A run of Latin-script words inside a text in another script that is English prose,
    /// not names or code: at least [`MIN_WORDS`] prose words, three of them lowercase (a
    /// product name is capitalised), and a function word of the reference language.
    pub fn foreign_run(&self, run: &str, whole_text: bool) -> Option<Verdict> {
        let prose = self.prose(run);
        let lowercase = lowercase(&prose);
        // A text with no letter of the locale's script is English as a whole (a heading
        // left untranslated): four words do, capitalised or not, or three with two lowercase
        // ("Protect the Fox" is a slogan, "The Coral Project" a name).
        let whole =
            whole_text && (prose.len() >= MIN_WORDS || (prose.len() == 3 && lowercase >= 2));
        if !whole && (prose.len() < MIN_WORDS || lowercase < 3 || self.content_words(&prose) < 2) {
            return None;
        }
        let (foreign_words, _) = self.function_words(&prose);
        (!foreign_words.is_empty()).then_some(Verdict {
            foreign_words,
            confidence: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn an_english_title_with_a_translated_aside_is_not_english_prose() {
        // mozorg's Italian history page: the posters' English title, then "(available in
        // English and Japanese)" in Italian.
        let id = Identifier::new("it", "en").unwrap();
        let parts = |text: &str| super::super::parts::foreign_parts(&id, text).len();
        assert_eq!(
            parts(
                "The History of Firefox and Mozilla Posters (disponibile in inglese e giapponese)"
            ),
            0
        );
        // English prose with an aside is still English, and so is an English aside.
        assert_eq!(
            parts("You can download the posters here (they are free) and print them at home."),
            1
        );
        assert_eq!(
            parts("Scarica i poster (you can print them at home for your own use)."),
            1
        );
    }

    #[test]
    fn an_english_product_name_does_not_make_a_sentence_english() {
        // Anki's Finnish and Uzbek: the scheduler's English name, then the sentence.
        let fi = Identifier::new("fi", "en").unwrap();
        assert!(fi
            .foreign("Free Spaced Repetition Scheduler (FSRS) on vaihtoehto Ankin vanhalle SuperMemo 2 (SM2) -aikataulutusohjelmalle.")
            .is_none());
        let uz = Identifier::new("uz", "en").unwrap();
        assert!(uz
            .foreign("Free Spaced Repetition Scheduler (FSRS) Anki eski SuperMemo 2 (SM-2) algoritmiga muqobildir.")
            .is_none());
        assert!(uz
            .foreign(
                "The Free Spaced Repetition Scheduler is an alternative to the legacy algorithm."
            )
            .is_some());
    }

    #[test]
    fn latin_serbian_is_not_english() {
        let id = Identifier::new("sr-Latn", "en").unwrap();
        assert!(id
            .foreign("Da li želite da sačuvate ovu datoteku na disk pre zatvaranja?")
            .is_none());
        assert!(id
            .foreign("Izaberite fasciklu u koju će se preuzimanja čuvati.")
            .is_none());
        assert!(id
            .foreign("Do you want to save this file before you close the window?")
            .is_some());
    }

    #[test]
    fn english_runs_inside_other_scripts() {
        let id = Identifier::new("ja", "en")
            .unwrap()
            .with_brands(&["Firefox".into()]);
        let text = "保存する前に please check your settings first を確認してください";
        let runs = super::super::parts::latin_runs(text);
        assert_eq!(runs.len(), 1);
        assert_eq!(&text[runs[0].clone()], "please check your settings first");
        assert!(id.foreign_run(&text[runs[0].clone()], false).is_some());
        assert!(id.foreign_run("Firefox for Android Beta", false).is_none());
        assert!(id.foreign_run("GitHub", true).is_none());
    }
}

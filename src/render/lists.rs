//! Lists of names joined by the locale's own rules ("REIN and HOST", « REIN et HOST »), from
//! CLDR data compiled into ICU4X: a list is never joined by hand in Rust.

use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

/// `items` as an "and" list in `locale`. A locale CLDR does not know gets the root
/// locale's list patterns.
pub fn and_list(locale: &LanguageIdentifier, items: &[&str]) -> String {
    let locale = Locale::try_from_str(&locale.to_string()).unwrap_or(Locale::UNKNOWN);
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_and((&locale).into(), options) {
        Ok(formatter) => formatter.format_to_string(items.iter()),
        // Compiled data covers every locale through fallback; this is not expected.
        Err(_) => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_follow_each_locale() {
        let en: LanguageIdentifier = "en".parse().unwrap();
        let fr: LanguageIdentifier = "fr".parse().unwrap();
        assert_eq!(and_list(&en, &["REIN", "HOST"]), "REIN and HOST");
        assert_eq!(
            and_list(&en, &["USER", "PASS", "ACCT"]),
            "USER, PASS, and ACCT"
        );
        assert_eq!(and_list(&fr, &["REIN", "HOST"]), "REIN et HOST");
        assert_eq!(
            and_list(&fr, &["USER", "PASS", "ACCT"]),
            "USER, PASS et ACCT"
        );
        assert_eq!(and_list(&fr, &["QUIT"]), "QUIT");
    }
}

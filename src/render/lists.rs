//! Lists of names joined by the locale's own rules ("REIN and HOST", « REIN et HOST »), from
//! CLDR data compiled into ICU4X: a list is never joined by hand in Rust.

use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

/// `items` as an "and" list in `locale` ("REIN and HOST").
pub fn and_list(locale: &LanguageIdentifier, items: &[&str]) -> String {
    format(locale, items, Kind::And)
}

/// `items` as an "or" list in `locale` ("421 or 504").
pub fn or_list(locale: &LanguageIdentifier, items: &[&str]) -> String {
    format(locale, items, Kind::Or)
}

enum Kind {
    And,
    Or,
}

/// A locale CLDR does not know gets the root locale's list patterns.
fn format(locale: &LanguageIdentifier, items: &[&str], kind: Kind) -> String {
    let locale = Locale::try_from_str(&locale.to_string()).unwrap_or(Locale::UNKNOWN);
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    let formatter = match kind {
        Kind::And => ListFormatter::try_new_and((&locale).into(), options),
        Kind::Or => ListFormatter::try_new_or((&locale).into(), options),
    };
    match formatter {
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
        assert_eq!(or_list(&en, &["421", "504"]), "421 or 504");
        assert_eq!(or_list(&fr, &["421", "504"]), "421 ou 504");
    }
}

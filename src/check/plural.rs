//! CLDR plural categories a locale's select expressions on numbers must cover.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

const ORDER: [(PluralCategory, &str); 6] = [
    (PluralCategory::ZERO, "zero"),
    (PluralCategory::ONE, "one"),
    (PluralCategory::TWO, "two"),
    (PluralCategory::FEW, "few"),
    (PluralCategory::MANY, "many"),
    (PluralCategory::OTHER, "other"),
];

/// The cardinal categories that whole counts 0 to 1000 fall in for `locale`, or `None` when
/// CLDR has no rules for it.
///
/// Counts in interface strings are whole numbers, so categories only fractions or exponents
/// reach (French `many` for 1,000,000 or 1e6, Russian `other` for 1.5) are not required: this
/// matches the categories compare-locales asks for.
pub fn categories(locale: &str) -> Option<Vec<&'static str>> {
    let langid: LanguageIdentifier = locale.parse().ok()?;
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let language: LanguageIdentifier = langid.language.as_str().parse().map_err(|_| "")?;
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .ok()?;
    let mut seen = [false; 6];
    for n in 0..=1000u32 {
        if let Ok(category) = rules.select(n) {
            if let Some(i) = ORDER.iter().position(|(c, _)| *c == category) {
                seen[i] = true;
            }
        }
    }
    Some(
        ORDER
            .iter()
            .zip(seen)
            .filter(|(_, seen)| *seen)
            .map(|((_, name), _)| *name)
            .collect(),
    )
}

/// Categories a select expression lacks, when it is a plural select: one whose keys include a
/// category other than `other`. Sorted like CLDR lists them.
pub fn missing<'a>(categories: &[&'a str], keys: &[String]) -> Vec<&'a str> {
    let is_plural = keys
        .iter()
        .any(|k| k != "other" && categories.contains(&k.as_str()));
    if !is_plural {
        return Vec::new();
    }
    categories
        .iter()
        .copied()
        .filter(|c| !keys.iter().any(|k| k == c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_needs_one_and_other() {
        assert_eq!(categories("fr").unwrap(), ["one", "other"]);
        assert_eq!(categories("fr-CA").unwrap(), ["one", "other"]);
    }

    #[test]
    fn russian_and_arabic_need_more() {
        assert_eq!(categories("ru").unwrap(), ["one", "few", "many"]);
        assert_eq!(categories("ar").unwrap().len(), 6);
    }

    #[test]
    fn non_plural_selects_are_not_checked() {
        let fr = categories("fr").unwrap();
        assert!(missing(&fr, &["masculine".into(), "other".into()]).is_empty());
        assert_eq!(missing(&fr, &["one".into(), "many".into()]), ["other"]);
    }
}

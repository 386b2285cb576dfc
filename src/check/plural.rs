//! CLDR plural rules of a locale: the categories its select expressions on numbers must cover,
//! the categories it never uses, and which numbers each category stands for.
//!
//! Rules come from ICU4X (`icu_plurals`, current CLDR). Whether CLDR knows a language at all
//! comes from `intl_pluralrules`' list, since ICU4X falls back to the root rules (only
//! `other`) for a language it does not know, which would make every `[one]` look unused.

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use unic_langid::LanguageIdentifier;

const ORDER: [(PluralCategory, &str); 6] = [
    (PluralCategory::Zero, "zero"),
    (PluralCategory::One, "one"),
    (PluralCategory::Two, "two"),
    (PluralCategory::Few, "few"),
    (PluralCategory::Many, "many"),
    (PluralCategory::Other, "other"),
];

/// Categories CLDR gives whole numbers that a translation may still leave to `other`, each
/// with why: `(language, category)`. compare-locales does not ask for Hebrew's; it asks for
/// Arabic's `zero`, which readers judged rightly left out each of the four times it alone was.
const OPTIONAL: &[(&str, &str)] = &[
    // Hebrew counts with a numeral in the plural ("2 קבצים"); the dual is for words alone.
    ("he", "two"),
    ("iw", "two"),
    // Arabic `zero` is 0 alone, and a noun after 0 takes the singular genitive it takes after
    // 100, 101 or 102, which are `other` (CLDR's examples: "٠ يوم", "١٠٠ يوم").
    ("ar", "zero"),
];

/// The largest whole count looked at: counts in interface strings are whole numbers, so
/// categories only fractions or millions reach (French `many` for 1,000,000, Russian `other`
/// for 1.5) are not required; this matches the categories compare-locales asks for.
const LARGEST: u32 = 1000;

/// The rules of one language: ICU4X's, or intl_pluralrules' (CLDR 37) for a language ICU4X's
/// compiled data lacks (Kabyle), where ICU4X would answer with the root's `other` alone.
enum Engine {
    Icu(PluralRules),
    Intl(intl_pluralrules::PluralRules),
}

impl Engine {
    fn category_for(&self, n: u32) -> &'static str {
        match self {
            Engine::Icu(rules) => name(rules.category_for(n)),
            Engine::Intl(rules) => rules.select(n).map_or("other", intl_name),
        }
    }

    fn categories(&self) -> Vec<&'static str> {
        match self {
            Engine::Icu(rules) => rules.categories().map(name).collect(),
            Engine::Intl(rules) => intl_categories(rules),
        }
    }
}

/// The categories intl_pluralrules gives whole numbers to a million, and fractions.
fn intl_categories(rules: &intl_pluralrules::PluralRules) -> Vec<&'static str> {
    let wholes = (0..=LARGEST).chain([1_000_000]).map(|n| rules.select(n));
    let fractions = (0..30).map(|tenths| rules.select(f64::from(tenths) / 10.0 + 0.05));
    let mut found: Vec<&'static str> = wholes
        .chain(fractions)
        .filter_map(Result::ok)
        .map(intl_name)
        .collect();
    found.sort_by_key(|n| ORDER.iter().position(|(_, o)| o == n));
    found.dedup();
    found
}

fn intl_name(category: intl_pluralrules::PluralCategory) -> &'static str {
    use intl_pluralrules::PluralCategory as C;
    match category {
        C::ZERO => "zero",
        C::ONE => "one",
        C::TWO => "two",
        C::FEW => "few",
        C::MANY => "many",
        C::OTHER => "other",
    }
}

/// A locale's plural rules.
#[derive(Debug)]
pub struct Plurals {
    /// The category of each whole number 0 to 1000, computed once: checks ask for them per
    /// select.
    categories: Vec<&'static str>,
    /// Categories whole counts 0 to 1000 reach, in CLDR order: what a plural select needs.
    pub required: Vec<&'static str>,
    /// Every category the language has (fractions and large numbers included).
    pub used: Vec<&'static str>,
}

/// The CLDR name of a category (`one`, `few`).
pub fn name(category: PluralCategory) -> &'static str {
    ORDER
        .iter()
        .find(|(c, _)| *c == category)
        .map_or("other", |(_, n)| n)
}

/// Is `key` one of the six CLDR category names?
pub fn is_category(key: &str) -> bool {
    ORDER.iter().any(|(_, n)| *n == key)
}

impl Plurals {
    /// The rules of `locale` (`fr`, `pt-BR`, `sr_Latn`), or `None` when CLDR does not know its
    /// language.
    pub fn of(locale: &str) -> Option<Plurals> {
        let tag = locale.replace('_', "-");
        let langid: LanguageIdentifier = tag.parse().ok()?;
        let known =
            intl_pluralrules::PluralRules::get_locales(intl_pluralrules::PluralRuleType::CARDINAL)
                .iter()
                .any(|l| l.language == langid.language);
        if !known {
            return None;
        }
        // Rules depend on the language (and region: pt-PT); a script subtag only loses the
        // data, since CLDR's parent of `sr-Latn` is the root.
        let without_script = match langid.region {
            Some(region) => format!("{}-{region}", langid.language),
            None => langid.language.to_string(),
        };
        let parsed = Locale::try_from_str(&without_script).ok()?;
        let icu = PluralRules::try_new_cardinal((&parsed).into()).ok()?;
        let intl = intl_pluralrules::PluralRules::create(
            langid
                .language
                .as_str()
                .parse::<LanguageIdentifier>()
                .ok()?,
            intl_pluralrules::PluralRuleType::CARDINAL,
        )
        .ok()?;
        let rules = if icu.categories().count() == 1 && intl_categories(&intl).len() > 1 {
            Engine::Intl(intl)
        } else {
            Engine::Icu(icu)
        };
        let language = langid.language.as_str();
        let mut seen = [false; 6];
        let categories: Vec<&'static str> = (0..=LARGEST).map(|n| rules.category_for(n)).collect();
        for category in &categories {
            seen[ORDER.iter().position(|(_, o)| o == category).unwrap_or(5)] = true;
        }
        let required = ORDER
            .iter()
            .zip(seen)
            .filter(|((_, name), seen)| *seen && !OPTIONAL.contains(&(language, *name)))
            .map(|((_, name), _)| *name)
            .collect();
        let mut used: Vec<&'static str> = rules.categories();
        used.sort_by_key(|n| ORDER.iter().position(|(_, o)| o == n));
        Some(Plurals {
            categories,
            required,
            used,
        })
    }

    /// The category of a whole number from 0 to 1000.
    pub fn category_of(&self, n: u32) -> &'static str {
        self.categories.get(n as usize).copied().unwrap_or("other")
    }

    /// Whole numbers 0 to 1000 in `category`, in order.
    pub fn numbers_in(&self, category: &str) -> Vec<u32> {
        (0..=LARGEST)
            .filter(|&n| self.category_of(n) == category)
            .collect()
    }

    /// Required categories a select expression lacks, when it is a plural select: one whose
    /// keys include a category other than `other`. In CLDR order. A category whose every
    /// number has its own numeric key is not lacking: Polish `[1]` is all of `one`.
    pub fn missing(&self, keys: &[String]) -> Vec<&'static str> {
        if !is_plural(keys) {
            return Vec::new();
        }
        let exact = exact_numbers(keys);
        self.required
            .iter()
            .copied()
            .filter(|c| !keys.iter().any(|k| k == c))
            .filter(|c| !self.numbers_in(c).iter().all(|n| exact.contains(n)))
            .collect()
    }

    /// The whole numbers 0 to 1000 a select sends to its `category` variant: those of the
    /// category that no numeric key (`[0]`, `[1]`) takes first.
    pub fn reaching(&self, category: &str, keys: &[String]) -> Vec<u32> {
        let exact = exact_numbers(keys);
        self.numbers_in(category)
            .into_iter()
            .filter(|n| !exact.contains(n))
            .collect()
    }

    /// Keys of a plural select that name a category the language never uses (French `few`).
    pub fn unused<'k>(&self, keys: &'k [String]) -> Vec<&'k str> {
        if !is_plural(keys) {
            return Vec::new();
        }
        keys.iter()
            .map(String::as_str)
            .filter(|k| is_category(k) && !self.used.contains(k))
            .collect()
    }
}

/// The numbers a select's numeric keys name (`[0]`, `[1]`).
fn exact_numbers(keys: &[String]) -> Vec<u32> {
    keys.iter().filter_map(|k| k.parse().ok()).collect()
}

/// A select is on a number when a key other than `other` names a CLDR category.
fn is_plural(keys: &[String]) -> bool {
    keys.iter().any(|k| k != "other" && is_category(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn french_needs_one_and_other() {
        assert_eq!(Plurals::of("fr").unwrap().required, ["one", "other"]);
        assert_eq!(Plurals::of("fr-CA").unwrap().required, ["one", "other"]);
        assert_eq!(Plurals::of("fr").unwrap().used, ["one", "many", "other"]);
    }

    #[test]
    fn slavic_and_arabic_need_more() {
        assert_eq!(Plurals::of("ru").unwrap().required, ["one", "few", "many"]);
        assert_eq!(Plurals::of("uk").unwrap().required, ["one", "few", "many"]);
        assert_eq!(Plurals::of("be").unwrap().required, ["one", "few", "many"]);
        // Every category but `zero`, which reads like `other` (OPTIONAL).
        assert_eq!(
            Plurals::of("ar").unwrap().required,
            ["one", "two", "few", "many", "other"]
        );
        assert_eq!(
            Plurals::of("sr_Latn").unwrap().required,
            ["one", "few", "other"]
        );
    }

    #[test]
    fn hebrew_needs_one_and_other_like_compare_locales() {
        let he = Plurals::of("he").unwrap();
        assert_eq!(he.required, ["one", "other"]);
        assert!(he.used.contains(&"two") && !he.used.contains(&"many"));
    }

    #[test]
    fn languages_icu4x_lacks_fall_back_to_cldr_37() {
        let kab = Plurals::of("kab").unwrap();
        assert_eq!(kab.required, ["one", "other"]);
        assert!(kab.unused(&keys(&["one", "other"])).is_empty());
        assert_eq!(Plurals::of("ja").unwrap().used, ["other"]);
    }

    #[test]
    fn unknown_languages_have_no_rules() {
        assert!(Plurals::of("ach").is_none());
        assert!(Plurals::of("not a locale").is_none());
    }

    #[test]
    fn categories_map_numbers_like_cldr() {
        let uk = Plurals::of("uk").unwrap();
        assert_eq!(uk.category_of(21), "one");
        assert_eq!(uk.category_of(22), "few");
        assert_eq!(&uk.numbers_in("one")[..3], [1, 21, 31]);
        assert_eq!(Plurals::of("be").unwrap().category_of(22), "few");
    }

    #[test]
    fn missing_and_unused_only_for_plural_selects() {
        let fr = Plurals::of("fr").unwrap();
        assert!(fr.missing(&keys(&["masculine", "other"])).is_empty());
        assert_eq!(fr.missing(&keys(&["one", "many"])), ["other"]);
        assert_eq!(fr.unused(&keys(&["one", "few", "other"])), ["few"]);
        assert!(fr.unused(&keys(&["masculine", "other"])).is_empty());
    }
}

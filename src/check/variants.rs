//! `plural` findings on the variants of a translated pattern: CLDR categories a plural select
//! lacks, categories the language never uses, and literal numbers in a variant that covers
//! several numbers.

use super::catalog::locate;
use super::finding::{Check, Finding};
use super::ftl::{Entry, Pattern};
use super::plural;
use super::structure::FilePair;

pub fn check_plurals(
    pair: &FilePair<'_>,
    entry: &Entry,
    attribute: Option<&str>,
    (source, pattern): (Option<&Pattern>, &Pattern),
    out: &mut Vec<Finding>,
) {
    let Some(plurals) = pair.plurals else {
        return;
    };
    let place_as = |check: Check, offset: usize, span: usize, message: String| {
        let finding =
            Finding::new(check, pair.locale, pair.path, message).with_id(&entry.id, attribute);
        locate(finding, pair.l10n, offset, span)
    };
    let place = |offset: usize, span: usize, message: String| {
        place_as(Check::Plural, offset, span, message)
    };
    for select in &pattern.selects {
        if chooses_strings(pair, source, select) {
            continue;
        }
        let missing = plurals.missing(&select.keys);
        if !missing.is_empty()
            && !default_stands_in(plurals, select, &missing)
            && !oblique_alike(pair.locale, select, &missing)
            && !forms_alike(pair.locale, select, &missing)
            && !unnumbered_plural(pair.locale, pattern, select, &missing)
            && !mutation_alike(pair.locale, select, &missing)
            && !same_form(pair.locale, select, &missing)
        {
            let message = format!(
                "plural variants lack {} needed in {}: add them",
                missing.join(", "),
                pair.locale
            );
            out.push(place(select.offset, 1, message));
        }
        // The default variant is the last key's in the parsed list only by convention; the
        // comparison is with every variant not named by the unused key.
        for key in plurals.unused(&select.keys) {
            let Some(variant) = select.variant(key) else {
                continue;
            };
            // A dead variant that says what another says changes nothing a reader sees
            // (Anki's Japanese `[one] { $count } 枚` beside `*[other] { $count } 枚`).
            // So does one that says what another says of its number: `[one] 1 分钟` beside
            // `*[other] { $num } 分钟` (Firefox Send's Chinese).
            let number = number_named(key);
            let count = select.selector.as_ref().map(|s| format!("{{${s}}}"));
            let same_as_another = select.variants.iter().zip(&select.keys).any(|(v, k)| {
                k != key
                    && (v.signature == variant.signature
                        || number.zip(count.as_ref()).is_some_and(|(n, count)| {
                            v.signature.contains(count.as_str())
                                && v.signature.replace(count.as_str(), n) == variant.signature
                        }))
            });
            // The number the dead key names goes to another variant, in the form CLDR gives
            // it: when that variant shows the count, the reader gets "1 menit" (Send's
            // Sundanese `[one] samenit`) or "0 přihlašovacích údajů" (Lockwise's Czech
            // `[zero] Žádné přihlašovací údaje`), right if less neat.
            let reached = number
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(|n| reached_by(plurals, select, n));
            let counted_instead = reached.is_some_and(|v| v.shows_selector);
            // In a language without grammatical number, "선택한 메시지 삭제" (delete the selected
            // message) is right for one; "複数の鍵" (several keys) is not.
            let neutral = plurals.used == ["other"]
                && reached.is_some_and(|v| says_no_number(pair.locale, &v.literal));
            if same_as_another || counted_instead || neutral {
                continue;
            }
            let at = variant.key_offset;
            // The Profiler's Chinese `[one] 管理此记录` was meant for 1: an exact key shows it there.
            let fix = match number {
                Some(n) => format!("key it [{n}] to show it for {n}, or remove it"),
                None => "remove this variant".to_string(),
            };
            let message = format!(
                "[{key}] is a plural category {} never uses (it has {}), so its text is never shown: {fix}",
                pair.locale,
                plurals.used.join(", ")
            );
            out.push(place(at, key.chars().count(), message));
        }
        if plural::is_category(select.keys.first().map_or("", String::as_str))
            || select
                .keys
                .iter()
                .any(|k| k != "other" && plural::is_category(k))
        {
            let source_select = same_selector(source, select).next();
            literal_numbers(
                plurals,
                (source_select, select),
                pair.locale,
                &place_as,
                out,
            );
        }
    }
}

/// Is `text`, in a language without grammatical number, free of the words that say "more than
/// one" (`several-words` in `data/languages.toml`)? A text in Latin letters only, in a locale
/// written otherwise, is not read ("1 items" in Thai), nor one of a language without the list.
fn says_no_number(locale: &str, text: &str) -> bool {
    let tag = super::locale::LocaleTag::parse(locale);
    let words = &tag.profile().several_words;
    let latin_locale = tag.script().as_deref() == Some("Latn");
    let own_script = latin_locale || text.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
    let lowercase = text.to_lowercase();
    let says = |w: &String| {
        if latin_locale {
            // Whole words: Indonesian "para" is not in "paragraf".
            lowercase
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word == w)
        } else {
            lowercase.contains(w.as_str())
        }
    };
    !words.is_empty() && own_script && !words.iter().any(says)
}

/// The variant number `n` is shown with: its exact key (`[0]`), else its category's, else the
/// default.
fn reached_by<'s>(
    plurals: &plural::Plurals,
    select: &'s super::ftl::Select,
    n: u32,
) -> Option<&'s super::ftl::VariantText> {
    select
        .variant(&n.to_string())
        .or_else(|| select.variant(plurals.category_of(n)))
        .or_else(|| select.variants.iter().find(|v| v.default))
}

/// The number a category stands for in a language that has it for one number only (`one`
/// in English), which an exact key (`[1]`) can take over.
fn number_named(key: &str) -> Option<&'static str> {
    match key {
        "zero" => Some("0"),
        "one" => Some("1"),
        "two" => Some("2"),
        _ => None,
    }
}

/// The reference pattern's selects on the same variable as `select`.
fn same_selector<'a>(
    source: Option<&'a Pattern>,
    select: &'a super::ftl::Select,
) -> impl Iterator<Item = &'a super::ftl::Select> {
    source
        .into_iter()
        .flat_map(|s| &s.selects)
        .filter(move |s| s.selector.is_some() && s.selector == select.selector)
}

/// Does the reference choose on a string here, not a count? cosmic-settings writes
/// `{ $zoom_in -> [zero] {""} *[other] … }`, and the app passes the string "zero" when no
/// shortcut is set: a key English never uses as a plural category says the select is not a
/// plural one, and every locale that copies it is right to.
fn chooses_strings(
    pair: &FilePair<'_>,
    source: Option<&Pattern>,
    select: &super::ftl::Select,
) -> bool {
    let Some(reference_plurals) = pair.reference_plurals else {
        return false;
    };
    same_selector(source, select).any(|s| {
        s.keys
            .iter()
            .any(|k| plural::is_category(k) && !reference_plurals.used.contains(&k.as_str()))
    })
}

/// Is the default variant the one missing category's variant in all but name? In Ukrainian,
/// Russian, Polish and Belarusian `other` holds only fractions, so for whole counts a default
/// `*[other]` is chosen exactly where the missing `[many]` would be (Anki's Ukrainian `[one]
/// нотатка [few] нотатки *[other] нотаток`). A default that repeats `[few]` is also right where
/// the sentence's case makes the two alike ("з 3 карток", "з 5 карток"): a translator who wrote
/// forms that differ chose them. Variants that all say the same show no choice, and the
/// finding stands (`[one] … медіафайли [few] … медіафайли *[other] … медіафайли`). A default
/// written as a clipped word stands in for every missing category (`is_clipped`).
fn default_stands_in(
    plurals: &plural::Plurals,
    select: &super::ftl::Select,
    missing: &[&str],
) -> bool {
    let Some((default, key)) = select.default_variant() else {
        return false;
    };
    if is_clipped(default, select) {
        return true;
    }
    let [_] = missing else {
        return false;
    };
    plural::is_category(key)
        && !plurals.required.contains(&key)
        && select
            .variants
            .iter()
            .any(|v| v.signature != default.signature)
}

/// Are only `few` and `many` missing from a select whose count is never shown? They are the
/// forms a noun takes after a numeral (Polish "2 komentarze", "5 komentarzy"); with no
/// numeral, the plain plural reads right for any count: pdf.js's Polish heading
/// "{ $count -> [one] Komentarz *[other] Komentarze }". So is `two` where it too is only the
/// form after a numeral (`numeral-dual` in `data/languages.toml`): Thunderbird's Irish menu
/// item "Scrios Teachtaireachtaí Roghnaithe" (delete selected messages).
fn unnumbered_plural(
    locale: &str,
    pattern: &Pattern,
    select: &super::ftl::Select,
    missing: &[&str],
) -> bool {
    let numeral_dual = super::locale::LocaleTag::parse(locale)
        .profile()
        .numeral_dual;
    missing
        .iter()
        .all(|c| matches!(*c, "few" | "many") || (*c == "two" && numeral_dual))
        && select
            .selector
            .as_ref()
            .is_some_and(|s| pattern.selector_only.contains(s))
}

/// Does the count stand in a case where every missing category reads as the default `other`?
/// Czech "Mazání { $items } { $items -> [one] položky *[other] položek }" is right for 3 as for
/// 5: after a verbal noun both are "položek" (`oblique-case` in `data/languages.toml`).
fn oblique_alike(locale: &str, select: &super::ftl::Select, missing: &[&str]) -> bool {
    let profile = super::locale::LocaleTag::parse(locale).profile();
    let Some(oblique) = &profile.oblique_case else {
        return false;
    };
    select
        .default_variant()
        .is_some_and(|(_, key)| key == "other")
        && missing.iter().all(|m| oblique.alike.iter().any(|a| a == m))
        && oblique.holds(&select.count_words)
}

/// Do the missing categories only mutate a first letter that the word after the count does not
/// begin with? Welsh "{ $count } awr" reads right for 2, 3 and 6 (`numeral-mutations` in
/// `data/languages.toml`); "{ $count } mis" does not ("dau fis"). These languages put the
/// singular after numerals, so the word must be the one `[one]` counts with: Irish
/// "{ $n } nóiméad ó shin" beside "1 nóiméad ó shin" reads right, the plural "nóiméid" does not
/// (nor Breton's "{ $count } a gemennadennoù", "of messages", beside "1 gemennadenn").
fn mutation_alike(locale: &str, select: &super::ftl::Select, missing: &[&str]) -> bool {
    let mutations = &super::locale::LocaleTag::parse(locale)
        .profile()
        .numeral_mutations;
    let Some(word) = select.count_words.after.as_deref() else {
        return false;
    };
    // A `[one]` that shows no number ("every month") says nothing of the counted word.
    let singular = select.variant("one").is_none_or(|one| {
        let counts = select.counted_before
            || one.shows_selector
            || one.literal.contains(|c: char| c.is_ascii_digit());
        !counts
            || one
                .literal
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.to_lowercase() == word.to_lowercase())
    });
    !mutations.is_empty()
        && singular
        && missing.iter().all(|category| {
            mutations
                .get(*category)
                .is_some_and(|letters| !letters.iter().any(|l| word.starts_with(l.as_str())))
        })
}

/// Is the default the `one` noun with an ending that every missing category's form has too?
/// Serbian `[one] { $n } минут *[other] { $n } минута` is right for 2 as for 5, and Bosnian
/// `[one] prije 1 dan *[few] prije { $number } dana` for 5 as for 2 (`alike-forms` in
/// `data/languages.toml`).
fn forms_alike(locale: &str, select: &super::ftl::Select, missing: &[&str]) -> bool {
    let profile = super::locale::LocaleTag::parse(locale).profile();
    let Some(alike) = &profile.alike_forms else {
        return false;
    };
    let Some(one) = select.variant("one") else {
        return false;
    };
    let alike_in = |category: &str| alike.categories.iter().any(|c| c == category);
    let Some((default, _)) = select.default_variant().filter(|(_, key)| alike_in(key)) else {
        return false;
    };
    if !missing.iter().all(|m| alike_in(m)) {
        return false;
    }
    // After a genitive preposition `[one]` reads as the paucal: "Пре 1 минута" beside
    // "Пре { $n } минута" (cosmic-applets' Serbian).
    let after_genitive = select
        .count_words
        .before
        .as_ref()
        .is_some_and(|w| alike.genitive_words.contains(w));
    let words = super::locale::lowercase_words;
    alike.holds(&one.literal, &default.literal)
        || (after_genitive && missing == ["few"] && words(&one.literal) == words(&default.literal))
}

/// Is the word the default counts one that takes the same form after every missing category's
/// counts? Polish "{ $value } dni" is right for 2 as for 5 (`same-form` in
/// `data/languages.toml`).
fn same_form(locale: &str, select: &super::ftl::Select, missing: &[&str]) -> bool {
    let profile = super::locale::LocaleTag::parse(locale).profile();
    let (Some(same), Some(word)) = (&profile.same_form, select.count_words.after.as_deref()) else {
        return false;
    };
    select
        .default_variant()
        .is_some_and(|(_, key)| key == "other")
        && missing
            .iter()
            .all(|m| same.categories.iter().any(|c| c == m))
        && same.holds(word)
}

/// Is the default a clipped word, the same for every count? cosmic-files' Russian writes
/// `[one] элемента *[other] элем.`: "элем." cuts "элемент", and reads right after 2, 5 or 21.
/// The cut is known by the other variant it is the start of, so a noun that ends a sentence
/// (`*[other] файлов.`) is not taken for one.
fn is_clipped(default: &super::ftl::VariantText, select: &super::ftl::Select) -> bool {
    let literal = default.literal.trim();
    let Some(stem) = literal.strip_suffix('.') else {
        return false;
    };
    // One letter is enough for a unit: cosmic-settings' Russian `[one] час *[other] ч.`.
    if stem.is_empty() || !stem.chars().all(char::is_alphabetic) {
        return false;
    }
    select.variants.iter().filter(|v| !v.default).any(|v| {
        v.literal
            .split_whitespace()
            .any(|word| word.len() > stem.len() && word.starts_with(stem))
    })
}

/// A variant `[one] 1 file` where `one` also covers 21, 31…: the literal number is wrong for
/// the others. When the reference writes the same number in its own variant of that name
/// (`[one] 1 download`), the translation follows its author, who knows which counts the
/// program passes (Firefox Send never shows 21 downloads): that is `copied-literal`, off
/// unless asked for.
fn literal_numbers(
    plurals: &plural::Plurals,
    (source, select): (Option<&super::ftl::Select>, &super::ftl::Select),
    locale: &str,
    place: &dyn Fn(Check, usize, usize, String) -> Finding,
    out: &mut Vec<Finding>,
) {
    for (variant, key) in select.variants.iter().zip(&select.keys) {
        if !plural::is_category(key) {
            continue;
        }
        // `[0] Just now [one] 1 hour ago`: 0 never reaches `[one]`.
        let covered = plurals.reaching(key, &select.keys);
        // A variant that shows its count is right for every number: a literal number beside
        // it is another quantity ("{ $count } reviews found; at least 400 are needed").
        if covered.len() < 2 || variant.shows_selector {
            continue;
        }
        let literal = super::text::words(&variant.literal)
            .into_iter()
            .map(|r| &variant.literal[r])
            .filter_map(|w| w.parse::<u32>().ok())
            .find(|n| covered.contains(n));
        if let Some(n) = literal {
            let others: Vec<String> = covered
                .iter()
                .filter(|&&c| c != n)
                .take(3)
                .map(u32::to_string)
                .collect();
            let message = format!(
                "[{key}] is also used for {}… in {locale}, but its text says “{n}”: show the number with its variable",
                others.join(", ")
            );
            let copied = source.is_some_and(|s| {
                s.variants.iter().zip(&s.keys).any(|(v, k)| {
                    k == key
                        && !v.shows_selector
                        && super::text::words(&v.literal)
                            .into_iter()
                            .any(|r| v.literal[r].parse::<u32>() == Ok(n))
                })
            });
            let check = if copied {
                Check::CopiedLiteral
            } else {
                Check::Plural
            };
            out.push(place(
                check,
                variant.key_offset,
                key.chars().count(),
                message,
            ));
        }
    }
}

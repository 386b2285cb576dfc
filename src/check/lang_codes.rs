//! Locale codes to whatlang's languages (ISO 639-1 to its ISO 639-3 codes).

use whatlang::Lang;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_codes_map_to_languages() {
        assert_eq!(language_of("fr"), Some(Lang::Fra));
        assert_eq!(language_of("pt-BR"), Some(Lang::Por));
        assert_eq!(language_of("nb_NO"), Some(Lang::Nob));
        assert_eq!(language_of("ach"), None);
    }
}

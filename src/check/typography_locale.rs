//! Typography of each language from `data/typography.toml`: its quotation marks, no space
//! before `: ; ! ?`, its own punctuation next to Chinese, Japanese or Arabic letters, no
//! space between Japanese letters, no full-width marks in Korean.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::sync::OnceLock;

use super::finding::Check;
use super::locale::LocaleTag;
use super::text::is_code_like;
use super::typography::{after_code_word, ends_phrase};

/// What `typography.toml` says about one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rules {
    pub name: String,
    pub quotes: Option<String>,
    #[serde(default)]
    pub wrong_quotes: Vec<char>,
    #[serde(default)]
    pub no_space_before: Vec<char>,
    #[serde(default)]
    pub script: Vec<ScriptName>,
    #[serde(default)]
    pub marks: BTreeMap<char, char>,
    #[serde(default)]
    pub marks_by_convention: BTreeMap<char, char>,
    #[serde(default)]
    pub marks_side: Side,
    #[serde(default)]
    pub no_space_between: bool,
    #[serde(default)]
    pub foreign_marks: BTreeMap<char, char>,
    #[serde(default)]
    pub example: Vec<super::locale::Example>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum ScriptName {
    Han,
    Hiragana,
    Katakana,
    Arabic,
}

impl ScriptName {
    fn contains(self, c: char) -> bool {
        let u = c as u32;
        match self {
            ScriptName::Han => matches!(
                u,
                0x3005 | 0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F
            ),
            ScriptName::Hiragana => matches!(u, 0x3041..=0x309F),
            ScriptName::Katakana => {
                matches!(u, 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9D)
            }
            ScriptName::Arabic => {
                c.is_alphabetic()
                    && matches!(u, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
            }
        }
    }
}

/// Which side of an ASCII mark the letter of the script is on for `marks` to apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    #[default]
    Either,
    After,
}

/// Every language of `typography.toml`, parsed once.
pub fn all_rules() -> &'static HashMap<String, Rules> {
    static RULES: OnceLock<HashMap<String, Rules>> = OnceLock::new();
    RULES.get_or_init(|| {
        toml::from_str(include_str!("data/typography.toml"))
            .expect("src/check/data/typography.toml is checked by a unit test")
    })
}

/// The rules of a locale's language, when `typography.toml` has some.
/// A table for the language in one script (`zh-Hant`) wins over the language's own.
pub fn rules_for(locale: &str) -> Option<&'static Rules> {
    let tag = LocaleTag::parse(locale);
    let script = tag.script.clone().or_else(|| {
        // CLDR's likely script of Chinese in Taiwan, Hong Kong and Macao.
        let traditional = locale
            .split(['-', '_'])
            .skip(1)
            .any(|p| matches!(p.to_ascii_uppercase().as_str(), "TW" | "HK" | "MO"));
        (tag.language == "zh" && traditional).then(|| "Hant".to_string())
    });
    let rules = all_rules();
    script
        .and_then(|script| rules.get(&format!("{}-{script}", tag.language)))
        .or_else(|| rules.get(&tag.language))
}

impl Rules {
    fn in_script(&self, c: Option<char>) -> bool {
        c.is_some_and(|c| self.script.iter().any(|s| s.contains(c)))
    }

    /// The ASCII marks of `marks-by-convention` whose own form `texts` write more often than
    /// the ASCII one beside a letter of the script: the convention a file keeps, and holds to.
    pub fn native_convention<'t>(
        &self,
        texts: impl IntoIterator<Item = &'t str>,
    ) -> BTreeSet<char> {
        let mut native: BTreeMap<char, usize> = BTreeMap::new();
        let mut ascii: BTreeMap<char, usize> = BTreeMap::new();
        for text in texts {
            let chars: Vec<char> = text.chars().collect();
            for (k, &c) in chars.iter().enumerate() {
                if let Some((&mark, _)) = self.marks_by_convention.iter().find(|(_, &n)| n == c) {
                    *native.entry(mark).or_default() += 1;
                } else if self.marks_by_convention.contains_key(&c) {
                    let prev = k.checked_sub(1).map(|p| chars[p]);
                    if self.in_script(prev) || self.in_script(chars.get(k + 1).copied()) {
                        *ascii.entry(c).or_default() += 1;
                    }
                }
            }
        }
        self.marks_by_convention
            .keys()
            .filter(|m| native.get(m).unwrap_or(&0) > ascii.get(m).unwrap_or(&0))
            .copied()
            .collect()
    }

    /// Problems in masked text (markup, URLs and placeables filled, byte offsets kept) as
    /// (byte range, message); every range covers whole characters. `native` holds the marks of
    /// `marks-by-convention` the file writes in the language's own form.
    pub fn problems(
        &self,
        masked: &str,
        native: &BTreeSet<char>,
    ) -> Vec<super::typography::Problem> {
        let name = &self.name;
        let chars: Vec<(usize, char)> = masked.char_indices().collect();
        let groups = code_groups(&chars, self);
        let mut out = Vec::new();
        let mut protocol_quote = false;
        for (k, &(i, c)) in chars.iter().enumerate() {
            let prev = k.checked_sub(1).map(|p| chars[p].1);
            let next = chars.get(k + 1).map(|n| n.1);
            let here = i..i + c.len_utf8();
            if self.wrong_quotes.contains(&c) {
                if c == '"'
                    && (protocol_quote
                        || opens_protocol(&masked[..i])
                        || quotes_code(&masked[i + 1..]))
                {
                    protocol_quote = !protocol_quote;
                } else if let Some(quotes) = &self.quotes {
                    out.push((
                        here.clone(),
                        format!(
                            "type {name} quotes {quotes} instead of {c} (U+{:04X})",
                            c as u32
                        ),
                        Check::Quotes,
                    ));
                }
            }
            if self.no_space_before.contains(&c) && ends_phrase(next) {
                if let Some(space @ (' ' | '\u{a0}' | '\u{202f}')) = prev {
                    out.push((
                        i - space.len_utf8()..i + c.len_utf8(),
                        format!(
                            "{name} puts no space before “{c}”: type “{c}” straight after the word"
                        ),
                        Check::Spacing,
                    ));
                }
            }
            // "処理中..." is an ellipsis typed as dots, not a full stop: no "。" for it.
            let dots = c == '.' && (prev == Some('.') || next == Some('.'));
            let own = self.marks.get(&c).or_else(|| {
                self.marks_by_convention
                    .get(&c)
                    .filter(|_| native.contains(&c))
            });
            if let Some(&native) = own.filter(|_| !dots) {
                let touches = match self.marks_side {
                    Side::After => self.in_script(prev),
                    Side::Either => self.in_script(prev) || self.in_script(next),
                };
                let code = groups.iter().any(|g| g.contains(&k))
                    || (!self.in_script(prev) && after_ascii_code_word(&masked[..i]))
                    || (prev.is_some_and(|p| p.is_ascii_alphanumeric())
                        && next.is_some_and(|n| n.is_ascii_alphanumeric()));
                if touches && !code {
                    out.push((
                        here.clone(),
                        format!(
                            "{name} uses its own “{native}” here: type “{native}” instead of “{c}”"
                        ),
                        Check::Punctuation,
                    ));
                }
            }
            if let Some(&instead) = self.foreign_marks.get(&c) {
                out.push((
                    here.clone(),
                    format!("{name} uses the ASCII “{instead}”: type “{instead}” instead of the full-width “{c}”"),
                    Check::Punctuation,
                ));
            }
            if self.no_space_between && c == ' ' && prev != Some(' ') && self.in_script(prev) {
                let after = chars[k..].iter().find(|n| n.1 != ' ');
                // Katakana words of a compound are spaced in software ("ブラウザ オプション",
                // as Windows writes "インターネット オプション").
                // So is a katakana qualifier after a noun ("構文強調 ダーク": syntax highlighting,
                // dark).
                let katakana =
                    |c: Option<char>| c.is_some_and(|c| matches!(c, '\u{30A0}'..='\u{30FF}'));
                let kanji = |c: Option<char>| c.is_some_and(|c| ScriptName::Han.contains(c));
                if after.is_some_and(|n| self.in_script(Some(n.1)))
                    && !((katakana(prev) || kanji(prev)) && katakana(after.map(|n| n.1)))
                {
                    let end = after.map_or(masked.len(), |n| n.0);
                    out.push((
                        i..end,
                        format!("{name} puts no space between its letters: remove the space"),
                        Check::Spacing,
                    ));
                }
            }
        }
        out
    }
}

/// `".wasm"`, `"file:"`, `"publicPath"`: straight quotes around one token of code (a file
/// extension, a URL scheme, a camelCase key) are the code's, as in a terminal. `after` is the
/// text after the opening quote. A quoted placeable (`"{ $name }"`) is prose's.
fn quotes_code(after: &str) -> bool {
    let Some(end) = after.find('"') else {
        return false;
    };
    let token = &after[..end];
    // `publicPath`, not the name "WorldWideWeb".
    let camel = token.starts_with(|c: char| c.is_ascii_lowercase())
        && token
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    token.chars().any(|c| c.is_ascii_alphabetic())
        && token.chars().all(|c| c.is_ascii_graphic())
        && (token.starts_with('.') || token.ends_with(':') || token.contains('/') || camel)
}

/// `257 "name"`: a straight quote after a code and a space opens protocol text.
fn opens_protocol(before: &str) -> bool {
    before.strip_suffix(' ').is_some_and(after_code_word)
}

/// `USER:` before a Japanese word: the mark belongs to an ASCII code word.
fn after_ascii_code_word(before: &str) -> bool {
    let start = before
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[start..];
    !word.is_empty() && is_code_like(word)
}

/// `(h1,h2,p1,p2)`, `(|||6446|)`: indices of ASCII parentheses, and what they hold, around
/// text with no letter of the script — protocol text, not prose.
fn code_groups(chars: &[(usize, char)], rules: &Rules) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    for (k, &(_, c)) in chars.iter().enumerate() {
        match c {
            '(' => open = Some(k),
            ')' => {
                if let Some(start) = open.take() {
                    if !chars[start + 1..k]
                        .iter()
                        .any(|&(_, c)| rules.in_script(Some(c)))
                    {
                        out.push(start..k + 1);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::typography::locale_problems;
    use super::*;

    /// (byte range, message) of each finding in `text` written in `locale`.
    fn found(locale: &str, text: &str) -> Vec<(Range<usize>, String)> {
        locale_problems(text, locale, &BTreeSet::new())
            .into_iter()
            .map(|(range, message, _)| (range, message))
            .collect()
    }

    #[test]
    fn each_rule_reports_under_its_own_check() {
        let checks = |locale: &str, text: &str| -> Vec<Check> {
            locale_problems(text, locale, &BTreeSet::new())
                .into_iter()
                .map(|(_, _, check)| check)
                .collect()
        };
        assert_eq!(
            checks("de", "Klicken Sie auf \"OK\""),
            [Check::Quotes, Check::Quotes]
        );
        assert_eq!(checks("es", "el texto : listo"), [Check::Spacing]);
        assert_eq!(checks("ja", "終わりました."), [Check::Punctuation]);
        assert_eq!(
            checks("fr", "Prêt ? Oui  non"),
            [Check::Spacing, Check::Typography]
        );
        assert_eq!(checks("ko", "완료\u{fffd}"), [Check::Typography]);
    }

    #[test]
    fn japanese_colons_and_parentheses_follow_the_files_convention() {
        let ja = rules_for("ja").unwrap();
        // Anki's Japanese: mostly full-width, so a half-width colon is a slip.
        let jtf = ja.native_convention(["対象：ファイル（全部）", "名前：値", "結果:"]);
        assert!(jtf.contains(&':') && jtf.contains(&'('));
        assert_eq!(locale_problems("結果:", "ja", &jtf).len(), 1);
        // Mozilla's: half-width throughout, as its style guide asks.
        let mozilla = ja.native_convention(["転送 (添付ファイル) を", "漏洩したデータ:"]);
        assert!(mozilla.is_empty());
        assert!(locale_problems("漏洩したデータ:", "ja", &mozilla).is_empty());
        // Full stops are full-width in both.
        assert_eq!(locale_problems("終わりました.", "ja", &mozilla).len(), 1);
    }

    #[test]
    fn traditional_chinese_holds_a_file_to_its_colon_and_simplified_wants_the_full_width_one() {
        let half = BTreeSet::new();
        for locale in ["zh-TW", "zh-Hant", "zh_HK"] {
            assert!(
                locale_problems("總大小: 8", locale, &half).is_empty(),
                "{locale}"
            );
            assert_eq!(
                locale_problems("總大小,8", locale, &half).len(),
                1,
                "{locale}"
            );
        }
        let full: BTreeSet<char> = [':'].into();
        assert_eq!(locale_problems("總大小: 8", "zh-TW", &full).len(), 1);
        assert_eq!(locale_problems("总大小: 8", "zh-CN", &half).len(), 1);
    }

    #[test]
    fn every_language_example_is_flagged_or_left_alone() {
        for (language, rules) in all_rules() {
            assert!(!rules.example.is_empty(), "{language} has no example");
            for example in &rules.example {
                if let Some(bad) = &example.bad {
                    assert!(!found(language, bad).is_empty(), "{language}: {bad}");
                }
                if let Some(good) = &example.good {
                    assert_eq!(found(language, good), vec![], "{language}: {good}");
                }
            }
        }
    }

    #[test]
    fn quotes_name_the_marks_to_type_and_leave_protocol_text() {
        let text = "Der Text “Datei” in der Form 257 \"Name\" Kommentar";
        let at = text.find('”').unwrap();
        assert_eq!(
            found("de-AT", text),
            vec![(
                at..at + '”'.len_utf8(),
                "type German quotes „…“ (‚…‘ inside) instead of ” (U+201D)".to_string()
            )]
        );
        assert_eq!(found("pl", "tekst \"a\"").len(), 2);
        assert!(found("pl", "tekst „Utworzono «ŚCIEŻKĘ»”").is_empty());
        assert_eq!(found("ru", "текст “создан”").len(), 1);
        assert!(found("ru", "текст «„ПУТЬ“ создан»").is_empty());
    }

    #[test]
    fn spanish_and_italian_take_no_space_before_marks() {
        assert_eq!(
            found("es", "Atención : fin"),
            vec![(
                9..11,
                "Spanish puts no space before “:”: type “:” straight after the word".to_string()
            )]
        );
        assert_eq!(found("it", "Attenzione\u{202f}!").len(), 1);
        assert!(found(
            "it",
            "Attenzione: fin! Vedi https://example.org/?a=1 a 10:30"
        )
        .is_empty());
        assert_eq!(found("es", "el texto \"a\"").len(), 2);
    }

    #[test]
    fn japanese_and_chinese_want_full_width_marks_next_to_their_letters() {
        let text = "接続を閉じます.";
        assert_eq!(
            found("ja", text),
            vec![(
                text.len() - 1..text.len(),
                "Japanese uses its own “。” here: type “。” instead of “.”".to_string()
            )]
        );
        assert_eq!(found("ja", "エラー!応答").len(), 1);
        let full_width = BTreeSet::from(['(', ')']);
        assert_eq!(locale_problems("エラー(応答)", "ja", &full_width).len(), 2);
        assert_eq!(found("zh-CN", "连接已关闭!请重试").len(), 1);
        assert_eq!(found("zh-TW", "连接已关闭?").len(), 1);
    }

    #[test]
    fn code_placeables_urls_and_protocol_text_keep_ascii_marks() {
        for text in [
            "パッシブモードに入ります(h1,h2,h3,h4,p1,p2)",
            "拡張パッシブモードに入ります(|||6446|)",
            "USER:ユーザー名",
            "RFC 959の3.2節",
            "詳細はhttps://example.org/a.htmlを参照",
            "PASV (h1,h2) 命令",
        ] {
            assert_eq!(found("ja", text), vec![], "{text}");
        }
    }

    #[test]
    fn japanese_takes_no_space_between_its_letters() {
        let text = "接続を 閉じます";
        let start = text.find(' ').unwrap();
        assert_eq!(
            found("ja", text),
            vec![(
                start..start + 1,
                "Japanese puts no space between its letters: remove the space".to_string()
            )]
        );
        assert!(found("ja", "RFC 959 の 3.2 節").is_empty());
        assert!(found("zh", "使用 PASV 命令").is_empty());
    }

    #[test]
    fn code_spans_dotted_ellipses_and_katakana_compounds_are_left_alone() {
        // Anki: search syntax in a code span, an ellipsis typed as dots, a katakana compound.
        assert!(found("de", "Sie können nach dem Symbol `\"` oder `\"or\"` suchen").is_empty());
        assert!(found("ja", "ファイルをインポート中...").is_empty());
        assert!(found("zh-TW", "處理中...").is_empty());
        assert!(found("ja", "ブラウザ オプション").is_empty());
        // The rules still hold outside them.
        assert_eq!(found("de", "Klicken Sie auf \"OK\"").len(), 2);
        assert_eq!(found("ja", "終わりました.").len(), 1);
        assert_eq!(found("ja", "漢字 ひらがな").len(), 1);
    }

    #[test]
    fn korean_uses_ascii_marks() {
        let text = "닫혔습니다，다시";
        let at = text.find('，').unwrap();
        assert_eq!(
            found("ko", text),
            vec![(
                at..at + '，'.len_utf8(),
                "Korean uses the ASCII “,”: type “,” instead of the full-width “，”".to_string()
            )]
        );
        assert!(found("ko", "닫혔습니다, 다시. 됩니까?").is_empty());
    }

    #[test]
    fn arabic_wants_its_marks_after_arabic_letters_only() {
        let text = "الاتصال; أعد";
        let at = text.find(';').unwrap();
        assert_eq!(
            found("ar", text),
            vec![(
                at..at + 1,
                "Arabic uses its own “؛” here: type “؛” instead of “;”".to_string()
            )]
        );
        assert_eq!(found("ar", "هل انتهى?").len(), 1);
        assert!(found("ar", "انظر RFC 959, 4.2? و PASV;").is_empty());
    }
}

//! The readable text of a pattern, with placeables and markup set aside, and the word and
//! sentence splitting the translation checks share.

use std::ops::Range;
use std::sync::OnceLock;

/// Stands for a placeable (`{ $name }`, `{ -brand }`) in [`PlainText::text`].
pub const PLACEHOLDER: char = '\u{FFFC}';
/// Separates the variants of a select expression in [`PlainText::text`].
pub const BREAK: char = '\u{2029}';

/// A pattern's text elements joined, placeables as [`PLACEHOLDER`], variants separated by
/// [`BREAK`], and a map from offsets in this text back to offsets in the `.ftl` source.
#[derive(Debug, Default, Clone)]
pub struct PlainText {
    pub text: String,
    segments: Vec<Segment>,
    /// What each [`PLACEHOLDER`] stands for, in order: `$count`, `-brand`, `"text"`.
    pub placeables: Vec<String>,
    /// [`PlainText::literal`], made once: `check` and `stats` compare each reference pattern
    /// with every locale's.
    literal: OnceLock<String>,
    /// The number of [`words`] of the literal, made once.
    word_count: OnceLock<usize>,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    plain: usize,
    source: usize,
    len: usize,
}

impl PlainText {
    pub fn push_text(&mut self, value: &str, source: Option<usize>) {
        if let Some(source) = source {
            self.segments.push(Segment {
                plain: self.text.len(),
                source,
                len: value.len(),
            });
        }
        self.text.push_str(value);
        self.literal = OnceLock::new();
        self.word_count = OnceLock::new();
    }

    /// A placeable, `what` saying which (`$count`, `-brand`), so that two texts differing
    /// only there can be told apart.
    pub fn push_placeable(&mut self, what: String) {
        self.text.push(PLACEHOLDER);
        self.placeables.push(what);
        self.literal = OnceLock::new();
        self.word_count = OnceLock::new();
    }

    pub fn push_break(&mut self) {
        self.text.push(BREAK);
        self.literal = OnceLock::new();
        self.word_count = OnceLock::new();
    }

    /// The source offset of a byte offset in `text`, when it falls in a text element.
    pub fn source_offset(&self, plain: usize) -> Option<usize> {
        let index = self
            .segments
            .partition_point(|s| s.plain <= plain)
            .checked_sub(1)?;
        let segment = self.segments[index];
        (plain < segment.plain + segment.len.max(1)).then(|| segment.source + plain - segment.plain)
    }

    /// The text without placeables, markup and addresses, whitespace collapsed: what "same
    /// text" compares.
    pub fn literal(&self) -> &str {
        self.literal.get_or_init(|| self.make_literal())
    }

    /// How many words the literal has: what `stats` counts.
    pub fn word_count(&self) -> usize {
        *self.word_count.get_or_init(|| words(self.literal()).len())
    }

    fn make_literal(&self) -> String {
        let mut out = String::with_capacity(self.text.len());
        for word in mask_markup(&self.text)
            .split(|c: char| c.is_whitespace() || c == PLACEHOLDER || c == BREAK)
            .filter(|w| !w.is_empty())
        {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }
}

/// `text` with HTML-like tags, character entities and URLs blanked out with spaces, byte
/// length unchanged, so offsets stay valid.
pub fn mask_markup(text: &str) -> String {
    mask_markup_with(text, ' ')
}

/// Like [`mask_markup`], filling with `filler` (an ASCII character, to keep lengths).
/// `text` with each Markdown code span (`` `…` ``, within a line) filled with `filler`, byte
/// for byte: what a user types into a program (Anki's search syntax `"or"`) keeps its ASCII
/// marks. An odd backtick leaves the rest of the line as it is.
pub fn mask_code_spans(text: &str, filler: char) -> String {
    debug_assert!(filler.is_ascii());
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let ticks: Vec<usize> = line.match_indices('`').map(|(i, _)| i).collect();
        let mut last = 0;
        for pair in ticks.chunks_exact(2) {
            out.push_str(&line[last..pair[0]]);
            let span = pair[1] + 1 - pair[0];
            out.extend(std::iter::repeat_n(filler, span));
            last = pair[1] + 1;
        }
        out.push_str(&line[last..]);
    }
    out
}

/// `text` with the syntax of a command line blanked out with spaces, byte length unchanged:
/// fenced code blocks (```` ``` ```` lines and what is between them), setting names before a
/// spaced `=` (stty's `min = 1; time = 0;`), and tokens (between spaces) that are options (`-b`, `--login`), hold `[ ] = | \\ < >` or two slashes
/// (`[OPCIÓ]…`, `--sort=WORD`, `a/b/c`) or are quoted literals (`'prepend'`, `` `auto` ``). What is
/// left is prose: uutils coreutils' help texts list option names and values in English in
/// every language.
pub fn mask_syntax(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut fenced = false;
    for line in text.split_inclusive('\n') {
        let fence = line.trim_start().starts_with("```");
        if fenced || fence {
            fenced ^= fence;
            for c in line.chars() {
                if c == '\n' {
                    out.push(c);
                } else {
                    // As many spaces as the character has bytes: offsets stay valid.
                    out.extend(std::iter::repeat_n(' ', c.len_utf8()));
                }
            }
            continue;
        }
        let mut last = 0;
        let tokens = tokens_of(line);
        for (i, &(start, token)) in tokens.iter().enumerate() {
            out.push_str(&line[last..start]);
            // `min = 1; time = 0;`: the name of a setting, shown with its value.
            let setting = tokens.get(i + 1).is_some_and(|(_, next)| *next == "=");
            if setting || is_syntax_token(token) {
                out.extend(std::iter::repeat_n(' ', token.len()));
            } else {
                out.push_str(token);
            }
            last = start + token.len();
        }
        out.push_str(&line[last..]);
    }
    out
}

/// `text` with quoted names blanked out with spaces, byte length unchanged: a quotation of
/// two to five words that all begin with a capital ("Do Not Track", a standard's name, kept in
/// English in Finnish, Hungarian, Lithuanian and Turkish Thunderbird).
pub fn mask_names(text: &str) -> String {
    const PAIRS: [(char, &[char]); 5] = [
        ('“', &['”']),
        ('”', &['”']),
        ('„', &['“', '”']),
        ('«', &['»']),
        ('"', &['"']),
    ];
    let mut out = text.to_string();
    let mut at = 0;
    while let Some((start, open)) = out[at..]
        .char_indices()
        .map(|(i, c)| (at + i, c))
        .find(|(_, c)| PAIRS.iter().any(|(o, _)| o == c))
    {
        let inner = start + open.len_utf8();
        let closes = PAIRS
            .iter()
            .find(|(o, _)| *o == open)
            .map(|(_, c)| *c)
            .unwrap_or(&[]);
        let Some((len, end)) = out[inner..]
            .char_indices()
            .find(|(_, c)| closes.contains(c))
        else {
            break;
        };
        let end_at = inner + len;
        let quoted = &out[inner..end_at];
        let words: Vec<&str> = quoted.split_whitespace().collect();
        let name = (2..=5).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
        if name {
            let blank = " ".repeat(quoted.len());
            out.replace_range(inner..end_at, &blank);
        }
        at = end_at + end.len_utf8();
    }
    out
}

/// The tokens of a line (runs of characters that are not whitespace, placeables or variant
/// breaks) with their byte offsets.
fn tokens_of(line: &str) -> Vec<(usize, &str)> {
    let split = |c: char| c.is_whitespace() || c == PLACEHOLDER || c == BREAK;
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (split(c), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

/// `text` with lists of one-word items that `reference` also has blanked out with spaces,
/// byte length unchanged: uutils' "WHEN peut être : auto, always, only, never" lists the values
/// an option takes, the same in every language. Three items or more, separated by `,` `、`
/// or `，`, each a word of the reference.
pub fn mask_value_lists(text: &str, reference: &str) -> String {
    let known: std::collections::HashSet<&str> = words(reference)
        .into_iter()
        .map(|r| &reference[r])
        .collect();
    let mut out = text.to_string();
    // Each item: the word right before a separator, and the one right after the last.
    let separators: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(_, c)| matches!(c, ',' | '、' | '，'))
        .collect();
    let word_before = |at: usize| -> Option<std::ops::Range<usize>> {
        // `none (default),  slash (-p),`: blanks and one aside may follow an item.
        let mut at = text[..at].trim_end().len();
        if text[..at].ends_with(')') {
            at = text[..at]
                .rfind('(')
                .map_or(at, |open| text[..open].trim_end().len());
        }
        let head = &text[..at];
        let start = head
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |p| {
                p + head[p..].chars().next().map_or(1, char::len_utf8)
            });
        let gap_ok = head[..start].ends_with(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '、' | '，' | ':' | '：' | '(')
        }) || start == 0;
        (start < at && gap_ok).then_some(start..at)
    };
    let word_after = |at: usize| -> Option<std::ops::Range<usize>> {
        let tail = &text[at..];
        let skip = tail.len() - tail.trim_start().len();
        let start = at + skip;
        let len = text[start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(text.len() - start);
        (len > 0).then_some(start..start + len)
    };
    let mut run: Vec<std::ops::Range<usize>> = Vec::new();
    let flush = |run: &mut Vec<std::ops::Range<usize>>, out: &mut String| {
        if run.len() >= 3 && run.iter().all(|r| known.contains(&text[r.clone()])) {
            for r in run.iter() {
                out.replace_range(r.clone(), &" ".repeat(r.len()));
            }
        }
        run.clear();
    };
    // The item right after the previous separator: where a run goes on.
    let mut expected: Option<std::ops::Range<usize>> = None;
    for (k, &(at, c)) in separators.iter().enumerate() {
        let Some(before) = word_before(at) else {
            flush(&mut run, &mut out);
            expected = None;
            continue;
        };
        if expected.as_ref() != Some(&before) {
            flush(&mut run, &mut out);
        }
        if run.last() != Some(&before) {
            run.push(before);
        }
        let after = word_after(at + c.len_utf8());
        let next_is_separator = separators
            .get(k + 1)
            .is_some_and(|&(n, _)| after.is_some() && word_before(n) == after);
        if !next_is_separator {
            if let Some(after) = after.clone() {
                run.push(after);
            }
            flush(&mut run, &mut out);
        }
        expected = after;
    }
    flush(&mut run, &mut out);
    out
}

fn is_syntax_token(token: &str) -> bool {
    let bare = token
        .trim_start_matches(['(', '"', '“', '«'])
        .trim_end_matches(['.', ',', ';', ':', ')', '…', '"', '”', '»']);
    let option = bare.starts_with('-')
        && bare[1..]
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_alphabetic());
    let quoted = bare.len() >= 3
        && [('\'', '\''), ('`', '`')]
            .iter()
            .any(|&(open, close)| bare.starts_with(open) && bare.ends_with(close));
    // One word in any language's quotation marks: Esperanto's `«both»`, uutils' value names.
    let unpunctuated = token.trim_end_matches(['.', ',', ';', ':', ')']);
    let quoted_word = [
        ('«', '»'),
        ('„', '“'),
        ('“', '”'),
        ('"', '"'),
        ('‘', '’'),
        ('‹', '›'),
    ]
    .iter()
    .any(|&(open, close)| {
        unpunctuated
            .strip_prefix(open)
            .and_then(|t| t.strip_suffix(close))
            .is_some_and(|word| {
                !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
    });
    let quoted = quoted || quoted_word;
    // One slash is prose's ("/month", "and/or"); a path has two (`a/b/c`).
    let path = bare.matches('/').count() >= 2;
    option || quoted || path || bare.contains(['[', ']', '=', '|', '\\', '<', '>'])
}

pub fn mask_markup_with(text: &str, filler: char) -> String {
    debug_assert!(filler.is_ascii());
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let rest = &text[i..];
        let end = if c == '<'
            && rest[1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/' || n == '!')
        {
            rest.find('>').map(|e| e + 1)
        } else if c == '&' {
            rest[1..]
                .find(';')
                .filter(|&e| {
                    e <= 8
                        && rest[1..=e]
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '#')
                })
                .map(|e| e + 2)
        } else if c == '%' {
            printf_placeholder(rest)
        } else if token_start(text, i) {
            let len = rest
                .find(|c: char| c.is_whitespace() || c == PLACEHOLDER || c == BREAK)
                .unwrap_or(rest.len());
            // A sentence's full stop after a URL is not part of it.
            let token = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            is_address(token).then_some(token.len())
        } else {
            None
        };
        match end {
            Some(len) => {
                out.extend(std::iter::repeat_n(filler, len));
                while chars.peek().is_some_and(|&(j, _)| j < i + len) {
                    chars.next();
                }
            }
            None => out.push(c),
        }
    }
    out
}

/// `%s`, `%1$d`, `%@`, `%time%`: placeholders of printf and of templates, as long as they are
/// (`rest` starts with `%`).
fn printf_placeholder(rest: &str) -> Option<usize> {
    let body = &rest[1..];
    let named = body
        .find('%')
        .filter(|&end| end > 0 && end <= 24)
        .filter(|&end| {
            body[..end]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    if let Some(end) = named {
        return Some(end + 2);
    }
    let digits = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'$')
        .count();
    match body.as_bytes().get(digits) {
        Some(b's' | b'd' | b'i' | b'f' | b'@' | b'S') => Some(digits + 2),
        _ => None,
    }
}

fn token_start(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|p| p.is_whitespace() || p == PLACEHOLDER || p == '(')
}

/// URLs, e-mail addresses and domain names (`https://…`, `jean@example.com`, `.mozilla.org`):
/// the same in every language, and full of words that look English.
fn is_address(token: &str) -> bool {
    if token.contains("://") || token.contains('@') || token.starts_with("www.") {
        return true;
    }
    // "e.g.", "t.ex.", "z.B.", "p.ex.": abbreviations, whose parts are a letter or two.
    let abbreviation = token
        .trim_end_matches('.')
        .split('.')
        .all(|part| (1..=2).contains(&part.chars().count()));
    if abbreviation {
        return false;
    }
    let chars: Vec<char> = token.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_alphanumeric() && w[1] == '.' && w[2].is_alphanumeric())
        || (chars.first() == Some(&'.') && chars.get(1).is_some_and(|c| c.is_alphanumeric()))
}

/// Words: runs of letters and digits, with inner apostrophes and hyphens. Byte ranges.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Inside a word, as Unicode's word boundaries (UAX #29 MidLetter) have it: the
        // Catalan middle dot (`anul·la`), the Hebrew gershayim (`צה״ל`), apostrophes, hyphens.
        let joiner = matches!(c, '\'' | '’' | '-' | '·' | '\u{5F4}')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joiner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(s..i);
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// A token that is code rather than prose in any language: a command or constant name
/// (`PASV`, `WSAECONNRESET`), a number, or an identifier with digits (`RFC959`, `x86`).
pub fn is_code_like(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    letters == 0
        || word.chars().any(|c| c.is_ascii_digit())
        || (letters >= 2 && upper == letters)
        || word.contains('_')
}

/// Sentence ranges: split after `. ! ? ; :` (and their full-width forms) followed by a space,
/// and at variant breaks and blank lines.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_end = false;
    let mut prev_newline = false;
    for (i, c) in text.char_indices() {
        let split_here = c == BREAK
            || (c == '\n' && prev_newline)
            || (prev_end && (c.is_whitespace() || c == PLACEHOLDER));
        if split_here {
            if start < i {
                out.push(start..i);
            }
            start = i + c.len_utf8();
        }
        // "5. pole": a number's dot is an ordinal (Polish, German), not a full stop.
        let ordinal = c == '.' && i > 0 && text.as_bytes()[i - 1].is_ascii_digit();
        // "[OPTION]... FILE": an ellipsis leaves out words, it does not end the sentence.
        let ellipsis = c == '…' || (c == '.' && i > 0 && text.as_bytes()[i - 1] == b'.');
        // "typ urz. w formacie": a dot before a lowercase word ends an abbreviation.
        let abbreviation = c == '.'
            && text[i + 1..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(char::is_lowercase);
        prev_end = matches!(c, '.' | '!' | '?' | ';' | ':' | '。' | '！' | '？')
            && !ordinal
            && !ellipsis
            && !abbreviation;
        prev_newline = c == '\n';
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out.retain(|r| text[r.clone()].chars().any(char::is_alphanumeric));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_values_the_reference_has_are_masked() {
        let en = "WHEN can be: auto, always, only, never";
        let fr = "WHEN peut être : auto, always, only, never";
        let masked = mask_value_lists(fr, en);
        assert_eq!(masked.len(), fr.len());
        assert_eq!(
            masked.split_whitespace().collect::<Vec<_>>(),
            ["WHEN", "peut", "être", ":", ",", ",", ","]
        );
        let ja = "WHEN（いつとは）: auto、always、only、never です";
        assert!(!mask_value_lists(ja, en).contains("only"));
        // Prose with commas, or words the reference lacks, stays.
        let prose = "Copy it, then only open it, never close it.";
        assert_eq!(
            mask_value_lists(prose, "Copy it, then only open it, never close it."),
            prose
        );
        let other = "auto, toujours, seulement, jamais";
        assert_eq!(mask_value_lists(other, en), other);
    }

    #[test]
    fn command_line_syntax_is_masked_and_offsets_kept() {
        let text = "Trier par : name, none (-U) ou --sort=WORD dans [OPCIÓ]… 'prepend' a/b/c fin";
        let masked = mask_syntax(text);
        assert_eq!(masked.len(), text.len());
        let left: Vec<&str> = masked.split_whitespace().collect();
        assert_eq!(
            left,
            ["Trier", "par", ":", "name,", "none", "ou", "dans", "fin"]
        );
        let fenced = "Exemple :\n```plain\n6+0 records in\n```\nfin é";
        let masked = mask_syntax(fenced);
        assert_eq!(masked.len(), fenced.len());
        assert_eq!(
            masked.split_whitespace().collect::<Vec<_>>(),
            ["Exemple", ":", "fin", "é"]
        );
        let settings = "min = \u{FFFC}; time = \u{FFFC}; fin";
        assert_eq!(
            mask_syntax(settings).split_whitespace().collect::<Vec<_>>(),
            ["\u{FFFC};", "\u{FFFC};", "fin"]
        );
    }

    #[test]
    fn abbreviations_are_words_and_domains_are_addresses() {
        assert!(!is_address("e.g.") && !is_address("t.ex.") && !is_address("z.B."));
        assert!(
            is_address("mozilla.org") && is_address("ankiweb.net.") && is_address(".mozilla.org")
        );
    }

    #[test]
    fn a_catalan_middle_dot_joins_its_word() {
        // Anki's Catalan "Desenterra/anul·la la suspensió": "la la" is not a doubled word.
        let text = "anul·la la suspensió, col·lecció";
        let found: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["anul·la", "la", "suspensió", "col·lecció"]);
    }

    #[test]
    fn markup_is_blanked_and_offsets_kept() {
        let text = "Lisez <a href=\"x\">la doc</a>&nbsp;ici";
        let masked = mask_markup(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(
            masked.split_whitespace().collect::<Vec<_>>(),
            ["Lisez", "la", "doc", "ici"]
        );
    }

    #[test]
    fn printf_and_template_placeholders_are_blanked() {
        let masked = mask_markup("%time% - %message% at %1$s, 100% sure %d");
        assert_eq!(
            masked.split_whitespace().collect::<Vec<_>>(),
            ["-", "at", ",", "100%", "sure"]
        );
    }

    #[test]
    fn words_keep_inner_apostrophes() {
        let text = "l’ordre d'envoi, USER-PASS!";
        let got: Vec<_> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["l’ordre", "d'envoi", "USER-PASS"]);
    }

    #[test]
    fn sentences_split_after_end_punctuation() {
        let text = "Le serveur est prêt. Send USER first! Et puis\u{2029}fin";
        let got: Vec<_> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            ["Le serveur est prêt.", "Send USER first!", "Et puis", "fin"]
        );
        let abbreviated = "główny typ urz. w formacie, dla plików spec. urz. znak. Koniec";
        let got: Vec<_> = sentences(abbreviated)
            .into_iter()
            .map(|r| &abbreviated[r])
            .collect();
        assert_eq!(
            got,
            [
                "główny typ urz. w formacie, dla plików spec. urz. znak.",
                "Koniec"
            ]
        );
    }

    #[test]
    fn command_names_are_code() {
        assert!(is_code_like("PASV") && is_code_like("959") && is_code_like("RFC959"));
        assert!(!is_code_like("Description") && !is_code_like("A"));
    }

    #[test]
    fn literal_ignores_placeables_and_spacing() {
        let mut text = PlainText::default();
        text.push_text("Hello  ", Some(0));
        text.push_placeable("$name".into());
        text.push_text(" world", Some(10));
        assert_eq!(text.literal(), "Hello world");
        assert_eq!(text.source_offset(1), Some(1));
    }
}

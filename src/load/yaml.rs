//! Strict YAML parsing with positions, and a locator for values checked after parsing.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Position, Problem};

/// Parses `source` (the text of `path`) into `T`, turning the parser's error into a problem
/// that names the line and column.
pub fn parse<T: DeserializeOwned>(path: &Path, source: &str) -> Result<T, Problem> {
    serde_yaml::from_str(source).map_err(|err| {
        let problem = Problem::new(path, strip_location(&err.to_string()));
        match err.location() {
            Some(loc) => problem.at(Position {
                line: loc.line(),
                column: loc.column(),
            }),
            None => problem,
        }
    })
}

/// The parser appends " at line L column C" to its messages; the position is printed in front.
fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Finds where a value checked after parsing is written, for problems that the YAML parser
/// cannot see (a related code that does not exist, a duplicate pair).
///
/// It looks for the `nth` occurrence (from 0) of `key:` and then for `token` as a whole word
/// after it. serde gives no spans, and our files are small and regular, so a scan is exact
/// enough and keeps the schema plain.
pub fn locate(source: &str, key: &str, nth: usize, token: Option<&str>) -> Option<Position> {
    let key_offset = key_offsets(source, key).nth(nth)?;
    let offset = match token {
        None => key_offset,
        Some(token) => key_offset + find_word(&source[key_offset..], token)?,
    };
    Some(Position::from_offset(source, offset))
}

fn key_offsets<'a>(source: &'a str, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut line_start = 0;
    source.split_inclusive('\n').filter_map(move |line| {
        let start = line_start;
        line_start += line.len();
        let trimmed = line.trim_start_matches([' ', '-']);
        let indent = line.len() - trimmed.len();
        let rest = trimmed.strip_prefix(key)?;
        rest.starts_with(':').then_some(start + indent)
    })
}

fn find_word(haystack: &str, word: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    haystack.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_a_token_after_its_key() {
        let source = "code: 220\nrelated: [120, 999]\n";
        assert_eq!(
            locate(source, "related", 0, Some("999")),
            Some(Position {
                line: 2,
                column: 16
            })
        );
    }

    #[test]
    fn locate_finds_the_nth_list_item_key() {
        let source = "- pair: [220, 503]\n- pair: [120, 503]\n";
        assert_eq!(
            locate(source, "pair", 1, Some("120")),
            Some(Position {
                line: 2,
                column: 10
            })
        );
    }

    #[test]
    fn locate_does_not_match_inside_longer_numbers() {
        let source = "related: [1200, 120]\n";
        assert_eq!(
            locate(source, "related", 0, Some("120")).unwrap().column,
            17
        );
    }
}

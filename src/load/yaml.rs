//! Strict YAML parsing with positions, and a locator for values checked after parsing.

use std::path::Path;

use std::cell::Cell;

use serde::de::{self, DeserializeOwned};

use crate::diagnostic::{Position, Problem};

/// Parses `source` (the text of `path`) into `T`, turning the parser's error into a problem
/// that names the line and column. A file whose aliases would expand it beyond
/// [`expansion_budget`] is refused before anything is built from it.
pub fn parse<T: DeserializeOwned>(path: &Path, source: &str) -> Result<T, Problem> {
    let budget = expansion_budget(source);
    let remaining = Cell::new(budget);
    let measured = de::DeserializeSeed::deserialize(
        Measure(&remaining),
        serde_yaml::Deserializer::from_str(source),
    );
    if let Err(err) = measured {
        if err.to_string().contains(TOO_LARGE) {
            let position = err.location().map(|l| Position {
                line: l.line(),
                column: l.column(),
            });
            let problem = Problem::new(
                path,
                format!("{TOO_LARGE} ({} bytes from a file of {}): aliases (`*name`) may repeat at most that much; write the values out or use fewer aliases", budget, source.len()),
            );
            return Err(match position {
                Some(at) => problem.at(at),
                None => problem,
            });
        }
    }
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

const TOO_LARGE: &str = "the aliases in this file expand it beyond the limit";

/// How much a file may expand to through aliases: its own size several times over, and never
/// less than 1 MiB, so that ordinary anchors are fine and a "billion laughs" file is not.
pub fn expansion_budget(source: &str) -> usize {
    source.len().saturating_mul(4).max(1 << 20)
}

/// A YAML document measured without being built: every scalar counts its bytes and every node
/// a few more, aliases counted each time they are used. Measuring stops, with an error, as
/// soon as the budget (what is left of it is in the cell) is spent, so the expansion is never
/// allocated.
#[derive(Clone, Copy)]
struct Measure<'a>(&'a Cell<usize>);

impl Measure<'_> {
    fn spend<E: de::Error>(self, bytes: usize) -> Result<(), E> {
        // Each node costs at least what its representation in memory would.
        let cost = bytes.saturating_add(16);
        match self.0.get().checked_sub(cost) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => Err(E::custom(TOO_LARGE)),
        }
    }
}

impl<'de> de::DeserializeSeed<'de> for Measure<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> de::Visitor<'de> for Measure<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.spend(v.len())
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<(), E> {
        self.spend(v.len())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.spend(0)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend(0)?;
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend(0)?;
        while map.next_entry_seed(self, self)?.is_some() {}
        Ok(())
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use serde::de::VariantAccess;
        let ((), variant) = data.variant_seed(self)?;
        variant.newtype_variant_seed(self)
    }
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

#[cfg(test)]
mod alias_tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Commands {
        #[allow(dead_code, reason = "only its size matters")]
        commands: Vec<String>,
    }

    #[test]
    fn aliases_that_repeat_a_large_value_are_refused_before_expanding() {
        let mut source = format!("commands:\n  - &big \"{}\"\n", "x".repeat(1 << 20));
        for _ in 0..2000 {
            source.push_str("  - *big\n");
        }
        let err = parse::<Commands>(Path::new("codes/220.yaml"), &source).unwrap_err();
        assert!(err.message.starts_with(TOO_LARGE), "{}", err.message);
        assert!(err.position.is_some(), "{err}");
    }

    #[test]
    fn nested_aliases_are_counted_as_expanded() {
        let mut source = String::from(
            "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
        );
        let mut previous = 'a';
        for name in 'b'..='j' {
            let items = vec![format!("*{previous}"); 8].join(", ");
            source.push_str(&format!("{name}: &{name} [{items}]\n"));
            previous = name;
        }
        let err = parse::<serde_yaml::Value>(Path::new("x.yaml"), &source).unwrap_err();
        assert!(err.message.starts_with(TOO_LARGE), "{}", err.message);
    }

    #[test]
    fn ordinary_anchors_pass() {
        let source = "commands:\n  - &c USER\n  - *c\n  - PASS\n";
        let parsed = parse::<Commands>(Path::new("x.yaml"), source).unwrap();
        assert_eq!(parsed.commands.len(), 3);
    }
}

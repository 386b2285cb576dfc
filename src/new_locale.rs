//! `ftpdocs new-locale`: a new locale's files made from the reference's, every message a
//! copy marked `# ftpdocs: not-yet-translated` with the reference text kept above it in a
//! comment, so the translator reads the English where they type and the checker counts what
//! is left. Pure: the caller reads and writes the files.

use crate::check::english::entry_source;
use crate::check::ftl::{FtlFile, NOT_YET_TRANSLATED};

/// The message that names a locale in its own language, shown by the language switcher.
pub const LANGUAGE_NAME: &str = "language-name";

/// The file of a new locale made from one reference file, and how many messages it marks.
/// `language_name`, when given, fills in [`LANGUAGE_NAME`] instead of marking it.
pub fn start_file(
    reference: &str,
    reference_locale: &str,
    language_name: Option<&str>,
) -> (String, usize) {
    let file = FtlFile::parse(reference.to_string());
    let mut out = String::with_capacity(reference.len() * 2);
    let mut copied = 0;
    let mut marked = 0;
    for entry in file.entries.iter().filter(|e| !e.is_term) {
        let start = file.source[..entry.offset].rfind('\n').map_or(0, |i| i + 1);
        out.push_str(&file.source[copied..start]);
        copied = start;
        if let (LANGUAGE_NAME, Some(name)) = (entry.id.as_str(), language_name) {
            let end = start + entry_source(&file, entry).len();
            out.push_str(&format!("{LANGUAGE_NAME} = {name}"));
            copied = end;
            continue;
        }
        for line in entry_source(&file, entry).lines() {
            if line.is_empty() {
                out.push_str("#\n");
            } else {
                out.push_str(&format!("# {reference_locale}: {line}\n"));
            }
        }
        out.push_str(&format!("# {NOT_YET_TRANSLATED}\n"));
        marked += 1;
    }
    out.push_str(&file.source[copied..]);
    (out, marked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_marked_with_its_english_above_it() {
        let (started, marked) = start_file(
            "## Group\n\n# A note.\nhello = Hello\n    .title = Hi\n\n-brand = Brand\n",
            "en",
            None,
        );
        assert_eq!(marked, 1);
        assert_eq!(
            started,
            "## Group\n\n# A note.\n# en: hello = Hello\n# en:     .title = Hi\n# ftpdocs: not-yet-translated\nhello = Hello\n    .title = Hi\n\n-brand = Brand\n"
        );
        let parsed = FtlFile::parse(started);
        assert!(parsed.syntax.is_empty());
        assert!(parsed.entries[0].markers.not_yet_translated);
    }

    #[test]
    fn a_given_language_name_is_filled_in() {
        let (started, marked) = start_file(
            "# Its own name.\nlanguage-name = English\nsite = Site\n",
            "en",
            Some("Deutsch"),
        );
        assert_eq!(marked, 1);
        assert!(started.starts_with("# Its own name.\nlanguage-name = Deutsch\n# en: site"));
        let parsed = FtlFile::parse(started);
        assert!(!parsed.entries[0].markers.not_yet_translated);
        assert!(parsed.entries[1].markers.not_yet_translated);
    }
}

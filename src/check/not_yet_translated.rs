//! `not-yet-translated`: one finding per file for the messages still marked
//! `# ftpdocs: not-yet-translated`, counted rather than listed one by one, since a new locale
//! starts with all of them.

use super::finding::{Check, Finding};
use super::ftl::NOT_YET_TRANSLATED;
use super::structure::FilePair;

/// Ids named in a finding before "and N more".
const SHOWN: usize = 3;

pub fn check_file(pair: &FilePair<'_>) -> Vec<Finding> {
    let marked: Vec<_> = pair
        .l10n
        .entries
        .iter()
        .filter(|e| !e.is_term && e.markers.not_yet_translated)
        .collect();
    let Some(first) = marked.first() else {
        return Vec::new();
    };
    let total = pair.l10n.entries.iter().filter(|e| !e.is_term).count();
    let names: Vec<&str> = marked.iter().take(SHOWN).map(|e| e.id.as_str()).collect();
    let more = marked.len().saturating_sub(SHOWN);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let message = format!(
        "{} of {total} messages are not yet translated ({}{more}): translate each and delete its `# {NOT_YET_TRANSLATED}` line",
        marked.len(),
        names.join(", "),
    );
    // About the file as a whole: a new locale gets one short finding per file.
    let mut finding = Finding::new(Check::NotYetTranslated, pair.locale, pair.path, message);
    finding.line = Some(
        pair.l10n
            .lines
            .line_column(&pair.l10n.source, first.offset)
            .0,
    );
    vec![finding]
}

//! One pattern of a translated file being checked, and the one way a finding inside a
//! pattern's text is placed: every check that points into text goes through
//! [`PatternCx::finding`], so every span starts and ends on a character of the `.ftl` source
//! and covers the text it names.

use std::ops::Range;

use super::catalog::locate;
use super::finding::{Check, Finding};
use super::ftl::{Entry, FtlFile, Pattern};
use super::structure::FilePair;

pub struct PatternCx<'a> {
    pub pair: &'a FilePair<'a>,
    pub entry: &'a Entry,
    pub attribute: Option<&'a str>,
    pub pattern: &'a Pattern,
}

impl PatternCx<'_> {
    /// A finding over bytes `range` of the pattern's text (`PlainText::text`). The range is
    /// widened to character boundaries of that text, then mapped to the source; the span
    /// stops at the end of the line.
    pub fn finding(&self, check: Check, range: Range<usize>, message: String) -> Finding {
        let finding = Finding::new(check, self.pair.locale, self.pair.path, message)
            .with_id(&self.entry.id, self.attribute);
        locate_in(finding, self.pair.l10n, self.pattern, range)
    }
}

/// Places `finding` over bytes `range` of `pattern`'s text in `file`: the range widened to
/// characters, mapped to the source, the span stopping at the end of the line.
pub fn locate_in(
    finding: Finding,
    file: &FtlFile,
    pattern: &Pattern,
    range: Range<usize>,
) -> Finding {
    let text = &pattern.text.text;
    let range = on_chars(text, range);
    let offset = pattern
        .text
        .source_offset(range.start)
        .unwrap_or(pattern.offset);
    let span = text[range].split('\n').next().unwrap_or("").chars().count();
    locate(finding, file, offset, span)
}

/// `range` clamped to `text` and widened to character boundaries.
pub fn on_chars(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    let mut end = range.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_widen_to_whole_characters() {
        let text = "aé日b";
        assert_eq!(on_chars(text, 2..4), 1..6);
        assert_eq!(on_chars(text, 0..usize::MAX), 0..text.len());
        assert_eq!(on_chars(text, 99..100), text.len()..text.len());
    }
}

//! Source files as the checks receive them: bytes already read, turned into text, with a line
//! index to report positions as line:column.

/// One file of a locale, as read from disk by the caller. The checking core never touches the
/// file system: whoever walks the tree hands it these.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the locale folder, with `/` separators: `mail/app.ftl`.
    pub path: String,
    /// The bytes, or why they could not be read (the message already names the path).
    pub content: Result<Vec<u8>, String>,
}

/// The files of one locale.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    pub locale: String,
    pub files: Vec<SourceFile>,
}

/// Decodes file bytes as UTF-8 (dropping a byte-order mark), or says where decoding failed:
/// the loader's own reading ([`crate::load::files::decode`]), so `check` and `render` read a
/// file the same way.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    crate::load::files::decode(bytes)
        .map(str::to_string)
        .map_err(|e| DecodeError {
            byte: e.byte,
            line: e.position.line as u32,
            column: e.position.column as u32,
        })
}

/// Where a file stops being UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    pub byte: usize,
    pub line: u32,
    pub column: u32,
}

/// Byte offsets of line starts, to turn offsets into 1-based line and column.
#[derive(Debug, Default, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()));
        LineIndex { starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let column = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line as u32 + 1, column as u32 + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> &'t str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(index) else {
            return "";
        };
        let end = self.starts.get(index + 1).copied().unwrap_or(text.len());
        text.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'\n')
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_one_based_line_and_character_column() {
        let text = "a = 1\nbé = 2\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(text, 0), (1, 1));
        assert_eq!(index.line_column(text, 6), (2, 1));
        assert_eq!(index.line_column(text, 9), (2, 3));
        assert_eq!(index.line_text(text, 2), "bé = 2");
    }

    #[test]
    fn invalid_utf8_is_located() {
        let err = decode(b"a = 1\nb = \xff\n").unwrap_err();
        assert_eq!((err.line, err.column, err.byte), (2, 5, 10));
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1").unwrap(), "a = 1");
    }
}

//! A bound on how deeply a `.ftl` file nests expressions, checked before it is parsed.
//!
//! fluent-syntax parses, fluent-bundle resolves and both drop nested placeables
//! (`{ { { … } } }`) and calls (`F(F(F(…)))`) by recursion: about 10 KiB of stack per level
//! in a debug build, so a few hundred levels overflow a worker thread's 2 MiB stack and abort
//! the process with no file named. No real message nests more than a few levels, so a file
//! that nests deeper than [`MAX_NESTING`] is refused with the position of the opening that
//! goes too deep, before any recursive code sees it.

/// Deepest nesting of placeables and call parentheses accepted in one entry.
pub const MAX_NESTING: usize = 32;

/// The byte offset of the first `{` or `(` that opens a level deeper than [`MAX_NESTING`].
///
/// The scan is conservative and cheap: it counts braces and parentheses inside placeables,
/// skips string literals, and starts again at each line that begins an entry or a comment
/// (where Fluent's parser recovers too), so an unclosed brace does not carry over.
pub fn too_deep(source: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut at_line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if at_line_start && (b.is_ascii_alphabetic() || b == b'#' || b == b'-') {
            depth = 0;
            in_string = false;
        }
        at_line_start = b == b'\n';
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'{' => depth += 1,
                b'(' if depth > 0 => depth += 1,
                b'}' | b')' => depth = depth.saturating_sub(1),
                b'"' if depth > 0 => in_string = true,
                _ => {}
            }
            if depth > MAX_NESTING {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// What the user is told about a file [`too_deep`] refuses.
pub fn too_deep_message() -> String {
    format!(
        "expressions are nested more than {MAX_NESTING} levels deep here; ftpdocs refuses the file rather than overflow its stack: flatten the expression"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_messages_pass() {
        let source = "a = { $n ->\n    [one] { -brand(case: \"x\") }\n   *[other] { NUMBER($n) } \"{\"\n}\n# { { { {\n";
        assert_eq!(too_deep(source), None);
    }

    #[test]
    fn the_opening_past_the_limit_is_found() {
        let source = format!("a = {}\n", "{ ".repeat(MAX_NESTING + 5));
        assert_eq!(too_deep(&source), Some(4 + 2 * MAX_NESTING));
    }

    #[test]
    fn nested_calls_count_as_levels() {
        let source = format!("a = {{ {}\n", "F(".repeat(MAX_NESTING + 1));
        assert!(too_deep(&source).is_some());
    }

    #[test]
    fn braces_inside_string_literals_and_new_entries_do_not_add_up() {
        let deep_strings = format!("a = {{ \"{}\" }}\n", "{".repeat(100));
        assert_eq!(too_deep(&deep_strings), None);
        let many_unclosed = "a = { { {\n".repeat(100);
        assert_eq!(too_deep(&many_unclosed), None);
    }
}

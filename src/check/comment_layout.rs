//! The layout of a reference file's comments and its last line, as Firefox's fluent lint and
//! moz-fluent-linter want it (their rule names in brackets): a resource comment (`###`) once,
//! at the top, with a blank line after it and before it when something is above (RC01–RC03);
//! a group comment (`##`) with a blank line before and after, and messages after it (GC01–GC04);
//! a newline at the end of the file (MI02).

/// Every layout problem of `source`: `(1-based line, message)`, in line order.
pub fn comment_layout(source: &str) -> Vec<(u32, String)> {
    let lines: Vec<&str> = source.lines().map(str::trim_end).collect();
    let mut out = group_comment_layout(&lines);
    out.extend(resource_comment_layout(&lines));
    if !source.is_empty() && !source.ends_with('\n') {
        out.push((
            line(lines.len().saturating_sub(1)),
            "end the file with a newline".to_string(),
        ));
    }
    out.sort_by_key(|(line, _)| *line);
    out
}

fn line(index: usize) -> u32 {
    u32::try_from(index + 1).unwrap_or(u32::MAX)
}

fn is_group(l: &str) -> bool {
    l == "##" || (l.starts_with("## ") && !l.starts_with("###"))
}

fn is_resource(l: &str) -> bool {
    l == "###" || l.starts_with("### ")
}

/// The first and last line of each run of lines that `is_comment` holds for.
fn blocks(lines: &[&str], is_comment: fn(&str) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_comment(lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < lines.len() && is_comment(lines[i + 1]) {
            i += 1;
        }
        out.push((start, i));
        i += 1;
    }
    out
}

/// The layout of group comments (`## …`) as Firefox's fluent lint wants it: a blank line before
/// and after, and messages after it, not another group comment or the end of the file.
/// `(1-based line, message)`.
fn group_comment_layout(lines: &[&str]) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_group(lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < lines.len() && is_group(lines[i + 1]) {
            i += 1;
        }
        let end = i;
        let line = |n: usize| u32::try_from(n + 1).unwrap_or(u32::MAX);
        if start > 0 && !lines[start - 1].is_empty() {
            out.push((
                line(start),
                "put a blank line before a group comment".to_string(),
            ));
        }
        match lines.get(end + 1) {
            Some(next) if !next.is_empty() => out.push((
                line(end),
                "put a blank line after a group comment".to_string(),
            )),
            _ => {}
        }
        match lines[end + 1..].iter().find(|l| !l.is_empty()) {
            None => out.push((
                line(start),
                "a group comment at the end of the file groups nothing: remove it".to_string(),
            )),
            Some(next) if is_group(next) => out.push((
                line(start),
                "a group comment followed by another groups nothing: remove one".to_string(),
            )),
            Some(_) => {}
        }
        i = end + 1;
    }
    out
}

/// Resource comments: one, before any message, term or group comment (only other comments,
/// such as a license header, may come first), with a blank line after it, and before it when
/// something is above. Unlike moz-fluent-linter, a resource comment on the first line needs
/// nothing above it: only Mozilla's files all start with a license.
fn resource_comment_layout(lines: &[&str]) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for (n, (start, end)) in blocks(lines, is_resource).into_iter().enumerate() {
        let content_above = lines[..start]
            .iter()
            .any(|l| !l.is_empty() && !l.starts_with('#'));
        let group_above = lines[..start].iter().any(|l| is_group(l));
        if n > 0 || content_above || group_above {
            out.push((
                line(start),
                "a resource comment (###) belongs at the top of the file, once: merge it into the first or make it a group comment (##)".to_string(),
            ));
            continue;
        }
        if start > 0 && !lines[start - 1].is_empty() {
            out.push((
                line(start),
                "put a blank line before the resource comment".to_string(),
            ));
        }
        if lines.get(end + 1).is_some_and(|next| !next.is_empty()) {
            out.push((
                line(end),
                "put a blank line after the resource comment".to_string(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_comments_need_blank_lines_and_messages() {
        let good = "### Resource\n\n## Group\n\na = A\n";
        assert!(comment_layout(good).is_empty());
        let bad = "a = A\n## Group\nb = B\n\n## Empty\n\n## Next\n\nc = C\n\n## Last\n";
        let found: Vec<u32> = comment_layout(bad).into_iter().map(|(l, _)| l).collect();
        assert_eq!(found, [2, 2, 5, 11]);
    }

    #[test]
    fn a_resource_comment_comes_first_once_with_blank_lines() {
        let good = "# License\n# text\n\n### Resource\n\n## Group\n\na = A\n";
        assert!(
            comment_layout(good).is_empty(),
            "{:?}",
            comment_layout(good)
        );
        assert!(comment_layout("### Resource at the very top\n\na = A\n").is_empty());
        let lines =
            |text: &str| -> Vec<u32> { comment_layout(text).into_iter().map(|(l, _)| l).collect() };
        // RC01: after a message, and a second one.
        assert_eq!(lines("### One\n\na = A\n\n### Two\n\nb = B\n"), [5]);
        // RC02 and RC03: no blank line after, none before under a license.
        assert_eq!(lines("### Resource\na = A\n"), [1]);
        assert_eq!(lines("# License\n### Resource\n\na = A\n"), [2]);
    }

    #[test]
    fn a_file_ends_with_a_newline() {
        assert_eq!(
            comment_layout("a = A\nb = B"),
            [(2, "end the file with a newline".to_string())]
        );
        assert!(comment_layout("a = A\n").is_empty());
    }
}

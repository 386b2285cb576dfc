//! A word diff of two versions of a text, as `git diff --word-diff` shows it: removed words in
//! `[-…-]`, added words in `{+…+}`, with a few unchanged words around each change.

/// Unchanged words kept on each side of a change.
const CONTEXT: usize = 4;

/// The changes from `old` to `new`, or `None` when their words are the same.
pub fn word_diff(old: &str, new: &str) -> Option<String> {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    if a == b {
        return None;
    }
    let ops = diff(&a, &b);
    // Keep the words within CONTEXT of a change; elide the rest with "…".
    let near_change = |i: usize| {
        let lo = i.saturating_sub(CONTEXT);
        let hi = (i + CONTEXT + 1).min(ops.len());
        ops[lo..hi].iter().any(|op| !matches!(op, Op::Same(_)))
    };
    let mut out: Vec<String> = Vec::new();
    let mut elided = false;
    let mut i = 0;
    while i < ops.len() {
        match ops[i] {
            Op::Same(word) => {
                if near_change(i) {
                    out.push(word.to_string());
                    elided = false;
                } else if !elided {
                    out.push("…".to_string());
                    elided = true;
                }
                i += 1;
            }
            _ => {
                let mut removed = Vec::new();
                let mut added = Vec::new();
                while let Some(op) = ops.get(i).filter(|op| !matches!(op, Op::Same(_))) {
                    match op {
                        Op::Removed(w) => removed.push(*w),
                        Op::Added(w) => added.push(*w),
                        Op::Same(_) => unreachable!("filtered out"),
                    }
                    i += 1;
                }
                if !removed.is_empty() {
                    out.push(format!("[-{}-]", removed.join(" ")));
                }
                if !added.is_empty() {
                    out.push(format!("{{+{}+}}", added.join(" ")));
                }
                elided = false;
            }
        }
    }
    Some(out.join(" "))
}

enum Op<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// A shortest edit script by longest common subsequence; messages are a few hundred words.
fn diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Op<'a>> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(Op::Same(a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(Op::Added(b[j]));
            j += 1;
        } else {
            ops.push(Op::Removed(a[i]));
            i += 1;
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_marked_with_context() {
        assert_eq!(
            word_diff(
                "The server is ready for a new user.",
                "The server is now ready for a new user."
            )
            .unwrap(),
            "The server is {+now+} ready for a new …"
        );
        assert_eq!(
            word_diff("Send PASV first.", "Send EPSV first.").unwrap(),
            "Send [-PASV-] {+EPSV+} first."
        );
    }

    #[test]
    fn an_added_sentence_at_the_end_is_shown_after_its_context() {
        let diff = word_diff(
            "one two three four five six",
            "one two three four five six Seven.",
        )
        .unwrap();
        assert_eq!(diff, "… three four five six {+Seven.+}");
    }

    #[test]
    fn whitespace_alone_is_no_change() {
        assert_eq!(word_diff("a  b\n c", "a b c"), None);
    }
}

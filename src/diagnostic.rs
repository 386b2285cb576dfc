//! Problems found in the project's files, with the place to fix them.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// A line and column, both counted from 1; the column counts characters, as editors do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `source`. An offset past the end (or inside a
    /// character) is clamped so that a bad offset never panics.
    pub fn from_offset(source: &str, offset: usize) -> Self {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One problem in one file: what `ftpdocs` prints as `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, position: Position) -> Self {
        self.position = Some(position);
        self
    }

    /// Places the problem at byte `offset` of `source`, the text of `self.path`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        self.at(Position::from_offset(source, offset))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(Position { line, column }) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Problem {}

/// Every problem that stopped a stage, so one bad file never hides the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let source = "a = b\nété = x\n";
        assert_eq!(
            Position::from_offset(source, 0),
            Position { line: 1, column: 1 }
        );
        assert_eq!(
            Position::from_offset(source, 6),
            Position { line: 2, column: 1 }
        );
        // "été" is 5 bytes but 3 characters.
        assert_eq!(
            Position::from_offset(source, 12),
            Position { line: 2, column: 5 }
        );
    }

    #[test]
    fn offsets_out_of_range_or_inside_a_character_do_not_panic() {
        let source = "é";
        assert_eq!(Position::from_offset(source, 1).column, 1);
        assert_eq!(Position::from_offset(source, 99).column, 2);
    }

    #[test]
    fn problems_print_as_path_line_column() {
        let p = Problem::new("content/codes/220.yaml", "unknown field `nme`")
            .at(Position { line: 3, column: 1 });
        assert_eq!(
            p.to_string(),
            "content/codes/220.yaml:3:1: unknown field `nme`"
        );
    }
}

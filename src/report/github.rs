//! `--format github`: GitHub Actions workflow commands, one annotation per finding.

use super::{scope, tally};
use std::io::{self, Write};

use crate::check::{Finding, Severity, Summary};

/// `base` is prepended to finding paths so annotations name files from the repository root.
pub fn print(
    out: &mut dyn Write,
    findings: &[Finding],
    summary: &Summary,
    base: &str,
) -> io::Result<()> {
    for f in findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut properties = format!("file={}", property(&format!("{base}{}", f.path)));
        if let Some(line) = f.line {
            properties.push_str(&format!(",line={line}"));
        }
        if let Some(column) = f.column {
            properties.push_str(&format!(",col={column}"));
        }
        properties.push_str(&format!(
            ",title={}",
            property(&format!("ftpdocs {}", f.check))
        ));
        writeln!(out, "::{level} {properties}::{}", data(&f.message))?;
    }
    writeln!(out, "{} {}", tally(summary), scope(summary))
}

fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Check;

    #[test]
    fn annotation_names_file_line_and_column() {
        let finding =
            Finding::new(Check::Syntax, "fr", "fr/a.ftl", "100% wrong".into()).at(2, 5, "x", 1);
        let mut out = Vec::new();
        print(&mut out, &[finding], &Summary::default(), "locales/").unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with(
                "::error file=locales/fr/a.ftl,line=2,col=5,title=ftpdocs syntax::100%25 wrong\n"
            ),
            "{text}"
        );
    }
}

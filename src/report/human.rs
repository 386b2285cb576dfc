//! Compiler-style diagnostics, like rustc: the finding, its place, the `.ftl` line and a marker.
//! Always writes styles; the caller's stream strips them when colour is off.

use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

use super::{scope, tally};
use std::collections::BTreeMap;

use crate::check::{Check, Finding, Severity, Summary};

const BOLD: Style = Style::new().bold();
const BLUE: Style = AnsiColor::Blue.on_default().bold();

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
    }
}

/// Findings shown per check before the rest are only counted, by default.
pub const MAX_PER_CHECK: usize = 50;
/// From this many findings on, a table per locale comes before the summary line.
pub const LOCALE_TABLE_FROM: usize = 50;

/// Prints at most `max_per_check` findings of each check (0: all), says how many more each
/// check has, then a table per locale when there are many findings, then the summary line.
pub fn print(
    out: &mut dyn Write,
    findings: &[Finding],
    summary: &Summary,
    max_per_check: usize,
) -> io::Result<()> {
    let mut shown: BTreeMap<Check, usize> = BTreeMap::new();
    for finding in findings {
        let count = shown.entry(finding.check).or_default();
        *count += 1;
        if max_per_check == 0 || *count <= max_per_check {
            print_finding(out, finding)?;
        }
    }
    for (check, count) in &shown {
        if max_per_check > 0 && *count > max_per_check {
            writeln!(
                out,
                "{BOLD}… {} more {check} findings not shown{BOLD:#} (--max-per-check 0 shows them all)",
                count - max_per_check
            )?;
        }
    }
    if findings.len() >= LOCALE_TABLE_FROM {
        writeln!(out)?;
        print_locale_table(out, findings)?;
        writeln!(out)?;
    }
    print_summary(out, summary)
}

/// Errors, warnings, missing (messages and files) and untranslated, per locale.
pub fn print_locale_table(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    let mut rows: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for f in findings {
        let row = rows.entry(f.locale.as_str()).or_default();
        match f.severity {
            Severity::Error => row[0] += 1,
            Severity::Warning => row[1] += 1,
        }
        if matches!(f.check, Check::MissingMessage | Check::MissingFile) {
            row[2] += 1;
        }
        if matches!(f.check, Check::Untranslated | Check::UntranslatedShort) {
            row[3] += 1;
        }
    }
    let width = rows.keys().map(|l| l.len()).max().unwrap_or(6).max(6);
    writeln!(
        out,
        "{BOLD}{:<width$} {:>8} {:>8} {:>8} {:>12}{BOLD:#}",
        "locale", "errors", "warnings", "missing", "untranslated"
    )?;
    for (locale, [errors, warnings, missing, untranslated]) in rows {
        writeln!(
            out,
            "{locale:<width$} {errors:>8} {warnings:>8} {missing:>8} {untranslated:>12}"
        )?;
    }
    Ok(())
}

pub fn print_finding(out: &mut dyn Write, f: &Finding) -> io::Result<()> {
    let style = severity_style(f.severity);
    writeln!(
        out,
        "{style}{}[{}]{style:#}{BOLD}: {}{BOLD:#}",
        f.severity, f.check, f.message
    )?;
    let place = match (f.line, f.column) {
        (Some(line), Some(column)) => format!("{}:{line}:{column}", f.path),
        (Some(line), None) => format!("{}:{line}", f.path),
        _ => f.path.clone(),
    };
    let gutter = f.line.map_or(1, |l| l.to_string().len());
    let pad = " ".repeat(gutter);
    writeln!(out, "{pad}{BLUE}-->{BLUE:#} {place}")?;
    if let (Some(line), Some(source)) = (f.line, &f.source_line) {
        let (visible, column) = window(source, f.column.unwrap_or(1) as usize);
        let indent: String = visible
            .chars()
            .take(column - 1)
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        let room = visible.chars().count().saturating_sub(column - 1).max(1);
        let span = (f.span.unwrap_or(1) as usize).clamp(1, room);
        writeln!(out, "{pad} {BLUE}|{BLUE:#}")?;
        writeln!(out, "{BLUE}{line} |{BLUE:#} {visible}")?;
        writeln!(
            out,
            "{pad} {BLUE}|{BLUE:#} {indent}{style}{}{style:#}",
            "^".repeat(span)
        )?;
    }
    if let Some(id) = &f.message_id {
        let name = match &f.attribute {
            Some(attribute) => format!("{id}.{attribute}"),
            None => id.clone(),
        };
        writeln!(
            out,
            "{pad} {BLUE}={BLUE:#} locale {}, message {name}",
            f.locale
        )?;
    }
    if let Some(reference) = &f.reference {
        writeln!(
            out,
            "{pad} {BLUE}={BLUE:#} {}: {}",
            reference.locale, reference.text
        )?;
    }
    writeln!(out)
}

/// Characters of a source line shown at most; longer lines are cut around the column.
const WIDTH: usize = 100;

/// The part of `source` to show (tabs as spaces) and the column within it.
fn window(source: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = source
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    if chars.len() <= WIDTH {
        return (chars.into_iter().collect(), column);
    }
    let start = column
        .saturating_sub(WIDTH / 3)
        .min(chars.len().saturating_sub(WIDTH));
    let end = (start + WIDTH).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut column = column - start;
    if start > 0 {
        shown.insert(0, '…');
        column += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, column)
}

pub fn print_summary(out: &mut dyn Write, s: &Summary) -> io::Result<()> {
    let counts = s
        .by_check
        .iter()
        .map(|(check, n)| format!("{check}: {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let style = if s.errors > 0 {
        severity_style(Severity::Error)
    } else if s.warnings > 0 {
        severity_style(Severity::Warning)
    } else {
        AnsiColor::Green.on_default().bold()
    };
    write!(out, "{style}{}{style:#} {}", tally(s), scope(s))?;
    if s.baseline > 0 {
        write!(out, " ({} more in the baseline)", s.baseline)?;
    }
    if counts.is_empty() {
        writeln!(out)
    } else {
        writeln!(out, ": {counts}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Check;

    #[test]
    fn finding_shows_place_line_and_marker() {
        let finding = Finding::new(Check::MissingAttribute, "fr", "fr/app.ftl", "add it".into())
            .with_id("hello", Some("title"))
            .at(3, 1, "hello = Bonjour", 5);
        let mut out = Vec::new();
        print_finding(&mut out, &finding).unwrap();
        let text = String::from_utf8(
            anstream::adapter::strip_str(&String::from_utf8(out).unwrap())
                .to_string()
                .into_bytes(),
        )
        .unwrap();
        assert_eq!(
            text,
            "error[missing-attribute]: add it\n --> fr/app.ftl:3:1\n  |\n3 | hello = Bonjour\n  | ^^^^^\n  = locale fr, message hello.title\n\n"
        );
    }

    fn plain(bytes: Vec<u8>) -> String {
        anstream::adapter::strip_str(&String::from_utf8(bytes).unwrap()).to_string()
    }

    #[test]
    fn many_findings_are_capped_per_check_and_tabled_per_locale() {
        let findings: Vec<Finding> = (0..60)
            .map(|i| {
                let locale = if i % 2 == 0 { "fr" } else { "de" };
                Finding::new(Check::MissingMessage, locale, "a.ftl", format!("m{i}"))
            })
            .collect();
        let summary = Summary::of(&findings, 2, 2);
        let mut out = Vec::new();
        print(&mut out, &findings, &summary, 10).unwrap();
        let text = plain(out);
        assert_eq!(text.matches("error[missing-message]").count(), 10);
        assert!(
            text.contains("… 50 more missing-message findings not shown"),
            "{text}"
        );
        let rows: Vec<Vec<&str>> = text
            .lines()
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert!(rows.contains(&vec!["fr", "30", "0", "30", "0"]), "{text}");
        let mut out = Vec::new();
        print(&mut out, &findings, &summary, 0).unwrap();
        assert_eq!(plain(out).matches("error[missing-message]").count(), 60);
    }
}

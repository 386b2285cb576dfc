//! `ftpdocs stats` output: an aligned table for people, JSON for dashboards.

use std::io::{self, Write};

use crate::check::stats::LocaleStats;

pub fn print_table(out: &mut dyn Write, stats: &[LocaleStats]) -> io::Result<()> {
    let width = stats
        .iter()
        .map(|s| s.locale.len())
        .max()
        .unwrap_or(6)
        .max(6);
    writeln!(
        out,
        "{:<width$} {:>8} {:>10} {:>8} {:>18} {:>8} {:>14} {:>12} {:>10} {:>6}",
        "locale",
        "messages",
        "translated",
        "missing",
        "not-yet-translated",
        "outdated",
        "same-as-source",
        "source-words",
        "words",
        "done"
    )?;
    for s in stats {
        let done = if s.messages == 0 {
            100.0
        } else {
            100.0 * s.translated as f64 / s.messages as f64
        };
        writeln!(
            out,
            "{:<width$} {:>8} {:>10} {:>8} {:>18} {:>8} {:>14} {:>12} {:>10} {:>5.1}%",
            s.locale,
            s.messages,
            s.translated,
            s.missing,
            s.not_yet_translated,
            s.outdated,
            s.same_as_source,
            s.source_words,
            s.words,
            done
        )?;
    }
    Ok(())
}

pub fn print_json(out: &mut dyn Write, stats: &[LocaleStats]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &serde_json::json!({ "locales": stats }))?;
    writeln!(out)
}

/// One line per locale that is not finished, after a check's findings: how far it is.
pub fn print_progress(out: &mut dyn Write, stats: &[LocaleStats]) -> io::Result<()> {
    for s in stats {
        let mut left = Vec::new();
        if s.not_yet_translated > 0 {
            left.push(format!("{} not yet translated", s.not_yet_translated));
        }
        if s.missing > 0 {
            left.push(format!("{} missing", s.missing));
        }
        if s.outdated > 0 {
            left.push(format!("{} outdated", s.outdated));
        }
        if left.is_empty() {
            continue;
        }
        writeln!(
            out,
            "{}: {} of {} messages translated; {}",
            s.locale,
            s.translated,
            s.messages,
            left.join(", ")
        )?;
    }
    Ok(())
}

//! The readiness gate of `render`: a locale with checker errors is not published unless the
//! user allows the reference text to stand in for what is missing.

use std::path::Path;

use anyhow::{bail, Result};

use ftpdocs::check::readiness::blocking_errors;
use ftpdocs::check::Finding;

/// Findings listed before "and N more".
const SHOWN: usize = 5;

/// Fails when a locale of `locales` is not ready, unless `allow_fallback`; then it only warns.
pub fn gate(root: &Path, locales: &[String], allow_fallback: bool) -> Result<()> {
    let errors = blocking_errors(root, locales)?;
    if errors.is_empty() {
        return Ok(());
    }
    let mut unready: Vec<&str> = errors.iter().map(|f| f.locale.as_str()).collect();
    unready.dedup();
    let (locale, is, it) = if unready.len() == 1 {
        ("locale", "is", "it")
    } else {
        ("locales", "are", "them")
    };
    let summary = format!(
        "{locale} {} {is} not ready to publish: `ftpdocs check` finds {} error{} in {it}",
        unready.join(", "),
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
    );
    if allow_fallback {
        eprintln!("warning: {summary}; publishing anyway (--allow-fallback), with the reference text marked where a translation is missing");
        return Ok(());
    }
    let mut listed: Vec<String> = errors.iter().take(SHOWN).map(line).collect();
    if errors.len() > SHOWN {
        listed.push(format!("… and {} more", errors.len() - SHOWN));
    }
    bail!(
        "{summary}:\n  {}\nrun `ftpdocs check --lang {}` to see them all; fix them, or pass --allow-fallback to publish with the reference text marked where a translation is missing",
        listed.join("\n  "),
        unready.join(",")
    )
}

fn line(f: &Finding) -> String {
    let place = match f.line {
        Some(line) => format!("{}:{line}", f.path),
        None => f.path.clone(),
    };
    format!("{place}: {}[{}]: {}", f.severity, f.check, f.message)
}

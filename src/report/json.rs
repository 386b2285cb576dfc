//! `--format json`: one object, `{"findings": [...], "summary": {...}}`, serde over the
//! finding type.

use serde::Serialize;
use std::io::{self, Write};

use crate::check::{Finding, Summary};

#[derive(Serialize)]
struct Report<'a> {
    findings: &'a [Finding],
    summary: &'a Summary,
}

pub fn print(out: &mut dyn Write, findings: &[Finding], summary: &Summary) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Report { findings, summary })?;
    writeln!(out)
}

//! `ftpdocs stats`: translation progress per locale, as a table or JSON.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use ftpdocs::check::{Group, Settings};
use ftpdocs::report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub tree: super::check::TreeArgs,
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
}

pub fn run(root: &Path, args: &StatsArgs) -> ExitCode {
    super::check::exit(execute(root, args))
}

fn execute(root: &Path, args: &StatsArgs) -> Result<u8> {
    let tree = args.tree.tree(root);
    // Only structure is needed to count; the translation checks would be wasted work.
    let settings = Settings {
        groups: vec![Group::Structure],
        ..Settings::default()
    };
    let report = tree.check(&settings, true)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        StatsFormat::Table => report::stats::print_table(&mut out, &report.stats),
        StatsFormat::Json => report::stats::print_json(&mut out, &report.stats),
    }
    .context("cannot write the statistics")?;
    out.flush().ok();
    Ok(super::check::OK)
}

//! `ftpdocs stats`: translation progress per locale, as a table or JSON.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ftpdocs::check::stats::LocaleStats;
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
    /// The configuration whose `[[trees]]` to count (default: ftpdocs.toml at or above the
    /// project root or the tree, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

pub fn run(root: &Path, args: &StatsArgs) -> ExitCode {
    super::check::exit(execute(root, args))
}

fn execute(root: &Path, args: &StatsArgs) -> Result<u8> {
    let (config, config_dir) = super::check::load_config(root, &args.tree, args.config.as_deref())?;
    // Only structure is needed to count; the translation checks would be wasted work.
    let settings = Settings {
        groups: vec![Group::Structure],
        ..Settings::default()
    };
    // A locale in several trees (ruffle's three) is one row: its counts are added up.
    let mut stats: Vec<LocaleStats> = Vec::new();
    for tree in super::check::trees(root, &args.tree, &config, &config_dir)? {
        for one in tree.check(&settings, true)?.stats {
            match stats.iter_mut().find(|s| s.locale == one.locale) {
                Some(row) => row.add(&one),
                None => stats.push(one),
            }
        }
    }
    stats.sort_by(|a, b| a.locale.cmp(&b.locale));
    let mut out = std::io::stdout().lock();
    match args.format {
        StatsFormat::Table => report::stats::print_table(&mut out, &stats),
        StatsFormat::Json => report::stats::print_json(&mut out, &stats),
    }
    .context("cannot write the statistics")?;
    out.flush().ok();
    Ok(super::check::OK)
}

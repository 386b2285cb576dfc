//! Command line: arguments are parsed and validated into settings, then one command runs.
//! Only this module and `main` print or choose the exit status.

pub mod check;
pub mod stats;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "ftpdocs",
    version,
    about = "FTP reply code documentation in many languages"
)]
pub struct Cli {
    /// Project folder (holding content/, locales/ and ftpdocs.toml).
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check translations: structure, untranslated and mixed-language strings, typography.
    Check(check::CheckArgs),
    /// Translation progress per locale.
    Stats(stats::StatsArgs),
}

/// Exit status: the check found no error.
pub const OK: u8 = 0;
/// Exit status: the check found errors (or warnings, with `--strict`).
pub const FOUND: u8 = 1;
/// Exit status: the check could not run.
pub const FAILED: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        Command::Check(args) => check::run(&cli.root, args),
        Command::Stats(args) => stats::run(&cli.root, args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let mut stderr = anstream::stderr();
            let red = anstyle::AnsiColor::Red.on_default().bold();
            let _ = writeln!(stderr, "{red}error{red:#}: {error:#}");
            ExitCode::from(FAILED)
        }
    }
}

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    ftpdocs::cli::run(ftpdocs::cli::Cli::parse())
}

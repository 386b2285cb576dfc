//! Arguments → validated settings → commands. Only this layer prints.

mod check;
mod fix;
mod lang;
mod mark_translated;
mod new_locale;
mod progress;
mod readiness;
mod render;
mod serve;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Publishes documentation of FTP reply codes in many languages.
#[derive(Debug, Parser)]
#[command(name = "ftpdocs", version, about, propagate_version = true)]
struct Cli {
    /// The project folder, holding content/ and locales/.
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    root: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Render pages for one locale, or all of them.
    Render(render::RenderArgs),
    /// Check translations: structure, untranslated and mixed-language strings, typography.
    Check(check::CheckArgs),
    /// Translation progress per locale: messages, translated, missing, same as source, words.
    Stats(stats::StatsArgs),
    /// Start a locale: every file and message of the reference, marked not yet translated.
    NewLocale(new_locale::NewLocaleArgs),
    /// Record the English each translation of a locale was made from, so check can tell when it changes.
    MarkTranslated(mark_translated::MarkTranslatedArgs),
    /// Preview the site on 127.0.0.1, reloading the open page when a file changes.
    Serve(serve::ServeArgs),
}

/// A command-line value that makes no sense for this project (an unknown locale, a code with
/// no page): exit status 2, like the arguments clap refuses, apart from problems in the
/// project's files (1).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadArgument(pub String);

/// Exit status for bad arguments, as documented in README.
const BAD_ARGUMENTS: u8 = 2;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render::run(&cli.root, args),
        Command::Check(args) => Ok(check::run(&cli.root, &args)),
        Command::Stats(args) => Ok(stats::run(&cli.root, &args)),
        Command::NewLocale(args) => new_locale::run(&cli.root, &args).map(|()| ExitCode::SUCCESS),
        Command::Serve(args) => serve::run(&cli.root, &args).map(|()| ExitCode::SUCCESS),
        Command::MarkTranslated(args) => {
            mark_translated::run(&cli.root, &args).map(|()| ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            if err.is::<BadArgument>() {
                ExitCode::from(BAD_ARGUMENTS)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

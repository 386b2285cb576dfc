//! `ftpdocs check`: validates arguments into settings, runs the checks, prints one report.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ftpdocs::check::baseline::Baseline;
use ftpdocs::check::content;
use ftpdocs::check::tree::Tree;
use ftpdocs::check::{Config, Group, Settings, Summary};
use ftpdocs::report;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Compiler-style diagnostics with the source line.
    Human,
    /// One JSON object: {"findings": [...], "summary": {...}}.
    Json,
    /// GitHub Actions workflow commands.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
}

/// Which Fluent tree to read: the project's `locales/`, or any other; shared by `check` and
/// `stats`.
#[derive(Debug, Args)]
pub struct TreeArgs {
    /// Read any Fluent tree laid out as DIR/<locale>/**/*.ftl instead of the project.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// The reference locale folder that the others translate.
    #[arg(long, default_value = "en", value_name = "LOCALE")]
    pub reference: String,
    /// Only these locales (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "LOCALE")]
    pub lang: Vec<String>,
}

impl TreeArgs {
    /// True when no `--locales` was given: the project itself is read.
    pub fn is_project(&self) -> bool {
        self.locales.is_none()
    }

    pub fn tree(&self, root: &Path) -> Tree {
        Tree {
            root: self.locales.clone().unwrap_or_else(|| root.join("locales")),
            reference: self.reference.clone(),
            langs: self.lang.clone(),
            display_root: if self.is_project() {
                "locales/".to_string()
            } else {
                String::new()
            },
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub tree: TreeArgs,
    /// Groups of checks to run: structure, translation, content (default: all that apply).
    #[arg(long, value_delimiter = ',', value_name = "GROUPS")]
    pub checks: Vec<Group>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// Severity configuration (default: ftpdocs.toml in the project root, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Human output: findings shown per check before the rest are counted (0: all).
    #[arg(long, value_name = "N", default_value_t = report::human::MAX_PER_CHECK)]
    pub max_per_check: usize,
    /// Leave out the findings this baseline file holds: only new findings are reported.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Save the findings as a baseline file (replacing it) and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
}

/// The tree and settings the arguments ask for, or why they make no sense.
fn settings(root: &Path, args: &CheckArgs) -> Result<(Tree, Settings)> {
    let project = args.tree.is_project();
    let config_path = match (&args.config, project) {
        (Some(path), _) => Some(path.clone()),
        (None, true) => Some(root.join("ftpdocs.toml")).filter(|p| p.exists()),
        (None, false) => None,
    };
    let mut settings = Settings::default();
    if let Some(path) = config_path {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        settings = settings.with_config(&Config::parse(&text, &path)?);
    }
    if !args.checks.is_empty() {
        settings.groups = args.checks.clone();
    }
    let tree = args.tree.tree(root);
    Ok((tree, settings))
}

/// Exit status: no error (warnings alone pass unless `--strict`).
pub const OK: u8 = 0;
/// Exit status: errors were found (or warnings, with `--strict`).
pub const FOUND: u8 = 1;
/// Exit status: the check could not run (bad arguments, unreadable folder, bad config).
pub const FAILED: u8 = 2;

/// Runs the check; a failure to run is reported on stderr with exit status 2, apart from the
/// findings' status 1.
pub fn run(root: &Path, args: &CheckArgs) -> ExitCode {
    exit(execute(root, args))
}

/// Prints an error that stopped a command before it could check anything.
pub fn exit(result: Result<u8>) -> ExitCode {
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            let red = anstyle::AnsiColor::Red.on_default().bold();
            let _ = writeln!(anstream::stderr(), "{red}error{red:#}: {error:#}");
            ExitCode::from(FAILED)
        }
    }
}

fn execute(root: &Path, args: &CheckArgs) -> Result<u8> {
    let (tree, settings) = settings(root, args)?;
    let mut report = tree.check(&settings, false)?;
    // Content checks need the project's content/ and renderer: project mode only.
    if args.tree.is_project() && settings.runs(Group::Content) {
        report
            .findings
            .extend(content::check_project(root, &tree, &settings)?);
    }
    if let Some(path) = &args.write_baseline {
        write_baseline(path, &Baseline::of(&report.findings))?;
        eprintln!(
            "{}: {} findings saved as the baseline",
            path.display(),
            report.findings.len()
        );
        return Ok(OK);
    }
    let mut known = 0;
    if let Some(path) = &args.baseline {
        let baseline = read_baseline(path)?;
        let findings = std::mem::take(&mut report.findings);
        (report.findings, known) = baseline.new_findings(findings);
    }
    let mut summary = Summary::of(&report.findings, report.locales, report.files);
    summary.baseline = known;
    let stdout = std::io::stdout();
    // Colour only for people at a terminal: AutoStream strips styles otherwise and with NO_COLOR.
    let choice = anstream::AutoStream::choice(&stdout);
    let mut plain = BufWriter::new(stdout.lock());
    let written = match args.format {
        Format::Human => {
            let mut styled = Vec::new();
            report::human::print(&mut styled, &report.findings, &summary, args.max_per_check)
                .and_then(|()| {
                    if choice == anstream::ColorChoice::Never {
                        anstream::adapter::strip_bytes(&styled)
                            .try_for_each(|chunk| plain.write_all(chunk))
                    } else {
                        plain.write_all(&styled)
                    }
                })
        }
        Format::Json => report::json::print(&mut plain, &report.findings, &summary),
        Format::Github => {
            let base = format!("{}/", tree.root.display());
            report::github::print(&mut plain, &report.findings, &summary, &base)
        }
        Format::Sarif => {
            let base = format!("{}/", tree.root.display());
            report::sarif::print(&mut plain, &report.findings, &base)
        }
    };
    match written.and_then(|()| plain.flush()) {
        // A reader that stops early (`| head`) is not a failure of the check.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("cannot write the report")?,
    }
    Ok(exit_code(&summary, args.strict))
}

fn read_baseline(path: &Path) -> Result<Baseline> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the baseline", path.display()))?;
    let baseline: Baseline = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{}:{}:{}: not a baseline file: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    if baseline.version != Baseline::VERSION {
        anyhow::bail!(
            "{}: baseline version {} is not {}: write it again with --write-baseline",
            path.display(),
            baseline.version,
            Baseline::VERSION
        );
    }
    Ok(baseline)
}

/// Writes the baseline next to its place first, then renames it: never half a file.
fn write_baseline(path: &Path, baseline: &Baseline) -> Result<()> {
    let mut text = serde_json::to_string_pretty(baseline)?;
    text.push('\n');
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .with_context(|| format!("{}: cannot write the baseline", path.display()))
}

fn exit_code(summary: &Summary, strict: bool) -> u8 {
    let failing = summary.errors > 0 || (strict && summary.warnings > 0);
    if failing {
        FOUND
    } else {
        OK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_fail_only_when_strict() {
        let summary = Summary {
            warnings: 2,
            ..Summary::default()
        };
        assert_eq!(exit_code(&summary, false), 0);
        assert_eq!(exit_code(&summary, true), 1);
    }
}

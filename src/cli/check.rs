//! `ftpdocs check`: validates arguments into settings, runs the checks, prints one report.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ftpdocs::check::baseline::Baseline;
use ftpdocs::check::config::find_upward;
use ftpdocs::check::layout::Layout;
use ftpdocs::check::tree::{detect, Tree, TreeReport};
use ftpdocs::check::{cognates, content};
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
    /// Read any Fluent tree instead of the project: DIR/<locale>/**/*.ftl, DIR/<locale>.ftl,
    /// or those under DIR/locales, DIR/i18n or DIR/l10n (detected).
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// The reference locale that the others translate (default: the tree's, else `en`, else
    /// `en-US`).
    #[arg(long, value_name = "LOCALE")]
    pub reference: Option<String>,
    /// Only these locales (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "LOCALE")]
    pub lang: Vec<String>,
}

impl TreeArgs {
    /// True when no `--locales` was given: the project itself is read.
    pub fn is_project(&self) -> bool {
        self.locales.is_none()
    }

    /// The trees the arguments name: `--locales DIR` with its layout detected (one tree per
    /// crate of a workspace, `*/i18n/{locale}/`), or the project's `locales/`.
    pub fn trees(&self, root: &Path) -> Vec<Tree> {
        match &self.locales {
            Some(dir) => {
                let (layout, reference) = detect(dir, self.reference.as_deref());
                layout
                    .expand(dir)
                    .into_iter()
                    .map(|(folder, layout)| Tree {
                        root: if folder.is_empty() {
                            dir.clone()
                        } else {
                            dir.join(&folder)
                        },
                        reference: reference.clone(),
                        langs: self.lang.clone(),
                        display_root: if folder.is_empty() {
                            String::new()
                        } else {
                            format!("{folder}/")
                        },
                        layout,
                        shared: None,
                    })
                    .collect()
            }
            None => vec![Tree {
                root: root.join("locales"),
                reference: self.reference.clone().unwrap_or_else(|| "en".to_string()),
                langs: self.lang.clone(),
                display_root: "locales/".to_string(),
                layout: Layout::default(),
                shared: None,
            }],
        }
    }

    /// The trees `ftpdocs.toml` names (`[[trees]]`, paths from the config's folder), with
    /// `--reference` and `--lang` over theirs.
    fn configured(&self, config: &Config, dir: &Path) -> Result<Vec<Tree>> {
        let mut trees = Vec::new();
        for t in &config.trees {
            let layout = Layout::parse(&t.layout).map_err(anyhow::Error::msg)?;
            let root = dir.join(&t.path);
            let shown = t.path.to_string_lossy().replace('\\', "/");
            let shown = shown.trim_end_matches('/');
            // `*/locales/{locale}.ftl`: one tree per folder the `*` matches.
            for (folder, layout) in layout.expand(&root) {
                let (root, shown) = if folder.is_empty() {
                    (root.clone(), shown.to_string())
                } else {
                    (root.join(&folder), format!("{shown}/{folder}"))
                };
                trees.push(Tree {
                    root,
                    reference: self
                        .reference
                        .clone()
                        .unwrap_or_else(|| t.reference.clone()),
                    langs: if self.lang.is_empty() {
                        t.locales.clone()
                    } else {
                        self.lang.clone()
                    },
                    display_root: format!("{shown}/"),
                    layout,
                    shared: t.shared.clone(),
                });
            }
        }
        if self.lang.is_empty() || trees.len() < 2 {
            return Ok(trees);
        }
        only_trees_with(trees, &self.lang)
    }
}

/// `--lang` over several trees: each tree checks the asked-for locales it has, and a tree with
/// none of them is left out (uutils' programs are not all translated into every language). A
/// locale no tree has is an error, as it is for one tree.
fn only_trees_with(trees: Vec<Tree>, langs: &[String]) -> Result<Vec<Tree>> {
    let mut kept = Vec::new();
    let mut available = std::collections::BTreeSet::new();
    for mut tree in trees {
        tree.langs.clear();
        let has = tree.locales()?;
        tree.langs = langs.iter().filter(|l| has.contains(l)).cloned().collect();
        available.extend(has);
        if !tree.langs.is_empty() {
            kept.push(tree);
        }
    }
    if let Some(unknown) = langs.iter().find(|l| !available.contains(*l)) {
        let available: Vec<_> = available.into_iter().collect();
        anyhow::bail!(
            "unknown locale `{unknown}` in any tree; available: {}",
            available.join(", ")
        );
    }
    Ok(kept)
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
    /// Apply the fixes that are sure (French spaces and quotes, apostrophes, ellipsis) to the
    /// checked locales' files first, keeping comments and layout.
    #[arg(long)]
    pub fix: bool,
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

/// What to check: the trees, the folder their shown paths start from, and the settings.
struct Plan {
    trees: Vec<Tree>,
    base: PathBuf,
    settings: Settings,
    /// The ftpdocs project itself (its `content/` and renderer): the content checks apply.
    project: bool,
}

/// The trees and settings the arguments ask for, or why they make no sense. `ftpdocs.toml`
/// is `--config`, or the nearest one at or above the tree (`--locales`) or the project root.
fn plan(root: &Path, args: &CheckArgs) -> Result<Plan> {
    let (config, config_dir) = load_config(root, &args.tree, args.config.as_deref())?;
    let mut settings = Settings::default().with_config(&config);
    if !args.checks.is_empty() {
        settings.groups = args.checks.clone();
    }
    if args.tree.locales.is_none() && !config.trees.is_empty() {
        return Ok(Plan {
            trees: args.tree.configured(&config, &config_dir)?,
            base: config_dir,
            settings,
            project: false,
        });
    }
    let base = match &args.tree.locales {
        Some(dir) => dir.clone(),
        None => root.to_path_buf(),
    };
    let trees = args.tree.trees(root);
    let trees = if args.tree.lang.is_empty() || trees.len() < 2 {
        trees
    } else {
        only_trees_with(trees, &args.tree.lang)?
    };
    Ok(Plan {
        trees,
        base,
        settings,
        project: args.tree.is_project() && root.join("content").is_dir(),
    })
}

/// The configuration that applies (`--config`, or the nearest `ftpdocs.toml` at or above the
/// tree or the project root; none is the default) and the folder its paths start from.
pub fn load_config(
    root: &Path,
    tree: &TreeArgs,
    config: Option<&Path>,
) -> Result<(Config, PathBuf)> {
    let config_path = match (config, &tree.locales) {
        (Some(path), _) => Some(path.to_path_buf()),
        (None, Some(dir)) => find_upward(&absolute(dir)),
        (None, None) => find_upward(&absolute(root)),
    };
    let Some(path) = config_path else {
        return Ok((Config::default(), root.to_path_buf()));
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let config = Config::parse(&text, &path)?;
    let dir = path
        .parent()
        .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
    Ok((config, dir))
}

/// The trees to read: the configuration's `[[trees]]` when it has some and no `--locales`
/// was given, else the one tree the arguments name.
pub fn trees(
    root: &Path,
    tree: &TreeArgs,
    config: &Config,
    config_dir: &Path,
) -> Result<Vec<Tree>> {
    if tree.locales.is_none() && !config.trees.is_empty() {
        return tree.configured(config, config_dir);
    }
    Ok(tree.trees(root))
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
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
    let Plan {
        trees,
        base,
        settings,
        project,
    } = plan(root, args)?;
    if args.fix {
        for tree in &trees {
            super::fix::apply(tree)?;
        }
    }
    let mut report = TreeReport::default();
    let mut locales = std::collections::BTreeSet::new();
    for tree in &trees {
        let one = tree.check(&settings, true)?;
        locales.extend(tree.locales()?);
        report.findings.extend(one.findings);
        report.files += one.files;
        report.stats.extend(one.stats);
        for (locale, words) in one.vocabularies {
            cognates::merge(&mut report.vocabularies, &locale, words);
        }
    }
    // A locale's words across every tree: uutils has one small file per program.
    if trees.len() > 1 {
        cognates::excuse(&mut report.findings, |locale| {
            report.vocabularies.get(locale)
        });
    }
    report.locales = locales.len();
    // Content checks need the project's content/ and renderer: project mode only.
    if project && settings.runs(Group::Content) {
        report
            .findings
            .extend(content::check_project(root, &trees[0], &settings)?);
        content::merge_rendered(&mut report.findings);
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
    // Annotations name files from where the paths of findings start.
    let shown = match base.to_string_lossy().trim_end_matches('/') {
        "" | "." => String::new(),
        base => format!("{base}/"),
    };
    let stdout = std::io::stdout();
    // Colour only for people at a terminal: AutoStream strips styles otherwise and with NO_COLOR.
    let choice = anstream::AutoStream::choice(&stdout);
    let mut plain = BufWriter::new(stdout.lock());
    let written = match args.format {
        Format::Human => {
            let mut styled = Vec::new();
            report::human::print(&mut styled, &report.findings, &summary, args.max_per_check)
                .and_then(|()| report::stats::print_progress(&mut styled, &report.stats))
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
        Format::Github => report::github::print(&mut plain, &report.findings, &summary, &shown),
        Format::Sarif => report::sarif::print(&mut plain, &report.findings, &shown),
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

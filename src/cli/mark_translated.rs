//! `ftpdocs mark-translated <tag> [ID…]`: records the reference text each translation of a
//! locale was made from, so that `check` can tell when it changes.

use std::path::Path;

use anyhow::{bail, Context, Result};
use clap::Args;

use ftpdocs::check::outdated::{mark_translated, Mark, Record, RECORD_FILE};
use ftpdocs::check::tree::read_locale;
use ftpdocs::check::Catalog;
use ftpdocs::load::REFERENCE_LOCALE;
use ftpdocs::write::write_atomic;

#[derive(Debug, Args)]
pub struct MarkTranslatedArgs {
    /// The locale, as its folder under locales/ is named.
    #[arg(value_name = "TAG")]
    tag: String,
    /// Messages whose translation you updated after their English changed (ids, as in
    /// `check`'s outdated findings). New translations are recorded without being named.
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    /// Record every translated message as up to date, outdated ones included.
    #[arg(long, conflicts_with = "ids")]
    all: bool,
}

pub fn run(root: &Path, args: &MarkTranslatedArgs) -> Result<()> {
    let locales = root.join("locales");
    let dir = locales.join(&args.tag);
    if args.tag == REFERENCE_LOCALE || !dir.is_dir() {
        bail!(
            "{}: no such locale to mark (the reference, {REFERENCE_LOCALE}, has nothing to record)",
            dir.display()
        );
    }
    let catalog = |tag: &str| -> Result<Catalog> {
        let source = read_locale(&locales.join(tag), tag)?;
        let catalog = Catalog::build(source, &format!("locales/{tag}"));
        if let Some(problem) = catalog.problems.first() {
            bail!("{}: {}", problem.path, problem.message);
        }
        Ok(catalog)
    };
    let reference = catalog(REFERENCE_LOCALE)?;
    let l10n = catalog(&args.tag)?;
    let path = dir.join(RECORD_FILE);
    let shown = format!("locales/{}/{RECORD_FILE}", args.tag);
    let record = match std::fs::read_to_string(&path) {
        Ok(text) => Record::parse(&text, &args.tag, &shown).map_err(|f| {
            anyhow::anyhow!(
                "{}:{}:{}: {}",
                f.path,
                f.line.unwrap_or(1),
                f.column.unwrap_or(1),
                f.message
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Record::new(REFERENCE_LOCALE),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
    };
    let mark = if args.all {
        Mark::All
    } else if args.ids.is_empty() {
        Mark::New
    } else {
        Mark::Messages(args.ids.clone())
    };
    let (next, marked) = mark_translated(&reference, &l10n, &record, &mark);
    if !marked.unknown.is_empty() {
        bail!(
            "not a translated message of locales/{}/: {} (a message still marked not yet translated, or identical to {REFERENCE_LOCALE} without `# ftpdocs: same-as-source`, is not translated)",
            args.tag,
            marked.unknown.join(", ")
        );
    }
    write_atomic(&path, next.to_json().as_bytes())
        .with_context(|| format!("{}: cannot write", path.display()))?;
    println!(
        "{shown}: {} new, {} updated, {} dropped",
        marked.new.len(),
        marked.updated.len(),
        marked.dropped
    );
    if !marked.still_outdated.is_empty() {
        println!(
            "still outdated: {} (update each translation, then name it: `ftpdocs mark-translated {} ID`)",
            marked.still_outdated.join(", "),
            args.tag
        );
    }
    Ok(())
}

//! `ftpdocs new-locale <tag>`: starts a locale as a copy of the reference with every message
//! marked not yet translated, and says what to do next.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};
use clap::Args;
use unic_langid::LanguageIdentifier;

use ftpdocs::check::outdated::{Record, RECORD_FILE};
use ftpdocs::check::source::decode;
use ftpdocs::check::tree::read_locale;
use ftpdocs::load::REFERENCE_LOCALE;
use ftpdocs::new_locale::{start_file, LANGUAGE_NAME};

#[derive(Debug, Args)]
pub struct NewLocaleArgs {
    /// The new locale's BCP 47 tag: de, pt-BR, ar…
    #[arg(value_name = "TAG")]
    tag: String,
    /// The language's name in that language (Deutsch, Português), shown by the language
    /// switcher; without it, `language-name` waits in site.ftl like every other message.
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
}

pub fn run(root: &Path, args: &NewLocaleArgs) -> Result<()> {
    let tag: LanguageIdentifier = args.tag.parse().map_err(|_| {
        anyhow::anyhow!(
            "`{}` is not a language tag: use a BCP 47 tag such as de, pt-BR or ar",
            args.tag
        )
    })?;
    let tag = tag.to_string();
    let locales = root.join("locales");
    let target = locales.join(&tag);
    if target.exists() {
        bail!(
            "{}: the locale already exists; `ftpdocs check --lang {tag}` shows how far it is",
            target.display()
        );
    }
    if let Some(name) = &args.name {
        if name.trim().is_empty() || name.contains(['\n', '{', '}']) {
            bail!("--name `{name}` must be the language's name on one line, without {{ or }}");
        }
    }
    let reference = read_locale(&locales.join(REFERENCE_LOCALE), REFERENCE_LOCALE)?;
    // Built beside locales/ and renamed in whole: an interrupted run leaves no half locale
    // (and nothing under locales/ that is not a locale).
    let staging = root.join(format!(".ftpdocs-new-locale-{tag}-{}", std::process::id()));
    let built = (|| -> Result<usize> {
        let mut marked = 0;
        for file in &reference.files {
            let path = locales.join(REFERENCE_LOCALE).join(&file.path);
            let bytes = file.content.as_ref().map_err(|e| anyhow::anyhow!("{e}"))?;
            let text = decode(bytes).map_err(|e| {
                anyhow::anyhow!(
                    "{}:{}:{}: not valid UTF-8",
                    path.display(),
                    e.line,
                    e.column
                )
            })?;
            let (started, count) = start_file(&text, REFERENCE_LOCALE, args.name.as_deref());
            marked += count;
            let out = staging.join(&file.path);
            fs::create_dir_all(out.parent().unwrap_or(&staging))
                .with_context(|| format!("{}: cannot create", staging.display()))?;
            fs::write(&out, started).with_context(|| format!("{}: cannot write", out.display()))?;
        }
        // An empty record: `check` then notices translations nobody recorded.
        let record = Record::new(REFERENCE_LOCALE).to_json();
        fs::write(staging.join(RECORD_FILE), record)
            .with_context(|| format!("{}: cannot write", staging.display()))?;
        fs::rename(&staging, &target)
            .with_context(|| format!("{}: cannot create", target.display()))?;
        Ok(marked)
    })();
    let marked = built.inspect_err(|_| {
        let _ = fs::remove_dir_all(&staging);
    })?;
    println!(
        "created locales/{tag}/: {} files, {marked} messages marked `# ftpdocs: not-yet-translated`, each under its English",
        reference.files.len()
    );
    if args.name.is_none() {
        println!("first, name the language in its own language: {LANGUAGE_NAME} in locales/{tag}/site.ftl");
    }
    println!("then translate a message, delete its marker line, and see how far you are with `ftpdocs check --lang {tag}`");
    Ok(())
}

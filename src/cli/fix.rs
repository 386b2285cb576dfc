//! `check --fix`: applies the sure typography fixes to the selected locales' files, each
//! written atomically, before the check reports what is left.

use anyhow::{Context, Result};

use ftpdocs::check::fix::fix_file;
use ftpdocs::check::ftl::FtlFile;
use ftpdocs::check::source::decode;
use ftpdocs::check::tree::{read_locale, Tree};
use ftpdocs::write::write_atomic;

/// Fixes every file of the locales `tree` selects (never the reference); says on stderr what
/// changed, so that a JSON report on stdout stays JSON.
pub fn apply(tree: &Tree) -> Result<()> {
    let mut files = 0;
    let mut places = 0;
    for locale in tree.locales()? {
        let dir = tree.root.join(&locale);
        for source in read_locale(&dir, &locale)?.files {
            // Unreadable or non-UTF-8 files are left to the check to report.
            let Some(text) = source.content.ok().and_then(|b| decode(&b).ok()) else {
                continue;
            };
            let Some((fixed, count)) = fix_file(&locale, &FtlFile::parse(text)) else {
                continue;
            };
            let path = dir.join(&source.path);
            write_atomic(&path, fixed.as_bytes())
                .with_context(|| format!("{}: cannot write", path.display()))?;
            eprintln!(
                "fixed {count} place{} in {}{locale}/{}",
                if count == 1 { "" } else { "s" },
                tree.display_root,
                source.path
            );
            files += 1;
            places += count;
        }
    }
    if files == 0 {
        eprintln!("nothing to fix");
    } else {
        eprintln!(
            "fixed {places} place{} in {files} file{}",
            if places == 1 { "" } else { "s" },
            if files == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

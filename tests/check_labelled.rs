//! Measures `mixed-language` and `untranslated` on the labelled French test set in
//! tests/data/check/labelled: every string with English in it must be found, and clean
//! French must give no finding. Precision and recall are printed (see docs/checker.md).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use ftpdocs::check::tree::read_locale;
use ftpdocs::check::{check_locale, Catalog, Check, CheckContext, Group, Settings, Severity};

/// Message id → label, read from the `# label: …` comment above each French message.
fn labels(fr: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut label = None;
    for line in fr.lines() {
        if let Some(rest) = line.strip_prefix("# label: ") {
            label = Some(rest.trim().to_string());
        } else if let Some((id, _)) = line.split_once(" = ") {
            out.insert(
                id.trim().to_string(),
                label.take().expect("every message has a label"),
            );
        }
    }
    out
}

#[test]
fn english_in_french_is_found_and_clean_french_is_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/check/labelled");
    let fr_text = std::fs::read_to_string(root.join("fr/labelled.ftl")).unwrap();
    let labels = labels(&fr_text);
    assert!(labels.len() >= 150, "the set has {} strings", labels.len());

    let reference = Catalog::build(read_locale(&root.join("en"), "en").unwrap(), "en");
    let fr = Catalog::build(read_locale(&root.join("fr"), "fr").unwrap(), "fr");
    // Single words left in English ("Cancel") are `untranslated-short`, off by default.
    let mut settings = Settings {
        groups: vec![Group::Translation],
        ..Settings::default()
    };
    settings
        .severities
        .insert(Check::UntranslatedShort, Some(Severity::Warning));
    let cx = CheckContext {
        reference: &reference,
        settings: &settings,
    };
    let flagged: BTreeSet<String> = check_locale(&cx, &fr)
        .into_iter()
        .filter(|f| {
            matches!(
                f.check,
                Check::MixedLanguage | Check::Untranslated | Check::UntranslatedShort
            )
        })
        .filter_map(|f| f.message_id)
        .collect();

    let positive = |label: &str| matches!(label, "mixed" | "english");
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for (id, label) in &labels {
        match (positive(label), flagged.contains(id)) {
            (true, true) => tp += 1,
            (true, false) => {
                fn_ += 1;
                missed.push(format!("{id} ({label})"));
            }
            (false, true) => {
                fp += 1;
                false_alarms.push(format!("{id} ({label})"));
            }
            (false, false) => {}
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "labelled set: {} strings, {} with English; precision {:.3}, recall {:.3} (tp {tp}, fp {fp}, fn {fn_})",
        labels.len(),
        tp + fn_,
        precision,
        recall
    );
    assert!(missed.is_empty(), "English not found in: {missed:?}");
    assert!(
        false_alarms.is_empty(),
        "clean French flagged: {false_alarms:?}"
    );
}

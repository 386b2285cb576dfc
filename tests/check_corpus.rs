//! Runs `ftpdocs check` on the real Fluent corpora beside the project (../shared/corpus, as in
//! CI) and checks it agrees with compare-locales 9.0.5 on them. Skips, saying so, elsewhere.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn corpus(name: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name);
    if path.is_dir() {
        Some(path)
    } else {
        println!(
            "skipped: {} is not there (it is beside the project in CI)",
            path.display()
        );
        None
    }
}

/// Runs a JSON check and returns (exit code, findings, summary).
fn check(dir: &Path, args: &[&str]) -> (i32, Vec<Value>, Value) {
    let output = Command::cargo_bin("ftpdocs")
        .unwrap()
        .arg("check")
        .arg("--locales")
        .arg(dir)
        .args(["--format", "json", "--checks", "structure"])
        .args(args)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let findings = json["findings"].as_array().unwrap().clone();
    (
        output.status.code().unwrap(),
        findings,
        json["summary"].clone(),
    )
}

fn count(summary: &Value, check: &str) -> u64 {
    summary["by_check"][check].as_u64().unwrap_or(0)
}

#[test]
fn thunderbird_has_the_ten_missing_title_attributes() {
    let Some(dir) = corpus("thunderbird") else {
        return;
    };
    let (code, findings, summary) = check(&dir, &["--lang", "fr"]);
    assert_eq!(code, 1);
    assert_eq!(count(&summary, "missing-attribute"), 10);
    assert_eq!(summary["errors"], 10, "{summary}");
    for f in findings
        .iter()
        .filter(|f| f["check"] == "missing-attribute")
    {
        assert_eq!(
            f["path"],
            "fr/mail/messenger/accountcreation/accountHub.ftl"
        );
        assert_eq!(f["attribute"], "title");
        assert_eq!(f["column"], 1);
    }
}

#[test]
fn thunderbird_drift_has_missing_obsolete_and_the_same_errors() {
    let Some(dir) = corpus("thunderbird-drift") else {
        return;
    };
    let (code, _, summary) = check(&dir, &["--lang", "fr"]);
    assert_eq!(code, 1);
    assert_eq!(count(&summary, "missing-message"), 12);
    assert_eq!(count(&summary, "obsolete-message"), 113);
    assert_eq!(count(&summary, "missing-attribute"), 10);
    assert_eq!(count(&summary, "obsolete-file"), 4);
}

#[test]
fn mozorg_french_has_five_obsolete_files_and_missing_term_references() {
    let Some(dir) = corpus("mozorg") else { return };
    let (code, findings, summary) = check(&dir, &["--lang", "fr"]);
    assert_eq!(code, 0, "only warnings: {summary}");
    let obsolete: Vec<&str> = findings
        .iter()
        .filter(|f| f["check"] == "obsolete-file")
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        obsolete,
        [
            "fr/firefox/welcome/page2.ftl",
            "fr/products/vpn/more/ip-address.ftl",
            "fr/products/vpn/more/vpn-or-proxy.ftl",
            "fr/products/vpn/more/what-is-a-vpn.ftl",
            "fr/products/vpn/more/when-to-use-a-vpn.ftl",
        ]
    );
    let references: Vec<&Value> = findings
        .iter()
        .filter(|f| f["check"] == "references")
        .collect();
    assert_eq!(references.len(), 20);
    assert!(references.iter().all(|f| f["message"]
        .as_str()
        .unwrap()
        .contains("missing reference `{ -brand-name-firefox-browser")));
}

#[test]
fn every_mozorg_locale_is_checked() {
    let Some(dir) = corpus("mozorg") else { return };
    let (code, _, summary) = check(&dir, &[]);
    assert_eq!(code, 1);
    assert_eq!(summary["locales"], 107);
    assert_eq!(summary["files"], 8960);
}

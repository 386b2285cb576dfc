//! `--format sarif`: SARIF 2.1.0, the format GitHub code scanning reads. One run, one rule per
//! check that found something, one result per finding with its place.

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::{self, Write};

use crate::check::{Finding, Severity};

/// `base` is prepended to finding paths so locations name files from the repository root.
pub fn print(out: &mut dyn Write, findings: &[Finding], base: &str) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(findings, base))?;
    writeln!(out)
}

pub fn document(findings: &[Finding], base: &str) -> Value {
    let checks: BTreeSet<_> = findings.iter().map(|f| f.check).collect();
    let rules: Vec<Value> = checks
        .iter()
        .map(|check| {
            json!({
                "id": check.name(),
                "name": check.name(),
                "shortDescription": { "text": format!("ftpdocs {}", check.name()) },
                "defaultConfiguration": { "level": level(check.default_severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut region = serde_json::Map::new();
            if let Some(line) = f.line {
                region.insert("startLine".into(), line.into());
            }
            if let Some(column) = f.column {
                region.insert("startColumn".into(), column.into());
                region.insert("endColumn".into(), (column + f.span.unwrap_or(1)).into());
            }
            let mut physical = json!({
                "artifactLocation": { "uri": format!("{base}{}", f.path) },
            });
            if !region.is_empty() {
                physical["region"] = Value::Object(region);
            }
            let mut result = json!({
                "ruleId": f.check.name(),
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{ "physicalLocation": physical }],
                "partialFingerprints": { "ftpdocs/v1": crate::check::baseline::fingerprint(f) },
            });
            if let Some(id) = &f.message_id {
                let name = match &f.attribute {
                    Some(attribute) => format!("{id}.{attribute}"),
                    None => id.clone(),
                };
                result["locations"][0]["logicalLocations"] =
                    json!([{ "name": name, "kind": "member" }]);
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "ftpdocs",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Check;

    #[test]
    fn results_carry_rule_level_and_place() {
        let finding =
            Finding::new(Check::Syntax, "fr", "fr/a.ftl", "bad".into()).at(2, 5, "x = {", 3);
        let doc = document(&[finding], "locales/");
        assert_eq!(doc["version"], "2.1.0");
        let result = &doc["runs"][0]["results"][0];
        assert_eq!(result["ruleId"], "syntax");
        assert_eq!(result["level"], "error");
        let place = &result["locations"][0]["physicalLocation"];
        assert_eq!(place["artifactLocation"]["uri"], "locales/fr/a.ftl");
        assert_eq!(
            (
                place["region"]["startLine"].as_u64(),
                place["region"]["startColumn"].as_u64(),
                place["region"]["endColumn"].as_u64()
            ),
            (Some(2), Some(5), Some(8))
        );
        assert_eq!(doc["runs"][0]["tool"]["driver"]["rules"][0]["id"], "syntax");
    }
}

//! A baseline: the findings a project already has, saved so that only new ones fail a build.
//!
//! A finding is known by its fingerprint: check, locale, file, message id and attribute, and
//! the text it underlines, never its line number, so editing other messages keeps it known.
//! The same fingerprint may be there several times (two double spaces in one message): the
//! baseline counts them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::finding::Finding;

/// What `--write-baseline` saves and `--baseline` reads.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    /// Fingerprint → how many findings have it.
    pub findings: BTreeMap<String, usize>,
}

/// A stable identity of a finding, without line or column.
pub fn fingerprint(f: &Finding) -> String {
    let underlined: String = match (&f.source_line, f.column) {
        (Some(line), Some(column)) => line
            .chars()
            .skip(column as usize - 1)
            .take(f.span.unwrap_or(1) as usize)
            .collect(),
        _ => String::new(),
    };
    let key = [
        f.check.name(),
        &f.locale,
        &f.path,
        f.message_id.as_deref().unwrap_or(""),
        f.attribute.as_deref().unwrap_or(""),
        &underlined,
    ]
    .join("\u{1f}");
    format!("{:016x}", fnv1a(key.as_bytes()))
}

/// FNV-1a, 64 bits: stable across Rust versions and platforms, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Baseline {
    pub const VERSION: u32 = 1;

    pub fn of(findings: &[Finding]) -> Baseline {
        let mut baseline = Baseline {
            version: Self::VERSION,
            findings: BTreeMap::new(),
        };
        for f in findings {
            *baseline.findings.entry(fingerprint(f)).or_default() += 1;
        }
        baseline
    }

    /// The findings the baseline does not hold, and how many it held.
    pub fn new_findings(&self, findings: Vec<Finding>) -> (Vec<Finding>, usize) {
        let mut left = self.findings.clone();
        let mut known = 0;
        let fresh = findings
            .into_iter()
            .filter(|f| match left.get_mut(&fingerprint(f)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    known += 1;
                    false
                }
                _ => true,
            })
            .collect();
        (fresh, known)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Check;

    fn finding(line: u32) -> Finding {
        Finding::new(Check::Typography, "fr", "fr/a.ftl", "double space".into())
            .with_id("hello", None)
            .at(line, 7, "a = b  c", 2)
    }

    #[test]
    fn fingerprints_ignore_lines() {
        assert_eq!(fingerprint(&finding(3)), fingerprint(&finding(30)));
        let other = Finding::new(Check::Typography, "de", "fr/a.ftl", "x".into());
        assert_ne!(fingerprint(&finding(3)), fingerprint(&other));
    }

    #[test]
    fn only_findings_beyond_the_baseline_are_new() {
        let baseline = Baseline::of(&[finding(3)]);
        let (fresh, known) = baseline.new_findings(vec![finding(4), finding(9)]);
        assert_eq!((fresh.len(), known), (1, 1));
    }
}

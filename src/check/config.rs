//! `ftpdocs.toml`: per-check severities, parsed strictly so a typo is an error, not a
//! silently ignored line.
//!
//! ```toml
//! [severity]
//! untranslated = "error"   # error | warning | off
//! typography = "off"
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::finding::{Check, Severity};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// `None` turns a check off.
    pub severity: BTreeMap<Check, Option<Severity>>,
}

#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    severity: BTreeMap<String, String>,
}

impl Config {
    /// Parses the text of `path`; unknown sections, keys, check names and levels are errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let error = |message: String| ConfigError {
            path: path.to_path_buf(),
            message,
        };
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| error(e.to_string().trim_end().to_string()))?;
        let mut config = Config::default();
        for (name, level) in raw.severity {
            let check: Check = name.parse().map_err(|e: String| {
                let known: Vec<&str> = Check::ALL.iter().map(|c| c.name()).collect();
                error(format!(
                    "[severity]: {e}; known checks: {}",
                    known.join(", ")
                ))
            })?;
            let severity = match level.as_str() {
                "error" => Some(Severity::Error),
                "warning" => Some(Severity::Warning),
                "off" => None,
                other => {
                    return Err(error(format!(
                    "[severity] {name} = \"{other}\": expected \"error\", \"warning\" or \"off\""
                )))
                }
            };
            config.severity.insert(check, severity);
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("ftpdocs.toml"))
    }

    #[test]
    fn severities_are_read() {
        let config = parse("[severity]\nuntranslated = \"error\"\ntypography = \"off\"\n").unwrap();
        assert_eq!(config.severity[&Check::Untranslated], Some(Severity::Error));
        assert_eq!(config.severity[&Check::Typography], None);
    }

    #[test]
    fn unknown_check_is_an_error_naming_the_file() {
        let err = parse("[severity]\nuntranslate = \"error\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("ftpdocs.toml: ") && err.contains("unknown check `untranslate`"),
            "{err}"
        );
    }

    #[test]
    fn unknown_section_and_level_are_errors() {
        assert!(parse("[checks]\nx = 1\n").is_err());
        assert!(parse("[severity]\nsyntax = \"fatal\"\n").is_err());
    }
}

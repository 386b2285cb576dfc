//! `ftpdocs.toml`: the Fluent trees of a project, brand names, and per-check (and per-locale)
//! severities, parsed strictly so a typo is an error, not a silently ignored line.
//!
//! ```toml
//! brands = ["GitHub", "Firefox Monitor"]
//!
//! [[trees]]
//! path = "i18n"                 # relative to this file
//! reference = "en-US"
//! layout = "{locale}/*.ftl"     # default "{locale}/**/*.ftl"
//! shared = ["core.ftl"]         # beside the locale folders; default: every .ftl there
//!
//! [severity]
//! untranslated = "error"        # error | warning | off
//! typography = "off"
//!
//! [locale.de.severity]
//! repeated-word = "off"
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::finding::{Check, Severity};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// `None` turns a check off.
    pub severity: BTreeMap<Check, Option<Severity>>,
    /// Severities for one locale, over `severity`.
    pub locale_severity: BTreeMap<String, BTreeMap<Check, Option<Severity>>>,
    /// Brand and product names: never counted as words of a language.
    pub brands: Vec<String>,
    /// Fluent trees, paths relative to the config file's folder. Empty: the default tree.
    pub trees: Vec<TreeConfig>,
}

/// One `[[trees]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreeConfig {
    pub path: PathBuf,
    #[serde(default = "default_reference")]
    pub reference: String,
    #[serde(default = "default_layout")]
    pub layout: String,
    /// Only these locales (default: every one found).
    #[serde(default)]
    pub locales: Vec<String>,
    /// Files beside the locale folders that every locale loads (fluent-templates'
    /// `core_locales`), relative to the folder that holds the locales. Default: every `.ftl`
    /// file there; `[]` for none.
    #[serde(default)]
    pub shared: Option<Vec<String>>,
}

fn default_reference() -> String {
    "en".to_string()
}

pub fn default_layout() -> String {
    "{locale}/**/*.ftl".to_string()
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
    #[serde(default)]
    locale: BTreeMap<String, RawLocale>,
    #[serde(default)]
    brands: Vec<String>,
    #[serde(default)]
    trees: Vec<TreeConfig>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocale {
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
        let mut config = Config {
            brands: raw.brands,
            ..Config::default()
        };
        config.severity = severities(raw.severity, "[severity]").map_err(&error)?;
        for (locale, table) in raw.locale {
            let section = format!("[locale.{locale}.severity]");
            let parsed = severities(table.severity, &section).map_err(&error)?;
            config.locale_severity.insert(locale, parsed);
        }
        for tree in &raw.trees {
            super::layout::Layout::parse(&tree.layout)
                .map_err(|e| error(format!("[[trees]] {}: {e}", tree.path.display())))?;
        }
        config.trees = raw.trees;
        Ok(config)
    }
}

/// Check names and levels of one severity table, validated.
fn severities(
    table: BTreeMap<String, String>,
    section: &str,
) -> Result<BTreeMap<Check, Option<Severity>>, String> {
    let mut out = BTreeMap::new();
    for (name, level) in table {
        let check: Check = name.parse().map_err(|e: String| {
            let known: Vec<&str> = Check::ALL.iter().map(|c| c.name()).collect();
            format!("{section}: {e}; known checks: {}", known.join(", "))
        })?;
        let severity = match level.as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "off" => None,
            other => {
                return Err(format!(
                    "{section} {name} = \"{other}\": expected \"error\", \"warning\" or \"off\""
                ))
            }
        };
        out.insert(check, severity);
    }
    Ok(out)
}

/// The `ftpdocs.toml` that applies in `start`: there or in the nearest folder above it.
pub fn find_upward(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join("ftpdocs.toml"))
        .find(|path| path.is_file())
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
    fn trees_brands_and_locale_severities_are_read() {
        let config = parse(
            "brands = [\"GitHub\"]\n[[trees]]\npath = \"i18n\"\nreference = \"en-US\"\nlayout = \"{locale}/*.ftl\"\n[locale.de.severity]\nrepeated-word = \"off\"\n",
        )
        .unwrap();
        assert_eq!(config.brands, ["GitHub"]);
        assert_eq!(config.trees[0].reference, "en-US");
        assert_eq!(config.trees[0].layout, "{locale}/*.ftl");
        assert_eq!(config.locale_severity["de"][&Check::RepeatedWord], None);
    }

    #[test]
    fn bad_layout_and_locale_check_are_errors() {
        let err = parse("[[trees]]\npath = \"x\"\nlayout = \"locales/*.ftl\"\n").unwrap_err();
        assert!(err.to_string().contains("{locale}"), "{err}");
        let err = parse("[locale.de.severity]\nrepeat = \"off\"\n").unwrap_err();
        assert!(err.to_string().contains("[locale.de.severity]"), "{err}");
    }

    #[test]
    fn unknown_section_and_level_are_errors() {
        assert!(parse("[checks]\nx = 1\n").is_err());
        assert!(parse("[severity]\nsyntax = \"fatal\"\n").is_err());
    }
}

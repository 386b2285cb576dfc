//! `site.toml`: the few settings of the published site, read strictly.

use std::path::Path;

use serde::Deserialize;
use url::Url;

use crate::diagnostic::{Position, Problem};

/// The file at the project's root that holds the site's settings.
pub const SITE_CONFIG: &str = "site.toml";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteConfig {
    /// Where the site is published, ending in `/`: canonical URLs, alternates and the
    /// sitemap are built on it.
    pub base_url: Url,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    base_url: toml::Spanned<String>,
}

/// Reads `site.toml` under `root`. Unknown keys, a missing `base-url` and a `base-url` that
/// is not an http(s) URL are problems that name the line and column.
pub fn load_site_config(root: &Path) -> Result<SiteConfig, Problem> {
    let path = root.join(SITE_CONFIG);
    if !path.exists() {
        return Err(Problem::new(
            &path,
            "no site settings: the html format needs a base-url, such as base-url = \"https://ftpdocs.example/\"",
        ));
    }
    let source = super::files::read_text(&path)?;
    let raw: RawConfig = toml::from_str(&source).map_err(|err| {
        let problem = Problem::new(&path, err.message().trim_end().to_string());
        match err.span() {
            Some(span) => problem.at_offset(&source, span.start),
            None => problem,
        }
    })?;
    let at = Position::from_offset(&source, raw.base_url.span().start);
    let text = raw.base_url.get_ref();
    let invalid = |why: &str| {
        Problem::new(
            &path,
            format!(
                "base-url `{text}` {why}; expected an address such as https://ftpdocs.example/"
            ),
        )
        .at(at)
    };
    let mut url = Url::parse(text).map_err(|err| invalid(&format!("is not a URL ({err})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(invalid("is not an http or https address"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("has a query or a fragment"));
    }
    // Pages are joined onto the base: without the final slash its last folder would be lost.
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(SiteConfig { base_url: url })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn load(text: &str) -> Result<SiteConfig, Problem> {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(SITE_CONFIG), text).unwrap();
        load_site_config(dir.path())
    }

    #[test]
    fn a_base_url_in_a_folder_keeps_its_folder() {
        let config = load("base-url = \"https://example.org/docs\"\n").unwrap();
        assert_eq!(config.base_url.as_str(), "https://example.org/docs/");
    }

    #[test]
    fn a_base_url_that_is_not_a_url_is_placed_on_its_value() {
        let err = load("# site\nbase-url = \"ftpdocs dot example\"\n").unwrap_err();
        assert_eq!(
            err.position,
            Some(Position {
                line: 2,
                column: 12
            })
        );
        assert!(err.message.contains("is not a URL"), "{}", err.message);
    }

    #[test]
    fn other_schemes_and_unknown_keys_are_refused() {
        let err = load("base-url = \"ftp://example.org/\"\n").unwrap_err();
        assert!(err.message.contains("not an http or https address"));
        let err = load("base-url = \"https://example.org/\"\ntheme = \"dark\"\n").unwrap_err();
        assert!(
            err.message.contains("unknown field `theme`"),
            "{}",
            err.message
        );
        assert_eq!(err.position.map(|p| p.line), Some(2));
    }
}

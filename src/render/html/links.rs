//! Where a page's links point. Pages link relatively and name `index.html`, so the site
//! works from any folder on a server and when opened from disk; the 404 page, which a server
//! shows at any address, links from the site's root instead.

/// Turns the site paths of the view (`/fr/ftp/220/`) into the `href` of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linker {
    /// From a page this many folders below the site root.
    Relative { depth: usize },
    /// From the root of the site, whose URL path is `base_path` (`/`, `/docs/`).
    Absolute { base_path: String },
}

impl Linker {
    /// Links for the page at site path `path` (`/fr/compare/ftp/220-vs-503/`, `/`).
    pub fn for_page(path: &str) -> Self {
        Linker::Relative {
            depth: path.split('/').filter(|s| !s.is_empty()).count(),
        }
    }

    /// The `href` that leads to `target`: a site path, or an external URL left as it is.
    pub fn href(&self, target: &str) -> String {
        let Some(rest) = target.strip_prefix('/') else {
            return target.to_string();
        };
        match self {
            Linker::Relative { depth } => {
                let up = "../".repeat(*depth);
                if rest.is_empty() || rest.ends_with('/') {
                    format!("{up}{rest}index.html")
                } else {
                    format!("{up}{rest}")
                }
            }
            Linker::Absolute { base_path } => format!("{base_path}{rest}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_climb_to_the_root_and_name_the_index() {
        let linker = Linker::for_page("/fr/compare/ftp/220-vs-503/");
        assert_eq!(
            linker.href("/fr/ftp/220/"),
            "../../../../fr/ftp/220/index.html"
        );
        assert_eq!(linker.href("/style.css"), "../../../../style.css");
        assert_eq!(Linker::for_page("/").href("/en/"), "en/index.html");
    }

    #[test]
    fn external_links_are_left_alone() {
        let linker = Linker::for_page("/fr/");
        let rfc = "https://www.rfc-editor.org/rfc/rfc959#section-4.2.1";
        assert_eq!(linker.href(rfc), rfc);
    }

    #[test]
    fn absolute_links_start_at_the_base_path() {
        let linker = Linker::Absolute {
            base_path: "/docs/".into(),
        };
        assert_eq!(linker.href("/fr/"), "/docs/fr/");
    }
}

//! Where a tree's files are: a layout pattern such as `{locale}/**/*.ftl` (the default),
//! `{locale}/*.ftl` (i18n-embed's `i18n/{locale}/{name}.ftl`), `{locale}/sub/**/*.ftl` or
//! `{locale}.ftl` (one file per locale), relative to the tree's folder. A `*` folder before
//! `{locale}` (uutils coreutils' `*/locales/{locale}.ftl`, one tree per program) makes a tree
//! of each folder it matches: [`Layout::expand`].

/// A parsed layout pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The folders before `{locale}`, `/`-separated, possibly empty: `locales`.
    pub before: String,
    pub shape: Shape,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// `{locale}/<sub>/<files>`: a folder per locale.
    Folder {
        /// Folders between the locale and the files, possibly empty.
        sub: String,
        /// `**` in the pattern: files in every folder below.
        recursive: bool,
        /// The file name, or `None` for any `.ftl` file (`*.ftl`, `{name}.ftl`).
        name: Option<String>,
    },
    /// `{locale}.ftl`: one file per locale.
    File,
}

impl Default for Layout {
    fn default() -> Self {
        Layout::parse("{locale}/**/*.ftl").expect("the default layout parses")
    }
}

impl Layout {
    pub fn parse(pattern: &str) -> Result<Layout, String> {
        let Some((before, after)) = pattern.split_once("{locale}") else {
            return Err(format!("layout `{pattern}` has no {{locale}}"));
        };
        if after.contains("{locale}") {
            return Err(format!("layout `{pattern}` has {{locale}} twice"));
        }
        if !before.is_empty() && !before.ends_with('/') {
            return Err(format!(
                "layout `{pattern}`: {{locale}} must start a folder or file name"
            ));
        }
        let before = before.trim_end_matches('/').to_string();
        if before
            .split('/')
            .any(|folder| folder != "*" && (folder.contains('*') || folder.contains('{')))
        {
            return Err(format!(
                "layout `{pattern}`: before {{locale}}, only `*` may stand for a folder"
            ));
        }
        if after == ".ftl" {
            return Ok(Layout {
                before,
                shape: Shape::File,
            });
        }
        let Some(rest) = after.strip_prefix('/') else {
            return Err(format!(
                "layout `{pattern}`: expected {{locale}}/… or {{locale}}.ftl"
            ));
        };
        let mut parts: Vec<&str> = rest.split('/').collect();
        let file = parts.pop().unwrap_or_default();
        if !file.ends_with(".ftl") {
            return Err(format!("layout `{pattern}` must end with a .ftl file name"));
        }
        let recursive = parts.last() == Some(&"**");
        if recursive {
            parts.pop();
        }
        if parts.iter().any(|p| p.contains('*') || p.contains('{')) {
            return Err(format!(
                "layout `{pattern}`: only `**` may stand for folders after {{locale}}"
            ));
        }
        let name = (!file.contains('*') && !file.contains('{')).then(|| file.to_string());
        Ok(Layout {
            before,
            shape: Shape::Folder {
                sub: parts.join("/"),
                recursive,
                name,
            },
        })
    }

    /// The layouts a `*` folder before `{locale}` stands for under `root`: for each folder
    /// path that exists (sorted; hidden folders left out), that path and the layout read from
    /// it. A layout without `*` is itself, at `""`.
    pub fn expand(&self, root: &std::path::Path) -> Vec<(String, Layout)> {
        if !self.before.split('/').any(|f| f == "*") {
            return vec![(String::new(), self.clone())];
        }
        let mut paths = vec![String::new()];
        for folder in self.before.split('/') {
            paths = paths
                .into_iter()
                .flat_map(|path| {
                    let join = |name: &str| {
                        if path.is_empty() {
                            name.to_string()
                        } else {
                            format!("{path}/{name}")
                        }
                    };
                    if folder != "*" {
                        return vec![join(folder)];
                    }
                    let mut names: Vec<String> = std::fs::read_dir(root.join(&path))
                        .into_iter()
                        .flatten()
                        .flatten()
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                        .filter_map(|e| e.file_name().into_string().ok())
                        .filter(|n| !n.starts_with('.'))
                        .collect();
                    names.sort();
                    names.iter().map(|n| join(n)).collect()
                })
                .collect();
        }
        paths
            .into_iter()
            .filter(|path| root.join(path).is_dir())
            .map(|path| {
                let layout = Layout {
                    before: String::new(),
                    shape: self.shape.clone(),
                };
                (path, layout)
            })
            .collect()
    }

    /// Does a file at `relative` (from the locale folder, `/`-separated) belong to the tree?
    pub fn matches(&self, relative: &str) -> bool {
        let Shape::Folder {
            sub,
            recursive,
            name,
        } = &self.shape
        else {
            return false;
        };
        let rest = if sub.is_empty() {
            relative
        } else {
            match relative
                .strip_prefix(sub.as_str())
                .and_then(|r| r.strip_prefix('/'))
            {
                Some(rest) => rest,
                None => return false,
            }
        };
        let file = rest.rsplit('/').next().unwrap_or(rest);
        (*recursive || !rest.contains('/'))
            && match name {
                Some(name) => file == name,
                None => file.ends_with(".ftl"),
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_layouts_parse() {
        assert_eq!(Layout::default().before, "");
        let embed = Layout::parse("i18n/{locale}/{name}.ftl").unwrap();
        assert_eq!(embed.before, "i18n");
        assert!(embed.matches("app.ftl") && !embed.matches("sub/app.ftl"));
        let deep = Layout::parse("{locale}/browser/**/*.ftl").unwrap();
        assert!(deep.matches("browser/a/b.ftl") && !deep.matches("mail/b.ftl"));
        assert_eq!(
            Layout::parse("locales/{locale}.ftl").unwrap().shape,
            Shape::File
        );
    }

    #[test]
    fn bad_layouts_say_why() {
        assert!(Layout::parse("locales/*.ftl")
            .unwrap_err()
            .contains("no {locale}"));
        assert!(Layout::parse("x{locale}/*.ftl").is_err());
        assert!(Layout::parse("{locale}/*.txt").is_err());
        assert!(Layout::parse("{locale}/*/x.ftl").is_err());
        assert!(Layout::parse("src/*x/{locale}.ftl").is_err());
        assert!(Layout::parse("{name}/locales/{locale}.ftl").is_err());
    }

    #[test]
    fn a_star_folder_before_the_locale_makes_a_tree_of_each_folder() {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["ls/locales", "cat/locales", "cat/src", ".git/locales"] {
            std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        std::fs::write(dir.path().join("README.md"), "").unwrap();
        let layout = Layout::parse("*/locales/{locale}.ftl").unwrap();
        let trees = layout.expand(dir.path());
        let paths: Vec<&str> = trees.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["cat/locales", "ls/locales"]);
        assert!(trees
            .iter()
            .all(|(_, l)| l.shape == Shape::File && l.before.is_empty()));
        let plain = Layout::parse("i18n/{locale}/*.ftl").unwrap();
        assert_eq!(
            plain.expand(dir.path()),
            vec![(String::new(), plain.clone())]
        );
    }
}

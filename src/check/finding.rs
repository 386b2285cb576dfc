//! The one value every check produces: a [`Finding`], with its check name and severity.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// How bad a finding is. `Error` fails `ftpdocs check`; `Warning` fails it only with `--strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// The families of checks chosen with `--checks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Structure,
    Translation,
    Content,
    /// Lints of the reference locale's own text, off unless asked for.
    Reference,
}

impl FromStr for Group {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "structure" => Ok(Group::Structure),
            "translation" => Ok(Group::Translation),
            "content" => Ok(Group::Content),
            "reference" => Ok(Group::Reference),
            _ => Err(format!(
                "unknown check group `{s}`: expected structure, translation, content or reference"
            )),
        }
    }
}

macro_rules! checks {
    ($($variant:ident => $name:literal, $group:ident, $severity:ident;)*) => {
        /// Every check ftpdocs runs, named as in the output and in `ftpdocs.toml`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[non_exhaustive]
        pub enum Check {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Check {
            pub const ALL: &'static [Check] = &[$(Check::$variant,)*];

            /// The name used in output and configuration, e.g. `missing-message`.
            pub fn name(self) -> &'static str {
                match self { $(Check::$variant => $name,)* }
            }

            pub fn group(self) -> Group {
                match self { $(Check::$variant => Group::$group,)* }
            }

            /// The severity used when `ftpdocs.toml` says nothing about this check.
            pub fn default_severity(self) -> Severity {
                match self { $(Check::$variant => Severity::$severity,)* }
            }
        }
    };
}

checks! {
    ReadError => "read-error", Structure, Error;
    Syntax => "syntax", Structure, Error;
    MissingFile => "missing-file", Structure, Error;
    ObsoleteFile => "obsolete-file", Structure, Warning;
    MissingMessage => "missing-message", Structure, Error;
    ObsoleteMessage => "obsolete-message", Structure, Warning;
    MissingAttribute => "missing-attribute", Structure, Error;
    ObsoleteAttribute => "obsolete-attribute", Structure, Error;
    MissingValue => "missing-value", Structure, Error;
    ObsoleteValue => "obsolete-value", Structure, Error;
    DuplicateId => "duplicate-id", Structure, Error;
    Variables => "variables", Structure, Error;
    References => "references", Structure, Warning;
    DroppedReference => "dropped-reference", Structure, Warning;
    Plural => "plural", Structure, Warning;
    CopiedLiteral => "copied-literal", Structure, Warning;
    Untranslated => "untranslated", Translation, Warning;
    NotYetTranslated => "not-yet-translated", Translation, Error;
    LanguageName => "language-name", Translation, Error;
    Outdated => "outdated", Translation, Warning;
    Unrecorded => "unrecorded", Translation, Warning;
    UntranslatedShort => "untranslated-short", Translation, Warning;
    MixedLanguage => "mixed-language", Translation, Error;
    RepeatedWord => "repeated-word", Translation, Warning;
    EmptyValue => "empty-value", Translation, Error;
    RepeatedSentence => "repeated-sentence", Translation, Warning;
    Typography => "typography", Translation, Warning;
    Spacing => "spacing", Translation, Warning;
    Quotes => "quotes", Translation, Warning;
    Punctuation => "punctuation", Translation, Warning;
    BidiControl => "bidi-control", Translation, Warning;
    Markup => "markup", Translation, Warning;
    ContentLoad => "content-load", Content, Error;
    ContentReference => "content-reference", Content, Error;
    UnusedMessage => "unused-message", Content, Warning;
    RenderedLanguage => "rendered-language", Content, Error;
    ReferenceEllipsis => "reference-ellipsis", Reference, Warning;
    ReferenceQuotes => "reference-quotes", Reference, Warning;
    ReferenceId => "reference-id", Reference, Warning;
    ReferenceBrand => "reference-brand", Reference, Warning;
    ReferenceComment => "reference-comment", Reference, Warning;
}

impl Check {
    /// `spacing`, `quotes` and `punctuation` were part of `typography`: a severity or an
    /// `# ftpdocs: allow typography` written for it still holds for them.
    pub fn split_from_typography(self) -> bool {
        matches!(self, Check::Spacing | Check::Quotes | Check::Punctuation)
    }

    /// Does `# ftpdocs: allow <name>` silence this check?
    pub fn allowed_by(self, name: &str) -> bool {
        name == self.name() || (self.split_from_typography() && name == Check::Typography.name())
    }
}

impl FromStr for Check {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Check::ALL
            .iter()
            .copied()
            .find(|c| c.name() == s)
            .ok_or_else(|| format!("unknown check `{s}`"))
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One problem found in one place. Positions are 1-based; `line` and `column` are absent for
/// findings about a whole file or about something that is not there (a missing message).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    pub check: Check,
    pub severity: Severity,
    pub locale: String,
    /// Path relative to the checked folder, with `/` separators: `fr/mail/app.ftl`.
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// What is wrong and what to do, as one sentence.
    pub message: String,
    /// The text of the source line the finding points at, for display.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// How many characters the marker under `source_line` covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<u32>,
    /// The reference's text of the message (or attribute), for the translator to compare.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<ReferenceText>,
}

/// The text a translation translates, and the locale it is in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReferenceText {
    pub locale: String,
    pub text: String,
}

impl Finding {
    /// A finding with the check's default severity and no position yet.
    pub fn new(check: Check, locale: &str, path: &str, message: String) -> Self {
        Finding {
            check,
            severity: check.default_severity(),
            locale: locale.to_string(),
            path: path.to_string(),
            line: None,
            column: None,
            message_id: None,
            attribute: None,
            message,
            source_line: None,
            span: None,
            reference: None,
        }
    }

    pub fn with_id(mut self, id: &str, attribute: Option<&str>) -> Self {
        self.message_id = Some(id.to_string());
        self.attribute = attribute.map(str::to_string);
        self
    }

    /// Places the finding at a position: 1-based line and column, the line's text and how
    /// many characters to underline.
    pub fn at(mut self, line: u32, column: u32, source_line: &str, span: u32) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self.source_line = Some(source_line.to_string());
        self.span = Some(span.max(1));
        self
    }
}

/// Counts over a list of findings, for the end of every report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    /// Findings per check name, only for checks that found something.
    pub by_check: std::collections::BTreeMap<String, usize>,
    pub locales: usize,
    pub files: usize,
    /// Findings left out because the baseline holds them.
    #[serde(skip_serializing_if = "is_zero")]
    pub baseline: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Summary {
    pub fn of(findings: &[Finding], locales: usize, files: usize) -> Self {
        let mut summary = Summary {
            locales,
            files,
            ..Summary::default()
        };
        for finding in findings {
            match finding.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
            *summary
                .by_check
                .entry(finding.check.name().to_string())
                .or_default() += 1;
        }
        summary
    }
}

//! `language-name`: a locale whose own name is still the reference's ("English" in a German
//! locale) would label its pages and the language switcher in the wrong language.

use super::finding::{Check, Finding, Severity};
use crate::new_locale::LANGUAGE_NAME;

/// Turns the `untranslated` finding about [`LANGUAGE_NAME`] into a `language-name` error: the
/// same root cause, told as what it breaks.
pub fn upgrade(findings: &mut [Finding]) {
    for finding in findings.iter_mut().filter(|f| {
        f.check == Check::Untranslated
            && f.message_id.as_deref() == Some(LANGUAGE_NAME)
            && f.attribute.is_none()
    }) {
        finding.check = Check::LanguageName;
        finding.severity = Severity::Error;
        finding.message = "the locale is still named as in the reference, and the language switcher would show that name: write the language's name as its speakers write it (Deutsch, Français, 日本語)".to_string();
    }
}

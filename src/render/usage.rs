//! Which messages the site uses: what the checker's `unused-message` compares the reference
//! catalog with, measured by rendering rather than guessed from the code.

use std::collections::BTreeSet;

use url::Url;

use super::html::HtmlSite;
use super::{site_pages, MissingMessages, Renderer};
use crate::load::{reference_id, Project, SiteConfig};

/// Renders every kind of page of the reference locale (the HTML frame, the root page, every
/// published page and the 404) and returns the id of every message formatted on the way.
/// Every pair is not needed: pairs differ in their variables, not in their messages.
pub fn used_messages(project: &Project) -> Result<BTreeSet<String>, MissingMessages> {
    // The address does not change which messages are used.
    let config = SiteConfig {
        base_url: Url::parse("https://ftpdocs.invalid/").expect("a valid URL"),
    };
    let site = HtmlSite::new(project, &config)?;
    let renderer =
        Renderer::new(project, &reference_id(), false).expect("the reference locale exists");
    site.frame(&renderer)?;
    site.root_page(&renderer)?;
    for page in site_pages(&project.content, false) {
        renderer.page(page)?;
    }
    renderer.not_found()?;
    let mut used = renderer.l10n.used();
    // HtmlSite::new formats it in every locale, each with its own localizer.
    used.insert("language-name".to_string());
    Ok(used)
}

//! The views of a locale's home page (the index a person scans) and of its 404 page.

use fluent_bundle::FluentArgs;

use super::pages::{PageContext, PageRef};
use super::view::{page_path, Block, Link, PageKind, PageView, Section};

/// Codes grouped by class, then the published comparisons and the numbers that are not FTP
/// replies: every page of the locale is one click away.
pub fn home_page(ctx: &PageContext) -> PageView {
    let content = ctx.content;
    let mut sections = Vec::new();
    let mut classes: Vec<u8> = content.codes.keys().map(|c| c.class()).collect();
    classes.dedup();
    for class in classes {
        let mut args = FluentArgs::new();
        args.set("digit", class);
        args.set(
            "name",
            ctx.l10n.message(&format!("reply-class-{class}"), None).text,
        );
        let mut section = Section::new(ctx.msg("home-class-heading", &args), 2);
        section.blocks.push(Block::Paragraph {
            text: ctx.attr(&format!("reply-class-{class}"), "summary"),
        });
        let links = content
            .codes
            .values()
            .filter(|c| c.code.class() == class)
            .map(|c| ctx.code_link(c))
            .collect();
        section.blocks.push(Block::Links { items: links });
        sections.push(section);
    }

    let mut pairs: Vec<_> = content.comparisons.iter().map(|c| c.pair).collect();
    pairs.sort();
    let links = pairs.into_iter().map(|p| ctx.comparison_link(p)).collect();
    sections.extend(ctx.links_section("heading-comparisons", links));

    let links = content
        .not_ftp
        .iter()
        .map(|entry| {
            let args = super::pages::not_ftp_args(ctx, entry);
            Link {
                text: ctx.msg("notftp-title", &args),
                href: page_path(&ctx.lang(), &PageRef::NotFtp(entry.number).key()),
            }
        })
        .collect();
    sections.extend(ctx.links_section("home-heading-not-ftp", links));

    PageView {
        kind: PageKind::Home,
        lang: ctx.lang(),
        dir: ctx.dir(),
        key: PageRef::Home.key(),
        codes: Vec::new(),
        title: ctx.msg("home-title", &FluentArgs::new()),
        lead: ctx.msg("home-lead", &FluentArgs::new()),
        sections,
        fallback: Vec::new(),
    }
}

/// What a reader sees at an address with no page: a sentence and the way home.
pub fn not_found_page(ctx: &PageContext) -> PageView {
    let mut section = ctx.heading("not-found-next", 2);
    section.blocks.push(Block::Links {
        items: vec![Link {
            text: ctx.msg("not-found-home", &FluentArgs::new()),
            href: page_path(&ctx.lang(), &PageRef::Home.key()),
        }],
    });
    PageView {
        kind: PageKind::NotFound,
        lang: ctx.lang(),
        dir: ctx.dir(),
        key: "404".into(),
        codes: Vec::new(),
        title: ctx.msg("not-found-title", &FluentArgs::new()),
        lead: ctx.msg("not-found-lead", &FluentArgs::new()),
        sections: vec![section],
        fallback: Vec::new(),
    }
}

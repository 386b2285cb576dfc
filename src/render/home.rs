//! The views of a locale's home page (the index a person scans) and of its 404 page, and the
//! table the HTML home page shows.

use fluent_bundle::FluentArgs;

use super::pages::{PageContext, PageRef};
use super::view::{page_path, Block, Link, PageKind, PageView, Section};
use crate::l10n::Text;

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

    let links = not_ftp_links(ctx);
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

/// The home page as the site shows it: every code in a table grouped by class, and the
/// comparisons listed under each code they involve.
pub struct HomeTable {
    pub title: Text,
    pub lead: Text,
    pub classes: Vec<ClassRows>,
    pub comparisons_heading: Text,
    pub comparisons: Vec<CodeComparisons>,
    pub not_ftp_heading: Text,
    pub not_ftp: Vec<Link>,
}

pub struct ClassRows {
    pub digit: u8,
    pub heading: Text,
    pub summary: Text,
    pub rows: Vec<CodeRow>,
}

pub struct CodeRow {
    pub code: u16,
    pub name: Text,
    pub class: Text,
    /// The code's description (of its first meaning, for a code with several).
    pub meaning: Text,
    pub href: String,
}

/// The comparisons that involve one code.
pub struct CodeComparisons {
    pub code: u16,
    pub heading: Text,
    pub links: Vec<Link>,
}

pub fn home_table(ctx: &PageContext) -> HomeTable {
    let content = ctx.content;
    let mut classes: Vec<u8> = content.codes.keys().map(|c| c.class()).collect();
    classes.dedup();
    let classes = classes
        .into_iter()
        .map(|digit| {
            let class_id = format!("reply-class-{digit}");
            let mut args = FluentArgs::new();
            args.set("digit", digit);
            args.set("name", ctx.l10n.message(&class_id, None).text);
            let rows = content
                .codes
                .values()
                .filter(|c| c.code.class() == digit)
                .map(|c| {
                    let meaning = match c.meanings.as_slice() {
                        [first, _, ..] => &first.message,
                        _ => &c.message,
                    };
                    CodeRow {
                        code: c.code.value(),
                        name: ctx.name(c),
                        class: ctx.l10n.message(&class_id, None),
                        meaning: ctx.attr(meaning, "description"),
                        href: page_path(&ctx.lang(), &PageRef::Code(c.code).key()),
                    }
                })
                .collect();
            ClassRows {
                digit,
                heading: ctx.msg("home-class-heading", &args),
                summary: ctx.attr(&class_id, "summary"),
                rows,
            }
        })
        .collect();

    let comparisons = content
        .codes
        .values()
        .filter_map(|reply| {
            let mut pairs: Vec<_> = content
                .comparisons
                .iter()
                .map(|c| c.pair)
                .filter(|p| p.contains(reply.code))
                .collect();
            if pairs.is_empty() {
                return None;
            }
            pairs.sort();
            Some(CodeComparisons {
                code: reply.code.value(),
                heading: ctx.code_link(reply).text,
                links: pairs.into_iter().map(|p| ctx.comparison_link(p)).collect(),
            })
        })
        .collect();

    HomeTable {
        title: ctx.msg("home-title", &FluentArgs::new()),
        lead: ctx.msg("home-lead", &FluentArgs::new()),
        classes,
        comparisons_heading: ctx.l10n.message("heading-comparisons", None),
        comparisons,
        not_ftp_heading: ctx.l10n.message("home-heading-not-ftp", None),
        not_ftp: not_ftp_links(ctx),
    }
}

fn not_ftp_links(ctx: &PageContext) -> Vec<Link> {
    ctx.content
        .not_ftp
        .iter()
        .map(|entry| {
            let args = super::pages::not_ftp_args(ctx, entry);
            Link {
                text: ctx.msg("notftp-title", &args),
                href: page_path(&ctx.lang(), &PageRef::NotFtp(entry.number).key()),
            }
        })
        .collect()
}

//! The comparison page: what each code means and the difference that matters first, as a
//! table set side by side, then what to do about each, then each code in detail.

use fluent_bundle::FluentArgs;

use super::{code_args, pair_args, yes_no, PageContext, PageRef};
use crate::l10n::Text;
use crate::model::{Pair, ReplyCode};
use crate::render::view::{Block, PageKind, PageView, Row, Section, Table};

pub fn comparison_page(ctx: &PageContext, pair: Pair) -> PageView {
    let content = ctx.content;
    let (low, high) = (&content.codes[&pair.low], &content.codes[&pair.high]);
    let mut lead_args = pair_args(ctx, low, high);
    lead_args.set("sameAction", yes_no(low.action == high.action));
    lead_args.set("lowText", meaning_text(ctx, low));
    lead_args.set("highText", meaning_text(ctx, high));

    let mut sections = Vec::new();
    let mut differences = ctx.heading("heading-differences", 2);
    // The pair's own note says the one difference that matters: it comes before the table.
    if let Some(note) = content.comparison(pair).and_then(|c| c.note.as_deref()) {
        differences.blocks.push(Block::Paragraph {
            text: ctx.l10n.message(note, None),
        });
    }
    differences
        .blocks
        .push(Block::Table(side_by_side(ctx, [low, high])));
    sections.push(differences);

    // What to do: one sentence chosen by the code's own facts, then the code's own advice.
    let mut which = ctx.heading("heading-which", 2);
    for code in [low, high] {
        which.blocks.push(Block::Paragraph {
            text: ctx.msg("compare-which", &code_args(ctx, code)),
        });
        if !code.has_several_meanings() {
            which.blocks.push(Block::Paragraph {
                text: ctx.attr(&code.message, "fix"),
            });
        }
    }
    sections.push(which);

    for code in [low, high] {
        let mut args = FluentArgs::new();
        args.set("code", code.code.value());
        args.set("name", ctx.name(code).text);
        sections.push(Section::new(ctx.msg("code-title", &args), 2));
        for (heading, attribute) in [
            ("heading-description", "description"),
            ("heading-seen", "seen"),
        ] {
            sections.extend(ctx.meaning_sections(code, heading, attribute, 3));
        }
        if code.has_several_meanings() {
            sections.extend(ctx.meaning_sections(code, "heading-fix", "fix", 3));
        }
    }

    let mut links = vec![ctx.code_link(low), ctx.code_link(high)];
    links.extend(ctx.rfc_links([low, high]));
    links.extend(
        content
            .comparisons
            .iter()
            .filter(|c| c.pair != pair && (c.pair.contains(pair.low) || c.pair.contains(pair.high)))
            .map(|c| ctx.comparison_link(c.pair)),
    );
    let mut section = ctx.heading("heading-learn-more", 2);
    section.blocks.push(Block::Links { items: links });
    sections.push(section);

    PageView {
        kind: PageKind::Comparison,
        lang: ctx.lang(),
        dir: ctx.dir(),
        key: PageRef::Comparison(pair).key(),
        codes: vec![pair.low.value().into(), pair.high.value().into()],
        title: ctx.msg("compare-title", &pair_args(ctx, low, high)),
        lead: ctx.msg("compare-lead", &lead_args),
        sections,
        fallback: Vec::new(),
    }
}

/// The two codes side by side: reply text, class, when it is sent, commands, what to do.
fn side_by_side(ctx: &PageContext, codes: [&ReplyCode; 2]) -> Table {
    let columns = codes
        .iter()
        .map(|c| {
            let mut args = FluentArgs::new();
            args.set("code", c.code.value());
            ctx.msg("compare-column", &args)
        })
        .collect();
    let row = |label: &str, cell: &dyn Fn(&ReplyCode) -> Vec<Text>| Row {
        label: ctx.l10n.message(label, None),
        cells: codes.iter().map(|c| cell(c)).collect(),
    };
    let rows = vec![
        row("compare-row-text", &|c| reply_texts(ctx, c)),
        row("compare-row-class", &|c| {
            vec![ctx.msg("compare-cell-class", &code_args(ctx, c))]
        }),
        row("compare-row-sent", &|c| {
            vec![ctx.msg("compare-cell-sent", &code_args(ctx, c))]
        }),
        row("compare-row-commands", &|c| {
            vec![ctx.msg("compare-cell-commands", &code_args(ctx, c))]
        }),
        row("compare-row-action", &|c| {
            vec![ctx.msg("compare-cell-action", &code_args(ctx, c))]
        }),
    ];
    Table { columns, rows }
}

/// What the code means in a few words: the RFC's reply text in the locale's words, or its
/// name when the RFC fixes no text.
fn meaning_text(ctx: &PageContext, code: &ReplyCode) -> String {
    let first = &code.meanings[0];
    if first.reply_text.is_some() && !code.has_several_meanings() {
        ctx.attr(&first.message, "text").text
    } else {
        ctx.name(code).text
    }
}

/// The reply text each defining RFC gives, one line per meaning.
fn reply_texts(ctx: &PageContext, code: &ReplyCode) -> Vec<Text> {
    code.meanings
        .iter()
        .map(|meaning| {
            let mut args = FluentArgs::new();
            args.set("rfc", meaning.sources[0].rfc);
            // The reply text as the locale's readers know it (the RFC's words in English);
            // the wire's English is in the transcript on the code's page.
            if meaning.reply_text.is_some() {
                args.set("text", ctx.attr(&meaning.message, "text").text);
                ctx.msg("compare-cell-text", &args)
            } else {
                ctx.msg("compare-cell-no-text", &args)
            }
        })
        .collect()
}

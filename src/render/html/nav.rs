//! The ways around a page: breadcrumbs, the previous and next code, the table of contents of
//! a long page, and the meta description that says what the page's code means.

use fluent_bundle::FluentArgs;

use super::plain;
use super::templates::{Crumb, HtmlSection, PagerLink};
use crate::model::Code;
use crate::render::pages::{PageContext, PageRef};
use crate::render::view::{page_path, PageKind, PageView};

/// A page has a table of contents from this many sections on.
const TOC_MIN_SECTIONS: usize = 4;

/// Meta descriptions stay within what search engines show.
const DESCRIPTION_MAX_CHARS: usize = 160;

/// The first digit of a page's code, or `None` for a page that is not about one code.
fn code_of(view: &PageView) -> Option<Code> {
    (view.kind == PageKind::Code)
        .then(|| view.codes.first())
        .flatten()
        .and_then(|n| u16::try_from(*n).ok())
        .and_then(Code::new)
}

/// The way from the home page to `view`: home, then the home page's section that lists it.
/// The page itself is the last crumb, not a link.
pub fn breadcrumbs(ctx: &PageContext, view: &PageView) -> Vec<Crumb> {
    let home = page_path(&ctx.lang(), &PageRef::Home.key());
    let section = match view.kind {
        PageKind::Code => code_of(view).map(|code| {
            let mut args = FluentArgs::new();
            args.set("digit", code.class());
            args.set(
                "name",
                ctx.l10n
                    .message(&format!("reply-class-{}", code.class()), None)
                    .text,
            );
            (
                ctx.msg("home-class-heading", &args),
                format!("#class-{}", code.class()),
            )
        }),
        PageKind::Comparison => Some((
            ctx.l10n.message("heading-comparisons", None),
            "#comparisons".to_string(),
        )),
        PageKind::NotFtp => Some((
            ctx.l10n.message("home-heading-not-ftp", None),
            "#not-ftp".to_string(),
        )),
        PageKind::Home | PageKind::NotFound => None,
    };
    let Some((text, anchor)) = section else {
        return Vec::new();
    };
    vec![
        Crumb {
            text: ctx.l10n.message("site-breadcrumb-home", None),
            href: Some(home.clone()),
        },
        Crumb {
            text,
            href: Some(format!("{home}{anchor}")),
        },
        Crumb {
            text: view.title.clone(),
            href: None,
        },
    ]
}

/// The codes before and after a code page's, in numeric order.
pub fn pager(ctx: &PageContext, view: &PageView) -> Vec<PagerLink> {
    let Some(code) = code_of(view) else {
        return Vec::new();
    };
    let codes = &ctx.content.codes;
    let previous = codes.range(..code).next_back().map(|(_, c)| c);
    let next = codes.range(code..).nth(1).map(|(_, c)| c);
    [
        (previous, "site-previous-code", "prev"),
        (next, "site-next-code", "next"),
    ]
    .into_iter()
    .filter_map(|(reply, id, rel)| {
        let link = ctx.code_link(reply?);
        let mut args = FluentArgs::new();
        args.set("title", link.text.text);
        Some(PagerLink {
            text: ctx.msg(id, &args),
            href: link.href,
            rel,
        })
    })
    .collect()
}

/// The level-2 sections of a long page, for its table of contents; none on a short page.
pub fn toc<'a, 's>(sections: &'s [HtmlSection<'a>]) -> Vec<&'s HtmlSection<'a>> {
    let top: Vec<_> = sections.iter().filter(|s| s.level == 2).collect();
    if top.len() >= TOC_MIN_SECTIONS {
        top
    } else {
        Vec::new()
    }
}

/// What the page's code means, from its description, for the meta description; the lead
/// for pages about several codes or none.
pub fn description(ctx: &PageContext, view: &PageView) -> String {
    let message = match view.kind {
        PageKind::Code => code_of(view)
            .and_then(|code| ctx.content.code(code))
            .map(|reply| match reply.meanings.as_slice() {
                [_, _, ..] => reply.meanings[0].message.clone(),
                _ => reply.message.clone(),
            }),
        PageKind::NotFtp => ctx
            .content
            .not_ftp
            .iter()
            .find(|n| view.codes.first() == Some(&n.number))
            .map(|n| n.message.clone()),
        _ => None,
    };
    match message {
        Some(id) => shorten(&plain(&ctx.attr(&id, "description")), DESCRIPTION_MAX_CHARS),
        None => shorten(&plain(&view.lead), DESCRIPTION_MAX_CHARS),
    }
}

/// The whole sentences of `text` that fit in `max` characters; a first sentence longer than
/// that is cut at a word and ends with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        if text[..after].chars().count() > max {
            break;
        }
        let next = text[after..].chars().next();
        let closes = matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace);
        if closes || matches!(c, '。' | '！' | '？') {
            end = after;
        }
    }
    if end > 0 {
        return text[..end].to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    if let Some(space) = cut.rfind(char::is_whitespace) {
        cut.truncate(space);
    }
    let cut = cut.trim_end_matches([',', ';', ':', ' ', '\u{202f}', '\u{a0}']);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn a_short_text_is_kept_whole() {
        assert_eq!(shorten("Bad sequence.", 160), "Bad sequence.");
    }

    #[test]
    fn whole_sentences_are_kept_up_to_the_limit() {
        let text = "Bad sequence of commands. The server understood it. It is not valid now.";
        assert_eq!(
            shorten(text, 55),
            "Bad sequence of commands. The server understood it."
        );
    }

    #[test]
    fn a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis() {
        let text = "Un très long début de phrase, qui ne finit pas avant la limite";
        assert_eq!(shorten(text, 32), "Un très long début de phrase…");
    }

    #[test]
    fn numbers_with_a_dot_do_not_end_a_sentence() {
        let text = "RFC 959 section 4.2.1 says so and it goes on for a while. Then more.";
        assert_eq!(
            shorten(text, 60),
            "RFC 959 section 4.2.1 says so and it goes on for a while."
        );
    }
}

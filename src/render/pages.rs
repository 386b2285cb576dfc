//! Builds the view of each kind of page from the content and the locale's messages.

mod compare;

use fluent_bundle::FluentArgs;

pub use self::compare::comparison_page;
use super::lists::{and_list, or_list};
use super::view::{page_path, Block, Link, PageKind, PageView, Section, TranscriptLine};
use crate::l10n::{Localizer, Text};
use crate::model::{Code, Content, Line, NotFtp, Pair, ReplyCode, Source};

/// What a page is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageRef {
    Home,
    Comparison(Pair),
    Code(Code),
    NotFtp(u32),
}

impl PageRef {
    /// The translation key, shared by every locale of the page.
    pub fn key(&self) -> String {
        match self {
            PageRef::Home => String::new(),
            PageRef::Comparison(pair) => format!("compare/ftp/{}-vs-{}", pair.low, pair.high),
            PageRef::Code(code) => format!("ftp/{code}"),
            PageRef::NotFtp(number) => format!("ftp/{number}"),
        }
    }
}

/// What building a page needs.
pub struct PageContext<'a> {
    pub content: &'a Content,
    pub l10n: &'a Localizer<'a>,
    /// [`Content::command_count`], counted once per renderer: every code's table cell needs it.
    pub command_count: usize,
}

impl PageContext<'_> {
    pub(super) fn lang(&self) -> String {
        self.l10n.locale().to_string()
    }

    pub(super) fn dir(&self) -> &'static str {
        super::direction(self.l10n.locale())
    }

    pub(super) fn msg(&self, id: &str, args: &FluentArgs) -> Text {
        self.l10n.message(id, Some(args))
    }

    pub(super) fn attr(&self, id: &str, attribute: &str) -> Text {
        self.l10n.attribute(id, attribute, None)
    }

    pub(super) fn heading(&self, id: &str, level: u8) -> Section {
        Section::new(self.l10n.message(id, None), level)
    }

    pub(super) fn name(&self, code: &ReplyCode) -> Text {
        self.l10n.message(&code.message, None)
    }

    /// A level-2 section of links under heading `id`; none when there is nothing to link.
    pub(super) fn links_section(&self, id: &str, links: Vec<Link>) -> Option<Section> {
        if links.is_empty() {
            return None;
        }
        let mut section = self.heading(id, 2);
        section.blocks.push(Block::Links { items: links });
        Some(section)
    }

    pub(super) fn code_link(&self, code: &ReplyCode) -> Link {
        let mut args = FluentArgs::new();
        args.set("code", code.code.value());
        args.set("name", self.name(code).text);
        Link {
            text: self.msg("code-title", &args),
            href: page_path(&self.lang(), &PageRef::Code(code.code).key()),
        }
    }

    pub(super) fn comparison_link(&self, pair: Pair) -> Link {
        let content = self.content;
        let (low, high) = (&content.codes[&pair.low], &content.codes[&pair.high]);
        Link {
            text: self.msg("compare-title", &pair_args(self, low, high)),
            href: page_path(&self.lang(), &PageRef::Comparison(pair).key()),
        }
    }

    pub(super) fn rfc_links<'c>(
        &self,
        codes: impl IntoIterator<Item = &'c ReplyCode>,
    ) -> Vec<Link> {
        let sources: Vec<Source> = codes
            .into_iter()
            .flat_map(|c| c.meanings.iter().flat_map(|m| m.sources.iter().cloned()))
            .collect();
        self.source_links(&sources)
    }

    /// A link to each RFC section, in order, without repeats.
    pub(super) fn source_links(&self, sources: &[Source]) -> Vec<Link> {
        let mut links: Vec<Link> = Vec::new();
        let mut seen = Vec::new();
        for source in sources {
            if seen.contains(&source) {
                continue;
            }
            seen.push(source);
            let mut args = FluentArgs::new();
            args.set("rfc", source.rfc);
            // "Appendix II" is a part of the RFC, not a numbered section: the message words it.
            match source.section.strip_prefix("Appendix ") {
                Some(appendix) => {
                    args.set("part", "appendix");
                    args.set("section", appendix.to_string());
                }
                None => {
                    args.set("part", "section");
                    args.set("section", source.section.clone());
                }
            }
            links.push(Link {
                text: self.msg("learn-rfc", &args),
                href: source.url(),
            });
        }
        links
    }

    /// The sections that show one attribute (`description`, `seen`, `fix`) of a code under
    /// `heading`: one paragraph, or with several meanings an introduction and a subsection
    /// per meaning whose heading names its RFCs.
    fn meaning_sections(
        &self,
        code: &ReplyCode,
        heading: &str,
        attribute: &str,
        level: u8,
    ) -> Vec<Section> {
        let mut section = self.heading(heading, level);
        if !code.has_several_meanings() {
            section.blocks.push(Block::Paragraph {
                text: self.attr(&code.message, attribute),
            });
            return vec![section];
        }
        if attribute == "description" {
            let mut args = FluentArgs::new();
            args.set("code", code.code.value());
            args.set("count", code.meanings.len());
            section.blocks.push(Block::Paragraph {
                text: self.msg("code-several-meanings", &args),
            });
        }
        let mut sections = vec![section];
        for meaning in &code.meanings {
            // The heading names the RFC that defines the meaning: its first source.
            let mut args = FluentArgs::new();
            args.set("title", self.l10n.message(&meaning.message, None).text);
            args.set("rfc", meaning.sources[0].rfc);
            let mut sub = Section::new(self.msg("code-meaning-heading", &args), level + 1);
            sub.blocks.push(Block::Paragraph {
                text: self.attr(&meaning.message, attribute),
            });
            sections.push(sub);
        }
        sections
    }
}

fn class_args(ctx: &PageContext, args: &mut FluentArgs, prefix: &str, code: Code) {
    args.set(format!("{prefix}ClassDigit"), code.class());
    args.set(
        format!("{prefix}ClassName"),
        ctx.l10n
            .message(&format!("reply-class-{}", code.class()), None)
            .text,
    );
    args.set(format!("{prefix}GroupDigit"), code.group());
    args.set(
        format!("{prefix}GroupName"),
        ctx.l10n
            .message(&format!("reply-group-{}", code.group()), None)
            .text,
    );
}

pub(super) fn pair_args<'a>(
    ctx: &PageContext,
    low: &ReplyCode,
    high: &ReplyCode,
) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("lowCode", low.code.value());
    args.set("lowName", ctx.name(low).text);
    args.set("highCode", high.code.value());
    args.set("highName", ctx.name(high).text);
    args
}

pub(super) fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

pub(super) fn code_args<'a>(ctx: &PageContext, code: &ReplyCode) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("code", code.code.value());
    args.set("name", ctx.name(code).text);
    args.set("class", code.code.class());
    args.set(
        "className",
        ctx.l10n
            .message(&format!("reply-class-{}", code.code.class()), None)
            .text,
    );
    let commands = code.commands();
    args.set("count", commands.len());
    args.set("commands", and_list(ctx.l10n.locale(), &commands));
    args.set("commandsOr", or_list(ctx.l10n.locale(), &commands));
    // RFC 959 §5.4 lists a few codes (421, 500, 501, 530) for most commands: a table cell
    // says so, with the counts, rather than print forty names. "Most" is true by construction:
    // more than half of the commands any code answers; "all" when it answers every one.
    let total = ctx.command_count;
    args.set("total", total);
    args.set(
        "commandScope",
        if commands.len() == total {
            "all"
        } else if commands.len() * 2 > total {
            "most"
        } else {
            "listed"
        },
    );
    args.set("onConnect", yes_no(code.on_connect));
    args.set("action", code.action.as_str());
    args
}

pub fn code_page(ctx: &PageContext, code: Code) -> PageView {
    let content = ctx.content;
    let reply = &content.codes[&code];
    let args = code_args(ctx, reply);
    let mut lead_args = code_args(ctx, reply);
    class_args(ctx, &mut lead_args, "", code);

    let mut sections = Vec::new();
    let mut meaning = ctx.meaning_sections(reply, "heading-meaning", "description", 2);
    meaning[0].blocks.push(Block::Paragraph {
        // What the code asks of the client, from its own facts: the class's general rule
        // is false of some codes (421 is 4yz, yet the same command cannot simply follow).
        text: ctx.msg("compare-which", &args),
    });
    sections.extend(meaning);
    if !reply.transcript.is_empty() {
        let mut exchange = ctx.heading("heading-exchange", 2);
        exchange.blocks.push(Block::Paragraph {
            text: ctx.msg("code-transcript-intro", &args),
        });
        exchange.blocks.push(Block::Transcript {
            lines: reply
                .transcript
                .iter()
                .map(|line| TranscriptLine {
                    from: match line {
                        Line::Client(_) => "client",
                        Line::Server(_) => "server",
                    },
                    text: line.text().to_string(),
                })
                .collect(),
        });
        sections.push(exchange);
    }
    for (heading, attribute) in [("heading-seen", "seen"), ("heading-fix", "fix")] {
        sections.extend(ctx.meaning_sections(reply, heading, attribute, 2));
    }

    let mut commands = ctx.heading("heading-commands", 2);
    if reply.on_connect {
        commands.blocks.push(Block::Paragraph {
            text: ctx.msg("code-on-connect", &args),
        });
    }
    let names = reply.commands();
    if !names.is_empty() {
        commands.blocks.push(Block::Commands {
            items: names.iter().map(|c| c.to_string()).collect(),
        });
    } else if !reply.on_connect {
        commands.blocks.push(Block::Paragraph {
            text: ctx.msg("code-any-command", &args),
        });
    }
    sections.push(commands);

    let mut sources = ctx.heading("heading-sources", 2);
    sources.blocks.push(Block::Links {
        items: ctx.rfc_links([reply]),
    });
    sections.push(sources);

    let related: Vec<Link> = reply
        .related
        .iter()
        .filter_map(|c| content.code(*c))
        .map(|c| ctx.code_link(c))
        .collect();
    sections.extend(ctx.links_section("heading-related", related));
    let comparisons: Vec<Link> = content
        .comparisons
        .iter()
        .filter(|c| c.pair.contains(code))
        .map(|c| ctx.comparison_link(c.pair))
        .collect();
    sections.extend(ctx.links_section("heading-comparisons", comparisons));

    PageView {
        kind: PageKind::Code,
        lang: ctx.lang(),
        dir: ctx.dir(),
        key: PageRef::Code(code).key(),
        codes: vec![code.value().into()],
        title: ctx.msg("code-title", &args),
        lead: ctx.msg("code-lead", &lead_args),
        sections,
        fallback: Vec::new(),
    }
}

/// What the title and lead of a number that is not an RFC reply need.
pub(super) fn not_ftp_args<'a>(ctx: &PageContext, entry: &NotFtp) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("number", entry.number);
    args.set("name", entry.name.clone());
    args.set("title", ctx.l10n.message(&entry.message, None).text);
    args.set("kind", entry.kind());
    let instead: Vec<String> = entry.instead.iter().map(Code::to_string).collect();
    let instead: Vec<&str> = instead.iter().map(String::as_str).collect();
    args.set("instead", or_list(ctx.l10n.locale(), &instead));
    args
}

pub fn not_ftp_page(ctx: &PageContext, entry: &NotFtp) -> PageView {
    let args = not_ftp_args(ctx, entry);
    let mut sections = Vec::new();
    for (heading, attribute) in [
        ("heading-meaning", "description"),
        ("heading-seen", "seen"),
        ("heading-fix", "fix"),
    ] {
        let mut section = ctx.heading(heading, 2);
        section.blocks.push(Block::Paragraph {
            text: ctx.attr(&entry.message, attribute),
        });
        sections.push(section);
    }
    // A number no RFC defines links to the RFC codes to use instead, and to the sections
    // its text names.
    let codes: Vec<Link> = entry
        .instead
        .iter()
        .filter_map(|c| ctx.content.code(*c))
        .map(|c| ctx.code_link(c))
        .collect();
    sections.extend(ctx.links_section("heading-instead", codes));
    sections.extend(ctx.links_section("heading-sources", ctx.source_links(&entry.sources)));
    PageView {
        kind: PageKind::NotFtp,
        lang: ctx.lang(),
        dir: ctx.dir(),
        key: PageRef::NotFtp(entry.number).key(),
        codes: vec![entry.number],
        title: ctx.msg("notftp-title", &args),
        lead: ctx.msg("notftp-lead", &args),
        sections,
        fallback: Vec::new(),
    }
}

//! The facts of each code hold on every page: no sentence, in any locale, tells the client to
//! do what the code's own facts rule out (send the next command after 221, change the command
//! after 502, …), and each code's reaction agrees with its class (RFC 959 §4.2).

use std::path::Path;

use ftpdocs::load::{load_project, Project};
use ftpdocs::model::{ClientAction, Code, Line, ReplyCode};
use ftpdocs::render::view::{Block, PageView};
use ftpdocs::render::{PageRef, Renderer};

fn project() -> Project {
    load_project(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the project loads")
}

/// A claim a sentence can make, its key in the words files, and the codes it would be false of.
/// The words that make each claim in each locale are in `tests/data/claims/<locale>.toml`,
/// written from that locale's own messages.
struct Claim {
    key: &'static str,
    name: &'static str,
    false_of: fn(&ReplyCode) -> bool,
}

use ClientAction::*;

const CLAIMS: &[Claim] = &[
    Claim {
        key: "next-command",
        name: "the client goes on with the next command",
        false_of: |c| matches!(c.action, SessionOver | Reconnect | WaitFinal | Greeting),
    },
    Claim {
        key: "same-command-again",
        name: "the same command may be sent again",
        false_of: |c| matches!(c.action, SessionOver | Reconnect | NothingHelps | Greeting),
    },
    Claim {
        key: "change-command",
        name: "changing the command helps",
        false_of: |c| !matches!(c.action, ChangeRequest),
    },
    Claim {
        key: "succeeded",
        name: "the command succeeded or was accepted",
        false_of: |c| c.on_connect || !matches!(c.action, Success | WaitFinal | SendNext),
    },
    Claim {
        // RFC 959 §5.4: 120 and 220 also answer REIN (220 HOST too, RFC 7151), and 421 any
        // command; only a code that answers no command is sent just before any command.
        key: "before-any-command",
        name: "the server sends it only before any command",
        false_of: |c| !c.commands().is_empty(),
    },
    Claim {
        // RFC 2228 §3: 533 and 534 refuse the protection or the level asked for, and another
        // protection or level is the way out; only a code that no change lifts may say so.
        key: "no-change-helps",
        name: "no change to the command helps",
        false_of: |c| !matches!(c.action, NothingHelps),
    },
    Claim {
        key: "change-protection",
        name: "changing the command's protection helps",
        false_of: |c| matches!(c.action, NothingHelps),
    },
    Claim {
        // RFC 959 §4.1.1: an account may be needed for storing files after the login (532):
        // a code whose own exchange shows 230 before it is not a missing login.
        key: "login-missing",
        name: "the login is missing",
        false_of: logged_in_before_it,
    },
    Claim {
        key: "protected-group",
        name: "a protected reply is in the x3z group",
        false_of: |c| c.code.class() == 6,
    },
];

/// Lowercase, and without the combining dot that lowercasing leaves after a Turkish "İ"
/// (so "İsteği" matches "isteği").
fn fold(text: &str) -> String {
    text.to_lowercase().replace('\u{307}', "")
}

/// The words of each claim in one locale, lowercased, in the order of `CLAIMS`.
struct Words(Vec<Vec<String>>);

impl Words {
    fn path(locale: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/claims")
            .join(format!("{locale}.toml"))
    }

    /// The locale's words, or `None` when it has no words file.
    fn load(locale: &str) -> Option<Words> {
        let path = Self::path(locale);
        let text = std::fs::read_to_string(&path).ok()?;
        let table: std::collections::BTreeMap<String, Vec<String>> =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for key in table.keys() {
            assert!(
                CLAIMS.iter().any(|c| c.key == key),
                "{}: no claim is called {key}",
                path.display()
            );
        }
        let words = CLAIMS
            .iter()
            .map(|claim| {
                let words = table.get(claim.key).unwrap_or_else(|| {
                    panic!("{}: the claim {} has no words", path.display(), claim.key)
                });
                assert!(
                    !words.is_empty(),
                    "{}: {} is empty",
                    path.display(),
                    claim.key
                );
                words.iter().map(|w| fold(w)).collect()
            })
            .collect();
        Some(Words(words))
    }
}

/// The code's own exchange shows the user logged in (230) before the code arrives.
fn logged_in_before_it(code: &ReplyCode) -> bool {
    code.transcript
        .iter()
        .any(|line| matches!(line, Line::Server(text) if text.starts_with("230 ")))
}

/// The codes (100–699) a sentence names, as whole numbers.
fn named_codes(sentence: &str, project: &Project) -> Vec<Code> {
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 3)
        .filter_map(|w| w.parse().ok().and_then(Code::new))
        .filter(|c| project.content.code(*c).is_some())
        .collect()
}

/// The sentences of a text: cut after `.` `!` `?`, their full-width forms in Chinese and
/// Japanese, the Arabic question mark, and line ends.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '!', '?', '\n', '。', '！', '？', '؟'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every sentence of the page with the codes it speaks about: those it names, or else the
/// code whose part of the page it is in.
fn attributed(view: &PageView, project: &Project) -> Vec<(String, Vec<Code>)> {
    let page_codes: Vec<Code> = view
        .codes
        .iter()
        .filter_map(|n| u16::try_from(*n).ok().and_then(Code::new))
        .collect();
    let mut out = Vec::new();
    let mut current: Vec<Code> = page_codes.clone();
    let attribute = |text: &str, current: &mut Vec<Code>, out: &mut Vec<(String, Vec<Code>)>| {
        for sentence in sentences(text) {
            let named: Vec<Code> = named_codes(sentence, project)
                .into_iter()
                .filter(|c| page_codes.contains(c))
                .collect();
            if named.len() == 1 {
                *current = named.clone();
            }
            let about = if named.is_empty() {
                current.clone()
            } else {
                named
            };
            out.push((sentence.to_string(), about));
        }
    };
    attribute(&view.lead.text, &mut current, &mut out);
    for section in &view.sections {
        if section.level == 2 {
            current = page_codes.clone();
        }
        attribute(&section.heading.text, &mut current, &mut out);
        for block in &section.blocks {
            match block {
                Block::Paragraph { text } => attribute(&text.text, &mut current, &mut out),
                Block::NumberedList { items } | Block::List { items } => {
                    for item in items {
                        attribute(&item.text, &mut current, &mut out);
                    }
                }
                Block::Table(table) => {
                    for row in &table.rows {
                        for (cell, code) in row.cells.iter().zip(&page_codes) {
                            for text in cell {
                                out.push((text.text.clone(), vec![*code]));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Every contradiction on the page: (sentence, code, claim).
fn contradictions(view: &PageView, project: &Project, words: &Words) -> Vec<String> {
    let mut found = Vec::new();
    for (sentence, codes) in attributed(view, project) {
        let lower = fold(&sentence);
        for (claim, words) in CLAIMS.iter().zip(&words.0) {
            if !words.iter().any(|w| lower.contains(w.as_str())) {
                continue;
            }
            for code in &codes {
                let reply = project.content.code(*code).unwrap();
                if (claim.false_of)(reply) {
                    found.push(format!(
                        "{} {}: says {:?} of {code} ({}): {sentence}",
                        view.lang,
                        view.key,
                        claim.name,
                        reply.action.as_str()
                    ));
                }
            }
        }
    }
    found
}

/// The text of every message file of a locale.
fn locale_messages(tag: &str) -> String {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag);
    let mut text = String::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            text.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    text
}

#[test]
fn no_sentence_on_any_page_contradicts_the_facts_of_its_code() {
    let project = project();
    let mut pages: Vec<PageRef> = project
        .content
        .codes
        .keys()
        .map(|c| PageRef::Code(*c))
        .collect();
    pages.extend(project.content.all_pairs().map(PageRef::Comparison));
    let mut found = Vec::new();
    let mut unused = Vec::new();
    // FTPDOCS_FACTS_LANG=de limits the run to one locale while its words are written.
    let only = std::env::var("FTPDOCS_FACTS_LANG").ok();
    for locale in project.locale_ids() {
        let tag = locale.to_string();
        if only.as_ref().is_some_and(|only| *only != tag) {
            continue;
        }
        let Some(words) = Words::load(&tag) else {
            unused.push(format!("{tag} has no {}", Words::path(&tag).display()));
            continue;
        };
        // Each phrase must be one the locale's messages or pages use: a phrase nothing says
        // could never find a contradiction. Messages are searched as written (some claims
        // live in variants no page selects today) and pages as rendered (some words come
        // from placeables, such as "(x3z)").
        let messages = fold(&locale_messages(&tag));
        let mut used: Vec<Vec<bool>> = words
            .0
            .iter()
            .map(|words| {
                words
                    .iter()
                    .map(|w| messages.contains(w.as_str()))
                    .collect()
            })
            .collect();
        let renderer = Renderer::new(&project, locale, false).unwrap();
        for page in &pages {
            let view = renderer.page(*page).unwrap_or_else(|e| panic!("{e}"));
            for text in view.texts() {
                let lower = fold(&text.text);
                for (used, words) in used.iter_mut().zip(&words.0) {
                    for (used, word) in used.iter_mut().zip(words) {
                        *used = *used || lower.contains(word.as_str());
                    }
                }
            }
            found.extend(contradictions(&view, &project, &words));
        }
        for ((claim, used), words) in CLAIMS.iter().zip(used).zip(&words.0) {
            for (used, word) in used.into_iter().zip(words) {
                if !used {
                    unused.push(format!(
                        "{tag}: neither messages nor pages say {word:?} ({})",
                        claim.key
                    ));
                }
            }
        }
    }
    assert!(unused.is_empty(), "{}", unused.join("\n"));
    assert!(
        found.is_empty(),
        "{} contradictions, first ones:\n{}",
        found.len(),
        found[..found.len().min(20)].join("\n")
    );
}

#[test]
fn the_contradiction_finder_catches_the_old_frame_sentences() {
    let project = project();
    let english = Words::load("en").unwrap();
    let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
    let mut view = renderer
        .page(PageRef::Code(Code::new(221).unwrap()))
        .unwrap();
    view.lead.text =
        "Treat 221 (Closing Control Connection) as success: go on with the next command.".into();
    let found = contradictions(&view, &project, &english);
    assert_eq!(found.len(), 2, "{found:#?}");
    view.lead.text = "Treat 502 as a refusal: correct the request before trying again.".into();
    view.key = "ftp/502".into();
    assert_eq!(contradictions(&view, &project, &english).len(), 1);
}

#[test]
fn the_contradiction_finder_catches_the_sentences_the_french_review_reported() {
    // The sentences the pages of 120, 421, 532 and 533 used to carry, each set against the
    // facts of its own code.
    let project = project();
    let english = Words::load("en").unwrap();
    let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
    for (code, old) in [
        (120, "The server sends this reply when the control connection opens, before any command."),
        (421, "The server sends this reply when the control connection opens, before any command."),
        (532, "Treat 532 (Need Account for Storing) as a missing login: complete USER and PASS, and ACCT if the server asks for an account, before you send the command again."),
        (533, "Treat 533 (Protection Level Denied) as a refusal that no change to the command lifts: the cause is on the server's side, so do without the command or take it up with the server's administrator."),
    ] {
        let mut view = renderer
            .page(PageRef::Code(Code::new(code).unwrap()))
            .unwrap();
        assert!(contradictions(&view, &project, &english).is_empty(), "{code}");
        view.lead.text = old.into();
        let found = contradictions(&view, &project, &english);
        assert_eq!(found.len(), 1, "{code}: {found:#?}");
    }
}

#[test]
fn each_code_asks_what_its_class_allows() {
    // RFC 959 §4.2: 1yz expects another reply, 2yz completes, 3yz waits for more, 4yz is
    // transient, 5yz permanent; RFC 2228 §5.2: 6yz wraps another reply.
    let project = project();
    for reply in project.content.codes.values() {
        let allowed: &[ClientAction] = match reply.code.class() {
            1 => &[WaitFinal],
            2 => &[Greeting, Success, SessionOver],
            3 => &[SendNext],
            4 => &[RetryLater, Reconnect],
            5 => &[LogIn, SendAccount, ChangeRequest, NothingHelps],
            _ => &[Decode],
        };
        assert!(
            allowed.contains(&reply.action),
            "{} asks {:?}",
            reply.code,
            reply.action
        );
        let sources: Vec<_> = reply.meanings.iter().flat_map(|m| &m.sources).collect();
        assert!(
            sources.contains(&&reply.action_source),
            "{}: the source of its action, RFC {} section {}, is not among its sources",
            reply.code,
            reply.action_source.rfc,
            reply.action_source.section
        );
    }
}

#[test]
fn the_codes_the_issue_names_ask_the_right_reaction() {
    let project = project();
    let action = |n: u16| project.content.code(Code::new(n).unwrap()).unwrap().action;
    assert_eq!(
        action(221),
        SessionOver,
        "RFC 959 §4.1.1: QUIT closes the connection"
    );
    assert_eq!(action(220), Greeting, "RFC 959 §5.4");
    assert_eq!(action(120), WaitFinal, "RFC 959 §5.4: 120 then 220");
    assert_eq!(
        action(421),
        Reconnect,
        "RFC 959 §4.2.1: closing control connection"
    );
    for n in [502, 552] {
        assert_eq!(action(n), NothingHelps, "{n}");
    }
    // RFC 2228 §3: a server not willing to accept a mechanism or level answers 534, a
    // command protected in a way its policy refuses 533; another choice can be accepted.
    for n in [533, 534] {
        assert_eq!(action(n), ChangeRequest, "{n}");
    }
    assert_eq!(
        action(532),
        SendAccount,
        "RFC 959 §4.1.1: the user may be logged in; send ACCT, then the discarded command"
    );
}

/// The RFC numbers a text names ("RFC 2228", "la RFC 959").
fn rfcs_named(text: &str) -> Vec<u16> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .collect();
    words
        .windows(2)
        .filter(|w| matches!(w[0].trim_start_matches(['(', '«', '“']), "RFC" | "RFCs"))
        .filter_map(|w| {
            w[1].trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .ok()
        })
        .collect()
}

#[test]
fn every_rfc_a_page_names_is_among_its_sources() {
    let project = project();
    let mut missing = Vec::new();
    let mut pages: Vec<PageRef> = project
        .content
        .codes
        .keys()
        .map(|c| PageRef::Code(*c))
        .collect();
    pages.extend(
        project
            .content
            .comparisons
            .iter()
            .map(|c| PageRef::Comparison(c.pair)),
    );
    pages.extend(
        project
            .content
            .not_ftp
            .iter()
            .map(|n| PageRef::NotFtp(n.number)),
    );
    for locale in project.locale_ids() {
        let renderer = Renderer::new(&project, locale, false).unwrap();
        for page in &pages {
            let view = renderer.page(*page).unwrap();
            let cited: Vec<u16> = match page {
                PageRef::NotFtp(number) => {
                    let entry = project.content.not_ftp.iter().find(|n| n.number == *number);
                    entry.unwrap().sources.iter().map(|s| s.rfc).collect()
                }
                _ => view
                    .codes
                    .iter()
                    .filter_map(|n| project.content.code(Code::new(*n as u16).unwrap()))
                    .flat_map(|c| c.meanings.iter().flat_map(|m| &m.sources))
                    .map(|s| s.rfc)
                    .collect(),
            };
            for text in view.texts() {
                for rfc in rfcs_named(&text.text) {
                    if !cited.contains(&rfc) {
                        missing.push(format!(
                            "{locale} {}: RFC {rfc} in “{}”",
                            view.key, text.text
                        ));
                    }
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "{} missing:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_reference_locale_quotes_each_reply_text_as_the_yaml_gives_it() {
    // The YAML holds the RFC's text as servers send it; `.text` is what a page shows, and in
    // the reference locale the two must be the same words. A code without a fixed text has none.
    let project = project();
    let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
    let mut checked = 0;
    for reply in project.content.codes.values() {
        for meaning in &reply.meanings {
            let Some(text) = &meaning.reply_text else {
                continue;
            };
            // The comparison table quotes it in its first row.
            let other = project
                .content
                .codes
                .keys()
                .find(|c| **c != reply.code)
                .unwrap();
            let pair = ftpdocs::model::Pair::new(reply.code, *other).unwrap();
            let view = renderer.page(PageRef::Comparison(pair)).unwrap();
            let shown: Vec<&str> = view.texts().map(|t| t.text.as_str()).collect();
            assert!(
                shown.iter().any(|t| t.contains(&format!("“{text}"))),
                "{}: the page does not quote “{text}”",
                reply.code
            );
            checked += 1;
        }
    }
    assert!(checked >= 55, "{checked} reply texts");
}

#[test]
fn the_commands_the_codes_answer_are_every_command_the_rfcs_define() {
    // The Commands cell says "Most commands: N of the 53 in the RFCs", or "Every command" for
    // a code that answers all of them: 53 must be the number of commands the RFCs define.
    let defined: &[(u16, &[&str])] = &[
        (
            959,
            &[
                "USER", "PASS", "ACCT", "CWD", "CDUP", "SMNT", "REIN", "QUIT", "PORT", "PASV",
                "MODE", "TYPE", "STRU", "ALLO", "REST", "STOR", "STOU", "RETR", "LIST", "NLST",
                "APPE", "RNFR", "RNTO", "DELE", "RMD", "MKD", "PWD", "ABOR", "SYST", "STAT",
                "HELP", "SITE", "NOOP",
            ],
        ),
        (1639, &["LPRT", "LPSV"]),
        (
            2228,
            &["AUTH", "ADAT", "PROT", "PBSZ", "CCC", "MIC", "CONF", "ENC"],
        ),
        (2389, &["FEAT", "OPTS"]),
        (2428, &["EPRT", "EPSV"]),
        (2640, &["LANG"]),
        (3659, &["MDTM", "SIZE", "MLST", "MLSD"]),
        (7151, &["HOST"]),
    ];
    let project = project();
    let mut answered: Vec<&str> = project
        .content
        .codes
        .values()
        .flat_map(|c| c.commands())
        .collect();
    answered.sort();
    answered.dedup();
    let mut expected: Vec<&str> = defined
        .iter()
        .flat_map(|(_, c)| c.iter().copied())
        .collect();
    expected.sort();
    assert_eq!(answered, expected);
    assert_eq!(project.content.command_count(), 53);

    let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
    for (low, high, most, every) in [
        (200, 550, false, false),
        (421, 530, true, false),
        (500, 501, true, true),
    ] {
        let pair = ftpdocs::model::Pair::new(Code::new(low).unwrap(), Code::new(high).unwrap());
        let view = renderer.page(PageRef::Comparison(pair.unwrap())).unwrap();
        let says = |start: &str| view.texts().any(|t| t.text.starts_with(start));
        assert_eq!(says("Most commands"), most, "{low} vs {high}");
        assert_eq!(
            says("Every command: all 53 in the RFCs"),
            every,
            "{low} vs {high}"
        );
    }
}

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

/// A claim a sentence can make, the words that make it in each locale, and the codes it
/// would be false of.
struct Claim {
    name: &'static str,
    words: &'static [(&'static str, &'static [&'static str])],
    false_of: fn(&ReplyCode) -> bool,
}

use ClientAction::*;

const CLAIMS: &[Claim] = &[
    Claim {
        name: "the client goes on with the next command",
        words: &[
            ("en", &["next command", "send the next one"]),
            ("fr", &["commande suivante", "envoyer la suivante"]),
        ],
        false_of: |c| matches!(c.action, SessionOver | Reconnect | WaitFinal | Greeting),
    },
    Claim {
        name: "the same command may be sent again",
        words: &[
            (
                "en",
                &["same command may", "same command again", "sent again later"],
            ),
            (
                "fr",
                &[
                    "même commande peut",
                    "renvoyer la même commande",
                    "renvoyée plus tard",
                ],
            ),
        ],
        false_of: |c| matches!(c.action, SessionOver | Reconnect | NothingHelps | Greeting),
    },
    Claim {
        name: "changing the command helps",
        words: &[
            (
                "en",
                &[
                    "change the command",
                    "correct the request",
                    "correct its arguments",
                ],
            ),
            (
                "fr",
                &[
                    "changez la commande",
                    "corriger la demande",
                    "corrigez ses arguments",
                ],
            ),
        ],
        false_of: |c| !matches!(c.action, ChangeRequest),
    },
    Claim {
        name: "the command succeeded or was accepted",
        words: &[
            (
                "en",
                &["command succeeded", "command was accepted", "as success"],
            ),
            (
                "fr",
                &[
                    "commande a réussi",
                    "commande est acceptée",
                    "signale un succès",
                ],
            ),
        ],
        false_of: |c| c.on_connect || !matches!(c.action, Success | WaitFinal | SendNext),
    },
    Claim {
        // RFC 959 §5.4: 120 and 220 also answer REIN (220 HOST too, RFC 7151), and 421 any
        // command; only a code that answers no command is sent just before any command.
        name: "the server sends it only before any command",
        words: &[
            ("en", &["before any command"]),
            ("fr", &["avant toute commande"]),
        ],
        false_of: |c| !c.commands().is_empty(),
    },
    Claim {
        // RFC 2228 §3: 533 and 534 refuse the protection or the level asked for, and another
        // protection or level is the way out; only a code that no change lifts may say so.
        name: "no change to the command helps",
        words: &[
            (
                "en",
                &["no change to the command", "nothing the client changes"],
            ),
            ("fr", &["aucune modification de la commande"]),
        ],
        false_of: |c| !matches!(c.action, NothingHelps),
    },
    Claim {
        name: "changing the command's protection helps",
        words: &[
            (
                "en",
                &[
                    "protection the server requires",
                    "raise the protection level",
                ],
            ),
            (
                "fr",
                &[
                    "protection qu’exige le serveur",
                    "relevez le niveau de protection",
                ],
            ),
        ],
        false_of: |c| matches!(c.action, NothingHelps),
    },
    Claim {
        // RFC 959 §4.1.1: an account may be needed for storing files after the login (532):
        // a code whose own exchange shows 230 before it is not a missing login.
        name: "the login is missing",
        words: &[
            ("en", &["missing login", "not logged in yet"]),
            (
                "fr",
                &["manque l’identification", "vous n’êtes pas identifié"],
            ),
        ],
        false_of: logged_in_before_it,
    },
    Claim {
        name: "a protected reply is in the x3z group",
        words: &[("en", &["(x3z)"]), ("fr", &["(x3z)"])],
        false_of: |c| c.code.class() == 6,
    },
];

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

fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '!', '?', '\n'])
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
fn contradictions(view: &PageView, project: &Project) -> Vec<String> {
    let mut found = Vec::new();
    for (sentence, codes) in attributed(view, project) {
        let lower = sentence.to_lowercase();
        for claim in CLAIMS {
            let words = claim
                .words
                .iter()
                .find(|(lang, _)| *lang == view.lang)
                .map(|(_, w)| *w)
                .unwrap_or(&[]);
            if !words.iter().any(|w| lower.contains(&w.to_lowercase())) {
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
    // The claims are worded in English and French; the other locales choose the same
    // variants (the selectors are on the same facts), and their words are not listed yet.
    let worded = |tag: &str| {
        CLAIMS
            .iter()
            .all(|c| c.words.iter().any(|(l, _)| *l == tag))
    };
    assert!(
        worded("en") && worded("fr"),
        "every claim needs its words in en and fr"
    );
    for locale in project.locale_ids() {
        if !worded(&locale.to_string()) {
            continue;
        }
        let renderer = Renderer::new(&project, locale, false).unwrap();
        for page in &pages {
            let view = renderer.page(*page).unwrap_or_else(|e| panic!("{e}"));
            found.extend(contradictions(&view, &project));
        }
    }
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
    let renderer = Renderer::new(&project, &"en".parse().unwrap(), false).unwrap();
    let mut view = renderer
        .page(PageRef::Code(Code::new(221).unwrap()))
        .unwrap();
    view.lead.text =
        "Treat 221 (Closing Control Connection) as success: go on with the next command.".into();
    let found = contradictions(&view, &project);
    assert_eq!(found.len(), 2, "{found:#?}");
    view.lead.text = "Treat 502 as a refusal: change the command before trying again.".into();
    view.key = "ftp/502".into();
    assert_eq!(contradictions(&view, &project).len(), 1);
}

#[test]
fn the_contradiction_finder_catches_the_sentences_the_french_review_reported() {
    // The sentences the pages of 120, 421, 532 and 533 used to carry, each set against the
    // facts of its own code.
    let project = project();
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
        assert!(contradictions(&view, &project).is_empty(), "{code}");
        view.lead.text = old.into();
        let found = contradictions(&view, &project);
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
    // The Commands cell says "Most commands: N of the 53 in the RFCs": 53 must be the number
    // of commands the RFCs define, and "most" more than half of them.
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
    for (low, high, most) in [(200, 550, false), (421, 530, true)] {
        let pair = ftpdocs::model::Pair::new(Code::new(low).unwrap(), Code::new(high).unwrap());
        let view = renderer.page(PageRef::Comparison(pair.unwrap())).unwrap();
        let says_most = view.texts().any(|t| t.text.starts_with("Most commands"));
        assert_eq!(says_most, most, "{low} vs {high}");
    }
}

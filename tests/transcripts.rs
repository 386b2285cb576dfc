//! Every code page shows an exchange that leads to its code, and every exchange is one the
//! RFCs allow: it opens with the server's greeting, each command gets at most one preliminary
//! reply (1yz, with 110 restart markers inside a transfer) and then one final reply (RFC 959
//! §4.2, §5.4), and the last reply is the code, answering a command that returns it.

use std::path::Path;

use ftpdocs::load::{load_project, Project};
use ftpdocs::model::{Line, ReplyCode};

fn project() -> Project {
    load_project(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the project loads")
}

/// The code of a reply's last line (`226 Closing …`), `None` for the first or middle lines of
/// a multi-line reply (`211-…`, ` MDTM`).
fn final_code(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    (bytes.len() >= 4 && bytes[..3].iter().all(u8::is_ascii_digit) && bytes[3] == b' ')
        .then(|| text[..3].parse().ok())
        .flatten()
}

/// Checks one transcript; the problem found, if any.
fn check(reply: &ReplyCode) -> Result<(), String> {
    let lines = &reply.transcript;
    let Some(Line::Server(last)) = lines.last() else {
        return Err("it does not end with a reply from the server".into());
    };
    if final_code(last) != Some(reply.code.value()) {
        return Err(format!(
            "its last line is not a {} reply: {last}",
            reply.code
        ));
    }
    let mut last_command: Option<&str> = None;
    // Replies the server owes: the greeting first, then one final reply per command.
    let mut awaiting_final = true;
    let mut preliminary = false;
    for (i, line) in lines.iter().enumerate() {
        match line {
            Line::Client(text) => {
                if awaiting_final {
                    return Err(format!(
                        "line {}: the client sends {text:?} before the server's final reply",
                        i + 1
                    ));
                }
                last_command = text.split_whitespace().next();
                awaiting_final = true;
                preliminary = false;
            }
            Line::Server(text) => {
                let Some(code) = final_code(text) else {
                    continue;
                };
                if !awaiting_final {
                    return Err(format!(
                        "line {}: a reply that answers nothing: {text}",
                        i + 1
                    ));
                }
                if i == 0 && ![120, 220, 421].contains(&code) {
                    return Err(format!(
                        "it opens with {code}, not a greeting (RFC 959 §5.4)"
                    ));
                }
                match code / 100 {
                    1 if code == 110 && preliminary => {}
                    1 if preliminary => {
                        return Err(format!("line {}: a second preliminary reply", i + 1));
                    }
                    1 => preliminary = true,
                    _ => awaiting_final = false,
                }
            }
        }
    }
    match last_command {
        Some(command) if !reply.commands().contains(&command) => Err(format!(
            "it ends by answering {command}, which is not among the commands of {}: {:?}",
            reply.code,
            reply.commands()
        )),
        None if !reply.on_connect => Err(format!(
            "{} is not sent when the connection opens, yet no command precedes it",
            reply.code
        )),
        _ => Ok(()),
    }
}

#[test]
fn every_code_has_an_exchange_that_the_rfcs_allow() {
    let project = project();
    let mut problems = Vec::new();
    for reply in project.content.codes.values() {
        if reply.transcript.is_empty() {
            problems.push(format!("{}: no transcript", reply.code));
        } else if let Err(problem) = check(reply) {
            problems.push(format!("{}: {problem}", reply.code));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_refuses_exchanges_the_rfcs_do_not_allow() {
    let project = project();
    let code = |n: u16| {
        project
            .content
            .code(ftpdocs::model::Code::new(n).unwrap())
            .unwrap()
            .clone()
    };
    let server = |t: &str| Line::Server(t.into());
    let client = |t: &str| Line::Client(t.into());

    // 221 answering USER: not a command that returns 221.
    let mut quit = code(221);
    quit.transcript = vec![
        server("220 Ready."),
        client("USER anna"),
        server("221 Bye."),
    ];
    assert!(check(&quit).unwrap_err().contains("USER"));

    // A command sent while the server still owes a final reply.
    let mut transfer = code(226);
    transfer.transcript = vec![
        server("220 Ready."),
        client("RETR a"),
        server("150 Opening."),
        client("RETR b"),
        server("226 Done."),
    ];
    assert!(check(&transfer)
        .unwrap_err()
        .contains("before the server's final reply"));

    // Two preliminary replies to one command.
    transfer.transcript = vec![
        server("220 Ready."),
        client("RETR a"),
        server("150 Opening."),
        server("125 Already open."),
        server("226 Done."),
    ];
    assert!(check(&transfer).unwrap_err().contains("second preliminary"));

    // A session that does not open with a greeting.
    let mut refused = code(503);
    refused.transcript = vec![client("PASS x"), server("503 Bad sequence.")];
    assert!(check(&refused).is_err());
}

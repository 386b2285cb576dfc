//! The domain: reply codes, their meanings and sources, and the published comparisons.
//!
//! Everything here is language-neutral. Text lives in Fluent messages, named by id.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// A three-digit FTP reply code, 100–699.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Code(u16);

impl Code {
    pub const MIN: u16 = 100;
    pub const MAX: u16 = 699;

    pub fn new(value: u16) -> Option<Code> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Code(value))
    }

    pub fn value(self) -> u16 {
        self.0
    }

    /// The first digit: 1 positive preliminary … 5 permanent negative, 6 protected (RFC 2228).
    pub fn class(self) -> u8 {
        (self.0 / 100) as u8
    }

    /// The second digit: 0 syntax … 5 file system (RFC 959 §4.2.1).
    pub fn group(self) -> u8 {
        (self.0 / 10 % 10) as u8
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A section of an RFC that defines or uses a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub rfc: u16,
    pub section: String,
}

impl Source {
    /// The RFC Editor's address of the section.
    pub fn url(&self) -> String {
        let anchor = if self
            .section
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        {
            format!("#section-{}", self.section)
        } else {
            String::new()
        };
        format!("https://www.rfc-editor.org/rfc/rfc{}{anchor}", self.rfc)
    }
}

/// One meaning of a code: most codes have one; 521 and 522 have one per defining RFC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meaning {
    /// Fluent message with `.description`, `.seen` and `.fix`.
    pub message: String,
    pub sources: Vec<Source>,
    pub commands: Vec<String>,
    /// The reply text the RFC gives, verbatim (servers send it in English whatever the
    /// reader's language); `None` when the RFC fixes no text.
    pub reply_text: Option<String>,
}

/// What a reply asks of the client, whatever its class says in general. Frame sentences
/// select on this, never on the class alone: a class holds codes that call for different
/// reactions (220 and 221 are both 2yz).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientAction {
    /// The server's greeting: it answers no command of the session; log in next.
    Greeting,
    /// A preliminary reply: wait for the final reply before sending another command.
    WaitFinal,
    /// The request succeeded: the session goes on.
    Success,
    /// The server needs more: send the command that completes the exchange.
    SendNext,
    /// A temporary failure: the same request may succeed later on the same connection.
    RetryLater,
    /// The server closes the control connection: reconnect and log in before anything else.
    Reconnect,
    /// The session needs a login before this request.
    LogIn,
    /// The user may be logged in, but the request needs an account: send ACCT, then the
    /// request again, which the server has discarded (532, RFC 959 §4.1.1).
    SendAccount,
    /// The request as sent cannot succeed: correct its arguments, its order or what it depends on.
    ChangeRequest,
    /// No change to the request helps: the server does not implement it, or refuses it by
    /// policy or for lack of resources that the client does not control.
    NothingHelps,
    /// The server ends the session the client asked to end.
    SessionOver,
    /// A protected reply: decode it, then act on the reply inside.
    Decode,
}

impl ClientAction {
    /// The value Fluent selectors match: the same word as in the YAML.
    pub fn as_str(self) -> &'static str {
        match self {
            ClientAction::Greeting => "greeting",
            ClientAction::WaitFinal => "wait-final",
            ClientAction::Success => "success",
            ClientAction::SendNext => "send-next",
            ClientAction::RetryLater => "retry-later",
            ClientAction::Reconnect => "reconnect",
            ClientAction::LogIn => "log-in",
            ClientAction::SendAccount => "send-account",
            ClientAction::ChangeRequest => "change-request",
            ClientAction::NothingHelps => "nothing-helps",
            ClientAction::SessionOver => "session-over",
            ClientAction::Decode => "decode",
        }
    }
}

/// One line of a control-connection exchange, as it crosses the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Line {
    Client(String),
    Server(String),
}

impl Line {
    pub fn text(&self) -> &str {
        match self {
            Line::Client(text) | Line::Server(text) => text,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReplyCode {
    pub code: Code,
    /// Fluent message whose value is the code's name.
    pub message: String,
    pub meanings: Vec<Meaning>,
    /// Sent by the server when the control connection opens (RFC 959 §5.4).
    pub on_connect: bool,
    /// What the code asks of the client, and the RFC section that says so.
    pub action: ClientAction,
    pub action_source: Source,
    /// A short exchange on the control connection that ends with this code.
    pub transcript: Vec<Line>,
    pub related: Vec<Code>,
    #[serde(skip)]
    pub path: PathBuf,
}

impl ReplyCode {
    /// True when the code has more than one defining RFC and the page shows each meaning.
    pub fn has_several_meanings(&self) -> bool {
        self.meanings.len() > 1
    }

    /// Every command of every meaning, in order, without repeats.
    pub fn commands(&self) -> Vec<&str> {
        let mut seen = Vec::new();
        for command in self.meanings.iter().flat_map(|m| &m.commands) {
            if !seen.contains(&command.as_str()) {
                seen.push(command.as_str());
            }
        }
        seen
    }
}

/// Two codes compared on one page, the lower first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pair {
    pub low: Code,
    pub high: Code,
}

impl Pair {
    /// `None` when both codes are the same.
    pub fn new(a: Code, b: Code) -> Option<Pair> {
        match a.cmp(&b) {
            std::cmp::Ordering::Less => Some(Pair { low: a, high: b }),
            std::cmp::Ordering::Greater => Some(Pair { low: b, high: a }),
            std::cmp::Ordering::Equal => None,
        }
    }

    pub fn contains(&self, code: Code) -> bool {
        self.low == code || self.high == code
    }
}

/// A comparison the site publishes, optionally with an editorial note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub pair: Pair,
    pub note: Option<String>,
}

/// A number people meet in FTP clients that no RFC defines as a reply: a Winsock error, or a
/// three-digit number some servers send in place of the RFC code (430, 434, 231).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotFtp {
    pub number: u32,
    /// The Winsock constant, or the text such servers send with the number.
    pub name: String,
    pub message: String,
    /// The RFC codes that mean what the number is used for; empty for Winsock errors.
    pub instead: Vec<Code>,
    /// The RFC sections its page names.
    pub sources: Vec<Source>,
}

impl NotFtp {
    /// `winsock` or `unassigned`: what Fluent selectors match.
    pub fn kind(&self) -> &'static str {
        if self.instead.is_empty() {
            "winsock"
        } else {
            "unassigned"
        }
    }
}

/// All the facts under `content/`.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub codes: BTreeMap<Code, ReplyCode>,
    pub comparisons: Vec<Comparison>,
    pub not_ftp: Vec<NotFtp>,
}

impl Content {
    pub fn code(&self, code: Code) -> Option<&ReplyCode> {
        self.codes.get(&code)
    }

    /// How many distinct commands the codes answer, across every RFC the content covers.
    pub fn command_count(&self) -> usize {
        let commands: std::collections::BTreeSet<&str> = self
            .codes
            .values()
            .flat_map(|c| c.meanings.iter().flat_map(|m| &m.commands))
            .map(String::as_str)
            .collect();
        commands.len()
    }

    pub fn comparison(&self, pair: Pair) -> Option<&Comparison> {
        self.comparisons.iter().find(|c| c.pair == pair)
    }

    /// Every pair of distinct codes, n·(n−1)/2 of them, in order.
    pub fn all_pairs(&self) -> impl Iterator<Item = Pair> + '_ {
        let codes: Vec<Code> = self.codes.keys().copied().collect();
        (0..codes.len()).flat_map(move |i| {
            let codes = codes.clone();
            (i + 1..codes.len()).map(move |j| Pair {
                low: codes[i],
                high: codes[j],
            })
        })
    }

    /// Every message id the content names, with the file that names it.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        let codes = self.codes.values().flat_map(|c| {
            std::iter::once(c.message.as_str()).chain(c.meanings.iter().map(|m| m.message.as_str()))
        });
        let notes = self.comparisons.iter().filter_map(|c| c.note.as_deref());
        let not_ftp = self.not_ftp.iter().map(|n| n.message.as_str());
        codes.chain(notes).chain(not_ftp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(n: u16) -> Code {
        Code::new(n).unwrap()
    }

    #[test]
    fn class_and_group_come_from_the_digits() {
        assert_eq!((code(503).class(), code(503).group()), (5, 0));
        assert_eq!((code(227).class(), code(227).group()), (2, 2));
        assert_eq!((code(633).class(), code(633).group()), (6, 3));
    }

    #[test]
    fn codes_outside_100_to_699_are_refused() {
        assert!(Code::new(99).is_none());
        assert!(Code::new(700).is_none());
        assert!(Code::new(100).is_some() && Code::new(699).is_some());
    }

    #[test]
    fn pairs_put_the_lower_code_first_and_refuse_twins() {
        let pair = Pair::new(code(503), code(220)).unwrap();
        assert_eq!((pair.low, pair.high), (code(220), code(503)));
        assert!(Pair::new(code(220), code(220)).is_none());
    }

    #[test]
    fn rfc_links_point_at_the_section() {
        let s = Source {
            rfc: 959,
            section: "4.2.1".into(),
        };
        assert_eq!(
            s.url(),
            "https://www.rfc-editor.org/rfc/rfc959#section-4.2.1"
        );
        let appendix = Source {
            rfc: 959,
            section: "Appendix II".into(),
        };
        assert_eq!(appendix.url(), "https://www.rfc-editor.org/rfc/rfc959");
    }
}

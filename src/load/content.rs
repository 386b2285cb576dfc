//! Loads `content/`: the reply codes, the published comparisons and the numbers that are not
//! FTP replies.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::files;
use super::yaml::{self, locate};
use crate::diagnostic::{Position, Problem};
use crate::model::{
    ClientAction, Code, Comparison, Content, Line, Meaning, NotFtp, Pair, ReplyCode, Source,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CodeFile {
    code: CodeValue,
    message: String,
    sources: Option<Vec<SourceFile>>,
    commands: Option<Vec<String>>,
    meanings: Option<Vec<MeaningFile>>,
    #[serde(default)]
    on_connect: bool,
    client_action: ClientAction,
    action_source: SourceFile,
    reply_text: Option<String>,
    #[serde(default)]
    transcript: Vec<LineFile>,
    #[serde(default)]
    related: Vec<CodeValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename_all = "kebab-case")]
struct MeaningFile {
    message: String,
    sources: Vec<SourceFile>,
    #[serde(default)]
    commands: Vec<String>,
    reply_text: Option<String>,
}

/// One line of a transcript: `- client: USER anna` or `- server: 331 …`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineFile {
    client: Option<String>,
    server: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceFile {
    rfc: u16,
    section: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ComparisonFile {
    pair: [CodeValue; 2],
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotFtpFile {
    number: u32,
    name: String,
    message: String,
    /// For a three-digit number no RFC defines: the RFC codes to use instead.
    #[serde(default)]
    instead: Vec<CodeValue>,
    #[serde(default)]
    sources: Vec<SourceFile>,
}

/// A code as written in YAML, checked for range after parsing so that the problem can point
/// at the number itself (serde places custom errors at the start of the enclosing mapping).
#[derive(Clone, Copy, Deserialize)]
#[serde(transparent)]
struct CodeValue(i64);

impl CodeValue {
    /// The code, or a problem at the `nth` `key:` of `source` where the number is written.
    fn check(self, path: &Path, source: &str, key: &str, nth: usize) -> Result<Code, Problem> {
        u16::try_from(self.0)
            .ok()
            .and_then(Code::new)
            .ok_or_else(|| {
                let at = locate(source, key, nth, Some(&self.0.to_string()))
                    .unwrap_or(Position { line: 1, column: 1 });
                Problem::new(
                    path,
                    format!(
                        "{} is not an FTP reply code: codes run from {} to {}",
                        self.0,
                        Code::MIN,
                        Code::MAX
                    ),
                )
                .at(at)
            })
    }
}

/// Reads every file under `dir` (the project's `content/`), returning what could be read and
/// every problem found.
pub fn load_content(dir: &Path) -> (Content, Vec<Problem>) {
    let mut content = Content::default();
    let mut problems = Vec::new();
    load_codes(&dir.join("codes"), &mut content, &mut problems);
    let comparisons = dir.join("comparisons.yaml");
    if let Some(source) = read(&comparisons, &mut problems) {
        load_comparisons(&comparisons, &source, &mut content, &mut problems);
    }
    let not_ftp = dir.join("not-ftp.yaml");
    if not_ftp.exists() {
        if let Some(source) = read(&not_ftp, &mut problems) {
            match yaml::parse::<Vec<NotFtpFile>>(&not_ftp, &source) {
                Ok(entries) => {
                    content.not_ftp =
                        not_ftp_entries(&not_ftp, &source, entries, &content.codes, &mut problems)
                }
                Err(problem) => problems.push(problem),
            }
        }
    }
    check_related(&content, &mut problems);
    (content, problems)
}

fn read(path: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match files::read_text(path) {
        Ok(text) => Some(text),
        Err(problem) => {
            problems.push(problem);
            None
        }
    }
}

fn yaml_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::new(dir, format!("cannot read the folder: {err}")));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files
}

fn load_codes(dir: &Path, content: &mut Content, problems: &mut Vec<Problem>) {
    let mut first_seen: BTreeMap<Code, PathBuf> = BTreeMap::new();
    for path in yaml_files(dir, problems) {
        let Some(source) = read(&path, problems) else {
            continue;
        };
        let file: CodeFile = match yaml::parse(&path, &source) {
            Ok(file) => file,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let at_key =
            |key: &str| locate(&source, key, 0, None).unwrap_or(Position { line: 1, column: 1 });
        let code = match file.code.check(&path, &source, "code", 0) {
            Ok(code) => code,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let mut related = Vec::new();
        for value in &file.related {
            match value.check(&path, &source, "related", 0) {
                Ok(code) => related.push(code),
                Err(problem) => problems.push(problem),
            }
        }
        if let Some(first) = first_seen.get(&code) {
            problems.push(
                Problem::new(
                    &path,
                    format!(
                        "duplicate code {code}: already defined in {}",
                        first.display()
                    ),
                )
                .at(at_key("code")),
            );
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if stem != code.to_string() {
            problems.push(
                Problem::new(
                    &path,
                    format!("this file defines code {code}, so it must be named {code}.yaml"),
                )
                .at(at_key("code")),
            );
        }
        let Some(meanings) = meanings(&path, &file, &at_key, problems) else {
            continue;
        };
        let mut transcript = Vec::new();
        for line in &file.transcript {
            match (&line.client, &line.server) {
                (Some(text), None) => transcript.push(Line::Client(text.clone())),
                (None, Some(text)) => transcript.push(Line::Server(text.clone())),
                _ => problems.push(
                    Problem::new(
                        &path,
                        "each transcript line is either `client: …` or `server: …`",
                    )
                    .at(at_key("transcript")),
                ),
            }
        }
        first_seen.insert(code, path.clone());
        content.codes.insert(
            code,
            ReplyCode {
                code,
                message: file.message,
                meanings,
                on_connect: file.on_connect,
                action: file.client_action,
                action_source: sources(std::slice::from_ref(&file.action_source)).remove(0),
                transcript,
                related,
                path,
            },
        );
    }
}

fn meanings(
    path: &Path,
    file: &CodeFile,
    at_key: &dyn Fn(&str) -> Position,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Meaning>> {
    let mut fail = |key: &str, message: &str| {
        problems.push(Problem::new(path, message).at(at_key(key)));
        None
    };
    let Some(list) = &file.meanings else {
        return match &file.sources {
            None => fail(
                "code",
                "missing field `sources`: name at least one RFC section that defines the code",
            ),
            Some(list) if list.is_empty() => {
                fail("sources", "`sources` needs at least one RFC section")
            }
            Some(list) => Some(vec![Meaning {
                message: file.message.clone(),
                sources: sources(list),
                commands: file.commands.clone().unwrap_or_default(),
                reply_text: file.reply_text.clone(),
            }]),
        };
    };
    if file.sources.is_some() || file.commands.is_some() || file.reply_text.is_some() {
        return fail(
            "meanings",
            "a code with `meanings` keeps its sources, commands and reply text inside each meaning",
        );
    }
    if list.len() < 2 {
        return fail(
            "meanings",
            "`meanings` is for codes with two or more defining RFCs; use `sources` and `commands`",
        );
    }
    if list.iter().any(|m| m.sources.is_empty()) {
        return fail("meanings", "each meaning needs at least one RFC source");
    }
    Some(
        list.iter()
            .map(|m| Meaning {
                message: m.message.clone(),
                sources: sources(&m.sources),
                commands: m.commands.clone(),
                reply_text: m.reply_text.clone(),
            })
            .collect(),
    )
}

fn sources(list: &[SourceFile]) -> Vec<Source> {
    list.iter()
        .map(|s| Source {
            rfc: s.rfc,
            section: s.section.clone(),
        })
        .collect()
}

fn load_comparisons(path: &Path, source: &str, content: &mut Content, problems: &mut Vec<Problem>) {
    let entries: Vec<ComparisonFile> = match yaml::parse(path, source) {
        Ok(entries) => entries,
        Err(problem) => {
            problems.push(problem);
            return;
        }
    };
    let codes: Vec<Code> = content.codes.keys().copied().collect();
    for (i, entry) in entries.into_iter().enumerate() {
        let checked = entry.pair.map(|c| c.check(path, source, "pair", i));
        let (a, b) = match checked {
            [Ok(a), Ok(b)] => (a, b),
            [a, b] => {
                problems.extend([a.err(), b.err()].into_iter().flatten());
                continue;
            }
        };
        let at = |token: &str| {
            locate(source, "pair", i, Some(token)).unwrap_or(Position { line: 1, column: 1 })
        };
        let Some(pair) = Pair::new(a, b) else {
            problems.push(
                Problem::new(
                    path,
                    format!("a comparison needs two different codes, not {a} twice"),
                )
                .at(at(&a.to_string())),
            );
            continue;
        };
        // A comparison of a code that failed to load is reported and dropped, so that whoever
        // goes on with a partial project (the checker) never meets a pair without its codes.
        let orphans: Vec<Code> = [pair.low, pair.high]
            .into_iter()
            .filter(|code| !codes.contains(code))
            .collect();
        for code in &orphans {
            problems.push(
                Problem::new(path, format!("code {code} has no file in content/codes/"))
                    .at(at(&code.to_string())),
            );
        }
        if !orphans.is_empty() {
            continue;
        }
        if content.comparison(pair).is_some() {
            problems.push(
                Problem::new(
                    path,
                    format!("the comparison {}–{} is listed twice", pair.low, pair.high),
                )
                .at(at(&a.to_string())),
            );
            continue;
        }
        content.comparisons.push(Comparison {
            pair,
            note: entry.note,
        });
    }
}

fn not_ftp_entries(
    path: &Path,
    source: &str,
    entries: Vec<NotFtpFile>,
    codes: &BTreeMap<Code, ReplyCode>,
    problems: &mut Vec<Problem>,
) -> Vec<NotFtp> {
    let mut out: Vec<NotFtp> = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let at = || locate(source, "number", i, None).unwrap_or(Position { line: 1, column: 1 });
        let mut instead = Vec::new();
        for value in &entry.instead {
            match value.check(path, source, "instead", i) {
                Ok(code) if codes.contains_key(&code) => instead.push(code),
                Ok(code) => problems.push(
                    Problem::new(
                        path,
                        format!("instead: code {code} has no file in content/codes/"),
                    )
                    .at(at()),
                ),
                Err(problem) => problems.push(problem),
            }
        }
        let in_range = (Code::MIN as u32..=Code::MAX as u32).contains(&entry.number);
        let defined = u16::try_from(entry.number)
            .ok()
            .and_then(Code::new)
            .is_some_and(|c| codes.contains_key(&c));
        if defined {
            problems.push(
                Problem::new(
                    path,
                    format!(
                        "{} is an FTP reply code; describe it in content/codes/",
                        entry.number
                    ),
                )
                .at(at()),
            );
        } else if in_range && entry.instead.is_empty() {
            problems.push(
                Problem::new(
                    path,
                    format!(
                        "{} looks like an FTP reply but no RFC defines it: name the RFC codes to use `instead`",
                        entry.number
                    ),
                )
                .at(at()),
            );
        } else if out.iter().any(|n| n.number == entry.number) {
            problems.push(Problem::new(path, format!("{} is listed twice", entry.number)).at(at()));
        } else {
            out.push(NotFtp {
                number: entry.number,
                name: entry.name,
                message: entry.message,
                instead,
                sources: sources(&entry.sources),
            });
        }
    }
    out
}

fn check_related(content: &Content, problems: &mut Vec<Problem>) {
    for code in content.codes.values() {
        for related in &code.related {
            if content.code(*related).is_none() || *related == code.code {
                let source = files::read_text(&code.path).unwrap_or_default();
                let at = locate(&source, "related", 0, Some(&related.to_string()))
                    .unwrap_or(Position { line: 1, column: 1 });
                let why = if *related == code.code {
                    "a code is not related to itself"
                } else {
                    "that code has no file in content/codes/"
                };
                problems.push(
                    Problem::new(&code.path, format!("related code {related}: {why}")).at(at),
                );
            }
        }
    }
}

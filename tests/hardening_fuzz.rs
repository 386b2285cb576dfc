//! A fuzz harness in the normal test suite: a small copy of the project has one of its files
//! mutated (truncated, cut, doubled, given random Unicode or bytes, nested deeply, given a
//! byte-order mark or YAML aliases), then every command runs on it. Whatever the input, each
//! must end by itself with status 0, 1 or 2 (never a panic, an abort, a signal or a hang) and
//! say why when it fails.
//!
//! The cases come from a fixed seed, so a run is repeatable; `FTPDOCS_FUZZ_CASES=N` runs more
//! of them and `FTPDOCS_FUZZ_SEED=0..255` other ones, for a longer search (see README). The `cargo fuzz` targets in `fuzz/` search the
//! library functions without the process overhead.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use common::{ftpdocs, project_copy};

/// The codes the small project keeps: enough for every kind of page.
const KEPT: [&str; 5] = ["120", "220", "221", "421", "503"];

/// The files a contributor edits, relative to the project root.
const TARGETS: [&str; 8] = [
    "locales/fr/page.ftl",
    "locales/fr/codes-2xx.ftl",
    "locales/en/page.ftl",
    "locales/fr/site.ftl",
    "content/codes/220.yaml",
    "content/comparisons.yaml",
    "content/not-ftp.yaml",
    "site.toml",
];

/// A copy of the project with five codes, two comparisons and one Winsock number, so that
/// each command runs in a fraction of a second even in a debug build.
fn small_project() -> tempfile::TempDir {
    let dir = project_copy();
    let codes = dir.path().join("content/codes");
    for entry in fs::read_dir(&codes).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !KEPT.contains(&stem.as_str()) {
            fs::remove_file(&path).unwrap();
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let kept: String = text
            .lines()
            .map(|line| match line.strip_prefix("related: ") {
                Some(_) => "related: [220]".to_string(),
                None => line.to_string(),
            })
            .map(|line| line + "\n")
            .collect();
        let kept = if stem == "220" {
            kept.replace("related: [220]", "related: [120]")
        } else {
            kept
        };
        fs::write(&path, kept).unwrap();
    }
    fs::write(
        dir.path().join("content/comparisons.yaml"),
        "- pair: [220, 503]\n- pair: [120, 220]\n  note: compare-120-220\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("content/not-ftp.yaml"),
        "- number: 10054\n  name: WSAECONNRESET\n  message: winsock-10054\n",
    )
    .unwrap();
    dir
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(f64),
    InsertText(f64, String),
    InsertBytes(f64, Vec<u8>),
    Delete(f64, f64),
    Duplicate(f64, f64),
    Nest(f64, usize, &'static str),
    ByteOrderMark,
    Aliases(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    prop_oneof![
        at.clone().prop_map(Mutation::Truncate),
        (at.clone(), any::<String>()).prop_map(|(a, s)| Mutation::InsertText(a, s)),
        (at.clone(), "[{}\\[\\]()$\\-*.=:\"\\\\ \n#&|!<>]{1,12}")
            .prop_map(|(a, s)| Mutation::InsertText(a, s)),
        (at.clone(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(a, b)| Mutation::InsertBytes(a, b)),
        (at.clone(), at.clone()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        (at.clone(), at.clone()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        (
            at,
            1usize..5000,
            prop::sample::select(vec!["{ ", "{", "F(", "{ -t(", "[", "- "])
        )
            .prop_map(|(a, n, s)| Mutation::Nest(a, n, s)),
        Just(Mutation::ByteOrderMark),
        (1usize..400).prop_map(Mutation::Aliases),
    ]
}

/// Applies `mutation` to `bytes`; positions are fractions of the length.
fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
    let len = bytes.len();
    match mutation {
        Mutation::Truncate(f) => bytes.truncate(at(*f, len)),
        Mutation::InsertText(f, s) => {
            let i = at(*f, len);
            bytes.splice(i..i, s.bytes());
        }
        Mutation::InsertBytes(f, b) => {
            let i = at(*f, len);
            bytes.splice(i..i, b.iter().copied());
        }
        Mutation::Delete(a, b) | Mutation::Duplicate(a, b) => {
            let (i, j) = (at(a.min(*b), len), at(a.max(*b), len));
            let part: Vec<u8> = bytes[i..j].to_vec();
            match mutation {
                Mutation::Delete(..) => {
                    bytes.drain(i..j);
                }
                _ => {
                    bytes.splice(j..j, part);
                }
            }
        }
        Mutation::Nest(f, n, opening) => {
            let i = at(*f, len);
            bytes.splice(i..i, opening.repeat(*n).into_bytes());
        }
        Mutation::ByteOrderMark => {
            bytes.splice(0..0, *b"\xEF\xBB\xBF");
        }
        Mutation::Aliases(n) => {
            let mut text = format!("x: &x \"{}\"\n", "a".repeat(10_000));
            for i in 0..*n {
                text.push_str(&format!("y{i}: [*x, *x, *x, *x]\n"));
            }
            bytes.extend_from_slice(text.as_bytes());
        }
    }
}

/// Runs one command and checks how it ended: a status of 0, 1 or 2 within the time limit,
/// no panic, and a diagnostic whenever the status is not 0.
fn run(root: &Path, args: &[&str]) -> Result<(), TestCaseError> {
    let output = ftpdocs(root, args)
        .timeout(Duration::from_secs(60))
        .output()
        .map_err(|e| TestCaseError::fail(format!("{args:?} could not run: {e}")))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let code = output.status.code();
    prop_assert!(
        matches!(code, Some(0..=2)),
        "{args:?} ended with {:?} (a signal, a panic or a timeout):\n{stderr}",
        output.status
    );
    prop_assert!(!stderr.contains("panicked"), "{args:?} panicked:\n{stderr}");
    if code != Some(0) {
        // A failure to run is told on stderr; findings are the report on stdout (human or
        // JSON).
        let said = stderr.contains("error")
            || ["error[", "warning[", "\"severity\""]
                .iter()
                .any(|s| stdout.contains(s));
        prop_assert!(
            said,
            "{args:?} failed without a diagnostic:\n{stdout}\n{stderr}"
        );
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("FTPDOCS_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24)
}

#[test]
fn no_mutated_file_makes_any_command_panic_hang_or_fail_silently() {
    let base = small_project();
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        max_shrink_iters: 64,
        ..Config::default()
    };
    // `FTPDOCS_FUZZ_SEED=N` searches other cases than the suite's.
    let seed_byte = std::env::var("FTPDOCS_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7u8);
    let seed = [seed_byte; 32];
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    let strategy = (
        prop::sample::select(TARGETS.to_vec()),
        prop::collection::vec(mutation(), 1..4),
        0usize..4,
    );
    let result = runner.run(&strategy, |(target, mutations, variant)| {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(base.path(), dir.path());
        let path = dir.path().join(target);
        let mut bytes = fs::read(&path).unwrap();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        fs::write(&path, &bytes).unwrap();
        let root = dir.path();
        let out = root.join("public");
        let out = out.to_str().unwrap();
        run(root, &["check"])?;
        run(root, &["stats", "--format", "json"])?;
        match variant {
            0 => run(
                root,
                &["render", "--lang", "all", "--format", "txt", "--out", out],
            ),
            1 => run(root, &["render", "--lang", "fr", "--out", out]),
            2 => run(
                root,
                &[
                    "render", "--lang", "fr", "--pair", "220,503", "--format", "md",
                ],
            ),
            _ => run(
                root,
                &["check", "--lang", "fr", "--format", "json", "--strict"],
            ),
        }
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

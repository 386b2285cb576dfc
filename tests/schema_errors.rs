//! The facts issue 14 added to the content (client-action, transcript, instead) fail clearly
//! when they are wrong: file:line:column, exit 1, no panic.

mod common;

use common::{ftpdocs, project_copy, replace};
use predicates::prelude::*;

fn render_fails_with(root: &std::path::Path, expected: &str) {
    ftpdocs(
        root,
        &["render", "--lang", "en", "--code", "221", "--format", "txt"],
    )
    .assert()
    .code(1)
    .stderr(predicate::str::contains(expected))
    .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn an_unknown_client_action_names_its_line_and_the_values_allowed() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/221.yaml",
        "client-action: session-over",
        "client-action: maybe-later",
    );
    render_fails_with(dir.path(), "content/codes/221.yaml:");
    render_fails_with(dir.path(), "unknown variant `maybe-later`");
}

#[test]
fn a_transcript_line_must_be_the_client_s_or_the_server_s() {
    let dir = project_copy();
    replace(
        dir.path(),
        "content/codes/221.yaml",
        "  - client: 'QUIT'",
        "  - client: 'QUIT'\n    server: '221 Bye.'",
    );
    render_fails_with(
        dir.path(),
        "each transcript line is either `client: …` or `server: …`",
    );
}

#[test]
fn a_three_digit_number_no_rfc_defines_needs_the_codes_to_use_instead() {
    let dir = project_copy();
    replace(dir.path(), "content/not-ftp.yaml", "  instead: [530]\n", "");
    render_fails_with(
        dir.path(),
        "430 looks like an FTP reply but no RFC defines it: name the RFC codes to use `instead`",
    );
}

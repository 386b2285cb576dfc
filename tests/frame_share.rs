//! How much of a comparison's own sections (Key Differences, When to Use Which) is frame text,
//! the sentences `page.ftl` adds to every pair, rather than text written for the codes or the
//! pair. `scripts/frame-share.sh` prints the figure over all 1,770 pairs in English.

use std::collections::HashSet;
use std::path::Path;

use fluent_bundle::{FluentBundle, FluentResource};
use ftpdocs::load::{load_project, Project};
use ftpdocs::model::Pair;
use ftpdocs::render::{PageRef, Renderer};
use serde_json::Value;

/// Files whose messages are the frame: the page's own sentences, headings and class names.
const FRAME_FILES: [&str; 3] = ["page.ftl", "classes.ftl", "site.ftl"];

/// Every message value and attribute of the reference locale that is written for one code or
/// one pair (`codes-*.ftl`, `comparisons.ftl`, …), formatted as a page shows it.
fn own_texts(project: &Project) -> HashSet<String> {
    let locale = project.reference();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![locale.id.clone()]);
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for file in &locale.files {
        let name = file.relative.to_string_lossy();
        if FRAME_FILES.iter().any(|f| name.ends_with(f)) {
            continue;
        }
        let _ = bundle.add_resource(&file.resource);
        ids.extend(ftpdocs::load::message_ids(&file.resource).map(str::to_string));
    }
    let mut texts = HashSet::new();
    for id in ids {
        let Some(message) = bundle.get_message(&id) else {
            continue;
        };
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        for pattern in patterns {
            let mut errors = Vec::new();
            texts.insert(
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned(),
            );
        }
    }
    texts
}

/// Every `text` of the view's JSON below `value`, whatever block holds it.
fn collect_texts(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => match map.get("text") {
            // A `Text`: `{ "text": "…", "fallback": … }`.
            Some(Value::String(text)) => out.push(text.clone()),
            // A block that holds its text under `text`, or none.
            _ => map.values().for_each(|v| collect_texts(v, out)),
        },
        Value::Array(items) => items.iter().for_each(|v| collect_texts(v, out)),
        _ => {}
    }
}

/// The characters of `text` that come from the frame: what is left once every text written
/// for a code or a pair (a whole note, a name, a quoted reply text) is taken out of it.
fn frame_chars(text: &str, own: &[String]) -> usize {
    let mut rest = text.to_string();
    for piece in own {
        if rest.contains(piece.as_str()) {
            rest = rest.replace(piece.as_str(), "");
        }
    }
    rest.chars().count()
}

/// (frame characters, all characters) of the Key Differences and When to Use Which sections of
/// the comparisons of `pairs` in English.
fn frame_share(project: &Project, pairs: &[Pair]) -> (usize, usize) {
    // Longest first, so that a whole note is taken out before a name inside it.
    let mut own: Vec<String> = own_texts(project)
        .into_iter()
        .filter(|t| t.chars().count() >= 4)
        .collect();
    own.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let en = project.reference().id.clone();
    let renderer = Renderer::new(project, &en, false).unwrap();
    let headings = ["Key Differences", "When to Use Which"];
    let (mut frame, mut total) = (0, 0);
    for pair in pairs {
        let view = renderer.page(PageRef::Comparison(*pair)).unwrap();
        for section in view
            .sections
            .iter()
            .filter(|s| headings.contains(&s.heading.text.as_str()))
        {
            let mut texts = Vec::new();
            for block in &section.blocks {
                collect_texts(&serde_json::to_value(block).unwrap(), &mut texts);
            }
            for text in texts {
                total += text.chars().count();
                frame += frame_chars(&text, &own);
            }
        }
    }
    (frame, total)
}

fn project() -> Project {
    load_project(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the project loads")
}

#[test]
#[ignore = "a measurement: run by scripts/frame-share.sh"]
fn print_frame_share() {
    let project = project();
    let all: Vec<Pair> = project.content.all_pairs().collect();
    let published: Vec<Pair> = project.content.comparisons.iter().map(|c| c.pair).collect();
    for (label, pairs) in [("all pairs", all), ("published", published)] {
        let (frame, total) = frame_share(&project, &pairs);
        println!(
            "frame-share: {label} ({} pages, en): {frame} of {total} characters, {:.1} %",
            pairs.len(),
            100.0 * frame as f64 / total as f64
        );
    }
}

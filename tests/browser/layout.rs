//! Layout in a real browser: Chromium lays out a page in a frame of a given width, and
//! `tests/data/layout-probe.html` reports where every line and character landed. The tests
//! read that report as a reader of the script would look at the page: Arabic runs right to left
//! with codes and command names left to right, and Japanese breaks lines between characters
//! without breaking the rules of Japanese typesetting (JIS X 4051 line-start and line-end
//! prohibitions, "kinsoku").

use serde::Deserialize;

/// What the probe saw, as it wrote it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    pub lang: String,
    pub dir: String,
    pub direction: String,
    pub scroll_width: f64,
    pub client_width: f64,
    pub crumbs: Vec<Span>,
    pub rows: Vec<Vec<Span>>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
pub struct Span {
    pub left: f64,
    pub right: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    pub tag: String,
    pub class: String,
    pub direction: String,
    pub line_break: String,
    #[serde(rename = "box")]
    pub content: Span,
    pub font_size: f64,
    pub lines: Vec<Line>,
    pub latin: Vec<LatinRun>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct Line {
    pub text: String,
    pub left: f64,
    pub right: f64,
}

/// A run of Latin letters or digits on one line, with the left edge of each character in
/// reading order.
#[derive(Debug, Deserialize)]
pub struct LatinRun {
    pub text: String,
    pub lefts: Vec<f64>,
}

impl Layout {
    /// The paragraphs of running text (not the transcript, the lists of commands or the tables).
    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.tag == "p")
    }

    pub fn transcripts(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .filter(|b| b.tag == "pre" && b.class.contains("transcript"))
    }
}

/// Within a pixel or two: edges are fractional, and a glyph's side bearing can stand out.
const EDGE: f64 = 2.5;

/// The lines of `block` that do not start at its right edge, as a right-to-left paragraph's
/// lines must.
pub fn lines_not_starting_at_the_right(block: &Block) -> Vec<&Line> {
    block
        .lines
        .iter()
        .filter(|l| (block.content.right - l.right).abs() > EDGE)
        .collect()
}

/// The lines of `block` that do not start at its left edge.
pub fn lines_not_starting_at_the_left(block: &Block) -> Vec<&Line> {
    block
        .lines
        .iter()
        .filter(|l| (l.left - block.content.left).abs() > EDGE)
        .collect()
}

/// The runs whose characters are not laid out left to right, in reading order: a code such as
/// 550 shown as 055, or a command name reversed.
pub fn reversed_runs(layout: &Layout) -> Vec<String> {
    layout
        .blocks
        .iter()
        .flat_map(|b| &b.latin)
        .filter(|run| run.lefts.windows(2).any(|w| w[1] <= w[0]))
        .map(|run| format!("{} at {:?}", run.text, run.lefts))
        .collect()
}

/// Characters that must not start a line (JIS X 4051 §6.1.1 and the strict set of CSS
/// `line-break`): closing brackets and quotes, the ideographic comma and full stop, the
/// middle dot, colon and the marks, the prolonged sound mark, small kana and iteration marks.
const NOT_AT_LINE_START: &str = "、。，．・：；？！ー）」』】〕〉》’”ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ)]}";
/// Characters that must not end a line: opening brackets and quotes.
const NOT_AT_LINE_END: &str = "（「『【〔〈《‘“([{";

/// The line breaks of `block` that Japanese typesetting forbids, as "end|start" pairs.
pub fn kinsoku_violations(block: &Block) -> Vec<String> {
    let mut found = Vec::new();
    for pair in block.lines.windows(2) {
        let end = pair[0].text.chars().last();
        let start = pair[1].text.chars().next();
        let bad_start = start.is_some_and(|c| NOT_AT_LINE_START.contains(c));
        let bad_end = end.is_some_and(|c| NOT_AT_LINE_END.contains(c));
        if bad_start || bad_end {
            found.push(format!("{}|{}", pair[0].text, pair[1].text));
        }
    }
    found
}

/// True for a character of the Japanese writing system (kana, kanji, full-width forms).
pub fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// The breaks of `block` that fall between two Japanese characters, where no space is.
pub fn breaks_between_characters(block: &Block) -> usize {
    block
        .lines
        .windows(2)
        .filter(|pair| {
            let end = pair[0].text.chars().last();
            let start = pair[1].text.chars().next();
            end.is_some_and(is_japanese) && start.is_some_and(is_japanese)
        })
        .count()
}

/// The lines of `block`, but its last, that leave more than `ems` of the measure empty: text
/// that breaks only at spaces leaves long gaps, or runs past the edge, in Japanese. A line
/// before a Latin word (a command name, "RFC", a number), which moves to the next line whole
/// with any opening bracket before it, may end early.
pub fn short_lines(block: &Block, ems: f64) -> Vec<&Line> {
    block
        .lines
        .windows(2)
        .filter(|pair| block.content.right - pair[0].right > ems * block.font_size)
        .filter(|pair| {
            let next = pair[1]
                .text
                .trim_start_matches(|c| NOT_AT_LINE_END.contains(c));
            !next.starts_with(|c: char| c.is_ascii_alphanumeric())
        })
        .map(|pair| &pair[0])
        .collect()
}

//! Parses one `.ftl` source into an owned summary the checks compare: entries with their
//! positions, each pattern's text, variables, references and select expressions.
//!
//! fluent-syntax keeps no spans in its AST, but with `&str` input every identifier and text
//! element is a slice of the source, so positions come from the slices' addresses.

use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::BTreeSet;

use super::count_words::{self, Context, CountWords};
use super::source::LineIndex;
use super::text::PlainText;

/// One parsed file: its text, line index, entries in source order and syntax problems.
#[derive(Debug, Default)]
pub struct FtlFile {
    pub source: String,
    pub lines: LineIndex,
    pub entries: Vec<Entry>,
    pub syntax: Vec<SyntaxProblem>,
}

/// A parse error or a piece of junk the parser skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    pub offset: usize,
    pub message: String,
}

/// A message or a term (whose id starts with `-`).
#[derive(Debug)]
pub struct Entry {
    pub id: String,
    pub is_term: bool,
    /// Byte offset of the id in the source.
    pub offset: usize,
    pub value: Option<Pattern>,
    pub attributes: Vec<Attribute>,
    pub markers: Markers,
    /// The attached comment's lines, joined with newlines.
    pub comment: String,
    /// Which `##` group of its file the entry is in: 0 before the first group comment.
    pub group: usize,
}

impl Entry {
    /// The value (`None`) or the named attribute's pattern, if the entry has it.
    pub fn pattern(&self, attribute: Option<&str>) -> Option<&Pattern> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self
                .attributes
                .iter()
                .find(|a| a.name == name)
                .map(|a| &a.value),
        }
    }
}

#[derive(Debug)]
pub struct Attribute {
    pub name: String,
    pub offset: usize,
    pub value: Pattern,
}

/// What a translator said about a message in its attached comment.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Markers {
    /// `# ftpdocs: same-as-source`: the text is rightly identical to the reference.
    pub same_as_source: bool,
    /// `# ftpdocs: allow <check>, <check>`: checks silenced for this message.
    pub allow: Vec<String>,
    /// `# ftpdocs: not-yet-translated`: a copy of the reference waiting for its translator
    /// (written by `ftpdocs new-locale`); rendered as a fallback, counted as not translated.
    pub not_yet_translated: bool,
    /// The message is not for translation: its comment, or the group comment above it, says
    /// "do not translate", "no need to translate" or "no longer used" (Anki retires messages
    /// under `## NO NEED TO TRANSLATE. This text is no longer used by Anki…`).
    pub retired: bool,
}

/// A select expression and its variant keys.
#[derive(Debug, Clone)]
pub struct Select {
    pub offset: usize,
    /// The variable chosen on (`$count` as `count`), when the selector is one.
    pub selector: Option<String>,
    pub keys: Vec<String>,
    /// Each variant's key offset and its own text elements (not those of nested selects).
    pub variants: Vec<VariantText>,
    /// The words next to the count where the default variant is read.
    pub count_words: CountWords,
    /// Whether the count is shown right before the select, so that each variant is the word
    /// it counts (`{ $n } { $n -> [one] nóiméad *[other] nóiméid }`).
    pub counted_before: bool,
}

impl Select {
    /// The default variant (`*[other]`) and its key.
    pub fn default_variant(&self) -> Option<(&VariantText, &str)> {
        self.variants
            .iter()
            .zip(&self.keys)
            .find(|(v, _)| v.default)
            .map(|(v, k)| (v, k.as_str()))
    }

    /// The variant keyed `key` (`one`, `0`), when the select has one.
    pub fn variant(&self, key: &str) -> Option<&VariantText> {
        self.variants
            .iter()
            .zip(&self.keys)
            .find(|(_, k)| *k == key)
            .map(|(v, _)| v)
    }
}

/// Where a variant's key is and the literal text written directly in the variant.
#[derive(Debug, Clone)]
pub struct VariantText {
    pub key_offset: usize,
    pub literal: String,
    /// The variant shows the selector's own variable (`{ $count }`).
    pub shows_selector: bool,
    /// The variant marked `*`, chosen for every number no other key names.
    pub default: bool,
    /// The variant's text with each placeable written as `{}` (or `{$name}` for a variable),
    /// whitespace collapsed: two variants with the same signature show the same words.
    pub signature: String,
}

/// The facts checks need about one pattern (a value or an attribute).
#[derive(Debug, Default)]
pub struct Pattern {
    pub offset: usize,
    pub text: PlainText,
    pub variables: BTreeSet<String>,
    /// Variables used only to choose a variant (`{ $count -> … }`), never shown: a language
    /// that needs no variants there may drop them.
    pub selector_only: BTreeSet<String>,
    /// Message references as `id` or `id.attr`, term references as `-id`.
    pub references: BTreeSet<String>,
    pub selects: Vec<Select>,
    /// Nothing a reader would see: only blanks and empty string literals (`{ "" }`).
    pub empty: bool,
    /// Only blanks, some perhaps written as string literals (`{ " " }`): a separator.
    pub blank: bool,
}

/// The marker comment forms, documented in docs/checker.md.
pub const SAME_AS_SOURCE: &str = "ftpdocs: same-as-source";
pub const ALLOW: &str = "ftpdocs: allow";
pub const NOT_YET_TRANSLATED: &str = "ftpdocs: not-yet-translated";

impl FtlFile {
    /// The entries Fluent uses: each id's first definition. A later one is only a
    /// `duplicate-id` finding; what it says reaches no reader.
    pub fn in_effect(&self) -> impl Iterator<Item = &Entry> {
        let mut seen = std::collections::HashSet::new();
        self.entries
            .iter()
            .filter(move |e| seen.insert(e.id.as_str()))
    }

    /// The entries by id, the first definition winning as in Fluent: what a check looks the
    /// reference's message up in, in linear time for large files.
    pub fn by_id(&self) -> std::collections::HashMap<&str, &Entry> {
        let mut out = std::collections::HashMap::with_capacity(self.entries.len());
        for e in &self.entries {
            out.entry(e.id.as_str()).or_insert(e);
        }
        out
    }

    /// Parses `source`; never fails: problems are kept in `syntax`.
    pub fn parse(source: String) -> FtlFile {
        let lines = LineIndex::new(&source);
        let (entries, syntax) = {
            let src = source.as_str();
            let (resource, errors) = match parser::parse(src) {
                Ok(resource) => (resource, Vec::new()),
                Err((resource, errors)) => (resource, errors),
            };
            let syntax = errors
                .iter()
                .map(|e| SyntaxProblem {
                    offset: e.pos.start.min(src.len()),
                    message: e.kind.to_string(),
                })
                .collect();
            let mut group_retired = false;
            let mut group = 0;
            let mut entries = Vec::new();
            for entry in &resource.body {
                match entry {
                    ast::Entry::GroupComment(comment) => {
                        group_retired = says_retired(&comment.content.join("\n"));
                        group += 1;
                    }
                    _ => {
                        if let Some(mut entry) = convert_entry(src, entry) {
                            entry.markers.retired |= group_retired;
                            entry.group = group;
                            entries.push(entry);
                        }
                    }
                }
            }
            (entries, syntax)
        };
        FtlFile {
            source,
            lines,
            entries,
            syntax,
        }
    }
}

/// Byte offset of `part` inside `src`, when `part` is a slice of it.
fn offset_in(src: &str, part: &str) -> Option<usize> {
    let start = src.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + src.len()).then(|| at - start)
}

fn convert_entry(src: &str, entry: &ast::Entry<&str>) -> Option<Entry> {
    let (id, is_term, value, attributes, comment) = match entry {
        ast::Entry::Message(m) => (&m.id, false, m.value.as_ref(), &m.attributes, &m.comment),
        ast::Entry::Term(t) => (&t.id, true, Some(&t.value), &t.attributes, &t.comment),
        _ => return None,
    };
    let offset = offset_in(src, id.name).unwrap_or(0);
    let name = if is_term {
        format!("-{}", id.name)
    } else {
        id.name.to_string()
    };
    Some(Entry {
        id: name,
        is_term,
        offset,
        value: value.map(|p| convert_pattern(src, p, offset)),
        attributes: attributes
            .iter()
            .map(|a| {
                let at = offset_in(src, a.id.name).unwrap_or(offset);
                Attribute {
                    name: a.id.name.to_string(),
                    offset: at,
                    value: convert_pattern(src, &a.value, at),
                }
            })
            .collect(),
        markers: comment.as_ref().map(markers).unwrap_or_default(),
        comment: comment
            .as_ref()
            .map(|c| c.content.join("\n"))
            .unwrap_or_default(),
        group: 0,
    })
}

/// Does a comment say that what it covers is not for translation? "Do not translate" ends its
/// sentence ("DO NOT TRANSLATE.", not "Do not translate “Firefox”", which is about one word).
fn says_retired(comment: &str) -> bool {
    let lower = comment.to_lowercase();
    if lower.contains("no longer used") {
        return true;
    }
    // Firefox Relay's `# Deprecated` (also "Deprecated." or "DEPRECATED: use …-2").
    if lower
        .trim_start()
        .strip_prefix("deprecated")
        .is_some_and(|rest| {
            rest.chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ':' | '\n' | ' ' | '-'))
        })
    {
        return true;
    }
    [
        "do not translate",
        "don't translate",
        "no need to translate",
    ]
    .iter()
    .any(|phrase| {
        lower.match_indices(phrase).any(|(at, _)| {
            lower[at + phrase.len()..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | '!' | '\n'))
        })
    })
}

/// Does a comment ask to keep the reference's text? Firefox Relay's "if your locale did not
/// make this change, please keep the English version": identical text is then what was asked.
fn says_keep_source(comment: &str) -> bool {
    let lower = comment.to_lowercase();
    [
        "keep the english",
        "keep it in english",
        "leave it in english",
        "leave the english",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

fn markers(comment: &ast::Comment<&str>) -> Markers {
    let text = comment.content.join("\n");
    let mut found = Markers {
        retired: says_retired(&text),
        same_as_source: says_keep_source(&text),
        ..Markers::default()
    };
    for line in &comment.content {
        let line = line.trim();
        if line == SAME_AS_SOURCE {
            found.same_as_source = true;
        } else if line == NOT_YET_TRANSLATED {
            found.not_yet_translated = true;
        } else if let Some(rest) = line.strip_prefix(ALLOW) {
            found.allow.extend(
                rest.split([',', ' '])
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            );
        }
    }
    found
}

fn convert_pattern(src: &str, pattern: &ast::Pattern<&str>, fallback: usize) -> Pattern {
    let mut out = Pattern {
        offset: fallback,
        ..Pattern::default()
    };
    let mut first = true;
    walk_pattern(src, pattern, &mut out, &mut first, Context::default());
    let literals_all = |blank: fn(&str) -> bool| {
        pattern.elements.iter().all(|e| match e {
            ast::PatternElement::TextElement { value } => value.trim().is_empty(),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => blank(value),
            ast::PatternElement::Placeable { .. } => false,
        })
    };
    out.empty = literals_all(str::is_empty);
    out.blank = literals_all(|v| v.trim().is_empty());
    out.selector_only
        .retain(|name| !out.variables.contains(name));
    out.variables.extend(out.selector_only.iter().cloned());
    out
}

fn walk_pattern<'s>(
    src: &str,
    pattern: &ast::Pattern<&'s str>,
    out: &mut Pattern,
    first: &mut bool,
    mut context: Context<'s>,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let at = offset_in(src, value);
                if *first {
                    if let Some(at) = at {
                        out.offset = at;
                    }
                    *first = false;
                }
                out.text.push_text(value, at);
                context.text(value);
            }
            ast::PatternElement::Placeable { expression } => {
                *first = false;
                walk_expression(src, expression, out, first, &context);
                out.text.push_placeable(describe(expression));
                context.placeable(match expression {
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                        Some(id.name)
                    }
                    _ => None,
                });
            }
        }
    }
}

/// A short name of what a placeable shows: `$count`, `-brand`, `id.attr`, a literal.
fn describe(expression: &ast::Expression<&str>) -> String {
    use ast::InlineExpression as I;
    match expression {
        ast::Expression::Select { .. } => "select".to_string(),
        ast::Expression::Inline(inline) => match inline {
            I::VariableReference { id } => format!("${}", id.name),
            I::TermReference { id, .. } => format!("-{}", id.name),
            I::MessageReference { id, attribute } => match attribute {
                Some(attribute) => format!("{}.{}", id.name, attribute.name),
                None => id.name.to_string(),
            },
            I::FunctionReference { id, .. } => format!("{}()", id.name),
            I::StringLiteral { value } | I::NumberLiteral { value } => value.to_string(),
            I::Placeable { expression } => describe(expression),
        },
    }
}

fn walk_expression<'s>(
    src: &str,
    expr: &ast::Expression<&'s str>,
    out: &mut Pattern,
    first: &mut bool,
    context: &Context<'s>,
) {
    match expr {
        ast::Expression::Inline(inline) => walk_inline(src, inline, out, first),
        ast::Expression::Select { selector, variants } => {
            let selector_name = match selector {
                ast::InlineExpression::VariableReference { id } => Some(id.name),
                _ => None,
            };
            match selector {
                ast::InlineExpression::VariableReference { id } => {
                    out.selector_only.insert(id.name.to_string());
                }
                other => walk_inline(src, other, out, first),
            }
            let offset = variants
                .first()
                .and_then(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => offset_in(src, name),
                    ast::VariantKey::NumberLiteral { value } => offset_in(src, value),
                })
                .unwrap_or(out.offset);
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            let texts = variants
                .iter()
                .map(|v| VariantText {
                    key_offset: match &v.key {
                        ast::VariantKey::Identifier { name } => offset_in(src, name),
                        ast::VariantKey::NumberLiteral { value } => offset_in(src, value),
                    }
                    .unwrap_or(offset),
                    literal: v
                        .value
                        .elements
                        .iter()
                        .filter_map(|e| match e {
                            ast::PatternElement::TextElement { value } => Some(*value),
                            ast::PatternElement::Placeable { .. } => None,
                        })
                        .collect(),
                    shows_selector: v.value.elements.iter().any(|e| match e {
                        ast::PatternElement::Placeable {
                            expression: ast::Expression::Inline(inline),
                        } => shows_variable(inline, selector_name),
                        _ => false,
                    }),
                    default: v.default,
                    signature: variant_signature(&v.value),
                })
                .collect();
            let inner = context.for_select(selector_name);
            let count_words = variants
                .iter()
                .find(|v| v.default)
                .map(|v| count_words::around(&v.value, selector_name, context, &inner))
                .unwrap_or_default();
            let counted_before = context
                .shown
                .is_some_and(|(shown, _)| Some(shown) == selector_name);
            out.selects.push(Select {
                offset,
                selector: selector_name.map(str::to_string),
                keys,
                variants: texts,
                count_words,
                counted_before,
            });
            for variant in variants {
                out.text.push_break();
                walk_pattern(src, &variant.value, out, first, inner.clone());
            }
            out.text.push_break();
        }
    }
}

/// Does a placeable show the variable `name`, itself or formatted (`NUMBER($count, …)`)?
fn shows_variable(inline: &ast::InlineExpression<&str>, name: Option<&str>) -> bool {
    match inline {
        ast::InlineExpression::VariableReference { id } => Some(id.name) == name,
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .iter()
            .any(|argument| shows_variable(argument, name)),
        _ => false,
    }
}

/// See [`VariantText::signature`].
fn variant_signature(pattern: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => {
                out.push_str("{$");
                out.push_str(id.name);
                out.push('}');
            }
            ast::PatternElement::Placeable { .. } => out.push_str("{}"),
        }
    }
    out.split(|c: char| c.is_whitespace() || c == '\u{200b}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn walk_inline(
    src: &str,
    inline: &ast::InlineExpression<&str>,
    out: &mut Pattern,
    first: &mut bool,
) {
    use ast::InlineExpression as I;
    match inline {
        I::VariableReference { id } => {
            out.variables.insert(id.name.to_string());
        }
        I::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(attr) => format!("{}.{}", id.name, attr.name),
                None => id.name.to_string(),
            };
            out.references.insert(name);
        }
        I::TermReference {
            id,
            attribute,
            arguments,
        } => {
            // Like compare-locales: a term attribute (`-brand.gender`) is a private detail of
            // the locale, not a reference the translation must keep.
            if attribute.is_none() {
                out.references.insert(format!("-{}", id.name));
            }
            if let Some(args) = arguments {
                walk_arguments(src, args, out, first);
            }
        }
        I::FunctionReference { arguments, .. } => walk_arguments(src, arguments, out, first),
        I::Placeable { expression } => {
            walk_expression(src, expression, out, first, &Context::default())
        }
        I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(src: &str, args: &ast::CallArguments<&str>, out: &mut Pattern, first: &mut bool) {
    for arg in &args.positional {
        walk_inline(src, arg, out, first);
    }
    for arg in &args.named {
        walk_inline(src, &arg.value, out, first);
    }
}

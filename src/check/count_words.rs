//! The words around a plural select's count, as the default variant reads: the word written
//! right before the number and the one right after it. The `plural` check reads them to know
//! the grammatical case a count stands in (Czech "Mazání 2 položek": after a verbal noun).

use fluent_syntax::ast;

/// The words next to the count in the default variant's reading, lowercase, when a word is
/// directly there (punctuation or another placeable between leaves `None`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountWords {
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What precedes a point of a pattern: the word directly before it, and the variable shown
/// directly before it (with only blanks since) with the word before that.
#[derive(Debug, Clone, Default)]
pub struct Context<'s> {
    pub word: Option<&'s str>,
    pub shown: Option<(&'s str, Option<&'s str>)>,
}

impl<'s> Context<'s> {
    /// The context after a text element.
    pub fn text(&mut self, text: &'s str) {
        if text
            .trim_matches(|c: char| c.is_whitespace() || is_quote(c))
            .is_empty()
        {
            return;
        }
        self.word = last_word(text);
        self.shown = None;
    }

    /// The context after a placeable: a variable is remembered as a count shown; anything
    /// else stands between the words.
    pub fn placeable(&mut self, variable: Option<&'s str>) {
        self.shown = variable.map(|name| (name, self.word.take()));
        self.word = None;
    }

    /// The context of a select's variants: the word before the select, or before the count
    /// it directly follows ("Mazání { $items } { $items -> … }").
    pub fn for_select(&self, selector: Option<&str>) -> Context<'s> {
        let word = match (self.shown, selector) {
            (Some((shown, before)), Some(selector)) if shown == selector => before,
            _ => self.word,
        };
        Context { word, shown: None }
    }
}

/// The words around the count in `variant`, whose text follows `context`. When the variant
/// does not show the count, the count shown before the select is the one read.
pub fn around<'s>(
    variant: &ast::Pattern<&'s str>,
    selector: Option<&str>,
    outer: &Context<'s>,
    context: &Context<'s>,
) -> CountWords {
    let mut word = context.word;
    let mut elements = variant.elements.iter();
    while let Some(element) = elements.next() {
        match element {
            ast::PatternElement::TextElement { value } => {
                if !value
                    .trim_matches(|c: char| c.is_whitespace() || is_quote(c))
                    .is_empty()
                {
                    word = last_word(value);
                }
            }
            ast::PatternElement::Placeable { expression } => {
                if shows(expression, selector) {
                    let after = match elements.next() {
                        Some(ast::PatternElement::TextElement { value }) => first_word(value, true),
                        _ => None,
                    };
                    return CountWords {
                        before: word.map(str::to_lowercase),
                        after,
                    };
                }
                word = None;
            }
        }
    }
    // The count is outside: `{ $items } { $items -> [one] položky *[other] položek }`.
    let shown_before = matches!((outer.shown, selector), (Some((s, _)), Some(n)) if s == n);
    if !shown_before {
        return CountWords::default();
    }
    let after = match variant.elements.first() {
        Some(ast::PatternElement::TextElement { value }) => first_word(value, false),
        _ => None,
    };
    CountWords {
        before: context.word.map(str::to_lowercase),
        after,
    }
}

fn shows(expression: &ast::Expression<&str>, selector: Option<&str>) -> bool {
    use ast::InlineExpression as I;
    match expression {
        ast::Expression::Inline(I::VariableReference { id }) => Some(id.name) == selector,
        ast::Expression::Inline(I::FunctionReference { arguments, .. }) => arguments
            .positional
            .iter()
            .any(|a| matches!(a, I::VariableReference { id } if Some(id.name) == selector)),
        _ => false,
    }
}

/// Quotation marks, which a count may stand in without changing its case (`usuwanie "{ $n }"`).
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '„' | '“' | '”' | '«' | '»' | '‚' | '‘' | '’'
    )
}

/// The last word of `text` when the text ends with it (blanks and an opening quote after
/// allowed, other punctuation not).
fn last_word(text: &str) -> Option<&str> {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || is_quote(c));
    let word = text.split_whitespace().next_back()?;
    word.chars().all(char::is_alphabetic).then_some(word)
}

/// The first word of `text`, its trailing punctuation dropped, when the text starts with it
/// (after a blank, when `after_blank`: "{ $n }x" has no word after the count).
fn first_word(text: &str, after_blank: bool) -> Option<String> {
    let text = text.trim_start_matches(is_quote);
    if after_blank && !text.starts_with(char::is_whitespace) {
        return None;
    }
    let word = text.split_whitespace().next()?;
    let word = word.trim_start_matches(is_quote);
    let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
    (!word.is_empty() && word.chars().all(char::is_alphabetic)).then(|| word.to_lowercase())
}

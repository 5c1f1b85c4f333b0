//! A line's text with its item's slots filled: every renderer and the goal
//! sheet spell lines with these (unfilled slots keep their placeholder).

use std::borrow::Cow;

use goalframes_l10n::Lang;

use crate::frame::{Content, Line, Part, Segment};
use crate::values::Values;

/// The text of one segment of a line in `lang`, with the line's item values
/// filled in.
pub fn segment<'a>(
    segment: &'a Segment,
    lang: Lang,
    item: Option<&str>,
    values: &'a Values,
) -> Cow<'a, str> {
    match &segment.content {
        Content::Fixed(text) => Cow::Borrowed(text),
        Content::Number(n) => Cow::Owned(n.to_string()),
        Content::Quote(quote) => Cow::Borrowed(quote.text.as_ref()),
        Content::Slot(kind) => Cow::Borrowed(
            item.and_then(|item| values.get(item, *kind))
                .unwrap_or(kind.placeholder(lang)),
        ),
    }
}

/// A line as it stands in a text block.
pub fn line(line: &Line, values: &Values) -> String {
    parts(line, values, |_| true)
}

/// The concatenated text of the segments whose part passes `keep`.
pub fn parts(line: &Line, values: &Values, keep: impl Fn(Part) -> bool) -> String {
    let item = line.item.as_deref();
    line.segments
        .iter()
        .filter(|s| keep(s.part))
        .map(|s| segment(s, line.wording.lang(), item, values))
        .collect()
}

/// A line's body (what views show as the row's content).
pub fn body(line: &Line, values: &Values) -> String {
    parts(line, values, |p| p == Part::Body)
}

/// A line's body with `unfilled` in place of each unfilled slot's placeholder
/// (for exports whose readers would take ⟨target⟩ for data).
pub fn body_or(line: &Line, values: &Values, unfilled: &str) -> String {
    let item = line.item.as_deref();
    line.segments
        .iter()
        .filter(|s| s.part == Part::Body)
        .map(|s| match s.content {
            Content::Slot(kind) => item
                .and_then(|item| values.get(item, kind))
                .unwrap_or(unfilled)
                .to_string(),
            _ => segment(s, line.wording.lang(), item, values).into_owned(),
        })
        .collect()
}

/// A line's provenance tag content, e.g. `JFM responsibility (P4)`, if it has one.
pub fn source(line: &Line, values: &Values) -> Option<String> {
    let text = parts(line, values, |p| p == Part::Source);
    (!text.is_empty()).then_some(text)
}

//! `canon.toml`'s optional `[review]` table: the rating scale, the score's
//! split between goals and competencies, and the achievement cap. Every key
//! is optional and takes the default of [`ReviewRules::DEFAULT`]; what the
//! rules must be is [`ReviewRules::new`]'s, and its error is reported at the
//! key at fault (`review.goals_share`, `review.scale[2].value`).

use std::ops::Range;

use super::toml_reader::{FileCx, TableReader};
use crate::canon::review::{PointField, ReviewRules, RulesError, ScalePoint};
use crate::canon::Text;

/// The table's name in `canon.toml`.
pub(super) const TABLE: &str = "review";

/// The `[review]` table's rules; the default without one. A problem is
/// reported, and the default returned (the canon is refused anyway).
pub(super) fn read(cx: &mut FileCx<'_>, root: &TableReader<'_, '_>) -> ReviewRules {
    let Some(table) = root.table(cx, TABLE) else {
        return ReviewRules::DEFAULT;
    };
    let reported = cx.reported();
    table.deny_unknown(
        cx,
        &[
            "goals_share",
            "competencies_share",
            "achievement_cap",
            "scale",
        ],
    );
    let default = ReviewRules::DEFAULT;
    let mut number =
        |key: &str, or: u32| table.optional_number(cx, key).ok().flatten().unwrap_or(or);
    let goals = number("goals_share", default.goals_share);
    let competencies = number("competencies_share", default.competencies_share);
    let cap = number("achievement_cap", default.achievement_cap);
    let (points, point_spans): (Vec<_>, Vec<_>) = match scale(cx, &table) {
        Some(read) => read.into_iter().unzip(),
        None => (default.scale.to_vec(), Vec::new()),
    };
    // With a key unread, the rules would be checked without it: wrongly.
    if cx.reported() > reported {
        return default;
    }
    ReviewRules::new(points, goals, competencies, cap).unwrap_or_else(|error| {
        let (span, key) = place(&table, &point_spans, &error);
        cx.error(&span, &key, error.to_string());
        default
    })
}

/// The spans of a scale point's `value` and `label` (its table's when absent).
struct PointSpans {
    value: Range<usize>,
    label: Range<usize>,
}

/// The `[[review.scale]]` points read, each with where its keys stand;
/// `None` without any. A point that cannot be read is reported and left out.
fn scale(
    cx: &mut FileCx<'_>,
    table: &TableReader<'_, '_>,
) -> Option<Vec<(ScalePoint, PointSpans)>> {
    let mut points = Vec::new();
    for point in table.tables(cx, "scale")? {
        point.deny_unknown(cx, &["value", "label"]);
        let value = point.optional_number(cx, "value");
        if value == Ok(None) {
            point.missing(cx, "value", "the rating, a whole number");
        }
        let label = point.optional_string(cx, "label");
        if let (Ok(Some(value)), Ok(label)) = (value, label) {
            points.push((
                ScalePoint {
                    value,
                    label: label.map(Text::Owned),
                },
                PointSpans {
                    value: point.span_of("value"),
                    label: point.span_of("label"),
                },
            ));
        }
    }
    Some(points)
}

/// Where a rules error is reported: the key at fault and its span.
fn place(
    table: &TableReader<'_, '_>,
    points: &[PointSpans],
    error: &RulesError,
) -> (Range<usize>, String) {
    if let Some((i, field)) = error.point() {
        if let Some(spans) = points.get(i) {
            let span = match field {
                PointField::Value => &spans.value,
                PointField::Label => &spans.label,
            };
            let key = format!("{}[{i}].{}", table.key_path("scale"), field.key());
            return (span.clone(), key);
        }
    }
    let key = error.key();
    // The shares are told at the goals share, or the competencies share
    // when only that one is written.
    let at = if key == "goals_share" && table.entry(key).is_none() {
        "competencies_share"
    } else {
        key
    };
    (table.span_of(at), table.key_path(key))
}

//! CSV (RFC 4180, via the csv crate): one row per item with its slot values.
//!
//! Columns: family, level, frame, item, label, text, baseline, target, date, source.
//! `text` is the item's lines as in the text block (filled), joined by line feeds;
//! `source` names the canon fields they quote, e.g. `responsibilities[0]; rubrics."knowledge-application"`.

use crate::frame::{Field, FrameKind, ProfileFrames, SlotKind};
use crate::render::text;
use crate::values::Values;

/// The header row.
pub const COLUMNS: [&str; 10] = [
    "family", "level", "frame", "item", "label", "text", "baseline", "target", "date", "source",
];

/// The items of the chosen frames as CSV with a header row.
pub fn document(frames: &ProfileFrames, kinds: &[FrameKind], values: &Values) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).expect("writing to memory");
    for kind in kinds {
        let frame = frames.frame(*kind);
        for item in &frame.items {
            let lines: Vec<_> = frame
                .lines()
                .filter(|l| l.item.as_deref() == Some(item.key.as_str()))
                .collect();
            let text = lines
                .iter()
                .map(|l| text::line(l, values))
                .collect::<Vec<_>>()
                .join("\n");
            let mut sources: Vec<String> = Vec::new();
            for quote in lines.iter().flat_map(|l| l.quotes()) {
                if let Some(path) = field_path(&quote.field) {
                    if !sources.contains(&path) {
                        sources.push(path);
                    }
                }
            }
            let slot = |kind: SlotKind| {
                if item.slots.contains(&kind) {
                    values.get(&item.key, kind).unwrap_or(kind.placeholder())
                } else {
                    ""
                }
            };
            writer
                .write_record([
                    frames.family.as_ref(),
                    frames.level.as_ref(),
                    kind.id(),
                    item.key.as_str(),
                    item.label.as_str(),
                    text.as_str(),
                    slot(SlotKind::Baseline),
                    slot(SlotKind::Target),
                    slot(SlotKind::Date),
                    sources.join("; ").as_str(),
                ])
                .expect("writing to memory");
        }
    }
    let bytes = writer.into_inner().expect("writing to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8")
}

/// The canon key a quote comes from, for the fields worth naming as a source.
fn field_path(field: &Field) -> Option<String> {
    match field {
        Field::Responsibility { index } => Some(format!("responsibilities[{index}]")),
        Field::ComponentResponsibility { index } => {
            Some(format!("component_responsibilities[{index}]"))
        }
        Field::Rubric { name } => Some(format!("rubrics.\"{name}\"")),
        Field::DimensionText { key } => Some(format!("dimensions.{key}")),
        _ => None,
    }
}

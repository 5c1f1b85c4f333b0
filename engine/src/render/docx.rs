//! Word (.docx), through docx-rs: a heading and a table per frame, with the canon
//! name, version and notice, and the export date, in the document's first lines.

use docx_rs::{Docx, Paragraph, Run, Style, StyleType, Table, TableCell, TableRow};

use crate::frame::{Frame, FrameKind, ProfileFrames, SlotKind, Template};
use crate::render::text;
use crate::render::ExportInfo;
use crate::values::Values;

/// The chosen frames of a profile as .docx bytes.
pub fn document(
    frames: &ProfileFrames,
    kinds: &[FrameKind],
    values: &Values,
    info: &ExportInfo,
) -> Vec<u8> {
    let mut doc = Docx::new()
        .add_style(heading_style("Heading1", "Heading 1", 36, 0))
        .add_style(heading_style("Heading2", "Heading 2", 28, 1))
        .add_paragraph(para(&text::body(&frames.heading, values)).style("Heading1"))
        .add_paragraph(para(&text::body(&frames.breadcrumb, values)));
    for line in info.lines() {
        doc = doc.add_paragraph(para(&line));
    }
    doc = doc.add_paragraph(para(&format!(
        "Canon: {} {}",
        frames.canon.name, frames.canon.version
    )));
    if let Some(notice) = &frames.canon.notice {
        doc = doc.add_paragraph(para(&format!("Notice: {notice}")));
    }
    doc = doc.add_paragraph(para(&text::body(&frames.preamble, values)));
    for kind in kinds {
        let frame = frames.frame(*kind);
        doc = doc
            .add_paragraph(para(kind.title()).style("Heading2"))
            .add_paragraph(para(kind.intro()));
        doc = if frame.is_empty() {
            doc.add_paragraph(para(kind.empty_sentence()))
        } else {
            doc.add_table(table(frame, values))
        };
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .expect("writing a .docx to memory");
    out.into_inner()
}

fn heading_style(id: &str, name: &str, size: usize, level: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .bold()
        .size(size)
        .outline_lvl(level)
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn cell(text: &str) -> TableCell {
    TableCell::new().add_paragraph(para(text))
}

fn header_row(names: &[&str]) -> TableRow {
    TableRow::new(
        names
            .iter()
            .map(|n| {
                TableCell::new()
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_text(*n).bold()))
            })
            .collect(),
    )
}

fn slot(line_item: Option<&str>, values: &Values, kind: SlotKind) -> String {
    line_item
        .and_then(|item| values.get(item, kind))
        .unwrap_or(kind.placeholder())
        .to_string()
}

/// MBO as Area | Standard | Target | Due; the other frames as one row per line:
/// the row's label, its text and its source.
fn table(frame: &Frame, values: &Values) -> Table {
    if frame.kind == FrameKind::Mbo {
        let mut rows = vec![header_row(&["Area", "Standard", "Target", "Due"])];
        for block in &frame.blocks {
            let find = |pred: fn(Template) -> bool| block.lines.iter().find(|l| pred(l.template));
            let area = find(|t| matches!(t, Template::MboAreaComponent | Template::MboAreaReused));
            let standard = find(|t| {
                matches!(
                    t,
                    Template::MboStandardRubric | Template::MboStandardDecisionRights
                )
            });
            let due = find(|t| t == Template::MboTargetDue);
            let item = due.and_then(|l| l.item.as_deref());
            rows.push(TableRow::new(vec![
                cell(&area.map(|l| text::body(l, values)).unwrap_or_default()),
                cell(&standard.map(|l| text::body(l, values)).unwrap_or_default()),
                cell(&slot(item, values, SlotKind::Target)),
                cell(&slot(item, values, SlotKind::Date)),
            ]));
        }
        return Table::new(rows).set_grid(vec![3000, 3600, 1400, 1400]);
    }
    let mut rows = vec![header_row(&["", "Text", "Source"])];
    for block in &frame.blocks {
        for (i, line) in block.lines.iter().enumerate() {
            // A block's first line names it: "1.", "Objective 2", a perspective.
            let label = match (i, line.template.label()) {
                (_, Some(label)) => label.to_string(),
                (0, None) => text::parts(line, values, |p| p == crate::frame::Part::Layout)
                    .split("  [")
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .trim_end_matches([':', '.'])
                    .to_string(),
                _ => String::new(),
            };
            rows.push(TableRow::new(vec![
                cell(&label),
                cell(&text::body(line, values)),
                cell(&text::source(line, values).unwrap_or_default()),
            ]));
        }
    }
    // Column widths in twentieths of a point: a narrow label, wide text.
    Table::new(rows).set_grid(vec![1500, 6000, 1900])
}

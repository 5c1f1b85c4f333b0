//! Plain text: each frame's "Copy / print as text" block, byte for byte as in
//! golden/, and a whole-profile document around them.

use crate::frame::{Frame, FrameKind, ProfileFrames};
use crate::goals::{percent, Unfilled};
use crate::message::Catalog;
use crate::render::ExportInfo;
use crate::sheet::review::report::{acknowledgement_lines, ReviewReport};
use crate::values::Values;

pub use crate::fill::{body, body_or, line, parts, segment, source};

/// A frame's text block: blocks separated by one empty line, ending with one line
/// feed; zero bytes for an empty frame.
pub fn frame(frame: &Frame, values: &Values) -> String {
    let mut out = String::new();
    for (i, block) in frame.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for l in &block.lines {
            out.push_str(&line(l, values));
            out.push('\n');
        }
    }
    out
}

/// The whole profile as plain text: heading, breadcrumb, canon stamp, preamble,
/// then each chosen frame's title, intro and block (or its empty sentence).
pub fn document(
    frames: &ProfileFrames,
    kinds: &[FrameKind],
    values: &Values,
    info: &ExportInfo,
) -> String {
    let mut out = String::new();
    out.push_str(&line(&frames.heading, values));
    out.push('\n');
    out.push_str(&line(&frames.breadcrumb, values));
    out.push_str("\n\n");
    for line in info.lines(frames.catalog()) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&stamp(frames));
    out.push_str(&line(&frames.preamble, values));
    out.push('\n');
    for kind in kinds {
        let f = frames.frame(*kind);
        out.push('\n');
        out.push_str(&f.title);
        out.push_str("\n\n");
        out.push_str(&f.intro);
        out.push_str("\n\n");
        if f.is_empty() {
            out.push_str(&f.empty);
            out.push('\n');
        } else {
            out.push_str(&frame(f, values));
        }
    }
    out
}

/// `Canon: {name} {version}` and the canon's notice, each on its own line.
pub fn stamp(frames: &ProfileFrames) -> String {
    let t = frames.catalog();
    let mut out = t.doc_canon(&frames.canon.name, &frames.canon.version);
    out.push('\n');
    if let Some(notice) = &frames.canon.notice {
        out.push_str(&t.label_colon(t.doc_notice()));
        out.push(' ');
        out.push_str(notice);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// The goal sheet as plain text: who, when, the canon, then each goal in
/// order (its label, weight and source; its lines as in the frame's text block,
/// or an own goal's words and measure), the total weight, and signature lines.
pub fn goal_sheet(goals: &crate::goals::GoalSheet<'_>, info: &ExportInfo) -> String {
    let frames = goals.frames;
    let t = frames.catalog();
    let values = &goals.values;
    let mut out = format!(
        "{}\n{}\n\n",
        t.doc_goal_sheet(&body(&frames.display_title, values)),
        line(&frames.breadcrumb, values)
    );
    for field in header_fields(goals, info) {
        out.push_str(&field);
        out.push('\n');
    }
    out.push_str(&stamp(frames));
    let review = goals.shown_review();
    if let Some(review) = review {
        for line in review.stage_lines() {
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    for row in &goals.rows {
        out.push_str(&format!("{}. {}", row.number, row.title()));
        if let Some(weight) = row.weight {
            out.push_str(" — ");
            out.push_str(&t.doc_weight(&percent(weight)));
        }
        out.push('\n');
        if row.lines.is_empty() {
            // An own goal, or one the canon no longer has: its mark, and
            // what it is measured by.
            out.push_str(&format!("   {}\n", row.source));
            for part in goals.measure(row, Unfilled::Placeholder) {
                out.push_str(&format!("   {part}\n"));
            }
        } else {
            for l in &row.lines {
                out.push_str(&line(l, values));
                out.push('\n');
            }
        }
        if let Some((goal, rules)) = review.and_then(|r| Some((r.goal(&row.key)?, &r.rules))) {
            for l in goal.lines(rules, t) {
                out.push_str(&format!("   {l}\n"));
            }
        }
        out.push('\n');
    }
    if let Some(total) = goals.total_weight().line(t) {
        out.push_str(&total);
        out.push_str("\n\n");
    }
    match review {
        Some(review) => out.push_str(&review_end(review)),
        None => out.push_str(&signatures(t)),
    }
    out
}

/// The end of a reviewed goal sheet: the competency rows (each its ratings
/// line, the canon's text and its source), the scores, and the
/// acknowledgement block in place of the plain signature lines.
fn review_end(review: &ReviewReport) -> String {
    let t = review.catalog();
    let mut out = String::new();
    if !review.competencies.is_empty() {
        out.push_str(t.review_competencies());
        out.push_str("\n\n");
        for row in &review.competencies {
            out.push_str(&format!(
                "{}\n   {}\n   {}\n",
                row.line(&review.rules, t),
                row.competency.text.text,
                row.source_line(t)
            ));
        }
        out.push('\n');
    }
    out.push_str(t.review_score());
    out.push_str("\n\n");
    for line in review.score_lines() {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(t.review_acknowledgement_heading());
    out.push_str("\n\n");
    out.push_str(t.review_acknowledgement());
    out.push_str("\n\n");
    out.push_str(&acknowledgement_lines(t).join("\n\n"));
    out.push('\n');
    out
}

/// Who, when and which period a goal sheet is for: `Person: …`, `Period: …`,
/// `Review date: …`, `Exported: …`, for the filled fields.
pub fn header_fields(goals: &crate::goals::GoalSheet<'_>, info: &ExportInfo) -> Vec<String> {
    let sheet = goals.sheet;
    let t = goals.frames.catalog();
    [
        (t.sheet_person(), sheet.person.clone()),
        (t.sheet_period(), goals.sheet.period_line(t)),
        (t.sheet_review_date(), sheet.review_date.clone()),
        (t.sheet_exported(), info.date.clone()),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|v| format!("{} {v}", t.label_colon(label))))
    .collect()
}

/// The lines a goal sheet ends with, for signing on paper.
pub fn signatures(t: &Catalog) -> String {
    format!("{}\n\n{}\n", t.signature_employee(), t.signature_manager())
}

//! Markdown: headings per frame, one sub-heading per goal or perspective, a table
//! for MBO areas. Canon text and values are escaped so they always read as text.

use crate::frame::{Frame, FrameKind, Line, Part, ProfileFrames, SlotKind};
use crate::goals::{labelled_body, percent, Unfilled};
use crate::message::Catalog;
use crate::render::text;
use crate::render::ExportInfo;
use crate::sheet::review::report::acknowledgement_lines;
use crate::values::Values;

/// Backslash-escapes every character Markdown could read as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '&'
                | '|'
                | '#'
                | '~'
                | '{'
                | '}'
                | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escaped(line: &Line, values: &Values, keep: impl Fn(Part) -> bool) -> String {
    let item = line.item.as_deref();
    line.segments
        .iter()
        .filter(|s| keep(s.part))
        .map(|s| escape(&text::segment(s, line.wording.lang(), item, values)))
        .collect()
}

fn body(line: &Line, values: &Values) -> String {
    escaped(line, values, |p| p == Part::Body)
}

/// A row's label in bold with its colon (`**Specific:** `), or nothing.
fn row_label(line: &Line) -> String {
    let t = crate::message::catalog(line.wording.lang());
    line.label
        .as_ref()
        .map(|label| format!("**{}** ", escape(&t.label_colon(label))))
        .unwrap_or_default()
}

fn source(line: &Line, values: &Values) -> Option<String> {
    let s = escaped(line, values, |p| p == Part::Source);
    (!s.is_empty()).then_some(s)
}

fn slot(line: &Line, values: &Values, kind: SlotKind) -> String {
    let value = line
        .item
        .as_deref()
        .and_then(|item| values.get(item, kind))
        .unwrap_or(kind.placeholder(line.wording.lang()));
    escape(value)
}

/// The chosen frames of a profile as a Markdown document.
pub fn document(
    frames: &ProfileFrames,
    kinds: &[FrameKind],
    values: &Values,
    info: &ExportInfo,
) -> String {
    let t = frames.catalog();
    let mut out = format!("# {}\n\n", body(&frames.heading, values));
    out.push_str(&body(&frames.breadcrumb, values));
    out.push_str("\n\n");
    for line in info.lines(t) {
        out.push_str(&format!("{}  \n", escape(&line)));
    }
    out.push_str(&stamp(frames));
    out.push_str(&format!("> {}\n", body(&frames.preamble, values)));
    for kind in kinds {
        out.push('\n');
        frame(&mut out, frames.frame(*kind), values, t);
    }
    out
}

/// `Canon: {name} {version}` and the canon's notice in bold, as paragraphs.
fn stamp(frames: &ProfileFrames) -> String {
    let t = frames.catalog();
    let mut out = format!(
        "{}\n\n",
        escape(&t.doc_canon(&frames.canon.name, &frames.canon.version))
    );
    if let Some(notice) = &frames.canon.notice {
        out.push_str(&format!(
            "**{}** {}\n\n",
            escape(&t.label_colon(t.doc_notice())),
            escape(notice)
        ));
    }
    out
}

fn frame(out: &mut String, frame: &Frame, values: &Values, t: &Catalog) {
    let kind = frame.kind;
    out.push_str(&format!(
        "## {}\n\n_{}_\n\n",
        frame.title,
        escape(&frame.intro)
    ));
    if frame.is_empty() {
        out.push_str(&format!("{}\n", escape(&frame.empty)));
        return;
    }
    if kind == FrameKind::Mbo {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---|---|\n",
            escape(t.mbo_area_label()),
            escape(t.mbo_standard_rubric_label()),
            escape(t.mbo_target_label()),
            escape(t.mbo_due_label())
        ));
        for block in &frame.blocks {
            let row = block.mbo_row();
            let due = row.target_due;
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                row.area.map(|l| body(l, values)).unwrap_or_default(),
                row.standard.map(|l| body(l, values)).unwrap_or_default(),
                due.map(|l| slot(l, values, SlotKind::Target))
                    .unwrap_or_default(),
                due.map(|l| slot(l, values, SlotKind::Date))
                    .unwrap_or_default(),
            ));
        }
        return;
    }
    for block in &frame.blocks {
        let Some((first, rest)) = block.lines.split_first() else {
            continue;
        };
        // The first line of a block names it: a goal, an objective, a perspective.
        out.push_str(&format!("### {}\n\n", title(first, values)));
        if let Some(src) = source(first, values) {
            out.push_str(&format!(
                "{} {src}\n\n",
                escape(&t.label_colon(t.doc_source()))
            ));
        }
        for l in rest {
            let label = row_label(l);
            let src = source(l, values)
                .map(|s| format!(" _({})_", t.doc_source_note(&s)))
                .unwrap_or_default();
            out.push_str(&format!("- {label}{}{src}\n", body(l, values)));
        }
        out.push('\n');
    }
    // One blank line between frames is added by the caller.
    while out.ends_with("\n\n") {
        out.pop();
    }
}

/// A block's first line without its source tag: `1. {resp}`, `Objective 1: {resp}`.
fn title(line: &Line, values: &Values) -> String {
    let item = line.item.as_deref();
    let tag_start = line
        .segments
        .windows(2)
        .position(|w| w[0].part == Part::Layout && w[1].part == Part::Source)
        .unwrap_or(line.segments.len());
    line.segments[..tag_start]
        .iter()
        .map(|s| escape(&text::segment(s, line.wording.lang(), item, values)))
        .collect()
}

/// The goal sheet as Markdown: a heading, who and when, a table of the goals
/// (number, goal, framework, weight, target, due), each goal's lines, and
/// signature lines.
pub fn goal_sheet(goals: &crate::goals::GoalSheet<'_>, info: &ExportInfo) -> String {
    let frames = goals.frames;
    let t = frames.catalog();
    let values = &goals.values;
    let mut out = format!(
        "# {}\n\n",
        t.doc_goal_sheet(&body(&frames.display_title, values))
    );
    out.push_str(&body(&frames.breadcrumb, values));
    out.push_str("\n\n");
    for field in text::header_fields(goals, info) {
        out.push_str(&format!("{}  \n", escape(&field)));
    }
    out.push_str(&stamp(frames));
    let review = goals.shown_review();
    if let Some(review) = review {
        for line in review.stage_lines() {
            out.push_str(&format!("{}  \n", escape(&line)));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "| # | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|\n",
        escape(t.doc_column_goal()),
        escape(t.doc_column_framework()),
        escape(t.doc_column_weight()),
        escape(t.doc_column_target()),
        escape(t.doc_column_due())
    ));
    let cell = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_default();
    for row in &goals.rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            row.number,
            escape(row.title()),
            escape(row.framework.name(t)),
            row.weight.map(percent).unwrap_or_default(),
            cell(&row.target),
            cell(&row.due),
        ));
    }
    if let Some(total) = goals.total_weight().line(t) {
        out.push_str(&format!("\n**{}**\n", escape(&total)));
    }
    for row in &goals.rows {
        out.push_str(&format!("\n## {}. {}\n\n", row.number, escape(row.title())));
        if row.lines.is_empty() {
            // An own goal, or one the canon no longer has.
            out.push_str(&format!("_{}_\n\n", escape(&row.source)));
            for part in goals.measure(row, Unfilled::Placeholder) {
                out.push_str(&format!("- {}\n", escape(&part)));
            }
        } else if let Some((first, rest)) = row.lines.split_first() {
            out.push_str(&format!("{}\n\n", body(first, values)));
            if let Some(src) = source(first, values) {
                out.push_str(&format!(
                    "{} {src}\n\n",
                    escape(&t.label_colon(t.doc_source()))
                ));
            }
            for l in rest {
                let label = row_label(l);
                let body = labelled_body(l, values, Unfilled::Placeholder);
                out.push_str(&format!("- {label}{}\n", escape(&body)));
            }
        }
        if let Some((goal, rules)) = review.and_then(|r| Some((r.goal(&row.key)?, &r.rules))) {
            let lines = goal.lines(rules, t);
            if !lines.is_empty() {
                out.push_str(&format!("\n**{}**\n\n", escape(t.review_heading())));
            }
            for line in lines {
                // A check-in is indented under "Check-ins:": a nested item.
                match line.strip_prefix("  ") {
                    Some(entry) => out.push_str(&format!("  - {}\n", escape(entry))),
                    None => out.push_str(&format!("- {}\n", escape(&line))),
                }
            }
        }
    }
    let Some(review) = review else {
        out.push_str(&format!("\n## {}\n\n", escape(t.doc_signatures())));
        for line in [t.signature_employee(), t.signature_manager()] {
            out.push_str(&format!("{}\n\n", escape(line)));
        }
        return out;
    };
    if !review.competencies.is_empty() {
        out.push_str(&format!("\n## {}\n\n", escape(t.review_competencies())));
        for row in &review.competencies {
            out.push_str(&format!(
                "- **{}**  \n  {}  \n  _{}_\n",
                escape(&row.line(&review.rules, t)),
                escape(&row.competency.text.text),
                escape(&row.source_line(t))
            ));
        }
    }
    out.push_str(&format!("\n## {}\n\n", escape(t.review_score())));
    for line in review.score_lines() {
        out.push_str(&format!("- {}\n", escape(&line)));
    }
    out.push_str(&format!(
        "\n## {}\n\n{}\n\n",
        escape(t.review_acknowledgement_heading()),
        escape(t.review_acknowledgement())
    ));
    for line in acknowledgement_lines(t) {
        out.push_str(&format!("{}\n\n", escape(line)));
    }
    out
}

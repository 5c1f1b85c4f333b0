//! The printed goal sheet as HTML: what the page prints when goals are kept.
//! It says what the text, Markdown and Word goal sheets say — the same rows,
//! titles, measures, total and signature lines, all from
//! [`GoalSheet`](crate::goals::GoalSheet) — laid out as Word lays it out: who
//! and when, one table row per goal, the total, and signature lines. The app
//! puts it into its print-only section; `style/goals.css` sets it on paper.

use crate::goals::{percent, GoalSheet, Unfilled};
use crate::render::html::escape;
use crate::render::{text, ExportInfo};
use crate::sheet::review::report::{acknowledgement_lines, ReviewReport};

/// The goal sheet as markup for the page's print-only section: a heading,
/// who and when, the canon, a table of the goals (number, goal, measure, due
/// date, weight), the total weight, and signature lines. All text is escaped.
pub fn goal_sheet(goals: &GoalSheet<'_>, info: &ExportInfo) -> String {
    let frames = goals.frames;
    let t = frames.catalog();
    let values = &goals.values;
    let mut out = String::new();
    let p = |out: &mut String, class: &str, text: &str| {
        if class.is_empty() {
            out.push_str(&format!("<p>{}</p>", escape(text)));
        } else {
            out.push_str(&format!(r#"<p class="{class}">{}</p>"#, escape(text)));
        }
    };
    out.push_str(&format!(
        "<h2>{}</h2>",
        escape(&t.doc_goal_sheet(&text::body(&frames.display_title, values)))
    ));
    p(&mut out, "", &text::body(&frames.breadcrumb, values));
    for field in text::header_fields(goals, info) {
        p(&mut out, "", &field);
    }
    p(
        &mut out,
        "",
        &t.doc_canon(&frames.canon.name, &frames.canon.version),
    );
    if let Some(notice) = &frames.canon.notice {
        p(
            &mut out,
            "",
            &format!("{} {notice}", t.label_colon(t.doc_notice())),
        );
    }
    let review = goals.shown_review();
    for line in review.map(ReviewReport::stage_lines).unwrap_or_default() {
        p(&mut out, "sheet-stage", &line);
    }
    // Column widths as in Word (`sheet_columns`), in percent: an attribute,
    // which the page's Content-Security-Policy allows where a style would not be.
    let [number, goal, measure, due, weight] = super::sheet_columns::percents(t);
    out.push_str(&format!(
        r#"<table><colgroup><col class="sheet-number" width="{number}%"><col class="sheet-goal" width="{goal}%"><col class="sheet-measure" width="{measure}%"><col class="sheet-due" width="{due}%"><col class="sheet-weight" width="{weight}%"></colgroup><thead><tr>"#
    ));
    out.push_str(&format!(
        r#"<th scope="col">#</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th>"#,
        escape(t.doc_column_goal()),
        escape(t.doc_column_measure()),
        escape(t.doc_column_due()),
        escape(t.doc_column_weight()),
    ));
    out.push_str("</tr></thead><tbody>");
    for row in &goals.rows {
        out.push_str(&format!("<tr><td>{}</td><td>", row.number));
        out.push_str(&format!(
            r#"<p class="sheet-title"><strong>{}</strong></p>"#,
            escape(row.title())
        ));
        if row.lines.is_empty() {
            // An own goal or one the canon no longer has: its mark, once.
            p(&mut out, "sheet-mark", &row.source);
        }
        if let Some(text) = row.text() {
            p(&mut out, "", text);
        }
        if !row.lines.is_empty() && !row.source.is_empty() {
            p(
                &mut out,
                "sheet-source",
                &format!("{} {}", t.label_colon(t.doc_source()), row.source),
            );
        }
        out.push_str("</td><td>");
        for part in goals.measure(row, Unfilled::Placeholder) {
            p(&mut out, "", &part);
        }
        out.push_str(&format!(
            r#"</td><td class="sheet-due">{}</td><td class="sheet-weight">{}</td></tr>"#,
            escape(row.due.as_deref().unwrap_or_default()),
            row.weight.map(percent).unwrap_or_default()
        ));
        if let Some((goal, rules)) = review.and_then(|r| Some((r.goal(&row.key)?, &r.rules))) {
            let lines = goal.lines(rules, t);
            if !lines.is_empty() {
                out.push_str(r#"<tr class="sheet-review"><td></td><td colspan="4">"#);
                for line in lines {
                    p(&mut out, "", &line);
                }
                out.push_str("</td></tr>");
            }
        }
    }
    out.push_str("</tbody></table>");
    if let Some(total) = goals.total_weight().line(t) {
        p(&mut out, "sheet-total", &total);
    }
    let Some(review) = review else {
        out.push_str(&format!(
            r#"<div class="signatures"><h3>{}</h3>"#,
            escape(t.doc_signatures())
        ));
        for line in [t.signature_employee(), t.signature_manager()] {
            p(&mut out, "", line);
        }
        out.push_str("</div>");
        return out;
    };
    if !review.competencies.is_empty() {
        out.push_str(&format!(
            r#"<h3>{}</h3><table class="sheet-competencies"><tbody>"#,
            escape(t.review_competencies())
        ));
        for row in &review.competencies {
            out.push_str(&format!(
                "<tr><td><strong>{}</strong></td><td>",
                escape(&row.competency.label)
            ));
            p(&mut out, "", &row.competency.text.text);
            p(&mut out, "sheet-source", &row.source_line(t));
            out.push_str(&format!(
                "</td><td>{}</td></tr>",
                escape(&row.ratings_line(&review.rules, t))
            ));
        }
        out.push_str("</tbody></table>");
    }
    out.push_str(&format!("<h3>{}</h3>", escape(t.review_score())));
    for line in review.score_lines() {
        p(&mut out, "", &line);
    }
    out.push_str(&format!(
        r#"<div class="signatures"><h3>{}</h3>"#,
        escape(t.review_acknowledgement_heading())
    ));
    p(&mut out, "", t.review_acknowledgement());
    for line in acknowledgement_lines(t) {
        p(&mut out, "", line);
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::Sheet;

    #[test]
    fn the_printed_sheet_escapes_what_was_typed_and_says_each_line_once() {
        let frames = crate::fixtures::example_frames();
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("mbo-3");
        sheet.set_weight("mbo-3", Some(90)).unwrap();
        let own = sheet.add_own_goal("own-1");
        sheet
            .set_own_goal_text(&own, "<img src=x onerror=alert(1)> & more")
            .unwrap();
        sheet.set_person("<b>Ada</b>").unwrap();
        let goals = GoalSheet::new(&frames, &sheet);
        let html = goal_sheet(&goals, &ExportInfo::default());
        assert!(!html.contains("<img") && !html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"));
        assert!(html.contains("Person: &lt;b&gt;Ada&lt;/b&gt;"));
        assert_eq!(html.matches("<tr>").count(), 3, "a header and two goals");
        assert_eq!(
            html.matches("Your own goal — not from the canon").count(),
            1
        );
        assert_eq!(html.matches("Canon: ").count(), 1);
        assert!(html.contains(r#"<p class="sheet-total">Total weight: 90% (not 100%)</p>"#));
        assert!(html.contains("Target: ⟨target⟩ · Due: ⟨date⟩"), "{html}");
    }
}

//! The review's read-only parts as the page shows them: the stage and its
//! records, a goal's check-ins, a competency row's canon text, the score.
//! The app puts them in around its inputs (markup is far smaller in the
//! wasm than a view per part); every line is [`ReviewReport`]'s, escaped.

use crate::render::html::escape;
use crate::sheet::review::report::{check_in_line, CompetencyReview, GoalReview, ReviewReport};
use crate::sheet::review::score::{COMPETENCY_RATING, GOAL_ACHIEVEMENT, GOAL_RATING, OVERALL};
use crate::sheet::review::{Figure, Side};

/// The stage and its records, as a list.
pub fn stage(report: &ReviewReport) -> String {
    let items: String = report
        .stage_lines()
        .iter()
        .map(|l| format!("<li>{}</li>", escape(l)))
        .collect();
    format!(r#"<ul class="stage-lines">{items}</ul>"#)
}

/// A goal's latest check-in (with the computed status, when there is one)
/// and, when it has several, all of them oldest first.
pub fn check_ins(goal: &GoalReview) -> String {
    let Some(latest) = goal.latest() else {
        return String::new();
    };
    let mut out = format!(
        r#"<p class="latest-check-in"><strong>Latest check-in: </strong>{}"#,
        escape(&check_in_line(latest))
    );
    if let Some(s) = goal.suggestion {
        out.push_str(&format!(
            r#" <span class="computed">{}</span>"#,
            escape(&s.how())
        ));
    }
    out.push_str("</p>");
    if goal.check_ins.len() > 1 {
        let items: String = goal
            .check_ins
            .iter()
            .map(|c| format!("<li>{}</li>", escape(&check_in_line(c))))
            .collect();
        out.push_str(&format!(
            r#"<details class="check-in-log"><summary>All {} check-ins</summary><ol>{items}</ol></details>"#,
            goal.check_ins.len()
        ));
    }
    out
}

/// A competency row's name, canon text and source.
pub fn competency(row: &CompetencyReview) -> String {
    let c = &row.competency;
    format!(
        r#"<h4>{}</h4><p class="canon">{}</p><p class="goal-source">{}</p>"#,
        escape(&c.label),
        escape(&c.text.text),
        escape(&c.source)
    )
}

/// The score as a list of figures: each to one decimal with how it was
/// computed, or "Not scored" and why; the self ratings' beside the manager's.
pub fn score(report: &ReviewReport) -> String {
    let s = &report.score;
    let mut out = String::from("<dl>");
    let mut row = |name: &str, main: (String, String), own: Option<(String, String)>| {
        out.push_str(&format!(
            r#"<dt>{name}</dt><dd><span class="figure">{}</span><span class="how">{}</span>"#,
            escape(&main.0),
            escape(&main.1)
        ));
        if let Some((value, how)) = own {
            out.push_str(&format!(
                r#"<span class="self-score">Self: <span class="figure">{}</span> <span class="how">{}</span></span>"#,
                escape(&value),
                escape(&how)
            ));
        }
        out.push_str("</dd>");
    };
    row(GOAL_ACHIEVEMENT, shown(&s.achievement, " %"), None);
    let sides = |pick: fn(&Side) -> &Figure| {
        (
            shown(pick(&s.manager), ""),
            Some(shown(pick(&s.employee), "")),
        )
    };
    let (main, own) = sides(|side| &side.goal_rating);
    row(GOAL_RATING, main, own);
    let (main, own) = sides(|side| &side.competency_rating);
    row(COMPETENCY_RATING, main, own);
    row(OVERALL, overall(&s.manager), Some(overall(&s.employee)));
    out.push_str("</dl>");
    out
}

/// A figure as shown: its value (with `unit`) and how, or "Not scored" and why.
fn shown(figure: &Figure, unit: &str) -> (String, String) {
    match figure.result() {
        Ok(s) => (format!("{}{unit}", s.shown()), s.how.clone()),
        Err(why) => ("Not scored".to_string(), why.join(" ")),
    }
}

/// The overall rating with the nearest point of the scale: `3.8 — 4`.
fn overall(side: &Side) -> (String, String) {
    let (mut value, how) = shown(&side.overall, "");
    if let Some(point) = &side.label {
        value = format!("{value} — {}", point.display());
    }
    (value, how)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{example_canon, example_frames};
    use crate::goals::GoalSheet;
    use crate::sheet::review::CheckIn;
    use crate::sheet::review::Status;
    use crate::sheet::Sheet;

    #[test]
    fn the_page_shows_the_reports_lines_escaped() {
        let canon = example_canon();
        let frames = example_frames();
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet.set_weight("smart-1", Some(100)).unwrap();
        for (id, date, value) in [
            ("a-1", "2026-04-01", "350 ms"),
            ("a-2", "2026-07-01", "<b>"),
        ] {
            let entry = CheckIn {
                id: id.into(),
                date: date.into(),
                value: value.into(),
                status: Status::Behind,
                note: String::new(),
            };
            sheet.add_check_in("smart-1", entry).unwrap();
        }
        let goals = GoalSheet::reviewed(&frames, &sheet, &canon);
        let report = goals.review.as_ref().unwrap();
        let html = check_ins(&report.goals[0]);
        assert!(
            html.contains("Latest check-in: </strong>2026-07-01 · &lt;b&gt; · Behind"),
            "{html}"
        );
        assert!(
            html.contains("<summary>All 2 check-ins</summary>"),
            "{html}"
        );
        assert!(stage(report).contains("<li>Stage: Draft</li>"));
        let score = score(report);
        assert!(score.contains("<dt>Goal achievement</dt>"), "{score}");
        assert!(score.contains("Not scored"), "{score}");
        let row = competency(&report.competencies[0]);
        assert!(
            row.starts_with("<h4>Scope</h4><p class=\"canon\">"),
            "{row}"
        );
    }
}

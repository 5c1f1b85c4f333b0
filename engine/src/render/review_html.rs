//! The review as the page shows it: the whole "Review" region's markup
//! ([`panel`]) with hooks the app reads and patches (named in
//! [`super::hooks`]), and its parts that change as the review does
//! ([`parts`]: stage records, check-ins, computed achievements, score) and
//! the inputs' values ([`values`]). The app puts the markup in and handles its
//! events once, above it (a view per part weighs far more in the wasm);
//! every line is [`ReviewReport`]'s or a fixed label, escaped.

use std::collections::BTreeSet;

use crate::message::Catalog;
use crate::render::hooks::{DATA_REVIEW_ACTION, DATA_REVIEW_FIELD, DATA_REVIEW_PART};
use crate::render::html::escape;
use crate::sheet::review::appraisal::AppraisalField;
use crate::sheet::review::check_in::{labelled, CheckInField};
use crate::sheet::review::report::{
    check_in_line, figure_shown, overall_of, CompetencyReview, GoalReview, ReviewReport,
};
use crate::sheet::review::score::AchievementSource;
use crate::sheet::review::stage::{Party, StageAction, StageDay};
use crate::sheet::review::{Figure, NextPeriod, Rater, Side, Stage, Status};

/// What the region shows besides the report: which goals' check-in forms
/// are open, the day new dates start as, the person's name (the employee
/// who agrees), and the next period, when the sheet's period is set.
pub struct PanelState<'a> {
    /// Goal keys whose "Add check-in" form is open.
    pub open: &'a BTreeSet<String>,
    /// Today, `YYYY-MM-DD`.
    pub today: &'a str,
    /// The sheet's person.
    pub person: &'a str,
    /// The period after the sheet's.
    pub next: Option<&'a NextPeriod>,
}

/// What decides the panel's markup (beyond its parts and values): when it
/// changes, the app puts the panel in again.
pub fn shape(report: &ReviewReport, open: &BTreeSet<String>) -> String {
    let mut shape = format!("{:?}", report.stage);
    for g in &report.goals {
        let computed = g
            .achievement
            .as_ref()
            .is_some_and(|a| a.source == AchievementSource::Computed);
        shape.push_str(&format!(
            "|{}={}{computed}{}",
            g.key,
            g.label,
            open.contains(&g.key)
        ));
    }
    for c in &report.competencies {
        shape.push_str(&format!("|{}", c.competency.key));
    }
    shape
}

/// The "Review" region's content (see the module documentation).
pub fn panel(report: &ReviewReport, state: &PanelState<'_>) -> String {
    let t = report.catalog();
    let mut out = format!(
        r#"<div role="status" {DATA_REVIEW_PART}="stage">{}</div>"#,
        stage(report)
    );
    let locked = report.stage == Stage::Reviewed;
    // Typed dates are the page's (`Catalog::read_date` reads them back).
    let today = t.screen_date(state.today);
    let field = |id: &str, label: &str, value: &str| {
        format!(
            r#"<label class="review-field"><span>{}</span><input type="text" autocomplete="off" {DATA_REVIEW_FIELD}="stage|{id}" value="{}"></label>"#,
            escape(label),
            escape(value)
        )
    };
    let button = |action: &str, label: StageAction| {
        format!(
            r#"<button type="button" {DATA_REVIEW_ACTION}="{action}">{}</button>"#,
            escape(label.label(t))
        )
    };
    match report.stage {
        Stage::Draft => {
            out.push_str(&format!(
                r#"<div class="stage-form" role="group" aria-label="{}">{}{}{}{}</div>"#,
                escape(StageAction::Agree.label(t)),
                field("employee", Party::Employee.label(t), state.person),
                field("manager", Party::Manager.label(t), ""),
                field("agreed_on", StageDay::Agreed.label(t), &today),
                button("agree", StageAction::Agree)
            ));
        }
        Stage::Agreed => out.push_str(&format!(
            r#"<div class="stage-form">{}{}{}</div>"#,
            field("reviewed_on", StageDay::Reviewed.label(t), &today),
            button("reviewed", StageAction::Review),
            button("reopen", StageAction::Reopen)
        )),
        Stage::Reviewed => out.push_str(&format!(
            r#"<div class="stage-form">{}</div>"#,
            button("reopen", StageAction::Reopen)
        )),
    }
    out.push_str(&error_line("error|stage"));
    if report.stage == Stage::Draft {
        out.push_str(&format!(
            r#"<p class="help">{}</p>"#,
            escape(t.review_draft_help())
        ));
        return out;
    }
    out.push_str(r#"<ol class="review-goals">"#);
    for goal in &report.goals {
        goal_item(&mut out, goal, report, state, locked);
    }
    out.push_str("</ol>");
    out.push_str(&format!(
        r#"<section class="competencies"><h3>{}</h3><ul>"#,
        escape(t.review_competencies())
    ));
    for row in &report.competencies {
        out.push_str(&format!(
            r#"<li class="competency">{}<div class="competency-ratings">"#,
            competency(row)
        ));
        for rater in Rater::ALL {
            let id = format!("competency|{}|{}", row.competency.key, rater.id());
            let name = row.competency.rating_label(rater, t);
            out.push_str(&rating_select(
                &id,
                &name,
                rater.label(t),
                row.ratings.of(rater),
                report,
                locked,
            ));
        }
        out.push_str("</div></li>");
    }
    out.push_str("</ul></section>");
    let score_name = escape(t.review_score());
    out.push_str(&format!(
        r#"<section class="score" role="region" aria-label="{score_name}"><h3>{score_name}</h3><div {DATA_REVIEW_PART}="score">{}</div></section>"#,
        score(report)
    ));
    let (disabled, when) = match state.next {
        Some(n) => (
            "",
            format!(" {}", t.screen_text(&t.period_from_to(&n.end, &n.start))),
        ),
        None => (
            " disabled",
            format!(" {}", t.review_next_period_needs_dates()),
        ),
    };
    out.push_str(&format!(
        r#"<p class="next-period"><button type="button" {DATA_REVIEW_ACTION}="next-period"{disabled}>{}</button>{}</p>{}"#,
        escape(t.review_start_next_period()),
        escape(&when),
        error_line("error|next")
    ));
    out
}

/// One goal: its check-ins, "Add check-in" (and its form while open), its appraisal.
fn goal_item(
    out: &mut String,
    goal: &GoalReview,
    report: &ReviewReport,
    state: &PanelState<'_>,
    locked: bool,
) {
    let t = report.catalog();
    let (key, label) = (&goal.key, escape(&goal.label));
    let open = state.open.contains(key);
    let add = t.review_add_check_in();
    out.push_str(&format!(
        r#"<li class="review-goal"><h3>{label}</h3><div class="check-ins" {DATA_REVIEW_PART}="check-ins|{key}">{}</div><button type="button" class="add-check-in" {DATA_REVIEW_ACTION}="add-check-in|{key}" aria-expanded="{open}" aria-label="{}"{}>{}</button>"#,
        check_ins(goal, t),
        escape(&labelled(t, add, &goal.label)),
        if locked { " disabled" } else { "" },
        escape(add)
    ));
    if open {
        let text = |field: CheckInField, value: &str| {
            let name = field.label(t);
            format!(
                r#"<label class="review-field"><span aria-hidden="true">{}</span><input type="text" autocomplete="off" aria-label="{}" {DATA_REVIEW_FIELD}="check-in|{key}|{}" value="{}"></label>"#,
                escape(name),
                escape(&labelled(t, name, &goal.label)),
                field.id(),
                escape(value)
            )
        };
        let options: String = Status::ALL
            .iter()
            .map(|s| {
                format!(
                    r#"<option value="{}">{}</option>"#,
                    s.id(),
                    escape(s.label(t))
                )
            })
            .collect();
        let status = t.review_status();
        let save = t.review_save_check_in();
        out.push_str(&format!(
            r#"<div class="check-in-form" role="group" aria-label="{}">{}{}<label class="review-field"><span aria-hidden="true">{}</span><select aria-label="{}" {DATA_REVIEW_FIELD}="check-in|{key}|status">{options}</select></label>{}<button type="button" {DATA_REVIEW_ACTION}="save-check-in|{key}" aria-label="{}">{}</button><p class="computed" {DATA_REVIEW_PART}="suggestion|{key}"></p>{}</div>"#,
            escape(&labelled(t, add, &goal.label)),
            text(CheckInField::Date, &t.screen_date(state.today)),
            text(CheckInField::Value, ""),
            escape(status),
            escape(&labelled(t, status, &goal.label)),
            text(CheckInField::Note, ""),
            escape(&labelled(t, save, &goal.label)),
            escape(save),
            error_line(&format!("error|check-in|{key}")),
        ));
    }
    out.push_str(&format!(
        r#"<div class="appraisal" role="group" aria-label="{}">"#,
        escape(&labelled(t, t.review_appraisal(), &goal.label))
    ));
    let a = &goal.appraisal;
    let computed = goal
        .achievement
        .as_ref()
        .filter(|a| a.source == AchievementSource::Computed);
    for field in AppraisalField::ALL {
        let id = format!("goal|{key}|{}", field.id());
        match field.rater() {
            Some(rater) => out.push_str(&rating_select(
                &id,
                &labelled(t, field.label(t), &goal.label),
                field.label(t),
                a.rating(rater),
                report,
                locked,
            )),
            None => {
                let is_computed = field == AppraisalField::Achievement && computed.is_some();
                let value = match (field, computed) {
                    (AppraisalField::Achievement, Some(c)) => one_decimal_of(c.percent),
                    _ => a.get(field).unwrap_or_default(),
                };
                let placeholder = if field == AppraisalField::Achievement && !is_computed {
                    format!(
                        r#" placeholder="{}""#,
                        escape(t.review_achievement_placeholder())
                    )
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    r#"<label class="review-field"><span aria-hidden="true">{}</span><input type="text" autocomplete="off" aria-label="{}" {DATA_REVIEW_FIELD}="{id}" value="{}"{placeholder}{}></label>"#,
                    escape(field.label(t)),
                    escape(&labelled(t, field.label(t), &goal.label)),
                    escape(&value),
                    if locked || is_computed { " readonly" } else { "" }
                ));
                if field == AppraisalField::Achievement {
                    out.push_str(&format!(
                        r#"<span class="computed" {DATA_REVIEW_PART}="achievement|{key}">{}</span>"#,
                        achievement_note(goal, t)
                    ));
                }
            }
        }
    }
    out.push_str(&error_line(&format!("error|{key}")));
    out.push_str("</div></li>");
}

/// A rating on the report's scale: "Not rated" or a point, shown with its label.
fn rating_select(
    id: &str,
    name: &str,
    what: &str,
    value: Option<u32>,
    report: &ReviewReport,
    locked: bool,
) -> String {
    let selected = |on: bool| if on { " selected" } else { "" };
    let mut options = format!(
        r#"<option value=""{}>{}</option>"#,
        selected(value.is_none()),
        escape(report.catalog().review_not_rated())
    );
    for p in report.rules.scale.iter() {
        options.push_str(&format!(
            r#"<option value="{}"{}>{}</option>"#,
            p.value,
            selected(value == Some(p.value)),
            escape(&p.display())
        ));
    }
    format!(
        r#"<label class="review-field rating"><span aria-hidden="true">{}</span><select aria-label="{}" {DATA_REVIEW_FIELD}="{id}"{}>{options}</select></label>"#,
        escape(what),
        escape(name),
        if locked { " disabled" } else { "" }
    )
}

/// An empty error line the app fills (`role="alert"`: read out when it is).
fn error_line(part: &str) -> String {
    format!(
        r#"<p class="error" role="alert" {DATA_REVIEW_PART}="{}"></p>"#,
        escape(part)
    )
}

/// "Computed: …" beside a computed achievement, else nothing.
fn achievement_note(goal: &GoalReview, t: &Catalog) -> String {
    match &goal.achievement {
        Some(a) if a.source == AchievementSource::Computed => {
            escape(&t.screen_text(&t.review_computed(&a.how))).into_owned()
        }
        _ => String::new(),
    }
}

fn one_decimal_of(value: f64) -> String {
    crate::sheet::review::number::one_decimal(value)
}

/// The parts that change as the review does, by their `data-review-part`:
/// what the app puts in again after each change.
pub fn parts(report: &ReviewReport) -> Vec<(String, String)> {
    let t = report.catalog();
    let mut parts = vec![
        ("stage".to_string(), stage(report)),
        ("score".to_string(), score(report)),
    ];
    for g in &report.goals {
        parts.push((format!("check-ins|{}", g.key), check_ins(g, t)));
        parts.push((format!("achievement|{}", g.key), achievement_note(g, t)));
    }
    parts
}

/// An input's or select's value by its `data-review-field`, and whether it
/// is read-only (a computed achievement; everything once reviewed).
pub struct FieldValue {
    /// Its `data-review-field`.
    pub field: String,
    /// Its value.
    pub value: String,
    /// Read-only.
    pub locked: bool,
}

/// Every appraisal and rating input's value: what the app shows in inputs
/// not being typed in (another tab's change, an achievement computed anew).
pub fn values(report: &ReviewReport) -> Vec<FieldValue> {
    let locked = report.stage == Stage::Reviewed;
    let mut values = Vec::new();
    for g in &report.goals {
        for field in AppraisalField::ALL {
            let computed = match (field, &g.achievement) {
                (AppraisalField::Achievement, Some(a)) => a.source == AchievementSource::Computed,
                _ => false,
            };
            let value = match &g.achievement {
                Some(a) if computed => one_decimal_of(a.percent),
                _ => g.appraisal.get(field).unwrap_or_default(),
            };
            values.push(FieldValue {
                field: format!("goal|{}|{}", g.key, field.id()),
                value,
                locked: locked || computed,
            });
        }
    }
    for c in &report.competencies {
        for rater in Rater::ALL {
            values.push(FieldValue {
                field: format!("competency|{}|{}", c.competency.key, rater.id()),
                value: c
                    .ratings
                    .of(rater)
                    .map(|r| r.to_string())
                    .unwrap_or_default(),
                locked,
            });
        }
    }
    values
}

/// The stage and its records, as a list.
pub fn stage(report: &ReviewReport) -> String {
    let t = report.catalog();
    let items: String = report
        .stage_lines()
        .iter()
        .map(|l| format!("<li>{}</li>", escape(&t.screen_text(l))))
        .collect();
    format!(r#"<ul class="stage-lines">{items}</ul>"#)
}

/// A goal's latest check-in (with the computed status, when there is one)
/// and, when it has several, all of them oldest first.
pub fn check_ins(goal: &GoalReview, t: &Catalog) -> String {
    let Some(latest) = goal.latest() else {
        return String::new();
    };
    let mut out = format!(
        r#"<p class="latest-check-in"><strong>{} </strong>{}"#,
        escape(&t.label_colon(t.review_latest_check_in())),
        escape(&check_in_line(latest, t, true))
    );
    if let Some(s) = goal.suggestion {
        out.push_str(&format!(
            r#" <span class="computed">{}</span>"#,
            escape(&t.screen_text(&s.how(t)))
        ));
    }
    out.push_str("</p>");
    if goal.check_ins.len() > 1 {
        let items: String = goal
            .check_ins
            .iter()
            .map(|c| format!("<li>{}</li>", escape(&check_in_line(c, t, true))))
            .collect();
        out.push_str(&format!(
            r#"<details class="check-in-log"><summary>{}</summary><ol>{items}</ol></details>"#,
            escape(&t.review_all_check_ins(&goal.check_ins.len().to_string()))
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
    let t = report.catalog();
    let s = &report.score;
    let mut out = String::from("<dl>");
    let screen = |(figure, how): (String, String)| (t.screen_text(&figure), t.screen_text(&how));
    let mut row = |name: &str, main: (String, String), own: Option<(String, String)>| {
        let main = screen(main);
        out.push_str(&format!(
            r#"<dt>{}</dt><dd><span class="figure">{}</span><span class="how">{}</span>"#,
            escape(name),
            escape(&main.0),
            escape(&main.1)
        ));
        if let Some((value, how)) = own.map(screen) {
            out.push_str(&format!(
                r#"<span class="self-score">{} <span class="figure">{}</span> <span class="how">{}</span></span>"#,
                escape(&t.label_colon(t.review_self())),
                escape(&value),
                escape(&how)
            ));
        }
        out.push_str("</dd>");
    };
    row(
        t.score_goal_achievement(),
        shown(t, &s.achievement, " %"),
        None,
    );
    let sides = |pick: fn(&Side) -> &Figure| {
        (
            shown(t, pick(&s.manager), ""),
            Some(shown(t, pick(&s.employee), "")),
        )
    };
    let (main, own) = sides(|side| &side.goal_rating);
    row(t.score_goal_rating(), main, own);
    let (main, own) = sides(|side| &side.competency_rating);
    row(t.score_competency_rating(), main, own);
    row(
        t.score_overall(),
        overall(t, &s.manager),
        Some(overall(t, &s.employee)),
    );
    out.push_str("</dl>");
    out
}

/// A figure as the page shows it: its value and how, or "Not scored" and why.
fn on_page(t: &Catalog, shown: Result<(String, String), String>) -> (String, String) {
    shown.unwrap_or_else(|why| (t.review_not_scored().to_string(), why))
}

fn shown(t: &Catalog, figure: &Figure, unit: &str) -> (String, String) {
    on_page(t, figure_shown(figure, unit))
}

fn overall(t: &Catalog, side: &Side) -> (String, String) {
    on_page(t, overall_of(side))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{example_canon, example_frames};
    use crate::goals::GoalSheet;
    use crate::sheet::review::CheckIn;
    use crate::sheet::review::Status;
    use crate::sheet::Sheet;
    use std::collections::BTreeSet;

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
        let html = check_ins(&report.goals[0], report.catalog());
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

    #[test]
    fn the_panel_names_every_field_as_a_screen_reader_finds_it_and_follows_the_stage() {
        let canon = example_canon();
        let frames = example_frames();
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet.set_weight("smart-1", Some(100)).unwrap();
        let open = BTreeSet::new();
        let state = |open| PanelState {
            open,
            today: "2026-01-15",
            person: "Ada <Lovelace>",
            next: None,
        };
        let draft = GoalSheet::reviewed(&frames, &sheet, &canon).review.unwrap();
        let html = panel(&draft, &state(&open));
        assert!(
            html.contains(r#"data-review-field="stage|employee" value="Ada &lt;Lovelace&gt;""#),
            "{html}"
        );
        assert!(html.contains(r#"data-review-action="agree">Mark as agreed</button>"#));
        assert!(
            !html.contains("Add check-in"),
            "no check-ins before agreement"
        );

        sheet.agree("Ada", "Grace", "2026-01-15").unwrap();
        let agreed = GoalSheet::reviewed(&frames, &sheet, &canon).review.unwrap();
        let open: BTreeSet<String> = ["smart-1".to_string()].into();
        let html = panel(&agreed, &state(&open));
        for name in [
            "Add check-in, SMART goal 1",
            "Check-in date, SMART goal 1",
            "Current value, SMART goal 1",
            "Status, SMART goal 1",
            "Save check-in, SMART goal 1",
            "Actual, SMART goal 1",
            "Achievement %, SMART goal 1",
            "Self rating, SMART goal 1",
            "Manager rating, SMART goal 1",
            "Employee comment, SMART goal 1",
            "Manager comment, SMART goal 1",
            "Manager rating, Scope",
        ] {
            assert!(html.contains(&format!(r#"aria-label="{name}""#)), "{name}");
        }
        assert!(html.contains(r#"role="region" aria-label="Score""#));
        assert!(
            !html.contains(" readonly") && !html.contains("\" disabled><option"),
            "nothing locked while agreed"
        );
        assert_ne!(
            shape(&draft, &BTreeSet::new()),
            shape(&agreed, &BTreeSet::new())
        );
        assert_ne!(shape(&agreed, &BTreeSet::new()), shape(&agreed, &open));
        // Every field the values name is in the panel.
        for v in values(&agreed) {
            assert!(
                html.contains(&format!(r#"data-review-field="{}""#, v.field)),
                "{}",
                v.field
            );
        }
        for (part, _) in parts(&agreed) {
            assert!(
                html.contains(&format!(r#"data-review-part="{part}""#)),
                "{part}"
            );
        }
    }
}

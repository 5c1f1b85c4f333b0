//! What the review's inputs and buttons do: each reads what it needs from
//! the region's markup and calls the engine's sheet method; a refusal is
//! shown on the error line beside it, in the engine's words.

use goalframes_canon::CANON;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::sheet::review::report::suggestion_at;
use goalframes_engine::sheet::review::{
    competencies, new_entry_id, AppraisalField, CheckIn, NextPeriod, Rater, Status,
};
use goalframes_engine::Message;
use leptos::prelude::*;
use web_sys::Element;

use crate::browser::clock;
use crate::browser::review_markup as markup;
use crate::views::profile::review::Review;

/// Shows `result`'s refusal on the error line `line`, or clears it.
fn report(review: Review, line: String, result: Result<(), String>) {
    review.errors.update(|errors| match result {
        Ok(()) => {
            errors.remove(&line);
        }
        Err(why) => {
            errors.insert(line, why);
        }
    });
}

/// `goal|{key}|{field}` as its key and appraisal field.
fn appraisal_field(field: &str) -> Option<(&str, AppraisalField)> {
    let (key, id) = field.strip_prefix("goal|")?.rsplit_once('|')?;
    Some((key, AppraisalField::from_id(id)?))
}

fn rater(id: &str) -> Option<Rater> {
    Rater::ALL.into_iter().find(|r| r.id() == id)
}

/// A text field was typed in: an appraisal's text is saved as typed; a new
/// check-in's date or value computes its status anew.
pub fn typed(review: Review, root: &Element, field: &str, value: &str) {
    if let Some((key, field)) = appraisal_field(field) {
        if field.rater().is_none() {
            let result = review
                .page
                .edit(|s| s.set_appraisal(key, field, value.trim()))
                .map_err(|e| e.message(review.page.state.t()));
            report(review, format!("error|{key}"), result);
        }
    } else if let Some(rest) = field.strip_prefix("check-in|") {
        if let Some((key, "date" | "value")) = rest.rsplit_once('|') {
            suggest(review, root, key);
        }
    }
}

/// The status computed for the new check-in of `key` from its form's date
/// and value: shown, and chosen unless the person chose one.
fn suggest(review: Review, root: &Element, key: &str) {
    let read =
        |part: &str| markup::field(root, &format!("check-in|{key}|{part}")).unwrap_or_default();
    let t = review.page.state.t();
    // A date typed as the page writes dates (`30.06.2026`) is read as ISO.
    let (date, value) = (t.read_date(read("date").trim()), read("value"));
    let suggestion = review.page.sheet.with_untracked(|sheet| {
        let sheet = sheet.as_ref()?;
        let goals = review
            .page
            .frames
            .with_untracked(|f| GoalSheet::new(f, sheet).review_goals());
        let goal = goals.iter().find(|g| g.key == key)?;
        suggestion_at(sheet, goal, value.trim(), &date)
    });
    let how = suggestion
        .map(|s| t.screen_text(&s.how(t)))
        .unwrap_or_default();
    markup::fill_parts(root, [(format!("suggestion|{key}").as_str(), how.as_str())]);
    if let Some(s) = suggestion {
        if !review.chosen.with_untracked(|c| c.contains(key)) {
            markup::set_field(root, &format!("check-in|{key}|status"), s.status.id());
        }
    }
}

/// A select was changed: a rating is saved; a new check-in's status is the
/// person's choice from now on.
pub fn changed(review: Review, field: &str, value: &str) {
    let rating = value.parse::<u32>().ok();
    if let Some((key, field)) = appraisal_field(field) {
        if let Some(rater) = field.rater() {
            let result = review
                .page
                .edit(|s| s.set_goal_rating(key, rater, rating))
                .map_err(|e| e.message(review.page.state.t()));
            report(review, format!("error|{key}"), result);
        }
    } else if let Some(rest) = field.strip_prefix("competency|") {
        if let Some((key, rater)) = rest
            .rsplit_once('|')
            .and_then(|(k, r)| Some((k, rater(r)?)))
        {
            let result = review
                .page
                .edit(|s| s.set_competency_rating(key, rater, rating))
                .map_err(|e| e.message(review.page.state.t()));
            report(review, "error|stage".into(), result);
        }
    } else if let Some(key) = field
        .strip_prefix("check-in|")
        .and_then(|rest| rest.strip_suffix("|status"))
    {
        review.chosen.update(|c| {
            c.insert(key.to_string());
        });
    }
}

/// A button was clicked.
pub fn clicked(review: Review, root: &Element, action: &str) {
    let page = review.page;
    let read = |field: &str| {
        markup::field(root, field)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let tab = || page.state.store.with_untracked(|s| s.tab().to_string());
    let stage = |result: Result<(), String>| report(review, "error|stage".into(), result);
    match action {
        "agree" => {
            let (employee, manager, date) = (
                read("stage|employee"),
                read("stage|manager"),
                page.state.t().read_date(&read("stage|agreed_on")),
            );
            stage(
                page.edit(|s| s.agree(&employee, &manager, &date))
                    .map_err(|e| e.message(review.page.state.t())),
            );
        }
        "reviewed" => {
            let day = page.state.t().read_date(&read("stage|reviewed_on"));
            let (family, level) = page.profile_now();
            let t = page.state.t();
            let rows = CANON
                .profile(&family, &level)
                .map(|p| competencies(&p, t))
                .unwrap_or_default();
            let goals = page.sheet.with_untracked(|s| {
                s.as_ref().map_or_else(Vec::new, |s| {
                    page.frames
                        .with_untracked(|f| GoalSheet::new(f, s).review_goals())
                })
            });
            let rules = CANON.review_rules();
            stage(
                page.edit(|s| s.mark_reviewed(&day, &goals, &rows, rules, t))
                    .map_err(|e| e.message(review.page.state.t())),
            );
        }
        "reopen" => {
            let tab = tab();
            stage(
                page.edit(|s| {
                    let id = new_entry_id(&s.review, &tab);
                    s.reopen(&id, &clock::today())
                })
                .map_err(|e| e.message(review.page.state.t())),
            );
        }
        "next-period" => {
            let (Some(id), Some(next)) = (
                page.sheet_id.get_untracked(),
                page.sheet
                    .with_untracked(|s| s.as_ref().and_then(NextPeriod::after)),
            ) else {
                return;
            };
            let started = page
                .frames
                .with_untracked(|f| page.state.start_next_period(&id, f, &next));
            report(review, "error|next".into(), started);
        }
        _ => {
            if let Some(key) = action.strip_prefix("add-check-in|") {
                review.open.update(|open| {
                    if !open.remove(key) {
                        open.insert(key.to_string());
                    }
                });
                review.chosen.update(|c| {
                    c.remove(key);
                });
            } else if let Some(key) = action.strip_prefix("save-check-in|") {
                save_check_in(review, root, key);
            }
        }
    }
}

/// "Save check-in": adds the form's check-in to the goal's log and closes
/// the form (the focus back on "Add check-in"), or says why not.
fn save_check_in(review: Review, root: &Element, key: &str) {
    let read = |part: &str| {
        markup::field(root, &format!("check-in|{key}|{part}"))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let tab = review
        .page
        .state
        .store
        .with_untracked(|s| s.tab().to_string());
    let status = Status::from_id(&read("status")).unwrap_or(Status::OnTrack);
    let saved = review.page.edit(|s| {
        let entry = CheckIn {
            id: new_entry_id(&s.review, &tab),
            date: review.page.state.t().read_date(&read("date")),
            value: read("value"),
            status,
            note: read("note"),
        };
        s.add_check_in(key, entry)
    });
    let line = format!("error|check-in|{key}");
    match saved {
        Ok(()) => {
            report(review, line, Ok(()));
            review.open.update(|open| {
                open.remove(key);
            });
            let (root, action) = (root.clone(), format!("add-check-in|{key}"));
            leptos::prelude::request_animation_frame(move || markup::focus_action(&root, &action));
        }
        Err(e) => report(review, line, Err(e.message(review.page.state.t()))),
    }
}

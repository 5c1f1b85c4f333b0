//! The review CSV for HR's calibration: one row per person with the review's
//! scores, and a Markdown summary of how many people fall on each point of
//! the rating scale and who is not scored, and why.
//!
//! **API boundary: the columns** ([`COLUMNS`]), added to at the end only:
//! employee, period, family, level, stage (`draft`, `agreed`, `reviewed`),
//! goal_score, competency_score and overall (the manager's goal, competency
//! and overall rating, one decimal), rating_label (the scale's point nearest
//! the overall, as the review shows it: `4 — Exceeds`), and
//! goal_achievement_pct (one decimal). A figure not scored is an empty cell;
//! every cell goes through [`crate::cells::safe_cell`].

use crate::canon::ReviewRules;
use crate::cells::write_safe;
use crate::message::Catalog;
use crate::render::markdown::escape;
use crate::sheet::review::report::ReviewReport;
use crate::sheet::review::score::Figure;
use crate::sheet::Sheet;

/// The header row.
pub const COLUMNS: [&str; 10] = [
    "employee",
    "period",
    "family",
    "level",
    "stage",
    "goal_score",
    "competency_score",
    "overall",
    "rating_label",
    "goal_achievement_pct",
];

/// One person's review: the sheet and its review report.
#[derive(Clone, Copy, Debug)]
pub struct Person<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// Its review (`GoalSheet::with_review`).
    pub review: &'a ReviewReport,
}

impl Person<'_> {
    /// Who the sheet is for: its person, else its id.
    pub fn name(&self, t: &Catalog) -> String {
        self.sheet
            .person
            .clone()
            .unwrap_or_else(|| t.calibration_sheet(&self.sheet.id))
    }

    /// Its cells under [`COLUMNS`].
    pub fn cells(&self) -> [String; 10] {
        let sheet = self.sheet;
        let score = &self.review.score;
        let manager = &score.manager;
        let shown = |f: &Figure| f.shown().unwrap_or_default();
        [
            sheet.person.clone().unwrap_or_default(),
            sheet
                .period
                .clone()
                .or_else(|| sheet.period_line(self.review.catalog()))
                .unwrap_or_default(),
            sheet.family.clone(),
            sheet.level.clone(),
            self.review.stage.id().to_string(),
            shown(&manager.goal_rating),
            shown(&manager.competency_rating),
            shown(&manager.overall),
            manager
                .label
                .as_ref()
                .map(|p| p.display())
                .unwrap_or_default(),
            shown(&score.achievement),
        ]
    }

    /// Why the manager's overall is not scored, in sentences; `None` when it is.
    pub fn not_scored(&self) -> Option<String> {
        self.review
            .score
            .manager
            .overall
            .result()
            .err()
            .map(|why| why.join(" "))
    }
}

/// The review CSV: a header row and one row per person.
pub fn csv(people: &[Person<'_>]) -> String {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).expect("writing to memory");
    for person in people {
        let cells = person.cells();
        write_safe(&mut writer, &cells.each_ref().map(String::as_str));
    }
    let bytes = writer.into_inner().expect("writing to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 text is UTF-8")
}

/// The calibration summary in Markdown, in `t`'s language: how many
/// people's overall rating falls on each point of `rules`' scale (every
/// point listed, zeros included), then how many are not scored, one line
/// each: the employee and why.
pub fn summary(people: &[Person<'_>], rules: &ReviewRules, t: &Catalog) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n| {} | {} |\n|---|---|\n",
        escape(t.calibration_title()),
        escape(&t.calibration_people(&people.len().to_string(), &rules.range())),
        escape(t.calibration_point()),
        escape(t.calibration_people_column()),
    );
    let scored: Vec<u32> = people
        .iter()
        .filter_map(|p| p.review.score.manager.label.as_ref().map(|l| l.value))
        .collect();
    for point in rules.scale.iter() {
        let count = scored.iter().filter(|v| **v == point.value).count();
        out.push_str(&format!("| {} | {count} |\n", escape(&point.display())));
    }
    let unscored: Vec<(String, String)> = people
        .iter()
        .filter_map(|p| Some((p.name(t), p.not_scored()?)))
        .collect();
    out.push_str(&format!(
        "\n{}\n",
        escape(&t.calibration_not_scored(&unscored.len().to_string()))
    ));
    if !unscored.is_empty() {
        out.push('\n');
    }
    for (name, why) in unscored {
        out.push_str(&format!("- {} — {}\n", escape(&name), escape(&why)));
    }
    out
}

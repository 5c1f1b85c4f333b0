//! Goals: what a manager keeps from the frames for one person's goal sheet.
//!
//! A frame's *goal* is the unit a manager chooses: a SMART goal, an OKR
//! objective with its key results, an MBO area, one scorecard row, or a
//! next-level dimension as a development goal ([`choices`]). A sheet keeps goals in order, with weights, beside the
//! person's own goals ([`crate::sheet::Sheet::goals`]). [`GoalSheet`] puts it
//! all together as the document exports and print show: kept and own goals in
//! order, with their canon text, filled slots, weights and due dates.

use crate::canon::{Canon, Profile};
use crate::fill as text;
use crate::frame::{Content, FrameKind, Item, Line, Part, ProfileFrames, SlotKind, Template};
use crate::message::{catalog, Catalog, Lang};
use crate::sheet::review::{competencies, ReviewGoal, ReviewReport, ReviewRules};
pub use crate::sheet::{percent, TotalWeight};
use crate::sheet::{GoalRef, Sheet};
use crate::values::Values;

/// A goal a manager can keep from a frame.
#[derive(Clone, Debug)]
pub struct Choice<'f> {
    /// Its key in the sheet, e.g. `smart-2`, `okr-1`, `mbo-3`, `scorecard-internal-1`.
    pub key: String,
    /// Its label, e.g. "SMART goal 2", "Objective 1", "MBO area 3".
    pub label: String,
    /// Its frame (or the next level).
    pub framework: Framework,
    /// Its lines, as in the frame's text block.
    pub lines: Vec<&'f Line>,
    /// The items whose slots it holds.
    pub items: Vec<&'f Item>,
}

impl Choice<'_> {
    /// The goal in a phrase: its canon text (the responsibility, area or row).
    pub fn headline(&self) -> String {
        self.lines.first().map(|l| headline(l)).unwrap_or_default()
    }
}

/// The body of a line up to its first slot: what the goal says, without
/// numbering, provenance or the measure to fill.
fn headline(line: &Line) -> String {
    let mut out = String::new();
    for segment in line.segments.iter().filter(|s| s.part == Part::Body) {
        if matches!(segment.content, Content::Slot(_)) {
            break;
        }
        out.push_str(&text::segment(
            segment,
            line.wording.lang(),
            None,
            &Values::new(),
        ));
    }
    out.trim_end_matches(|c: char| c.is_whitespace() || c == '→')
        .to_string()
}

/// Every goal of a profile's frames, frame by frame, in page order.
pub fn choices(frames: &ProfileFrames) -> Vec<Choice<'_>> {
    let t = frames.catalog();
    let mut out = Vec::new();
    for frame in &frames.frames {
        let items_of = |lines: &[&Line]| -> Vec<&Item> {
            let mut items: Vec<&Item> = Vec::new();
            for key in lines.iter().filter_map(|l| l.item.as_deref()) {
                if let Some(item) = frame.item(key) {
                    if !items.iter().any(|i| i.key == item.key) {
                        items.push(item);
                    }
                }
            }
            items
        };
        match frame.kind {
            FrameKind::Smart | FrameKind::Okr | FrameKind::Mbo => {
                for (i, block) in frame.blocks.iter().enumerate() {
                    let lines: Vec<&Line> = block.lines.iter().collect();
                    let items = items_of(&lines);
                    let (key, label) = match (frame.kind, items.first()) {
                        (FrameKind::Okr, _) | (_, None) => {
                            (format!("okr-{}", i + 1), t.item_okr(&(i + 1).to_string()))
                        }
                        (_, Some(item)) => (item.key.clone(), item.label.clone()),
                    };
                    out.push(Choice {
                        key,
                        label,
                        framework: Framework::Frame(frame.kind),
                        lines,
                        items,
                    });
                }
            }
            FrameKind::Scorecard => {
                for item in &frame.items {
                    let lines: Vec<&Line> = frame
                        .lines()
                        .filter(|l| l.item.as_deref() == Some(item.key.as_str()))
                        .collect();
                    out.push(Choice {
                        key: item.key.clone(),
                        label: item.label.clone(),
                        framework: Framework::Frame(frame.kind),
                        lines,
                        items: vec![item],
                    });
                }
            }
        }
    }
    if let Some(growth) = &frames.growth {
        for (item, line) in growth.items.iter().zip(&growth.lines) {
            out.push(Choice {
                key: item.key.clone(),
                label: item.label.clone(),
                framework: Framework::Growth,
                lines: vec![line],
                items: vec![item],
            });
        }
    }
    out
}

/// The goal with this key.
pub fn choice<'f>(frames: &'f ProfileFrames, key: &str) -> Option<Choice<'f>> {
    choices(frames).into_iter().find(|c| c.key == key)
}

/// Where a goal on the sheet comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framework {
    /// A frame of the canon.
    Frame(FrameKind),
    /// A dimension of the family's next level: a development goal.
    Growth,
    /// The person's own goal.
    Own,
    /// A goal the sheet keeps that today's canon no longer has (its key is
    /// kept, and its weight; it has no canon text to show).
    Gone,
}

impl Framework {
    /// Its name in the HR CSV's `framework` column, a contract kept in
    /// English like the column names: `SMART`, `OKR`, `MBO`, `Balanced
    /// Scorecard`, `Development`, `Own goal`, `No longer in the canon`.
    pub fn csv_name(self) -> &'static str {
        self.name(catalog(Lang::En))
    }

    /// Its name in documents, in `t`'s language.
    pub fn name(self, t: &Catalog) -> &'static str {
        match self {
            Framework::Frame(FrameKind::Smart) => t.framework_smart(),
            Framework::Frame(FrameKind::Okr) => t.framework_okr(),
            Framework::Frame(FrameKind::Mbo) => t.framework_mbo(),
            Framework::Frame(FrameKind::Scorecard) => t.framework_scorecard(),
            Framework::Growth => t.framework_growth(),
            Framework::Own => t.framework_own(),
            Framework::Gone => t.framework_gone(),
        }
    }
}

/// One goal of the sheet, ready to print.
#[derive(Clone, Debug)]
pub struct GoalRow<'f> {
    /// Its place on the sheet, from 1.
    pub number: usize,
    /// Its key.
    pub key: String,
    /// Its label: "SMART goal 2", "Your own goal 1", "A goal no longer in
    /// today’s canon (smart-7)".
    pub label: String,
    /// Where it comes from.
    pub framework: Framework,
    /// What it says: canon text, or the person's own words (empty for a goal
    /// the canon no longer has).
    pub headline: String,
    /// Its lines as in the frame's text block (none for an own goal).
    pub lines: Vec<&'f Line>,
    /// The items whose slots it holds (none for an own goal).
    pub items: Vec<&'f Item>,
    /// Its weight in percent, when set.
    pub weight: Option<u32>,
    /// Its measure's first filled baseline, target and due date (the period
    /// end when no date is filled), for one-row exports.
    pub baseline: Option<String>,
    /// See [`GoalRow::baseline`].
    pub target: Option<String>,
    /// See [`GoalRow::baseline`].
    pub due: Option<String>,
    /// Where its text comes from: the provenance tag, or the catalog's
    /// `goal-own-mark` or `goal-gone-mark`.
    pub source: String,
}

impl GoalRow<'_> {
    /// True for the person's own goal.
    pub fn is_own(&self) -> bool {
        self.framework == Framework::Own
    }

    /// True for a goal today's canon no longer has.
    pub fn is_gone(&self) -> bool {
        self.framework == Framework::Gone
    }

    /// What a document titles the goal: an own goal's words (its label while
    /// it has none), else its label.
    pub fn title(&self) -> &str {
        if self.is_own() && !self.headline.trim().is_empty() {
            &self.headline
        } else {
            &self.label
        }
    }

    /// What the goal says under its title: the canon text of a frame goal;
    /// nothing for an own goal (its words are its title) or a goal gone from
    /// the canon.
    pub fn text(&self) -> Option<&str> {
        (!self.is_own() && !self.headline.is_empty()).then_some(self.headline.as_str())
    }

    /// The slots of the goal as (item key, item label, slot): an objective's
    /// key results each under their own label; an own goal has baseline,
    /// target and date; a goal gone from the canon has none.
    pub fn slots(&self) -> Vec<(String, String, SlotKind)> {
        if self.is_own() {
            return SlotKind::ALL
                .into_iter()
                .map(|s| (self.key.clone(), self.label.clone(), s))
                .collect();
        }
        self.items
            .iter()
            .flat_map(|item| {
                item.slots
                    .iter()
                    .map(|s| (item.key.clone(), item.label.clone(), *s))
            })
            .collect()
    }
}

/// The label of the own goal numbered `number` ("Your own goal 3").
pub fn own_goal_label(t: &Catalog, number: Option<u32>) -> String {
    match number {
        Some(n) => t.goal_own_label(&n.to_string()),
        None => t.goal_own_unnumbered().to_string(),
    }
}

/// How [`GoalSheet::measure`] writes a slot that is not filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unfilled {
    /// As its placeholder (`⟨target⟩`), which names it: documents people fill.
    Placeholder,
    /// As a dash, named (`target —`) unless a row label just named it
    /// (`Target: —`): text an HR system stores, where a placeholder would
    /// read as data.
    Dash,
}

/// A sheet's goals, as exports and print show them.
#[derive(Clone, Debug)]
pub struct GoalSheet<'f> {
    /// The profile's frames.
    pub frames: &'f ProfileFrames,
    /// The sheet.
    pub sheet: &'f Sheet,
    /// The values with the period end in every unfilled ⟨date⟩ slot.
    pub values: Values,
    /// The kept and own goals, in the sheet's order; goals the frames no
    /// longer have among them ([`Framework::Gone`]: the sheet keeps them, so
    /// every export lists them).
    pub rows: Vec<GoalRow<'f>>,
    /// The review of these goals ([`GoalSheet::with_review`]): exports carry
    /// it when it is [`ReviewReport::shown`].
    pub review: Option<ReviewReport>,
}

impl<'f> GoalSheet<'f> {
    /// The goal sheet of `sheet` over its profile's `frames`.
    pub fn new(frames: &'f ProfileFrames, sheet: &'f Sheet) -> Self {
        let values = sheet.effective_values(frames);
        let t = frames.catalog();
        let all = choices(frames);
        let mut rows = Vec::new();
        for (goal, weight) in sheet.kept_goals() {
            let key = goal.key().to_string();
            let value = |item: &str, slot| values.get(item, slot).map(str::to_string);
            let mut row = match goal {
                GoalRef::Own(_, own) => GoalRow {
                    number: 0,
                    label: own_goal_label(t, own.map(|o| o.number)),
                    framework: Framework::Own,
                    headline: own.map(|o| o.text.clone()).unwrap_or_default(),
                    lines: Vec::new(),
                    items: Vec::new(),
                    weight,
                    baseline: value(&key, SlotKind::Baseline),
                    target: value(&key, SlotKind::Target),
                    due: value(&key, SlotKind::Date),
                    source: t.goal_own_mark().to_string(),
                    key,
                },
                GoalRef::Frame(_) => match all.iter().find(|c| c.key == key) {
                    Some(c) => {
                        let first = |slot: SlotKind| {
                            c.items
                                .iter()
                                .filter(|i| i.slots.contains(&slot))
                                .find_map(|i| value(&i.key, slot))
                        };
                        GoalRow {
                            number: 0,
                            label: c.label.clone(),
                            framework: c.framework,
                            headline: c.headline(),
                            lines: c.lines.clone(),
                            items: c.items.clone(),
                            weight,
                            baseline: first(SlotKind::Baseline),
                            target: first(SlotKind::Target),
                            due: first(SlotKind::Date),
                            source: c
                                .lines
                                .iter()
                                .find_map(|l| text::source(l, &Values::new()))
                                .unwrap_or_default(),
                            key,
                        }
                    }
                    None => GoalRow {
                        number: 0,
                        label: t.goal_gone_label(&key),
                        framework: Framework::Gone,
                        headline: String::new(),
                        lines: Vec::new(),
                        items: Vec::new(),
                        weight,
                        baseline: None,
                        target: None,
                        due: None,
                        source: t.goal_gone_mark().to_string(),
                        key,
                    },
                },
            };
            row.number = rows.len() + 1;
            rows.push(row);
        }
        GoalSheet {
            frames,
            sheet,
            values,
            rows,
            review: None,
        }
    }

    /// The goal sheet with its review, rated on `profile`'s competency rows
    /// by `rules`, worded in the frames' language.
    pub fn with_review(mut self, profile: &Profile<'_>, rules: &ReviewRules) -> Self {
        let lang = self.frames.lang;
        let report = ReviewReport::new(
            self.sheet,
            &self.review_goals(),
            competencies(profile, catalog(lang)),
            rules,
            lang,
        );
        self.review = Some(report);
        self
    }

    /// The goal sheet with its review, on `canon`'s competency rows and rules:
    /// what every export and print of a sheet shows.
    pub fn reviewed(frames: &'f ProfileFrames, sheet: &'f Sheet, canon: &Canon) -> Self {
        let goals = GoalSheet::new(frames, sheet);
        match canon.profile(&sheet.family, &sheet.level) {
            Some(profile) => goals.with_review(&profile, canon.review_rules()),
            None => goals,
        }
    }

    /// The review, when exports carry it (past the draft, or something recorded).
    pub fn shown_review(&self) -> Option<&ReviewReport> {
        self.review.as_ref().filter(|r| r.shown())
    }

    /// The goals as the review's score needs them, in the sheet's order.
    pub fn review_goals(&self) -> Vec<ReviewGoal> {
        self.rows
            .iter()
            .map(|row| ReviewGoal {
                key: row.key.clone(),
                label: row.label.clone(),
                weight: row.weight,
                baseline: row.baseline.clone(),
                target: row.target.clone(),
            })
            .collect()
    }

    /// The goals' weights added up.
    pub fn total_weight(&self) -> TotalWeight {
        TotalWeight::of(self.rows.iter().map(|r| r.weight))
    }

    /// A goal's description on one line: its measure ([`GoalSheet::measure`])
    /// joined by ` | `.
    pub fn description(&self, row: &GoalRow<'_>, unfilled: Unfilled) -> String {
        self.measure(row, unfilled).join(" | ")
    }

    /// What a goal is measured by, part by part, each part led by a label:
    /// the goal's text block lines after its first (filled, with their row
    /// labels), leaving out the two that restate what the sheet already says
    /// (SMART's Specific repeats the goal, Relevant the profile); for an own
    /// goal, its baseline, target and due date; nothing for a goal gone from
    /// the canon.
    pub fn measure(&self, row: &GoalRow<'_>, unfilled: Unfilled) -> Vec<String> {
        let lang = self.frames.lang;
        if row.is_own() {
            let slot = |s: SlotKind| match self.values.get(&row.key, s) {
                Some(v) => v.to_string(),
                None => unfilled_text(lang, s, unfilled, false),
            };
            return vec![self.frames.catalog().goal_own_measure(
                &slot(SlotKind::Baseline),
                &slot(SlotKind::Date),
                &slot(SlotKind::Target),
            )];
        }
        row.lines
            .iter()
            .skip(usize::from(row.lines.len() > 1))
            .filter(|l| {
                !matches!(
                    l.template,
                    Template::SmartSpecific | Template::SmartRelevant
                )
            })
            .map(|l| {
                let body = labelled_body(l, &self.values, unfilled);
                match &l.label {
                    Some(label) => format!("{} {body}", self.frames.catalog().label_colon(label)),
                    None => body,
                }
            })
            .collect()
    }
}

/// A line's body as the goal sheet shows it, its slots filled or written as
/// `unfilled` says. A line without a row label of its own (MBO's "Target: …
/// Due: …") keeps the labels its text block puts right before its slots,
/// parts joined by ` · `, so that no two values run together.
pub fn labelled_body(line: &Line, values: &Values, unfilled: Unfilled) -> String {
    let item = line.item.as_deref();
    let lang = line.wording.lang();
    let own_label = line.label.is_some();
    let mut out = String::new();
    let mut after_label = false;
    for (i, segment) in line.segments.iter().enumerate() {
        let before_slot = matches!(
            line.segments.get(i + 1).map(|s| &s.content),
            Some(Content::Slot(_))
        );
        match (&segment.content, segment.part) {
            (Content::Slot(kind), _) => {
                match item.and_then(|i| values.get(i, *kind)) {
                    Some(v) => out.push_str(v),
                    None => out.push_str(&unfilled_text(lang, *kind, unfilled, after_label)),
                }
                after_label = false;
            }
            (_, Part::Layout) if !own_label && before_slot => {
                let text = text::segment(segment, lang, item, values);
                let label = text.trim();
                if label.ends_with(':') {
                    if !out.is_empty() {
                        out.push_str(" · ");
                    }
                    out.push_str(label);
                    out.push(' ');
                    after_label = true;
                }
            }
            (_, Part::Body) => {
                out.push_str(&text::segment(segment, lang, item, values));
                after_label = false;
            }
            _ => {}
        }
    }
    out.trim().to_string()
}

/// An unfilled slot's text: its placeholder, or a dash that says which slot
/// it stands for unless a row label just said it.
fn unfilled_text(lang: Lang, kind: SlotKind, unfilled: Unfilled, after_label: bool) -> String {
    match unfilled {
        Unfilled::Placeholder => kind.placeholder(lang).to_string(),
        Unfilled::Dash if after_label => "—".to_string(),
        Unfilled::Dash => {
            let t = catalog(lang);
            match kind {
                SlotKind::Baseline => t.slot_baseline_unfilled(),
                SlotKind::Target => t.slot_target_unfilled(),
                SlotKind::Date => t.slot_date_unfilled(),
            }
            .to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames() -> ProfileFrames {
        crate::fixtures::example_frames()
    }

    #[test]
    fn every_frame_offers_its_goals_with_labels() {
        let frames = frames();
        let all = choices(&frames);
        let labels: Vec<&str> = all.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels[0], "SMART goal 1");
        assert!(labels.contains(&"Objective 2"));
        assert!(labels.contains(&"MBO area 3"));
        assert!(labels.contains(&"Internal process row 1"));
        assert!(labels.contains(&"Role calibration row 1"));
        let objective = choice(&frames, "okr-1").unwrap();
        assert_eq!(objective.items.len(), 2, "KR1 and KR2");
        assert_eq!(objective.lines.len(), 3);
        assert!(objective
            .headline()
            .starts_with("Architects complex database systems"));
        let row = choice(&frames, "scorecard-internal-1").unwrap();
        assert!(row.headline().starts_with("\"Architects"));
        assert!(row.headline().ends_with('"'), "{}", row.headline());
        let keys: std::collections::BTreeSet<&str> = all.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys.len(), all.len(), "keys are unique");
    }

    #[test]
    fn the_goal_sheet_follows_the_sheets_order_weights_and_period() {
        let frames = frames();
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("okr-2");
        sheet.keep("smart-1");
        let own = sheet.add_own_goal("own-1");
        sheet.set_own_goal_text(&own, "Mentor two juniors").unwrap();
        sheet.set_weight("okr-2", Some(60)).unwrap();
        sheet.set_weight("smart-1", Some(30)).unwrap();
        sheet.set_weight(&own, Some(10)).unwrap();
        sheet
            .set_cycle_date(crate::sheet::CycleDate::PeriodEnd, "2026-12-31")
            .unwrap();
        sheet
            .values
            .set("okr-2-kr1", SlotKind::Target, "5")
            .unwrap();
        sheet
            .values
            .set("smart-1", SlotKind::Date, "2026-06-30")
            .unwrap();
        let goals = GoalSheet::new(&frames, &sheet);
        let labels: Vec<&str> = goals.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["Objective 2", "SMART goal 1", "Your own goal 1"]);
        assert_eq!(goals.total_weight(), TotalWeight::Sum(100));
        assert_eq!(goals.rows[0].target.as_deref(), Some("5"));
        assert_eq!(
            goals.rows[0].due.as_deref(),
            Some("2026-12-31"),
            "inherited"
        );
        assert_eq!(goals.rows[1].due.as_deref(), Some("2026-06-30"), "its own");
        assert_eq!(goals.rows[2].source, "Your own goal — not from the canon");
        assert_eq!(goals.rows[2].due.as_deref(), Some("2026-12-31"));
        assert!(goals
            .description(&goals.rows[0], Unfilled::Placeholder)
            .contains("KR1: From ⟨baseline⟩ to 5 by 2026-12-31"));
        assert_eq!(
            sheet
                .period_line(crate::message::catalog(crate::message::Lang::En))
                .as_deref(),
            Some("until 2026-12-31")
        );
        assert_eq!(goals.rows[2].title(), "Mentor two juniors", "its words");
        assert_eq!(goals.rows[2].text(), None, "not twice");
        assert_eq!(goals.rows[0].title(), "Objective 2");
    }

    #[test]
    fn goals_the_canon_no_longer_has_stay_on_the_sheet_without_text() {
        let frames = frames();
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        sheet.keep("smart-1");
        sheet.keep("smart-99");
        sheet.keep("own-lost");
        sheet.set_weight("smart-99", Some(40)).unwrap();
        sheet.set_weight("smart-1", Some(40)).unwrap();
        let goals = GoalSheet::new(&frames, &sheet);
        let shape: Vec<(usize, &str, Framework)> = goals
            .rows
            .iter()
            .map(|r| (r.number, r.label.as_str(), r.framework))
            .collect();
        assert_eq!(
            shape,
            [
                (1, "SMART goal 1", Framework::Frame(FrameKind::Smart)),
                (
                    2,
                    "A goal no longer in today’s canon (smart-99)",
                    Framework::Gone
                ),
                (3, "Your own goal", Framework::Own),
            ]
        );
        let gone = &goals.rows[1];
        assert!(gone.is_gone() && gone.lines.is_empty() && gone.slots().is_empty());
        assert_eq!(
            gone.source,
            "Kept on this sheet; today’s canon has no text for it"
        );
        assert_eq!(gone.text(), None);
        assert!(goals.measure(gone, Unfilled::Dash).is_empty());
        // Its weight still counts: the total is the sheet's.
        assert_eq!(goals.total_weight(), TotalWeight::Sum(80));
    }

    #[test]
    fn one_wording_of_the_total_and_its_warning() {
        assert_eq!(
            TotalWeight::Unweighed.line(crate::message::catalog(crate::message::Lang::En)),
            None
        );
        assert_eq!(
            TotalWeight::Unweighed.status(crate::message::catalog(crate::message::Lang::En)),
            "No weights yet: give each goal a weight in percent."
        );
        assert_eq!(
            TotalWeight::Sum(100)
                .line(crate::message::catalog(crate::message::Lang::En))
                .as_deref(),
            Some("Total weight: 100%")
        );
        assert!(!TotalWeight::Sum(100).is_off());
        assert_eq!(
            TotalWeight::Sum(90).status(crate::message::catalog(crate::message::Lang::En)),
            "Total weight: 90% (not 100%)"
        );
        assert!(TotalWeight::Sum(110).is_off());
    }

    #[test]
    fn every_part_of_a_measure_is_labelled_and_no_values_run_together() {
        let frames = frames();
        let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
        for key in ["mbo-3", "okr-1", "smart-2"] {
            sheet.keep(key);
        }
        sheet
            .set_cycle_date(crate::sheet::CycleDate::PeriodEnd, "2027-06-30")
            .unwrap();
        let goals = GoalSheet::new(&frames, &sheet);
        let (mbo, okr, smart) = (&goals.rows[0], &goals.rows[1], &goals.rows[2]);
        let placeholder = goals.measure(mbo, Unfilled::Placeholder);
        assert_eq!(
            placeholder.last().map(String::as_str),
            Some("Target: ⟨target⟩ · Due: 2027-06-30")
        );
        let dash = goals.description(mbo, Unfilled::Dash);
        assert!(dash.ends_with(" | Target: — · Due: 2027-06-30"), "{dash}");
        let dash = goals.description(okr, Unfilled::Dash);
        assert!(
            dash.starts_with("KR1: From baseline — to target — by 2027-06-30"),
            "{dash}"
        );
        assert!(dash.contains("\" — target — by 2027-06-30"), "{dash}");
        assert!(!dash.contains("— —"), "{dash}");
        let parts = goals.measure(smart, Unfilled::Dash);
        assert!(
            parts.iter().all(|p| p.split_once(": ").is_some()),
            "{parts:?}"
        );
    }
}

//! Goals: what a manager keeps from the frames for one person's goal sheet.
//!
//! A frame's *goal* is the unit a manager chooses: a SMART goal, an OKR
//! objective with its key results, an MBO area, one scorecard row, or a
//! next-level dimension as a development goal ([`choices`]). A sheet keeps goals in order, with weights, beside the
//! person's own goals ([`crate::sheet::Sheet::goals`]). [`GoalSheet`] puts it
//! all together as the document exports and print show: kept and own goals in
//! order, with their canon text, filled slots, weights and due dates.

use crate::fill as text;
use crate::frame::{Content, FrameKind, Item, Line, Part, ProfileFrames, SlotKind, Template};
use crate::sheet::{Sheet, OWN_GOAL_PREFIX};
use crate::values::Values;

/// The marker every own goal carries, on screen and in every export.
pub const OWN_GOAL_MARK: &str = "Your own goal — not from the canon";

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
        out.push_str(&text::segment(segment, None, &Values::new()));
    }
    out.trim_end_matches(|c: char| c.is_whitespace() || c == '→')
        .to_string()
}

/// Every goal of a profile's frames, frame by frame, in page order.
pub fn choices(frames: &ProfileFrames) -> Vec<Choice<'_>> {
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
                            (format!("okr-{}", i + 1), format!("Objective {}", i + 1))
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
}

impl Framework {
    /// Its name in exports: `SMART`, `OKR`, `MBO`, `Balanced Scorecard`, `Own goal`.
    pub fn name(self) -> &'static str {
        match self {
            Framework::Frame(FrameKind::Smart) => "SMART",
            Framework::Frame(FrameKind::Okr) => "OKR",
            Framework::Frame(FrameKind::Mbo) => "MBO",
            Framework::Frame(FrameKind::Scorecard) => "Balanced Scorecard",
            Framework::Growth => "Development",
            Framework::Own => "Own goal",
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
    /// Its label: "SMART goal 2", "Your own goal 1".
    pub label: String,
    /// Where it comes from.
    pub framework: Framework,
    /// What it says: canon text, or the person's own words.
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
    /// Where its text comes from: the provenance tag, or [`OWN_GOAL_MARK`].
    pub source: String,
}

impl GoalRow<'_> {
    /// True for the person's own goal.
    pub fn is_own(&self) -> bool {
        self.framework == Framework::Own
    }

    /// The slots of the goal as (label, slot): "Objective 1, key result 2" ·
    /// Target, … (an own goal has baseline, target and date).
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

/// A sheet's goals, as exports and print show them.
#[derive(Clone, Debug)]
pub struct GoalSheet<'f> {
    /// The profile's frames.
    pub frames: &'f ProfileFrames,
    /// The sheet.
    pub sheet: &'f Sheet,
    /// The values with the period end in every unfilled ⟨date⟩ slot.
    pub values: Values,
    /// The kept and own goals, in the sheet's order.
    pub rows: Vec<GoalRow<'f>>,
}

impl<'f> GoalSheet<'f> {
    /// The goal sheet of `sheet` over its profile's `frames`. Kept goals the
    /// frames no longer have are left out (the sheet keeps them; the page's
    /// canon-change notice names them).
    pub fn new(frames: &'f ProfileFrames, sheet: &'f Sheet) -> Self {
        let values = sheet.effective_values(frames);
        let all = choices(frames);
        let mut rows = Vec::new();
        for goal in &sheet.goals {
            let row = if goal.key.starts_with(OWN_GOAL_PREFIX) {
                sheet.own_goals.get(&goal.key).map(|own| GoalRow {
                    number: 0,
                    key: goal.key.clone(),
                    label: format!("Your own goal {}", own.number),
                    framework: Framework::Own,
                    headline: own.text.clone(),
                    lines: Vec::new(),
                    items: Vec::new(),
                    weight: goal.weight,
                    baseline: values
                        .get(&goal.key, SlotKind::Baseline)
                        .map(str::to_string),
                    target: values.get(&goal.key, SlotKind::Target).map(str::to_string),
                    due: values.get(&goal.key, SlotKind::Date).map(str::to_string),
                    source: OWN_GOAL_MARK.to_string(),
                })
            } else {
                all.iter().find(|c| c.key == goal.key).map(|c| {
                    let first = |slot: SlotKind| {
                        c.items
                            .iter()
                            .filter(|i| i.slots.contains(&slot))
                            .find_map(|i| values.get(&i.key, slot))
                            .map(str::to_string)
                    };
                    GoalRow {
                        number: 0,
                        key: c.key.clone(),
                        label: c.label.clone(),
                        framework: c.framework,
                        headline: c.headline(),
                        lines: c.lines.clone(),
                        items: c.items.clone(),
                        weight: goal.weight,
                        baseline: first(SlotKind::Baseline),
                        target: first(SlotKind::Target),
                        due: first(SlotKind::Date),
                        source: c
                            .lines
                            .iter()
                            .find_map(|l| text::source(l, &Values::new()))
                            .unwrap_or_default(),
                    }
                })
            };
            if let Some(mut row) = row {
                row.number = rows.len() + 1;
                rows.push(row);
            }
        }
        GoalSheet {
            frames,
            sheet,
            values,
            rows,
        }
    }

    /// The sum of the goals' weights, when any has one.
    pub fn total_weight(&self) -> Option<u32> {
        let any = self.rows.iter().any(|r| r.weight.is_some());
        any.then(|| self.rows.iter().filter_map(|r| r.weight).sum())
    }

    /// A goal's description on one line: its measure ([`GoalSheet::measure`])
    /// joined by ` | `; unfilled slots show their placeholder.
    pub fn description(&self, row: &GoalRow<'_>) -> String {
        self.measure(row, None).join(" | ")
    }

    /// [`GoalSheet::description`] with `unfilled` in place of each unfilled
    /// slot's placeholder, when given.
    pub fn description_with(&self, row: &GoalRow<'_>, unfilled: Option<&str>) -> String {
        self.measure(row, unfilled).join(" | ")
    }

    /// What a goal is measured by, line by line: the goal's text block lines
    /// after its first (filled, with their row labels), leaving out the two
    /// that restate what the sheet already says (SMART's Specific repeats the
    /// goal, Relevant the profile); for an own goal, its baseline, target and
    /// due date. `unfilled` replaces an unfilled slot's placeholder when given.
    pub fn measure(&self, row: &GoalRow<'_>, unfilled: Option<&str>) -> Vec<String> {
        if row.is_own() {
            let slot = |s: SlotKind| {
                self.values
                    .get(&row.key, s)
                    .unwrap_or(unfilled.unwrap_or(s.placeholder()))
                    .to_string()
            };
            return vec![format!(
                "From {} to {} by {}",
                slot(SlotKind::Baseline),
                slot(SlotKind::Target),
                slot(SlotKind::Date)
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
                let body = match unfilled {
                    Some(unfilled) => text::body_or(l, &self.values, unfilled),
                    None => text::body(l, &self.values),
                };
                match l.template.label() {
                    Some(label) => format!("{label}: {body}"),
                    None => body,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::load::load_dir;

    fn frames() -> ProfileFrames {
        let canon = load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/example-canon"),
        )
        .unwrap()
        .canon;
        crate::build_frames(&canon.profile("database-engineering", "P4").unwrap())
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
        assert_eq!(goals.total_weight(), Some(100));
        assert_eq!(goals.rows[0].target.as_deref(), Some("5"));
        assert_eq!(
            goals.rows[0].due.as_deref(),
            Some("2026-12-31"),
            "inherited"
        );
        assert_eq!(goals.rows[1].due.as_deref(), Some("2026-06-30"), "its own");
        assert_eq!(goals.rows[2].source, OWN_GOAL_MARK);
        assert_eq!(goals.rows[2].due.as_deref(), Some("2026-12-31"));
        assert!(goals
            .description(&goals.rows[0])
            .contains("KR1: From ⟨baseline⟩ to 5 by 2026-12-31"));
        assert_eq!(sheet.period_line().as_deref(), Some("until 2026-12-31"));
    }
}

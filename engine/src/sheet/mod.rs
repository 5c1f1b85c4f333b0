//! Sheets: one person's goals for one profile, as the app saves them.
//!
//! **API boundary: the sheet schema `goalframes.sheet/3`.** Sheets live in
//! browsers' storage for months, travel as files and links between colleagues
//! and reach portals and HR through `goalframes collect`, so their JSON is a
//! public contract. Fields may be added (readers ignore unknown fields and give
//! missing ones their default); a change that an older reader would misread
//! takes a new schema number, and this module keeps reading every older one
//! (`goalframes.sheet/1` reads as /3 with no goals chosen, `/2` as /3 with no
//! review data: /3 added the `review` object, which a /2 reader would drop).
//!
//! A sheet names its profile (family id and level code), optionally the person,
//! the period and its review cycle (start, end, review date), holds the filled
//! [`Values`], the goals kept from the frames in their order with weights
//! ([`Goal`]), the person's own goals ([`OwnGoal`]), and is stamped with the
//! canon version and the [`Fingerprints`] of the canon text its items quoted
//! ([`crate::drift`]). Its review — stage, agreement, check-ins, appraisal,
//! ratings — is a [`Review`] ([`crate::sheet::review`]), left out of the JSON while empty.
//!
//! Two copies of one sheet (two browser tabs) are reconciled with
//! [`Sheet::merge`], a three-way merge against their common base ([`merge`]).

mod goals;
mod import;
pub mod link;
mod merge;
mod opening;
mod registers;
pub mod review;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dates;
use crate::drift::Fingerprints;
use crate::message::{Catalog, Message};
use crate::sheet::review::{Review, ReviewError};
use crate::values::{check_slot_value, check_text, check_value, slot_name, ValueError, Values};

pub use goals::{
    is_own_goal_key, parse_weight, percent, GoalRef, TotalWeight, WeightError, MAX_GOALS,
    MAX_WEIGHT, OWN_GOAL_PREFIX,
};
pub use import::{check_profile, import, ImportError};
pub use registers::{slot_key, Dot, Registers};

/// The schema string every sheet this version writes carries.
pub const SCHEMA: &str = "goalframes.sheet/3";

/// The schema before review data: read as [`SCHEMA`] with an empty review.
pub const SCHEMA_V2: &str = "goalframes.sheet/2";

/// The first schema: no goal selection, weights, own goals or review cycle.
/// Read as [`SCHEMA`] with none of them.
pub const SCHEMA_V1: &str = "goalframes.sheet/1";

/// The prefix of the storage keys that hold sheets (`goalframes:sheet:{id}`).
pub const SHEET_KEY_PREFIX: &str = "goalframes:sheet:";

/// The largest sheet read from a file or a link, in bytes of JSON.
pub const MAX_SHEET_BYTES: usize = 256 * 1024;

/// The largest sheet an import accepts, in bytes of JSON.
pub const MAX_IMPORT_BYTES: usize = MAX_SHEET_BYTES;

/// The longest sheet id, in characters (ids are `[A-Za-z0-9_-]`).
pub const MAX_ID_CHARS: usize = 64;

/// The longest key (item, goal, competency or fingerprint key), in characters.
pub const MAX_KEY_CHARS: usize = 80;

/// The longest key of a part in [`Sheet::edited`], in characters: a part's
/// key wraps a key of up to [`MAX_KEY_CHARS`] in a prefix and a suffix
/// (`review/appraisal/{goal}/employee_comment`).
pub const MAX_PART_KEY_CHARS: usize = 128;

/// The most entries of every kind together (items, slot values, goals, own
/// goals, fingerprints, edit times) a sheet may hold.
pub const MAX_ENTRIES: usize = 4096;

/// The longest own goal, in characters.
pub const MAX_OWN_GOAL_CHARS: usize = 300;

/// One person's goals for one profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    /// [`SCHEMA`] (an older schema is migrated when read).
    pub schema: String,
    /// Unique within the browser; also its storage key suffix.
    pub id: String,
    /// Changes when the sheet is replaced as a whole (an import's "Replace"):
    /// copies of different generations never merge, the greater (later)
    /// replaces the other. Empty for a sheet never replaced.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub generation: String,
    /// The family id.
    pub family: String,
    /// The level code.
    pub level: String,
    /// Whose goals these are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The period's name, e.g. "2026 H1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The first day of the period (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_start: Option<String>,
    /// The last day of the period (`YYYY-MM-DD`): the due date of every ⟨date⟩
    /// slot not filled on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<String>,
    /// The day of the review (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<String>,
    /// The filled slots (of frame items and of own goals).
    #[serde(default)]
    pub values: Values,
    /// The goals kept for the sheet, in order: frame goals and own goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// The person's own goals, by key (`own-…`): never canon text.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub own_goals: BTreeMap<String, OwnGoal>,
    /// The name of the canon the sheet was filled against (absent in sheets
    /// saved before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canon: Option<String>,
    /// The version of the canon the sheet was filled against.
    pub canon_version: String,
    /// When it was created (ISO 8601, supplied by the caller).
    pub created: String,
    /// When it was last changed (ISO 8601, supplied by the caller).
    pub updated: String,
    /// Per item, a hash of the canon text it quoted when the sheet was filled
    /// (empty for sheets saved before fingerprints were recorded).
    #[serde(default, skip_serializing_if = "Fingerprints::is_empty")]
    pub fingerprints: Fingerprints,
    /// For each part of the sheet (see [`Registers`]), the write that last
    /// changed it ([`Dot`]): its number, when, and which tab: how two copies
    /// merge (see [`merge`]).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "registers::read_edited"
    )]
    pub edited: BTreeMap<String, Dot>,
    /// The review: stage, agreement, check-ins, appraisal and ratings
    /// (left out while empty).
    #[serde(default, skip_serializing_if = "Review::is_empty")]
    pub review: Review,
    /// The language the sheet was last edited in (a BCP 47 tag, `de`): the
    /// one `collect` and the JavaScript module write its documents in unless
    /// told another. Absent in sheets saved before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// A goal kept on the sheet: a frame's goal (`smart-2`, `okr-1`, `mbo-3`,
/// `scorecard-internal-1`, …) or an own goal (`own-…`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// The goal's key.
    pub key: String,
    /// Its weight in percent, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<u32>,
}

/// A goal the person wrote: shown and exported as "Your own goal — not from the canon".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnGoal {
    /// Its number in "Your own goal {n}", fixed when it is added.
    pub number: u32,
    /// What the goal is, as typed (may be empty while being written).
    #[serde(default)]
    pub text: String,
}

/// Why stored text is not a sheet.
#[derive(Debug)]
pub enum SheetError {
    /// Not JSON of the sheet's shape.
    Json(serde_json::Error),
    /// Another schema (e.g. a later version).
    Schema(String),
    /// A value that the app would refuse, and where.
    Value(String, ValueError),
    /// A review-cycle date that is not a real `YYYY-MM-DD` day.
    Date(String, dates::DateError),
    /// An id that is not 1 to [`MAX_ID_CHARS`] of `[A-Za-z0-9_-]`.
    Id,
    /// A key that is not 1 to [`MAX_KEY_CHARS`] of `[A-Za-z0-9_/-]`.
    Key(String),
    /// More than [`MAX_ENTRIES`] entries.
    TooMany(usize),
    /// A goal list that is not a list of distinct known goals with weights of at most 100.
    Goals(GoalsProblem),
    /// Review data that breaks its rules ([`Review::validate`]).
    Review(ReviewError),
    /// A `lang` that is not a language tag.
    Lang(String),
}

impl Message for SheetError {
    fn message(&self, t: &Catalog) -> String {
        let n = |n: usize| n.to_string();
        match self {
            // serde_json's own words: where in the text, and what it met.
            SheetError::Json(e) => t.sheet_error_json(&e.to_string()),
            SheetError::Schema(s) => {
                t.sheet_error_schema(&format!("{SCHEMA:?}"), &format!("{s:?}"))
            }
            SheetError::Value(field, e) => t.sheet_error_value(field, &e.message(t)),
            SheetError::Date(field, e) => t.sheet_error_date(field, &e.message(t)),
            SheetError::Id => t.sheet_error_id(&n(MAX_ID_CHARS)),
            SheetError::Key(key) => {
                let shown: String = key.chars().take(40).collect();
                let more = if key.chars().count() > 40 { "…" } else { "" };
                t.sheet_error_key(
                    &format!("{shown:?}{more}"),
                    &n(MAX_KEY_CHARS),
                    &n(MAX_PART_KEY_CHARS),
                )
            }
            SheetError::TooMany(count) => t.sheet_error_too_many(&n(*count), &n(MAX_ENTRIES)),
            SheetError::Goals(why) => t.sheet_error_goals(&why.message(t)),
            SheetError::Review(e) => t.sheet_error_review(&e.message(t)),
            SheetError::Lang(lang) => t.sheet_error_lang(&format!("{lang:?}")),
        }
    }
}

crate::english_display!(SheetError);

/// What is wrong with a sheet's goal list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoalsProblem {
    /// More goals than a sheet keeps.
    TooMany(usize),
    /// A goal kept twice.
    Twice(String),
    /// A weight over 100 %.
    Overweight(String),
    /// An own goal whose key lacks the own goals' prefix.
    OwnPrefix(String),
}

impl Message for GoalsProblem {
    fn message(&self, t: &Catalog) -> String {
        match self {
            GoalsProblem::TooMany(count) => {
                t.goals_problem_too_many(&count.to_string(), &goals::MAX_GOALS.to_string())
            }
            GoalsProblem::Twice(key) => t.goals_problem_twice(key),
            GoalsProblem::Overweight(key) => {
                t.goals_problem_overweight(key, &goals::MAX_WEIGHT.to_string())
            }
            GoalsProblem::OwnPrefix(key) => t.goals_problem_own_prefix(key, OWN_GOAL_PREFIX),
        }
    }
}

impl std::error::Error for SheetError {}

impl Sheet {
    /// An empty sheet for a profile, created now.
    pub fn new(id: &str, family: &str, level: &str, canon_version: &str, now: &str) -> Self {
        Sheet {
            schema: SCHEMA.to_string(),
            id: id.to_string(),
            generation: String::new(),
            family: family.to_string(),
            level: level.to_string(),
            person: None,
            period: None,
            period_start: None,
            period_end: None,
            review_date: None,
            values: Values::new(),
            goals: Vec::new(),
            own_goals: BTreeMap::new(),
            canon: None,
            canon_version: canon_version.to_string(),
            created: now.to_string(),
            updated: now.to_string(),
            fingerprints: Fingerprints::new(),
            edited: BTreeMap::new(),
            review: Review::default(),
            lang: None,
        }
    }

    /// Records the canon the values are now filled against: its version and
    /// the fingerprints of the profile's items.
    pub fn stamp(&mut self, canon: &str, canon_version: &str, fingerprints: Fingerprints) {
        self.canon = Some(canon.to_string());
        self.canon_version = canon_version.to_string();
        self.fingerprints = fingerprints;
    }

    /// The storage key this sheet is saved under.
    pub fn storage_key(&self) -> String {
        format!("{SHEET_KEY_PREFIX}{}", self.id)
    }

    /// A copy under a new id, created now by `tab` (one write), its person
    /// marked as a copy.
    pub fn duplicate(&self, id: &str, tab: &str, now: &str) -> Self {
        let person = match &self.person {
            Some(p) => format!("{p} (copy)"),
            None => "Copy".to_string(),
        };
        let mut copy = Sheet {
            id: id.to_string(),
            generation: String::new(),
            person: Some(person),
            created: now.to_string(),
            updated: now.to_string(),
            ..self.clone()
        };
        copy.restamp(tab, now);
        copy
    }

    /// The name shown in lists: the person and period, or "Untitled sheet".
    pub fn name(&self, t: &Catalog) -> String {
        let person = self
            .person
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let period = self
            .period
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        match (person, period) {
            (Some(person), Some(period)) => format!("{person}, {period}"),
            (Some(one), None) | (None, Some(one)) => one.to_string(),
            (None, None) => t.sheet_untitled().to_string(),
        }
    }

    /// The language its documents are written in when none is asked for:
    /// the one it was last edited in, when Goalframes speaks it.
    pub fn lang(&self) -> Option<crate::message::Lang> {
        self.lang
            .as_deref()
            .and_then(crate::message::Lang::from_tag)
    }

    /// Sets the person (an empty name clears it).
    pub fn set_person(&mut self, person: &str) -> Result<(), ValueError> {
        check_value(person)?;
        self.person = (!person.is_empty()).then(|| person.to_string());
        Ok(())
    }

    /// Sets the period's name (an empty one clears it).
    pub fn set_period(&mut self, period: &str) -> Result<(), ValueError> {
        check_value(period)?;
        self.period = (!period.is_empty()).then(|| period.to_string());
        Ok(())
    }

    /// Sets one of the review cycle's dates (an empty one clears it); a value
    /// that is not a real `YYYY-MM-DD` day is refused and changes nothing.
    pub fn set_cycle_date(
        &mut self,
        field: CycleDate,
        value: &str,
    ) -> Result<(), dates::DateError> {
        if !value.is_empty() {
            dates::check(value)?;
        }
        *self.cycle_date_mut(field) = (!value.is_empty()).then(|| value.to_string());
        Ok(())
    }

    /// One of the review cycle's dates.
    pub fn cycle_date(&self, field: CycleDate) -> Option<&str> {
        match field {
            CycleDate::PeriodStart => self.period_start.as_deref(),
            CycleDate::PeriodEnd => self.period_end.as_deref(),
            CycleDate::ReviewDate => self.review_date.as_deref(),
        }
    }

    fn cycle_date_mut(&mut self, field: CycleDate) -> &mut Option<String> {
        match field {
            CycleDate::PeriodStart => &mut self.period_start,
            CycleDate::PeriodEnd => &mut self.period_end,
            CycleDate::ReviewDate => &mut self.review_date,
        }
    }

    /// The due date a ⟨date⟩ slot of `item` shows when not filled on its own:
    /// the period end, if set.
    pub fn inherited_date(&self) -> Option<&str> {
        self.period_end.as_deref()
    }

    /// The values as exports and text blocks show them: every ⟨date⟩ slot of
    /// the profile's items and of the own goals that is not filled on its own
    /// takes the period end.
    pub fn effective_values(&self, frames: &crate::ProfileFrames) -> Values {
        let mut values = self.values.clone();
        let Some(end) = self.inherited_date() else {
            return values;
        };
        let frame_items = frames
            .items()
            .map(|(_, item)| item)
            .chain(frames.growth_items())
            .filter(|item| item.slots.contains(&crate::SlotKind::Date))
            .map(|item| item.key.as_str());
        for item in frame_items.chain(self.own_goals.keys().map(String::as_str)) {
            if values.get(item, crate::SlotKind::Date).is_none() {
                // The period end is a checked date: always a valid value.
                let _ = values.set(item, crate::SlotKind::Date, end);
            }
        }
        values
    }

    /// The period as one line: its name and dates, e.g. `2026 H1 (2026-01-01 to 2026-06-30)`.
    pub fn period_line(&self, t: &Catalog) -> Option<String> {
        let dates = match (&self.period_start, &self.period_end) {
            (Some(a), Some(b)) => Some(t.period_from_to(b, a)),
            (Some(a), None) => Some(t.period_from(a)),
            (None, Some(b)) => Some(t.period_until(b)),
            (None, None) => None,
        };
        match (&self.period, dates) {
            (Some(name), Some(dates)) => Some(format!("{name} ({dates})")),
            (Some(name), None) => Some(name.clone()),
            (None, dates) => dates,
        }
    }

    /// A warning about the review cycle, e.g. an end before the start.
    pub fn cycle_warning(&self, t: &Catalog) -> Option<&'static str> {
        let date = |d: &Option<String>| d.as_deref().and_then(|d| dates::parse(d).ok());
        let (start, end, review) = (
            date(&self.period_start),
            date(&self.period_end),
            date(&self.review_date),
        );
        match (start, end, review) {
            (Some(s), Some(e), _) if e < s => Some(t.cycle_warning_end_before_start()),
            (Some(s), _, Some(r)) if r < s => Some(t.cycle_warning_review_before_start()),
            _ => None,
        }
    }

    /// The sheet as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a sheet always serializes")
    }

    /// Reads a sheet, checking its schema, every value and its size; an older
    /// schema is migrated.
    pub fn from_json(text: &str) -> Result<Self, SheetError> {
        let sheet: Sheet = serde_json::from_str(text).map_err(SheetError::Json)?;
        sheet.checked()
    }

    /// A sheet read by other means (e.g. from a JavaScript object), checked
    /// as [`Sheet::from_json`] checks it; an older schema is migrated.
    pub fn checked(mut self) -> Result<Self, SheetError> {
        match self.schema.as_str() {
            SCHEMA => {}
            // /1 and /2 have the same fields, minus those /2 and /3 added
            // (which default to none).
            SCHEMA_V1 | SCHEMA_V2 => self.schema = SCHEMA.to_string(),
            _ => return Err(SheetError::Schema(self.schema)),
        }
        self.validate()?;
        self.values.drop_empty_items();
        self.order_review_logs();
        Ok(self)
    }

    /// Every check [`Sheet::from_json`] makes, on a sheet in memory.
    pub fn validate(&self) -> Result<(), SheetError> {
        let id_ok = (1..=MAX_ID_CHARS).contains(&self.id.len())
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(SheetError::Id);
        }
        // Every kind of entry counts, so that no list can be made huge while
        // another stays small (18,000 empty items are as many as 18,000 values).
        let entries = self.values.item_keys().count()
            + self.values.iter().count()
            + self.goals.len()
            + self.own_goals.len()
            + self.fingerprints.len()
            + self.edited.len()
            + self.review.entries();
        if entries > MAX_ENTRIES {
            return Err(SheetError::TooMany(entries));
        }
        if let Some(lang) = &self.lang {
            // A tag as a browser writes it: letters, digits and '-', short.
            let ok = (2..=35).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !ok {
                return Err(SheetError::Lang(lang.clone()));
            }
        }
        let keys = self
            .values
            .item_keys()
            .chain(self.goals.iter().map(|g| g.key.as_str()))
            .chain(self.own_goals.keys().map(String::as_str))
            .chain(self.fingerprints.keys().map(String::as_str))
            .chain(self.review.keys());
        for key in keys {
            check_key(key, MAX_KEY_CHARS)?;
        }
        for key in self.edited.keys() {
            check_key(key, MAX_PART_KEY_CHARS)?;
        }
        let value = |field: &str, text: &str| {
            check_value(text).map_err(|e| SheetError::Value(field.to_string(), e))
        };
        // Each slot's own rule (the ⟨date⟩ slot's included), as `Values::set` keeps it.
        for (item, slot, text) in self.values.iter() {
            check_slot_value(slot, text)
                .map_err(|e| SheetError::Value(slot_name(item, slot), e))?;
        }
        let texts = [
            ("person", self.person.as_deref()),
            ("period", self.period.as_deref()),
            ("family", Some(self.family.as_str())),
            ("level", Some(self.level.as_str())),
            ("canon", self.canon.as_deref()),
            ("canon_version", Some(self.canon_version.as_str())),
            ("created", Some(self.created.as_str())),
            ("updated", Some(self.updated.as_str())),
            ("generation", Some(self.generation.as_str())),
        ];
        for (field, text) in texts {
            if let Some(text) = text {
                value(field, text)?;
            }
        }
        for field in CycleDate::ALL {
            if let Some(date) = self.cycle_date(field) {
                dates::check(date).map_err(|e| SheetError::Date(field.id().to_string(), e))?;
            }
        }
        for (key, dot) in &self.edited {
            value(key, &dot.at)?;
            value(key, &dot.tab)?;
        }
        for (key, hash) in &self.fingerprints {
            value(key, hash)?;
        }
        for (key, own) in &self.own_goals {
            check_text(&own.text, MAX_OWN_GOAL_CHARS)
                .map_err(|e| SheetError::Value(key.clone(), e))?;
        }
        self.validate_goals()?;
        self.review
            .validate(&self.values)
            .map_err(SheetError::Review)
    }
}

/// The dates of a sheet's review cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CycleDate {
    /// The first day of the period.
    PeriodStart,
    /// The last day of the period: the default due date.
    PeriodEnd,
    /// The day of the review.
    ReviewDate,
}

impl CycleDate {
    /// All three, in the order the sheet shows them.
    pub const ALL: [CycleDate; 3] = [
        CycleDate::PeriodStart,
        CycleDate::PeriodEnd,
        CycleDate::ReviewDate,
    ];

    /// The JSON field's name.
    pub fn id(self) -> &'static str {
        match self {
            CycleDate::PeriodStart => "period_start",
            CycleDate::PeriodEnd => "period_end",
            CycleDate::ReviewDate => "review_date",
        }
    }

    /// The field's label on screen and in exports.
    pub fn label(self, t: &Catalog) -> &'static str {
        match self {
            CycleDate::PeriodStart => t.sheet_period_start(),
            CycleDate::PeriodEnd => t.sheet_period_end(),
            CycleDate::ReviewDate => t.sheet_review_date(),
        }
    }
}

/// A key of 1 to `max` characters of `[A-Za-z0-9_/-]`.
fn check_key(key: &str, max: usize) -> Result<(), SheetError> {
    let ok = (1..=max).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/'));
    if ok {
        Ok(())
    } else {
        Err(SheetError::Key(key.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::Canon;
    use crate::frame::SlotKind;

    pub(crate) fn filled() -> Sheet {
        let mut sheet = Sheet::new(
            "s1",
            "database-engineering",
            "P4",
            "2026.11",
            "2026-01-02T03:04:05Z",
        );
        sheet
            .values
            .set("smart-1", SlotKind::Target, "99.9%")
            .unwrap();
        sheet
            .values
            .set("smart-1", SlotKind::Date, "2026-06-30")
            .unwrap();
        sheet.set_person("Ada").unwrap();
        sheet
    }

    #[test]
    fn json_round_trips() {
        let sheet = filled();
        let json = sheet.to_json();
        assert!(json.contains("\"schema\":\"goalframes.sheet/3\""));
        assert!(json.contains("\"smart-1\":{\"target\":\"99.9%\",\"date\":\"2026-06-30\"}"));
        assert!(!json.contains("period"));
        assert!(
            !json.contains("goals"),
            "no goal fields until goals are kept"
        );
        assert_eq!(Sheet::from_json(&json).unwrap(), sheet);
    }

    #[test]
    fn reads_schemas_1_and_2_as_3_and_refuses_others() {
        let json = filled().to_json();
        for old in [SCHEMA_V1, SCHEMA_V2] {
            let read = Sheet::from_json(&json.replace(SCHEMA, old)).unwrap();
            assert_eq!(read.schema, SCHEMA);
            assert_eq!(read, filled());
        }
        let other = json.replace(SCHEMA, "goalframes.sheet/9");
        assert!(matches!(
            Sheet::from_json(&other),
            Err(SheetError::Schema(_))
        ));
        let bad = json.replace("99.9%", "two\\nlines");
        assert!(matches!(
            Sheet::from_json(&bad),
            Err(SheetError::Value(_, _))
        ));
        assert!(matches!(Sheet::from_json("{}"), Err(SheetError::Json(_))));
    }

    #[test]
    fn names_and_copies() {
        let mut sheet = filled();
        assert_eq!(
            sheet.name(crate::message::catalog(crate::message::Lang::En)),
            "Ada"
        );
        sheet.set_period("2026 H1").unwrap();
        assert_eq!(
            sheet.name(crate::message::catalog(crate::message::Lang::En)),
            "Ada, 2026 H1"
        );
        sheet.set_person("").unwrap();
        assert_eq!(
            sheet.name(crate::message::catalog(crate::message::Lang::En)),
            "2026 H1"
        );
        sheet.set_period("").unwrap();
        assert_eq!(
            sheet.name(crate::message::catalog(crate::message::Lang::En)),
            "Untitled sheet"
        );
        assert!(sheet.set_person("a\nb").is_err());
        assert!(sheet.set_person("abc\u{202E}def").is_err(), "bidi override");

        let original = filled();
        let copy = original.duplicate("s2", "tab", "2026-02-01T00:00:00Z");
        assert_eq!(copy.id, "s2");
        assert_eq!(copy.person.as_deref(), Some("Ada (copy)"));
        assert_eq!(copy.values, original.values);
        assert_eq!(copy.created, "2026-02-01T00:00:00Z");
        assert_eq!(copy.storage_key(), "goalframes:sheet:s2");
    }

    #[test]
    fn older_sheets_without_fingerprints_still_load() {
        let json = filled().to_json();
        assert!(!json.contains("fingerprints"));
        let mut stamped = filled();
        stamped.stamp(
            "JobFrame",
            "2027.1",
            [("smart-1".to_string(), "00000000000000ff".to_string())].into(),
        );
        let back = Sheet::from_json(&stamped.to_json()).unwrap();
        assert_eq!(back.fingerprints.len(), 1);
        assert_eq!(back.canon_version, "2027.1");
        assert_eq!(back.canon.as_deref(), Some("JobFrame"));
        assert!(
            !json.contains("\"canon\""),
            "older sheets have no canon name and still load"
        );
    }

    #[test]
    fn review_cycle_dates_are_real_days_and_fill_unset_date_slots() {
        let mut sheet = filled();
        assert!(sheet
            .set_cycle_date(CycleDate::PeriodEnd, "2026-02-30")
            .is_err());
        assert_eq!(sheet.period_end, None, "a refused date changes nothing");
        sheet
            .set_cycle_date(CycleDate::PeriodEnd, "2026-12-31")
            .unwrap();
        sheet
            .set_cycle_date(CycleDate::PeriodStart, "2027-01-01")
            .unwrap();
        assert_eq!(
            sheet.cycle_warning(crate::message::catalog(crate::message::Lang::En)),
            Some("The period ends before it starts.")
        );
        let frames = crate::fixtures::example_frames();
        let values = sheet.effective_values(&frames);
        assert_eq!(
            values.get("smart-1", SlotKind::Date),
            Some("2026-06-30"),
            "filled: kept"
        );
        assert_eq!(
            values.get("smart-2", SlotKind::Date),
            Some("2026-12-31"),
            "inherited"
        );
        assert_eq!(values.get("okr-1-kr2", SlotKind::Date), Some("2026-12-31"));
        assert_eq!(values.get("smart-2", SlotKind::Target), None);
        let json = sheet.to_json();
        assert!(json.contains("\"period_end\":\"2026-12-31\""));
        let bad = json.replace("2026-12-31", "2026-12-32");
        assert!(matches!(
            Sheet::from_json(&bad),
            Err(SheetError::Date(_, _))
        ));
    }

    #[test]
    fn refuses_hostile_ids_keys_and_oversized_sheets() {
        let json = filled().to_json();
        for id in ["", "../x", "a b", "<script>", &"x".repeat(65)] {
            let bad = json.replace(
                "\"id\":\"s1\"",
                &format!("\"id\":{}", serde_json::json!(id)),
            );
            assert!(
                matches!(Sheet::from_json(&bad), Err(SheetError::Id)),
                "{id}"
            );
        }
        let wrong_type = json.replace("\"99.9%\"", "42");
        assert!(matches!(
            Sheet::from_json(&wrong_type),
            Err(SheetError::Json(_))
        ));
        // Many empty items count as entries; one huge key is refused.
        let items: String = (0..5000).map(|i| format!(",\"i{i}\":{{}}")).collect();
        let many = json.replace("\"values\":{", &format!("\"values\":{{\"x\":{{}}{items},"));
        let many = many.replace(",,", ",");
        assert!(
            matches!(Sheet::from_json(&many), Err(SheetError::TooMany(_))),
            "{:?}",
            Sheet::from_json(&many).err()
        );
        let long_key = json.replace("\"smart-1\"", &format!("\"{}\"", "k".repeat(200_000)));
        assert!(matches!(
            Sheet::from_json(&long_key),
            Err(SheetError::Key(_))
        ));
        let empty = || std::borrow::Cow::Borrowed("");
        let canon = Canon {
            name: empty(),
            abbrev: empty(),
            version: empty(),
            notice: None,
            dimensions: Default::default(),
            ladder: Default::default(),
            families: Default::default(),
            review: Default::default(),
            language: None,
            templates: Default::default(),
        };
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert!(matches!(
            import(&big, &canon),
            Err(ImportError::TooLarge(_))
        ));
        assert!(matches!(
            import(b"\xff\xfe", &canon),
            Err(ImportError::Sheet(_))
        ));
        let unknown = import(json.as_bytes(), &canon).unwrap_err();
        assert!(unknown
            .to_string()
            .contains("“database-engineering” at level “P4”"));
        let with_bom = format!("\u{FEFF}{json}");
        let unknown = import(with_bom.as_bytes(), &canon).unwrap_err();
        assert!(
            matches!(unknown, ImportError::UnknownProfile { .. }),
            "a byte-order mark is read past: {unknown}"
        );
    }
}

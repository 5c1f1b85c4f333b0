//! Sheets: one person's filled frames for one profile, as the app saves them.
//!
//! A sheet names its profile (family id and level code), optionally the person
//! and the period, holds the filled [`Values`] and is stamped with the canon
//! version it was filled against. It is stored as JSON with a versioned schema
//! string, [`SCHEMA`], so that a later app can read or migrate it.
//!
//! A sheet also keeps the [`Fingerprints`] of the canon text its items quoted
//! when it was filled, so that a later canon's changes can be shown
//! ([`crate::drift`]). Sheets saved before fingerprints existed read with none.
//!
//! Two copies of one sheet (two browser tabs) are reconciled with
//! [`Sheet::merge`]: per slot, the last writer wins.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::canon::Canon;
use crate::drift::Fingerprints;
use crate::values::{check_value, ValueError, Values};

/// The schema string every saved sheet carries.
pub const SCHEMA: &str = "goalframes.sheet/1";

/// The prefix of every key the app writes to browser storage.
pub const STORAGE_PREFIX: &str = "goalframes:";

/// The prefix of the storage keys that hold sheets (`goalframes:sheet:{id}`).
pub const SHEET_KEY_PREFIX: &str = "goalframes:sheet:";

/// The largest sheet an import accepts, in bytes of JSON.
pub const MAX_IMPORT_BYTES: usize = crate::sheet_link::MAX_SHEET_BYTES;

/// The longest sheet id, in characters (ids are `[A-Za-z0-9_-]`).
pub const MAX_ID_CHARS: usize = 64;

/// The most filled slots, and the most fingerprints, a sheet may hold.
pub const MAX_ENTRIES: usize = 4096;

/// One person's filled frames for one profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sheet {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Unique within the browser; also its storage key suffix.
    pub id: String,
    /// The family id.
    pub family: String,
    /// The level code.
    pub level: String,
    /// Whose goals these are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The period they cover, e.g. "2026 H1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The filled slots.
    #[serde(default)]
    pub values: Values,
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
    /// When each slot (`item/slot`), the person and the period were last
    /// changed (ISO 8601): how two copies of the sheet merge, see [`Sheet::merge`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub edited: BTreeMap<String, String>,
}

/// Why stored text is not a sheet.
#[derive(Debug)]
pub enum SheetError {
    /// Not JSON of the sheet's shape.
    Json(serde_json::Error),
    /// Another schema (e.g. a later version).
    Schema(String),
    /// A value that the app would refuse.
    Value(ValueError),
    /// An id that is not 1 to [`MAX_ID_CHARS`] of `[A-Za-z0-9_-]`.
    Id,
    /// More than [`MAX_ENTRIES`] values or fingerprints.
    TooMany(usize),
}

impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SheetError::Json(e) => write!(f, "not a sheet: {e}"),
            SheetError::Schema(s) => write!(f, "unknown sheet schema {s:?} (expected {SCHEMA:?})"),
            SheetError::Value(e) => write!(f, "bad value: {e}"),
            SheetError::Id => write!(
                f,
                "bad id: a sheet id is 1 to {MAX_ID_CHARS} letters, digits, '-' or '_'"
            ),
            SheetError::TooMany(n) => {
                write!(
                    f,
                    "too many entries ({n}; a sheet holds at most {MAX_ENTRIES})"
                )
            }
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
            family: family.to_string(),
            level: level.to_string(),
            person: None,
            period: None,
            values: Values::new(),
            canon: None,
            canon_version: canon_version.to_string(),
            created: now.to_string(),
            updated: now.to_string(),
            fingerprints: Fingerprints::new(),
            edited: BTreeMap::new(),
        }
    }

    /// Records, in [`Sheet::edited`], `now` for every slot, the person and the
    /// period that differ from `before`.
    pub fn touch_changes(&mut self, before: &Sheet, now: &str) {
        let mut keys: Vec<String> = Vec::new();
        for (item, slot, _) in self.values.iter().chain(before.values.iter()) {
            if self.values.get(item, slot) != before.values.get(item, slot) {
                keys.push(slot_key(item, slot));
            }
        }
        if self.person != before.person {
            keys.push("person".to_string());
        }
        if self.period != before.period {
            keys.push("period".to_string());
        }
        for key in keys {
            self.edited.insert(key, now.to_string());
        }
    }

    /// Records the canon the values are now filled against: its version and
    /// the fingerprints of the profile's items.
    pub fn stamp(&mut self, canon: &str, canon_version: &str, fingerprints: Fingerprints) {
        self.canon = Some(canon.to_string());
        self.canon_version = canon_version.to_string();
        self.fingerprints = fingerprints;
    }

    /// Reconciles two copies of one sheet: `self` (mine), `theirs` (another
    /// copy, e.g. saved by another tab) and `base` (the copy this side last
    /// saw of theirs). **Per slot, the last writer wins**: for each slot, the
    /// person and the period, the side whose [`Sheet::edited`] time is later
    /// wins. Where neither side recorded a time (sheets saved before times were
    /// kept), a change made on my side since `base` wins, else theirs. A slot
    /// changed on one side only is never lost to a whole-sheet overwrite.
    pub fn merge(&self, base: &Sheet, theirs: &Sheet) -> Sheet {
        let newer = |key: &str| -> Option<bool> {
            let mine = self.edited.get(key).map(String::as_str).unwrap_or("");
            let other = theirs.edited.get(key).map(String::as_str).unwrap_or("");
            (mine != other).then_some(mine > other)
        };
        let pick = |key: &str, changed_here: bool| newer(key).unwrap_or(changed_here);
        let mut values = Values::new();
        let mut slots: Vec<(&str, crate::frame::SlotKind)> = self
            .values
            .iter()
            .chain(theirs.values.iter())
            .chain(base.values.iter())
            .map(|(item, slot, _)| (item, slot))
            .collect();
        slots.sort();
        slots.dedup();
        for (item, slot) in slots {
            let mine = self.values.get(item, slot);
            let take_mine = pick(&slot_key(item, slot), mine != base.values.get(item, slot));
            let chosen = if take_mine {
                mine
            } else {
                theirs.values.get(item, slot)
            };
            if let Some(value) = chosen {
                // Both sides hold only checked values.
                let _ = values.set(item, slot, value);
            }
        }
        let mut edited = theirs.edited.clone();
        for (key, time) in &self.edited {
            let entry = edited.entry(key.clone()).or_default();
            if time > entry {
                *entry = time.clone();
            }
        }
        let stamp = |s: &Sheet| {
            (
                s.canon.clone(),
                s.canon_version.clone(),
                s.fingerprints.clone(),
            )
        };
        let (canon, canon_version, fingerprints) = if stamp(self) != stamp(base) {
            stamp(self)
        } else {
            stamp(theirs)
        };
        Sheet {
            schema: SCHEMA.to_string(),
            id: self.id.clone(),
            family: self.family.clone(),
            level: self.level.clone(),
            person: if pick("person", self.person != base.person) {
                self.person.clone()
            } else {
                theirs.person.clone()
            },
            period: if pick("period", self.period != base.period) {
                self.period.clone()
            } else {
                theirs.period.clone()
            },
            values,
            canon,
            canon_version,
            created: self.created.clone(),
            updated: self.updated.clone().max(theirs.updated.clone()),
            fingerprints,
            edited,
        }
    }

    /// The storage key this sheet is saved under.
    pub fn storage_key(&self) -> String {
        format!("{SHEET_KEY_PREFIX}{}", self.id)
    }

    /// A copy under a new id, created now, its person marked as a copy.
    pub fn duplicate(&self, id: &str, now: &str) -> Self {
        let person = match &self.person {
            Some(p) => format!("{p} (copy)"),
            None => "Copy".to_string(),
        };
        Sheet {
            id: id.to_string(),
            person: Some(person),
            created: now.to_string(),
            updated: now.to_string(),
            ..self.clone()
        }
    }

    /// The name shown in lists: the person and period, or "Untitled sheet".
    pub fn name(&self) -> String {
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
            (None, None) => "Untitled sheet".to_string(),
        }
    }

    /// Sets the person (an empty name clears it).
    pub fn set_person(&mut self, person: &str) -> Result<(), ValueError> {
        check_value(person)?;
        self.person = (!person.is_empty()).then(|| person.to_string());
        Ok(())
    }

    /// Sets the period (an empty one clears it).
    pub fn set_period(&mut self, period: &str) -> Result<(), ValueError> {
        check_value(period)?;
        self.period = (!period.is_empty()).then(|| period.to_string());
        Ok(())
    }

    /// The sheet as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a sheet always serializes")
    }

    /// Reads a sheet, checking its schema and every value.
    pub fn from_json(text: &str) -> Result<Self, SheetError> {
        let sheet: Sheet = serde_json::from_str(text).map_err(SheetError::Json)?;
        if sheet.schema != SCHEMA {
            return Err(SheetError::Schema(sheet.schema));
        }
        for (_, _, value) in sheet.values.iter() {
            check_value(value).map_err(SheetError::Value)?;
        }
        for text in [&sheet.person, &sheet.period].into_iter().flatten() {
            check_value(text).map_err(SheetError::Value)?;
        }
        let id_ok = (1..=MAX_ID_CHARS).contains(&sheet.id.len())
            && sheet
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(SheetError::Id);
        }
        let entries = sheet
            .values
            .iter()
            .count()
            .max(sheet.fingerprints.len())
            .max(sheet.edited.len());
        if entries > MAX_ENTRIES {
            return Err(SheetError::TooMany(entries));
        }
        let texts = [
            &sheet.family,
            &sheet.level,
            &sheet.canon_version,
            &sheet.created,
            &sheet.updated,
        ];
        for text in texts {
            check_value(text).map_err(SheetError::Value)?;
        }
        for (key, time) in &sheet.edited {
            check_value(key).map_err(SheetError::Value)?;
            check_value(time).map_err(SheetError::Value)?;
        }
        for (key, hash) in &sheet.fingerprints {
            check_value(key).map_err(SheetError::Value)?;
            check_value(hash).map_err(SheetError::Value)?;
        }
        Ok(sheet)
    }
}

/// The key of a slot in [`Sheet::edited`], e.g. `smart-1/target`.
pub fn slot_key(item: &str, slot: crate::frame::SlotKind) -> String {
    format!("{item}/{}", slot.id())
}

/// Why a file or link could not be imported as a sheet.
#[derive(Debug)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not a valid sheet.
    Sheet(SheetError),
    /// A valid sheet for a profile this canon does not have.
    UnknownProfile {
        /// The sheet's family id.
        family: String,
        /// The sheet's level code.
        level: String,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge(n) => write!(
                f,
                "the file is too large to be a sheet ({n} bytes; a sheet is at most {} KB)",
                MAX_IMPORT_BYTES / 1024
            ),
            ImportError::Sheet(e) => write!(f, "this is not a Goalframes sheet ({e})"),
            ImportError::UnknownProfile { family, level } => write!(
                f,
                "this sheet is for a profile this canon does not have: family “{family}” at level “{level}”"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an imported file as a sheet: at most [`MAX_IMPORT_BYTES`], valid
/// (see [`Sheet::from_json`]) and for a profile of `canon`.
pub fn import(bytes: &[u8], canon: &Canon) -> Result<Sheet, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        ImportError::Sheet(SheetError::Json(serde::de::Error::custom(
            "the file is not UTF-8 text",
        )))
    })?;
    let sheet = Sheet::from_json(text).map_err(ImportError::Sheet)?;
    check_profile(sheet, canon)
}

/// Refuses a sheet for a profile `canon` does not have.
pub fn check_profile(sheet: Sheet, canon: &Canon) -> Result<Sheet, ImportError> {
    if canon.profile(&sheet.family, &sheet.level).is_none() {
        return Err(ImportError::UnknownProfile {
            family: sheet.family,
            level: sheet.level,
        });
    }
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::SlotKind;

    fn filled() -> Sheet {
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
        assert!(json.contains("\"schema\":\"goalframes.sheet/1\""));
        assert!(json.contains("\"smart-1\":{\"target\":\"99.9%\",\"date\":\"2026-06-30\"}"));
        assert!(!json.contains("period"));
        assert_eq!(Sheet::from_json(&json).unwrap(), sheet);
    }

    #[test]
    fn refuses_other_schemas_and_bad_values() {
        let json = filled().to_json();
        let other = json.replace("goalframes.sheet/1", "goalframes.sheet/9");
        assert!(matches!(
            Sheet::from_json(&other),
            Err(SheetError::Schema(_))
        ));
        let bad = json.replace("99.9%", "two\\nlines");
        assert!(matches!(Sheet::from_json(&bad), Err(SheetError::Value(_))));
        assert!(matches!(Sheet::from_json("{}"), Err(SheetError::Json(_))));
    }

    #[test]
    fn names_and_copies() {
        let mut sheet = filled();
        assert_eq!(sheet.name(), "Ada");
        sheet.set_period("2026 H1").unwrap();
        assert_eq!(sheet.name(), "Ada, 2026 H1");
        sheet.set_person("").unwrap();
        assert_eq!(sheet.name(), "2026 H1");
        sheet.set_period("").unwrap();
        assert_eq!(sheet.name(), "Untitled sheet");
        assert!(sheet.set_person("a\nb").is_err());

        let original = filled();
        let copy = original.duplicate("s2", "2026-02-01T00:00:00Z");
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
    fn refuses_hostile_ids_and_oversized_sheets() {
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
        let empty = || std::borrow::Cow::Borrowed("");
        let canon = Canon {
            name: empty(),
            abbrev: empty(),
            version: empty(),
            notice: None,
            dimensions: Default::default(),
            ladder: Default::default(),
            families: Default::default(),
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
    }

    #[test]
    fn merge_keeps_both_tabs_edits_per_slot() {
        let base = filled();
        // Mine: a new baseline, the date cleared, and a person.
        let mut mine = base.clone();
        mine.values
            .set("smart-1", SlotKind::Baseline, "90%")
            .unwrap();
        mine.values.set("smart-1", SlotKind::Date, "").unwrap();
        mine.set_person("Ada L.").unwrap();
        // Theirs: another slot, the target changed, and a period.
        let mut theirs = base.clone();
        theirs.values.set("okr-1", SlotKind::Target, "3").unwrap();
        theirs
            .values
            .set("smart-1", SlotKind::Target, "99.99%")
            .unwrap();
        theirs.set_period("2026 H2").unwrap();
        theirs.updated = "2026-01-03T00:00:00Z".to_string();

        let merged = mine.merge(&base, &theirs);
        assert_eq!(
            merged.values.get("smart-1", SlotKind::Baseline),
            Some("90%")
        );
        assert_eq!(merged.values.get("smart-1", SlotKind::Date), None);
        assert_eq!(
            merged.values.get("smart-1", SlotKind::Target),
            Some("99.99%")
        );
        assert_eq!(merged.values.get("okr-1", SlotKind::Target), Some("3"));
        assert_eq!(merged.person.as_deref(), Some("Ada L."));
        assert_eq!(merged.period.as_deref(), Some("2026 H2"));
        assert_eq!(merged.updated, "2026-01-03T00:00:00Z");

        // The same slot changed on both sides: the one merging (last writer) wins.
        let mut mine2 = base.clone();
        mine2
            .values
            .set("smart-1", SlotKind::Target, "mine")
            .unwrap();
        assert_eq!(
            mine2
                .merge(&base, &theirs)
                .values
                .get("smart-1", SlotKind::Target),
            Some("mine")
        );
        assert_eq!(
            theirs
                .merge(&base, &mine2)
                .values
                .get("smart-1", SlotKind::Target),
            Some("99.99%")
        );
        // Nothing changed on my side: theirs, exactly.
        assert_eq!(base.merge(&base, &theirs), theirs);
        // Nothing changed on theirs: mine, exactly (but for the later update time).
        assert_eq!(mine.merge(&base, &base).values, mine.values);
    }

    #[test]
    fn merge_with_edit_times_survives_a_stale_overwrite() {
        let base = filled();
        // Tab A fills a baseline at t1 and saves.
        let mut a = base.clone();
        a.values.set("smart-1", SlotKind::Baseline, "A").unwrap();
        a.touch_changes(&base, "t1");
        // Tab B had not seen it: it saves its own change at t2 over A's copy.
        let mut b = base.clone();
        b.values.set("okr-1", SlotKind::Target, "B").unwrap();
        b.touch_changes(&base, "t2");
        // A hears of B's copy, its base being what it wrote itself.
        let merged_a = a.merge(&a, &b);
        assert_eq!(
            merged_a.values.get("smart-1", SlotKind::Baseline),
            Some("A")
        );
        assert_eq!(merged_a.values.get("okr-1", SlotKind::Target), Some("B"));
        // B hears of A's merged copy: the same sheet on both sides.
        let merged_b = b.merge(&b, &merged_a);
        assert_eq!(merged_b.values, merged_a.values);
        // The same slot: the later time wins, whoever merges.
        let mut late = base.clone();
        late.values
            .set("smart-1", SlotKind::Target, "late")
            .unwrap();
        late.touch_changes(&base, "t9");
        let mut early = base.clone();
        early
            .values
            .set("smart-1", SlotKind::Target, "early")
            .unwrap();
        early.touch_changes(&base, "t5");
        for merged in [late.merge(&base, &early), early.merge(&base, &late)] {
            assert_eq!(merged.values.get("smart-1", SlotKind::Target), Some("late"));
        }
        // A slot cleared later than it was filled stays cleared.
        let mut cleared = late.clone();
        cleared.values.set("smart-1", SlotKind::Target, "").unwrap();
        cleared.touch_changes(&late, "u1");
        assert_eq!(
            late.merge(&late, &cleared)
                .values
                .get("smart-1", SlotKind::Target),
            None
        );
    }
}

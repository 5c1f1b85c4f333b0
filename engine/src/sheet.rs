//! Sheets: one person's filled frames for one profile, as the app saves them.
//!
//! A sheet names its profile (family id and level code), optionally the person
//! and the period, holds the filled [`Values`] and is stamped with the canon
//! version it was filled against. It is stored as JSON with a versioned schema
//! string, [`SCHEMA`], so that a later app can read or migrate it.

use serde::{Deserialize, Serialize};

use crate::values::{check_value, ValueError, Values};

/// The schema string every saved sheet carries.
pub const SCHEMA: &str = "goalframes.sheet/1";

/// The prefix of every key the app writes to browser storage.
pub const STORAGE_PREFIX: &str = "goalframes:";

/// The prefix of the storage keys that hold sheets (`goalframes:sheet:{id}`).
pub const SHEET_KEY_PREFIX: &str = "goalframes:sheet:";

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
    /// The version of the canon the sheet was filled against.
    pub canon_version: String,
    /// When it was created (ISO 8601, supplied by the caller).
    pub created: String,
    /// When it was last changed (ISO 8601, supplied by the caller).
    pub updated: String,
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
}

impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SheetError::Json(e) => write!(f, "not a sheet: {e}"),
            SheetError::Schema(s) => write!(f, "unknown sheet schema {s:?} (expected {SCHEMA:?})"),
            SheetError::Value(e) => write!(f, "bad value: {e}"),
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
            canon_version: canon_version.to_string(),
            created: now.to_string(),
            updated: now.to_string(),
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
        Ok(sheet)
    }
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
}

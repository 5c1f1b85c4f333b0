//! Sheets saved by earlier releases open with every value kept: in storage,
//! in files and in links.
//!
//! - Schema `goalframes.sheet/1`, before goal sheets: `tests/fixtures/sheets/v1-*`,
//!   made by that release itself (its single file, driven in Chromium).
//! - Schema `goalframes.sheet/2`, before the review: `tests/fixtures/sheets/v2-*`,
//!   made by the release before the review (commit 4ddd93e) with its own code:
//!   the app's sheet store, run natively, two tabs editing one sheet (storage
//!   entry), the sheet as "Save sheet (JSON)" writes it, and its sheet link.

use std::path::Path;

use goalframes_engine::sheet::{link, Sheet, SCHEMA};
use goalframes_engine::SlotKind;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/sheets")
            .join(name),
    )
    .unwrap()
}

/// Every value of a /1 sheet's JSON, as (item, slot, value).
fn raw_values(json: &str) -> Vec<(String, String, String)> {
    let raw: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut out = Vec::new();
    for (item, slots) in raw["values"].as_object().unwrap() {
        for (slot, value) in slots.as_object().unwrap() {
            out.push((
                item.clone(),
                slot.clone(),
                value.as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

fn assert_every_value_kept(json: &str, sheet: &Sheet) {
    let raw = raw_values(json);
    assert_eq!(raw.len(), 6, "the fixture holds six values: {raw:?}");
    for (item, slot, value) in &raw {
        let slot = SlotKind::ALL.into_iter().find(|s| s.id() == slot).unwrap();
        assert_eq!(
            sheet.values.get(item, slot),
            Some(value.as_str()),
            "{item}/{slot:?}"
        );
    }
    assert_eq!(sheet.values.iter().count(), raw.len());
    let raw: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(sheet.person.as_deref(), raw["person"].as_str());
    assert_eq!(sheet.period.as_deref(), raw["period"].as_str());
    assert_eq!(sheet.canon_version, raw["canon_version"].as_str().unwrap());
    assert_eq!(
        sheet.fingerprints.len(),
        raw["fingerprints"].as_object().unwrap().len()
    );
    assert!(sheet.goals.is_empty() && sheet.own_goals.is_empty());
}

#[test]
fn an_exported_schema_1_sheet_opens_as_schema_3_with_every_value() {
    let json = fixture("v1-export.json");
    assert!(json.contains("\"schema\":\"goalframes.sheet/1\""));
    let sheet = Sheet::from_json(&json).unwrap();
    assert_eq!(sheet.schema, SCHEMA);
    assert_every_value_kept(&json, &sheet);
    // Saved again, it is a /3 sheet that reads back the same.
    let again = sheet.to_json();
    assert!(again.contains("\"schema\":\"goalframes.sheet/3\""));
    assert_eq!(Sheet::from_json(&again).unwrap(), sheet);
}

#[test]
fn a_schema_1_storage_entry_opens_with_every_value() {
    let entry: serde_json::Value = serde_json::from_str(&fixture("v1-storage-entry.json")).unwrap();
    let (key, value) = (
        entry["key"].as_str().unwrap(),
        entry["value"].as_str().unwrap(),
    );
    let sheet = Sheet::from_json(value).unwrap();
    assert_eq!(sheet.storage_key(), key);
    assert_every_value_kept(value, &sheet);
    assert!(!sheet.edited.is_empty(), "its edit times are kept");
}

#[test]
fn a_schema_1_sheet_link_opens_with_every_value() {
    let hash = fixture("v1-link.txt");
    let code = hash.trim().strip_prefix("share=").unwrap();
    let sheet = link::decode(code).unwrap();
    let json = fixture("v1-export.json");
    assert_every_value_kept(&json, &sheet);
}

/// A /2 sheet read and saved again is the same JSON but for its schema: every
/// field and value kept, nothing added (a draft has no review data).
fn assert_kept_whole(json: &str, sheet: &Sheet) {
    let mut raw: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(raw["schema"], "goalframes.sheet/2");
    raw["schema"] = SCHEMA.into();
    let again: serde_json::Value = serde_json::from_str(&sheet.to_json()).unwrap();
    assert_eq!(again, raw);
    assert!(sheet.review.is_empty());
}

/// What the /2 fixtures hold, named, so that a reader that kept nothing
/// could not pass the whole-JSON comparison by accident.
fn assert_v2_contents(sheet: &Sheet) {
    let goals: Vec<(&str, Option<u32>)> = sheet
        .goals
        .iter()
        .map(|g| (g.key.as_str(), g.weight))
        .collect();
    assert_eq!(
        goals,
        [
            ("smart-1", Some(50)),
            ("mbo-2", Some(30)),
            ("okr-2", Some(10)),
            ("own-5d8e2a9c4b1f", Some(10))
        ]
    );
    assert_eq!(
        sheet.own_goals["own-5d8e2a9c4b1f"].text,
        "Mentor two junior engineers through their first on-call rotation"
    );
    assert_eq!(
        sheet.values.get("smart-1", SlotKind::Baseline),
        Some("400 ms")
    );
    assert_eq!(
        sheet.values.get("okr-2-kr2", SlotKind::Target),
        Some("two design reviews <&> \"quoted\"")
    );
    assert_eq!(
        sheet
            .values
            .get("scorecard-calibration-scope", SlotKind::Target),
        Some("a value for a goal not kept")
    );
    assert_eq!(sheet.values.iter().count(), 11);
    assert_eq!(
        (
            sheet.period_start.as_deref(),
            sheet.period_end.as_deref(),
            sheet.review_date.as_deref()
        ),
        (Some("2026-01-01"), Some("2026-12-31"), Some("2026-12-15"))
    );
    assert_eq!(sheet.person.as_deref(), Some("Ada Lovelace"));
    let tabs: std::collections::BTreeSet<&str> =
        sheet.edited.values().map(|d| d.tab.as_str()).collect();
    assert_eq!(tabs.len(), 2, "written by two tabs: {tabs:?}");
}

#[test]
fn an_exported_schema_2_sheet_opens_as_schema_3_with_every_value() {
    let json = fixture("v2-export.json");
    let sheet = Sheet::from_json(&json).unwrap();
    assert_eq!(sheet.schema, SCHEMA);
    assert_kept_whole(&json, &sheet);
    assert_v2_contents(&sheet);
    assert_eq!(Sheet::from_json(&sheet.to_json()).unwrap(), sheet);
}

#[test]
fn a_schema_2_storage_entry_opens_with_every_value() {
    let entry: serde_json::Value = serde_json::from_str(&fixture("v2-storage-entry.json")).unwrap();
    let (key, value) = (
        entry["key"].as_str().unwrap(),
        entry["value"].as_str().unwrap(),
    );
    let sheet = Sheet::from_json(value).unwrap();
    assert_eq!(sheet.storage_key(), key);
    assert_kept_whole(value, &sheet);
    assert_v2_contents(&sheet);
}

#[test]
fn a_schema_2_sheet_link_opens_with_every_value() {
    let hash = fixture("v2-link.txt");
    let code = hash.trim().strip_prefix("share=").unwrap();
    let sheet = link::decode(code).unwrap();
    assert_kept_whole(&fixture("v2-export.json"), &sheet);
    assert_v2_contents(&sheet);
}

#[test]
fn a_schema_2_sheet_merges_with_its_reviewed_copy_keeping_both() {
    // A tab still holding the /2 sheet (read before the review began) and a
    // tab that agreed it and checked in: the merge keeps the agreement and
    // the check-in, and every value of the /2 sheet.
    let old = Sheet::from_json(&fixture("v2-export.json")).unwrap();
    let mut agreed = old.clone();
    let before = agreed.clone();
    agreed
        .agree("Ada Lovelace", "Grace Hopper", "2026-01-15")
        .unwrap();
    agreed.touch_changes(&before, "tab-a", "2026-11-28T09:00:00.000Z");
    let before = agreed.clone();
    let id = goalframes_engine::sheet::review::new_entry_id(&agreed.review, "tab-a");
    agreed
        .add_check_in(
            "smart-1",
            goalframes_engine::sheet::review::CheckIn {
                id,
                date: "2026-04-01".into(),
                value: "320 ms".into(),
                status: goalframes_engine::sheet::review::Status::OnTrack,
                note: String::new(),
            },
        )
        .unwrap();
    agreed.touch_changes(&before, "tab-a", "2026-11-28T09:00:01.000Z");
    for merged in [old.merge(&agreed), agreed.merge(&old)] {
        assert_eq!(
            merged.stage(),
            goalframes_engine::sheet::review::Stage::Agreed
        );
        assert_eq!(merged.check_ins("smart-1").len(), 1);
        assert_eq!(merged.values, old.values);
        assert_eq!(merged.goals, old.goals);
    }
}

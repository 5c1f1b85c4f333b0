//! Sheets saved by the release before goal sheets (schema `goalframes.sheet/1`)
//! open with every value kept: in storage, in files and in links. The fixtures
//! were made by that release itself (its single file, driven in Chromium):
//! `tests/fixtures/sheets/v1-*`.

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
fn an_exported_schema_1_sheet_opens_as_schema_2_with_every_value() {
    let json = fixture("v1-export.json");
    assert!(json.contains("\"schema\":\"goalframes.sheet/1\""));
    let sheet = Sheet::from_json(&json).unwrap();
    assert_eq!(sheet.schema, SCHEMA);
    assert_every_value_kept(&json, &sheet);
    // Saved again, it is a /2 sheet that reads back the same.
    let again = sheet.to_json();
    assert!(again.contains("\"schema\":\"goalframes.sheet/2\""));
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

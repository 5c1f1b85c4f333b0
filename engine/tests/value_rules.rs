//! The slot rule (`values.rs`) holds on every way a value reaches a sheet:
//! typed (`Values::set`), read from JSON (storage, a file, the CLI, the
//! JavaScript module), a file import, a sheet link or pasted code. An
//! impossible ⟨date⟩ such as 2026-02-31 is refused on each, naming the slot.

use std::path::Path;

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::Canon;
use goalframes_engine::dates::DateError;
use goalframes_engine::sheet::{self, link, ImportError, Sheet, SheetError};
use goalframes_engine::values::{check_slot_value, ValueError};
use goalframes_engine::SlotKind;
use proptest::prelude::*;

fn canon() -> Canon {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/example-canon"))
        .unwrap()
        .canon
}

/// A valid sheet for Database Engineering P4 with a real due date.
fn sheet() -> Sheet {
    let mut sheet = Sheet::new(
        "s1",
        "database-engineering",
        "P4",
        "2026.11",
        "2026-01-02T03:04:05Z",
    );
    sheet
        .values
        .set("smart-1", SlotKind::Date, "2026-06-30")
        .unwrap();
    sheet
}

/// The sheet's JSON with its due date made impossible (as a hand edit, an
/// older release or another program could write it).
fn impossible_json() -> String {
    let json = sheet().to_json();
    assert!(json.contains("\"date\":\"2026-06-30\""));
    json.replace("2026-06-30", "2026-02-31")
}

/// The words every path gives: the slot, then why.
const WORDS: &str = "bad value in smart-1.date: there is no such day in the calendar";

fn assert_names_the_slot(e: &SheetError) {
    assert!(
        matches!(e, SheetError::Value(slot, ValueError::Date(DateError::NoSuchDay)) if slot == "smart-1.date"),
        "{e:?}"
    );
    assert_eq!(e.to_string(), WORDS);
}

#[test]
fn sheet_json_with_an_impossible_date_is_refused() {
    let e = Sheet::from_json(&impossible_json()).unwrap_err();
    assert_names_the_slot(&e);
    // A sheet made in memory without `Values::set` (as the JavaScript module's
    // object is): `checked` and `validate` refuse it too.
    let unchecked: Sheet = serde_json::from_str(&impossible_json()).unwrap();
    assert_names_the_slot(&unchecked.validate().unwrap_err());
    assert_names_the_slot(&unchecked.checked().unwrap_err());
    // An own goal's ⟨date⟩ keeps the same rule.
    let own = impossible_json().replace("\"smart-1\"", "\"own-abc\"");
    assert_eq!(
        Sheet::from_json(&own).unwrap_err().to_string(),
        "bad value in own-abc.date: there is no such day in the calendar"
    );
}

#[test]
fn a_file_with_an_impossible_date_is_refused() {
    let e = sheet::import(impossible_json().as_bytes(), &canon()).unwrap_err();
    let ImportError::Sheet(inner) = &e else {
        panic!("{e:?}");
    };
    assert_names_the_slot(inner);
    assert!(e.to_string().contains(WORDS), "{e}");
    // The good sheet imports.
    assert!(sheet::import(sheet().to_json().as_bytes(), &canon()).is_ok());
}

#[test]
fn a_link_or_code_with_an_impossible_date_is_refused() {
    let unchecked: Sheet = serde_json::from_str(&impossible_json()).unwrap();
    let code = link::encode(&unchecked);
    let e = link::decode(&code).unwrap_err();
    let link::LinkError::Sheet(inner) = &e else {
        panic!("{e:?}");
    };
    assert_names_the_slot(inner);
    assert!(e.to_string().contains(WORDS), "{e}");
    assert_eq!(link::decode(&link::encode(&sheet())).unwrap(), sheet());
}

#[test]
fn free_text_and_real_days_in_a_date_slot_still_read() {
    for date in ["end of Q3", "2028-02-29", "31/02/2026"] {
        let json = sheet().to_json().replace("2026-06-30", date);
        let read = Sheet::from_json(&json).unwrap();
        assert_eq!(read.values.get("smart-1", SlotKind::Date), Some(date));
    }
    // The rule is the ⟨date⟩ slot's: a target may read like any text.
    let target = sheet().to_json().replace("\"date\"", "\"target\"");
    let target = target.replace("2026-06-30", "2026-02-31");
    assert!(Sheet::from_json(&target).is_ok());
}

proptest! {
    /// Typing and reading agree: a value `Values::set` refuses (changing
    /// nothing) is refused in a sheet's JSON, naming its slot, and a value it
    /// takes reads back unchanged.
    #[test]
    fn set_and_validate_keep_one_rule(
        slot in 0usize..3,
        value in prop_oneof![
            "[0-9]{4}-[0-9]{2}-[0-9]{2}",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,3}",
            "[a-z 0-9/-]{1,12}",
        ],
    ) {
        let slot = SlotKind::ALL[slot];
        let mut typed = sheet();
        let before = typed.clone();
        let set = typed.values.set("smart-2", slot, &value);
        prop_assert_eq!(set.clone(), check_slot_value(slot, &value));
        let json = before.to_json().replace(
            "\"values\":{",
            &format!("\"values\":{{\"smart-2\":{{{}:{}}},", serde_json::json!(slot.id()), serde_json::json!(value)),
        );
        match set {
            Ok(()) => prop_assert_eq!(Sheet::from_json(&json).unwrap(), typed),
            Err(why) => {
                prop_assert_eq!(&typed, &before, "a refused value changes nothing");
                let e = Sheet::from_json(&json).unwrap_err();
                let expected = format!("smart-2.{}", slot.id());
                prop_assert!(
                    matches!(&e, SheetError::Value(name, w) if *name == expected && *w == why),
                    "{:?}", e
                );
            }
        }
    }
}

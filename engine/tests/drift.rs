//! A sheet filled under an older canon: what changed, went and came, and values
//! whose item is gone stay visible as orphans.

mod support;

use goalframes_engine::drift::{compare, fingerprints, orphaned};
use goalframes_engine::{SlotKind, Values};
use support::{frames_of, FAMILY_HEAD};

fn family(resps: &str) -> String {
    format!("{FAMILY_HEAD}\n[[level]]\ncode = \"P2\"\nresponsibilities = [{resps}]\n")
}

#[test]
fn an_unchanged_canon_shows_no_drift() {
    let frames = frames_of(&family("\"One\", \"Two\""), "P2");
    assert!(compare(&fingerprints(&frames), &frames).is_empty());
}

#[test]
fn edited_removed_and_added_items_are_named() {
    let old = frames_of(&family("\"One\", \"Two\", \"Three\""), "P2");
    let saved = fingerprints(&old);
    let edited = frames_of(&family("\"One\", \"Two, reworded\", \"Three\""), "P2");
    let drift = compare(&saved, &edited);
    assert!(drift.changed.contains(&"smart-2".to_string()), "{drift:?}");
    assert!(drift.changed.contains(&"okr-2-kr1".to_string()));
    assert!(!drift.changed.contains(&"smart-1".to_string()));
    assert!(drift.removed.is_empty() && drift.added.is_empty());

    let shorter = frames_of(&family("\"One\""), "P2");
    let drift = compare(&saved, &shorter);
    assert!(drift.removed.contains(&"smart-3".to_string()), "{drift:?}");
    let longer = frames_of(&family("\"One\", \"Two\", \"Three\", \"Four\""), "P2");
    assert!(compare(&saved, &longer)
        .added
        .contains(&"smart-4".to_string()));
}

#[test]
fn values_of_removed_items_are_orphaned_not_dropped() {
    let shorter = frames_of(&family("\"One\""), "P2");
    let mut values = Values::new();
    values.set("smart-1", SlotKind::Target, "kept").unwrap();
    values.set("smart-3", SlotKind::Target, "orphan").unwrap();
    values
        .set("mbo-1", SlotKind::Baseline, "no such slot")
        .unwrap();
    let orphans = orphaned(&values, &shorter);
    assert_eq!(
        orphans,
        vec![
            ("mbo-1", SlotKind::Baseline, "no such slot"),
            ("smart-3", SlotKind::Target, "orphan")
        ]
    );
    assert_eq!(values.get("smart-3", SlotKind::Target), Some("orphan"));
}

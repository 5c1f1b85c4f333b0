//! Every format that is read back round-trips (sheet JSON, sheet link, CSV), and
//! every importer survives arbitrary input with an error, never a panic.

mod support;

use goalframes_engine::render::csv;
use goalframes_engine::sheet::link as sheet_link;
use goalframes_engine::sheet::Sheet;
use goalframes_engine::{build_frames, FrameKind, SlotKind, Values};
use proptest::prelude::*;

fn value() -> impl Strategy<Value = String> {
    // One line, up to 200 characters, including hostile and awkward text; any
    // slot takes it (not an impossible day, which a ⟨date⟩ slot refuses).
    proptest::string::string_regex("[a-zA-Z0-9 <>&\"'/%.,;:éא🚀⟨⟩-]{1,40}")
        .unwrap()
        .prop_map(|s| s.chars().take(200).collect())
        .prop_filter("a value every slot takes", |s: &String| {
            goalframes_engine::dates::check_slot(s).is_ok()
        })
}

fn sheet() -> impl Strategy<Value = Sheet> {
    (
        "[a-z0-9-]{1,12}",
        proptest::option::of(value()),
        proptest::option::of(value()),
        proptest::collection::vec(("(smart|okr|mbo)-[1-9]", 0usize..3, value()), 0..12),
    )
        .prop_map(|(id, person, period, values)| {
            let mut sheet = Sheet::new(
                &id,
                "database-engineering",
                "P4",
                "2026.11",
                "2026-11-26T10:00:00Z",
            );
            sheet.person = person;
            sheet.period = period;
            for (item, slot, v) in values {
                sheet.values.set(&item, SlotKind::ALL[slot], &v).unwrap();
            }
            sheet
        })
}

proptest! {
    #[test]
    fn sheet_json_round_trips(s in sheet()) {
        prop_assert_eq!(Sheet::from_json(&s.to_json()).unwrap(), s);
    }

    #[test]
    fn sheet_links_round_trip_and_are_url_safe(s in sheet()) {
        let link = sheet_link::encode(&s);
        prop_assert!(link.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        prop_assert_eq!(sheet_link::decode(&link).unwrap(), s);
    }

    #[test]
    fn csv_exports_read_back_to_the_same_values(fill in proptest::collection::vec((0usize..64, 0usize..3, value()), 0..20)) {
        let canon = support::canon(
            support::CANON_TOML,
            &[("families/f.toml", &format!("{}\n[[level]]\ncode = \"P2\"\nresponsibilities = [\"One\", \"Two\"]\n", support::FAMILY_HEAD))],
        );
        let frames = build_frames(&canon.profile("fam", "P2").unwrap());
        let items: Vec<_> = frames.items().map(|(_, i)| i.clone()).collect();
        let mut values = Values::new();
        for (i, slot, v) in fill {
            let item = &items[i % items.len()];
            let slot = item.slots[slot % item.slots.len()];
            values.set(&item.key, slot, &v).unwrap();
        }
        let exported = csv::document(&frames, &FrameKind::ALL, &values, &Default::default());
        let back = csv::read_values(&exported).unwrap();
        prop_assert_eq!((back.family.as_str(), back.level.as_str()), ("fam", "P2"));
        prop_assert_eq!(back.values, values);
    }

    #[test]
    fn importers_never_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Sheet::from_json(&text);
        let _ = sheet_link::decode(&text);
        let _ = csv::read_values(&text);
        let canon = support::canon(support::CANON_TOML, &[("families/f.toml", &format!("{}\n[[level]]\ncode = \"P2\"\nresponsibilities = [\"One\"]\n", support::FAMILY_HEAD))]);
        let _ = goalframes_engine::sheet::import(&bytes, &canon);
    }

    #[test]
    fn merging_keeps_every_one_sided_change(base in sheet(), a in sheet(), b in sheet()) {
        // Two tabs start from `base` (one write); "mine" takes a's values, "theirs" b's.
        let mut base = base;
        base.restamp("t0", "2026-01-01T00:00:00Z");
        let mut mine = Sheet { values: a.values.clone(), ..base.clone() };
        mine.touch_changes(&base, "mine", "2026-01-02T00:00:00Z");
        let mut theirs = Sheet { values: b.values.clone(), ..base.clone() };
        theirs.touch_changes(&base, "theirs", "2026-01-02T00:00:00Z");
        let merged = mine.merge(&theirs);
        for (item, slot, v) in merged.values.iter() {
            prop_assert!(mine.values.get(item, slot) == Some(v) || theirs.values.get(item, slot) == Some(v));
        }
        for (item, slot, _) in base.values.iter().chain(mine.values.iter()).chain(theirs.values.iter()) {
            let (m, t, o) = (mine.values.get(item, slot), theirs.values.get(item, slot), base.values.get(item, slot));
            let got = merged.values.get(item, slot);
            // One side changed: that side. Both changed: one side's whole value.
            if m == o { prop_assert_eq!(got, t); }
            else if t == o { prop_assert_eq!(got, m); }
            else { prop_assert!(got == m || got == t); }
        }
        prop_assert_eq!(&merged.values, &theirs.merge(&mine).values, "the same in both tabs");
        prop_assert_eq!(base.merge(&theirs).values, theirs.values.clone());
    }

    #[test]
    fn importers_never_panic_on_near_valid_input(s in sheet(), cut in 0usize..400, flip in 0usize..400) {
        let json = s.to_json();
        let mut bytes = json.into_bytes();
        if !bytes.is_empty() {
            let i = flip % bytes.len();
            bytes[i] ^= 0x20;
            bytes.truncate(cut.max(1).min(bytes.len()));
        }
        let _ = Sheet::from_json(&String::from_utf8_lossy(&bytes));
        let link = sheet_link::encode(&s);
        let _ = sheet_link::decode(&link[..cut.min(link.len())]);
    }
}

#[test]
fn oversized_and_wrong_inputs_get_clear_errors() {
    let huge = "A".repeat(sheet_link::MAX_LINK_CHARS + 1);
    assert!(sheet_link::decode(&huge)
        .unwrap_err()
        .to_string()
        .contains("too long"));
    assert!(sheet_link::decode("not base64!")
        .unwrap_err()
        .to_string()
        .contains("damaged"));
    let bomb = {
        use base64::Engine as _;
        let zeros = vec![b' '; goalframes_engine::sheet::MAX_SHEET_BYTES * 4];
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(miniz_oxide::deflate::compress_to_vec(&zeros, 9))
    };
    assert!(sheet_link::decode(&bomb)
        .unwrap_err()
        .to_string()
        .contains("too large"));
    assert!(Sheet::from_json("{\"schema\":\"goalframes.sheet/9\"}").is_err());
    assert!(csv::read_values("a,b\n1,2\n")
        .unwrap_err()
        .contains("no \"family\" column"));
}

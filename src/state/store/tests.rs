//! The store under every storage fault, and two or three tabs editing one
//! sheet with skewed clocks: no typed value is lost, and the tabs converge.

use std::collections::{BTreeMap, BTreeSet};

use goalframes_engine::sheet::Sheet;
use goalframes_engine::SlotKind;
use proptest::prelude::*;

use super::*;
use crate::state::key_value::MemoryStorage;

/// A time `ms` milliseconds after a fixed instant, in the app's ISO format.
fn at(ms: u64) -> String {
    let (s, ms) = (ms / 1000, ms % 1000);
    format!(
        "2026-11-26T{:02}:{:02}:{:02}.{ms:03}Z",
        10 + s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

fn blank(id: &str) -> Sheet {
    Sheet::new(id, "database-engineering", "P4", "2026.11-sample", &at(0))
}

fn set(
    store: &mut SheetStore<MemoryStorage>,
    id: &str,
    slot: (&str, SlotKind),
    value: &str,
    now: u64,
) {
    store
        .edit(id, &at(now), |s| s.values.set(slot.0, slot.1, value))
        .unwrap();
}

/// The sheet as the latest write left it in storage.
fn stored(storage: &MemoryStorage, id: &str) -> Option<Sheet> {
    let shared = storage.shared.borrow();
    let text = shared.latest(&format!("{SHEET_KEY_PREFIX}{id}"))?;
    Some(Sheet::from_json(text).unwrap())
}

/// A store for tab `t` of `storage`.
fn open_tab(storage: &MemoryStorage, t: usize, now: u64) -> SheetStore<MemoryStorage> {
    SheetStore::open(Some(storage.tab(t)), &format!("tab{t}"), &at(now))
}

const TARGET: (&str, SlotKind) = ("smart-1", SlotKind::Target);

/// An edit time from a colleague's clock far ahead.
fn far_future() -> goalframes_engine::sheet::Dot {
    goalframes_engine::sheet::Dot {
        tab: "elsewhere".into(),
        n: 7,
        at: "9999-12-31T00:00:00.000Z".into(),
    }
}
const DATE: (&str, SlotKind) = ("smart-1", SlotKind::Date);

/// Several tabs over one storage, with `storage` events delivered on request.
struct Tabs {
    storage: MemoryStorage,
    tabs: Vec<SheetStore<MemoryStorage>>,
    delivered: Vec<usize>,
}

impl Tabs {
    fn new(n: usize) -> Self {
        let storage = MemoryStorage::new();
        let tabs = (0..n).map(|t| open_tab(&storage, t, 0)).collect();
        Tabs {
            storage,
            tabs,
            delivered: vec![0; n],
        }
    }

    fn changes(&self) -> usize {
        self.storage.shared.borrow().changes.len()
    }

    /// Delivers to tab `t` the next storage event another tab caused; the
    /// key it was about, or `None` when none is left.
    fn deliver_one(&mut self, t: usize) -> Option<String> {
        loop {
            let change = self
                .storage
                .shared
                .borrow()
                .changes
                .get(self.delivered[t])
                .cloned();
            let (key, _, by) = change?;
            let i = self.delivered[t];
            self.delivered[t] += 1;
            if by != t {
                // The tab's view of storage shows the change before its event, as a browser's does.
                self.storage.shared.borrow_mut().deliver(t, i);
                self.tabs[t].storage_changed(&key);
                return Some(key);
            }
        }
    }

    /// Shows tab `t`'s next foreign change in its view (as the browser does
    /// before the event) and returns its key, or `None` when none is left.
    fn peek_delivery(&mut self, t: usize) -> Option<String> {
        let shared = self.storage.shared.borrow();
        let mut i = self.delivered[t];
        while let Some((key, _, by)) = shared.changes.get(i) {
            if *by != t {
                let key = key.clone();
                drop(shared);
                self.storage.shared.borrow_mut().deliver(t, i);
                return Some(key);
            }
            i += 1;
        }
        None
    }

    /// Delivers every event to every tab until nothing more happens.
    fn settle(&mut self) {
        let mut rounds = 0;
        while (0..self.tabs.len()).any(|t| self.deliver_one(t).is_some()) {
            rounds += 1;
            assert!(rounds < 1_000, "the tabs never settle");
        }
    }
}

#[test]
fn full_storage_keeps_changes_in_memory_and_retries_at_the_next_change() {
    let storage = MemoryStorage::new();
    let mut store = open_tab(&storage, 0, 0);
    store.create(blank("a"));
    store.create(blank("b"));
    storage.shared.borrow_mut().quota =
        Some(stored(&storage, "a").unwrap().to_json().len() * 2 + 60);
    set(&mut store, "a", TARGET, &"x".repeat(150), 1);
    assert!(store.unsaved().contains("a"));
    assert_eq!(
        store.write_error().map(ToString::to_string).as_deref(),
        Some("browser storage is full")
    );
    assert!(store.has_unsaved_work());
    assert_eq!(
        store
            .sheet("a")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target)
            .unwrap()
            .len(),
        150,
        "the value stays in the tab"
    );
    assert_eq!(
        stored(&storage, "a")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        None
    );
    // Room again: the next change, to another sheet, saves both.
    storage.shared.borrow_mut().quota = None;
    set(&mut store, "b", TARGET, "1", 2);
    assert!(store.unsaved().is_empty());
    assert_eq!(store.write_error(), None);
    assert!(!store.has_unsaved_work());
    assert_eq!(
        stored(&storage, "a")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target)
            .unwrap()
            .len(),
        150
    );
}

#[test]
fn refused_storage_says_so_and_loses_nothing() {
    let storage = MemoryStorage::new();
    let mut store = open_tab(&storage, 0, 0);
    store.create(blank("a"));
    storage.shared.borrow_mut().refuse = true;
    set(&mut store, "a", TARGET, "99%", 1);
    assert_eq!(
        store.write_error().map(ToString::to_string).as_deref(),
        Some("browser storage refused the change (SecurityError)")
    );
    assert_eq!(
        store
            .sheet("a")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        Some("99%")
    );
    store.delete("a");
    assert!(
        store.sheet("a").is_some(),
        "a refused delete keeps the sheet"
    );
    storage.shared.borrow_mut().refuse = false;
    set(&mut store, "a", DATE, "2026-06-30", 2);
    let saved = stored(&storage, "a").unwrap();
    assert_eq!(saved.values.get("smart-1", SlotKind::Target), Some("99%"));
    assert_eq!(
        saved.values.get("smart-1", SlotKind::Date),
        Some("2026-06-30")
    );
}

#[test]
fn corrupt_entries_are_set_aside_and_never_written_over() {
    let storage = MemoryStorage::new();
    let mut kv = storage.clone();
    kv.set("goalframes:sheet:bad", "{not json").unwrap();
    kv.set("goalframes:sheet:wrongkey", &blank("other").to_json())
        .unwrap();
    kv.set("goalframes:sheet:good", &blank("good").to_json())
        .unwrap();
    kv.set("unrelated", "x").unwrap();
    let mut store = open_tab(&storage, 0, 0);
    assert_eq!(store.sheets().len(), 1);
    let keys: Vec<&str> = store.unreadable().iter().map(|u| u.key.as_str()).collect();
    assert_eq!(keys, ["goalframes:sheet:bad", "goalframes:sheet:wrongkey"]);
    assert!(store.unreadable()[1]
        .reason
        .to_string()
        .contains("not the id of its key"));
    assert!(store.id_taken("bad"));
    // An import under the unreadable id goes under a new id; the entry stays as it was.
    let saved = store.import(blank("bad"), ImportMode::Replace, &at(1), || "fresh".into());
    assert_eq!(saved.id, "fresh");
    assert_eq!(
        kv.get("goalframes:sheet:bad").unwrap().as_deref(),
        Some("{not json")
    );
    // Another tab corrupts a good entry: set aside, this tab's copy kept and not written.
    kv.set(
        "goalframes:sheet:good",
        "{\"schema\":\"goalframes.sheet/9\"}",
    )
    .unwrap();
    store.storage_changed("goalframes:sheet:good");
    assert!(store
        .unreadable()
        .iter()
        .any(|u| u.key == "goalframes:sheet:good"));
    set(&mut store, "good", TARGET, "1", 2);
    assert!(store.unsaved().contains("good"));
    assert_eq!(
        kv.get("goalframes:sheet:good").unwrap().as_deref(),
        Some("{\"schema\":\"goalframes.sheet/9\"}")
    );
}

#[test]
fn missing_storage_works_in_memory() {
    let mut store = SheetStore::<MemoryStorage>::open(None, "tab0", &at(0));
    assert!(!store.storage_ok());
    store.create(blank("a"));
    set(&mut store, "a", TARGET, "1", 1);
    assert_eq!(
        store
            .sheet("a")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        Some("1")
    );
    assert!(
        store.unsaved().is_empty(),
        "nothing to retry: there is no storage"
    );
    assert!(store.has_unsaved_work(), "closing the page would lose it");
}

const TODAY: CanonStamp<'static> = CanonStamp {
    name: "JobFrame",
    version: "2026.11-sample",
};

fn fingerprints() -> goalframes_engine::drift::Fingerprints {
    [("smart-1".to_string(), "00000000000000ff".to_string())].into()
}

#[test]
fn a_started_sheet_is_stamped_and_saved_as_one_write_and_a_refused_start_saves_nothing() {
    let storage = MemoryStorage::new();
    let mut store = open_tab(&storage, 0, 0);
    let started = store.start(
        "a",
        ("database-engineering", "P4"),
        TODAY,
        fingerprints(),
        &at(5),
        |s| s.set_person("Ada"),
    );
    assert_eq!(started, Ok(()));
    let saved = stored(&storage, "a").expect("saved at once");
    assert_eq!(store.sheet("a"), Some(&saved));
    assert_eq!(
        (saved.canon.as_deref(), saved.canon_version.as_str()),
        (Some("JobFrame"), "2026.11-sample")
    );
    assert_eq!(saved.fingerprints, fingerprints());
    assert_eq!(saved.person.as_deref(), Some("Ada"));
    assert_eq!(saved.created, at(5));
    assert!(
        !saved.edited.is_empty() && saved.edited.values().all(|dot| dot.tab == "tab0"),
        "the change is this tab's write: {:?}",
        saved.edited
    );

    let refused = store.start(
        "b",
        ("database-engineering", "P4"),
        TODAY,
        fingerprints(),
        &at(6),
        |s| s.set_person("two\nlines"),
    );
    assert!(refused.is_err());
    assert!(store.sheet("b").is_none(), "nothing started");
    assert_eq!(stored(&storage, "b"), None, "nothing saved");
    assert_eq!(store.sheets().len(), 1);
}

#[test]
fn an_edit_stamps_only_a_sheet_saved_without_fingerprints_under_todays_version() {
    let storage = MemoryStorage::new();
    let mut store = open_tab(&storage, 0, 0);
    // Saved by a release that kept no fingerprints, under today's version.
    store.create(blank("today"));
    let edited = store.edit_stamped("today", &at(1), TODAY, fingerprints, |s| {
        s.values.set("smart-1", SlotKind::Target, "1")
    });
    assert_eq!(edited, Ok(true));
    let saved = stored(&storage, "today").unwrap();
    assert_eq!(saved.fingerprints, fingerprints(), "stamped and saved");
    assert_eq!(saved.canon.as_deref(), Some("JobFrame"));

    // Filled under another version: its drift must stay visible.
    let mut older = blank("older");
    older.canon_version = "2025.1".into();
    store.create(older);
    store
        .edit_stamped(
            "older",
            &at(2),
            TODAY,
            || unreachable!(),
            |s| s.values.set("smart-1", SlotKind::Target, "2"),
        )
        .unwrap();
    let saved = stored(&storage, "older").unwrap();
    assert!(saved.fingerprints.is_empty());
    assert_eq!(saved.canon_version, "2025.1");
    assert_eq!(saved.values.get("smart-1", SlotKind::Target), Some("2"));

    // A refused change stamps nothing and saves nothing.
    store.create(blank("refused"));
    let before = stored(&storage, "refused");
    let refused = store.edit_stamped("refused", &at(3), TODAY, fingerprints, |s| {
        s.values.set("smart-1", SlotKind::Date, "2026-02-31")
    });
    assert!(refused.is_err());
    assert_eq!(stored(&storage, "refused"), before);
    assert!(store.sheet("refused").unwrap().fingerprints.is_empty());
}

#[test]
fn a_portal_context_finds_the_most_recent_sheet_of_its_person_and_period() {
    let mut store = SheetStore::<MemoryStorage>::open(None, "tab0", &at(0));
    for id in ["older", "newer"] {
        let mut sheet = blank(id);
        sheet.set_person("Ada").unwrap();
        sheet.set_period("2026 H1").unwrap();
        store.create(sheet);
    }
    let found = |store: &SheetStore<MemoryStorage>, person, period| {
        store
            .find_for("database-engineering", "P4", person, period)
            .map(|s| s.id.clone())
    };
    assert_eq!(
        found(&store, Some("Ada"), Some("2026 H1")).as_deref(),
        Some("newer")
    );
    set(&mut store, "older", TARGET, "x", 1);
    assert_eq!(
        found(&store, Some("Ada"), None).as_deref(),
        Some("older"),
        "the most recently changed first"
    );
    assert_eq!(found(&store, Some("Ada"), Some("2026 H2")), None);
    assert_eq!(found(&store, Some("Grace"), None), None);
    assert_eq!(
        store.find_for("database-engineering", "P5", Some("Ada"), None),
        None
    );
}

#[test]
fn two_tabs_keep_each_others_slots() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    set(&mut tabs.tabs[0], "s", TARGET, "A", 1);
    set(&mut tabs.tabs[1], "s", DATE, "B", 2);
    tabs.settle();
    for tab in &tabs.tabs {
        let s = tab.sheet("s").unwrap();
        assert_eq!(s.values.get("smart-1", SlotKind::Target), Some("A"));
        assert_eq!(s.values.get("smart-1", SlotKind::Date), Some("B"));
    }
}

/// The probe of issue 15, point 1: an imported slot edited "in the future"
/// (a fast clock; a hostile link's year 9999), a second tab open, then typing
/// into that slot: every key must stay.
#[test]
fn an_edit_after_an_import_from_a_fast_clock_is_kept_with_a_second_tab_open() {
    let mut tabs = Tabs::new(2);
    let mut imported = blank("s");
    imported
        .values
        .set("smart-1", SlotKind::Target, "theirs")
        .unwrap();
    imported
        .edited
        .insert("smart-1/target".into(), far_future());
    tabs.tabs[0].import(imported, ImportMode::Replace, &at(1), || unreachable!());
    tabs.settle();
    let saved = stored(&tabs.storage, "s").unwrap();
    assert!(
        saved
            .edited
            .values()
            .all(|d| d.at == at(1) && d.tab == "tab0"),
        "an import is one change made here and now: {:?}",
        saved.edited
    );
    for (i, value) in ["m", "mi", "min", "mine"].into_iter().enumerate() {
        set(&mut tabs.tabs[0], "s", TARGET, value, 10 + i as u64);
        tabs.settle();
        for tab in &tabs.tabs {
            assert_eq!(
                tab.sheet("s")
                    .unwrap()
                    .values
                    .get("smart-1", SlotKind::Target),
                Some(value)
            );
        }
    }
    assert_eq!(
        stored(&tabs.storage, "s")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        Some("mine")
    );
    // Reloading reads the same.
    let reloaded = open_tab(&tabs.storage, 9, 99);
    assert_eq!(
        reloaded
            .sheet("s")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        Some("mine")
    );
}

/// Issue 15, point 2: "Replace" with a second tab open replaces in both.
#[test]
fn replace_means_replace_in_every_tab() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    set(&mut tabs.tabs[0], "s", TARGET, "old", 1);
    tabs.tabs[1]
        .edit("s", &at(2), |s| s.set_person("Old name"))
        .unwrap();
    tabs.settle();
    let mut replacement = blank("s");
    replacement.set_person("New name").unwrap();
    replacement
        .values
        .set("smart-1", SlotKind::Date, "2027-01-01")
        .unwrap();
    tabs.tabs[0].import(replacement, ImportMode::Replace, &at(3), || "gen2".into());
    tabs.settle();
    for tab in &tabs.tabs {
        let s = tab.sheet("s").unwrap();
        assert_eq!(s.person.as_deref(), Some("New name"));
        assert_eq!(
            s.values.get("smart-1", SlotKind::Target),
            None,
            "no old value mixed in"
        );
        assert_eq!(s.values.get("smart-1", SlotKind::Date), Some("2027-01-01"));
        assert!(tab.notices().is_empty());
    }
}

#[test]
fn unsaved_changes_replaced_elsewhere_are_offered_as_a_copy() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    tabs.storage.shared.borrow_mut().quota = Some(10);
    set(&mut tabs.tabs[1], "s", TARGET, "unsaved here", 1);
    tabs.storage.shared.borrow_mut().quota = None;
    tabs.tabs[0].import(blank("s"), ImportMode::Replace, &at(2), || "gen2".into());
    tabs.settle();
    let b = &mut tabs.tabs[1];
    assert_eq!(
        b.sheet("s")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        None
    );
    assert_eq!(b.notices().len(), 1);
    assert_eq!(b.notices()[0].kind, NoticeKind::ReplacedElsewhere);
    b.keep_notice(0, "copy", &at(3));
    assert_eq!(
        b.sheet("copy")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        Some("unsaved here")
    );
}

/// Issue 15, point 11: another tab's delete is a notice with a way to keep the values.
#[test]
fn a_delete_in_another_tab_is_a_notice_that_can_keep_the_sheet() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    set(&mut tabs.tabs[1], "s", TARGET, "keep me", 1);
    tabs.settle();
    tabs.tabs[0].delete("s");
    tabs.settle();
    assert!(tabs.tabs[1].sheet("s").is_none());
    assert_eq!(tabs.tabs[1].notices()[0].kind, NoticeKind::DeletedElsewhere);
    tabs.tabs[1].keep_notice(0, "unused", &at(2));
    tabs.settle();
    for tab in &tabs.tabs {
        assert_eq!(
            tab.sheet("s")
                .unwrap()
                .values
                .get("smart-1", SlotKind::Target),
            Some("keep me")
        );
    }
}

/// Issue 15, point 8: the same slot typed key by key in two tabs ends as one
/// tab's whole text in both, never an interleaving.
#[test]
fn the_same_slot_typed_in_two_tabs_converges_on_one_whole_value() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    // Each tab types its own text from its own input (the page holds a focused
    // input's text), and events arrive between keys.
    let (mut a, mut b) = (String::new(), String::new());
    for i in 0..6 {
        a.push('a');
        set(&mut tabs.tabs[0], "s", TARGET, &a, 10 + 2 * i);
        tabs.deliver_one(1);
        b.push('b');
        set(&mut tabs.tabs[1], "s", TARGET, &b, 11 + 2 * i);
        tabs.deliver_one(0);
    }
    tabs.settle();
    let finals: BTreeSet<_> = tabs
        .tabs
        .iter()
        .map(|t| {
            t.sheet("s")
                .unwrap()
                .values
                .get("smart-1", SlotKind::Target)
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(finals.len(), 1, "the tabs converge: {finals:?}");
    let value = finals.into_iter().next().unwrap();
    assert!(
        value == a || value == b,
        "one tab's whole text, got {value}"
    );
}

/// The value a tab holds in a slot of sheet `s`.
fn value_in(store: &SheetStore<MemoryStorage>, slot: (&str, SlotKind)) -> Option<String> {
    store
        .sheet("s")?
        .values
        .get(slot.0, slot.1)
        .map(str::to_string)
}

/// Issue 26: the same slot typed in two tabs at once. Both end with one
/// tab's text; the tab whose text lost says so, and keeping its text writes it
/// for every tab (where the other tab's text is then the one offered back).
#[test]
fn the_tab_whose_text_another_tab_overwrote_is_told_and_can_keep_it() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    // Neither tab sees the other's write before its own.
    set(&mut tabs.tabs[0], "s", TARGET, "from A", 10);
    set(&mut tabs.tabs[1], "s", TARGET, "from B", 11);
    tabs.settle();
    let standing = value_in(&tabs.tabs[0], TARGET).unwrap();
    assert_eq!(value_in(&tabs.tabs[1], TARGET).as_deref(), Some(&*standing));
    assert_eq!(
        standing, "from B",
        "the later edit wins a tie of write numbers"
    );
    assert_eq!(
        tabs.tabs[0].overwritten(),
        [Overwritten {
            sheet: "s".into(),
            item: "smart-1".into(),
            slot: SlotKind::Target,
            mine: "from A".into(),
            theirs: "from B".into(),
        }]
    );
    assert!(tabs.tabs[1].overwritten().is_empty(), "B's text stands");

    assert!(tabs.tabs[0].keep_mine("s", "smart-1", SlotKind::Target, &at(20)));
    tabs.settle();
    for tab in &tabs.tabs {
        assert_eq!(value_in(tab, TARGET).as_deref(), Some("from A"));
    }
    assert_eq!(
        stored(&tabs.storage, "s")
            .unwrap()
            .values
            .get("smart-1", SlotKind::Target),
        Some("from A")
    );
    assert!(tabs.tabs[0].overwritten().is_empty());
    assert_eq!(
        tabs.tabs[1].overwritten().len(),
        1,
        "now B's text is the one replaced"
    );
    assert_eq!(tabs.tabs[1].overwritten()[0].mine, "from B");
    tabs.tabs[1].dismiss_overwritten("s", "smart-1", SlotKind::Target);
    assert!(tabs.tabs[1].overwritten().is_empty());
    assert!(!tabs.tabs[1].keep_mine("s", "smart-1", SlotKind::Target, &at(30)));
}

#[test]
fn typing_again_in_an_overwritten_slot_ends_its_notice_and_other_slots_raise_none() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    set(&mut tabs.tabs[0], "s", TARGET, "A1", 10);
    set(&mut tabs.tabs[0], "s", DATE, "2027-06-30", 10);
    set(&mut tabs.tabs[1], "s", TARGET, "B1", 11);
    tabs.settle();
    assert_eq!(
        tabs.tabs[0].overwritten().len(),
        1,
        "only the slot both typed"
    );
    // Another tab clearing it keeps the notice, with what now stands.
    set(&mut tabs.tabs[1], "s", TARGET, "", 12);
    tabs.settle();
    assert_eq!(tabs.tabs[0].overwritten()[0].theirs, "");
    set(&mut tabs.tabs[0], "s", TARGET, "A2", 13);
    assert!(tabs.tabs[0].overwritten().is_empty());
    tabs.settle();
    for tab in &tabs.tabs {
        assert_eq!(value_in(tab, TARGET).as_deref(), Some("A2"));
        assert_eq!(value_in(tab, DATE).as_deref(), Some("2027-06-30"));
    }
    // B typed after seeing A's text: B is told its text was replaced, once.
    assert_eq!(tabs.tabs[1].overwritten().len(), 1);
}

#[test]
fn future_edit_times_from_an_earlier_release_are_brought_back_once() {
    let storage = MemoryStorage::new();
    let mut sheet = blank("s");
    sheet.values.set("smart-1", SlotKind::Target, "x").unwrap();
    sheet.edited.insert("smart-1/target".into(), far_future());
    storage
        .clone()
        .set("goalframes:sheet:s", &sheet.to_json())
        .unwrap();
    let store = open_tab(&storage, 0, 5);
    assert_eq!(store.sheet("s").unwrap().edited["smart-1/target"].at, at(5));
    assert_eq!(
        stored(&storage, "s").unwrap().edited["smart-1/target"].at,
        at(5)
    );
}

// The property test: random interleavings of edits, imports, replaces and
// deletes in two or three tabs with skewed clocks.

#[derive(Clone, Debug)]
enum Op {
    /// Tab types into a slot (index into `SLOTS`).
    Type { tab: usize, slot: usize },
    /// Tab clears a slot.
    Clear { tab: usize, slot: usize },
    /// Tab imports the sheet from a file (edit times from a clock far ahead),
    /// choosing "Replace".
    Replace { tab: usize },
    /// Tab imports another copy, choosing "Keep both".
    KeepBoth { tab: usize },
    /// Tab deletes the sheet.
    Delete { tab: usize },
    /// Tab receives its next storage event.
    Deliver { tab: usize },
}

const SLOTS: [(&str, SlotKind); 4] = [
    ("smart-1", SlotKind::Target),
    ("smart-1", SlotKind::Date),
    ("okr-2-kr1", SlotKind::Baseline),
    ("mbo-1", SlotKind::Target),
];

fn op(tabs: usize) -> impl Strategy<Value = Op> {
    let tab = 0..tabs;
    prop_oneof![
        6 => (tab.clone(), 0..SLOTS.len()).prop_map(|(tab, slot)| Op::Type { tab, slot }),
        1 => (tab.clone(), 0..SLOTS.len()).prop_map(|(tab, slot)| Op::Clear { tab, slot }),
        1 => tab.clone().prop_map(|tab| Op::Replace { tab }),
        1 => tab.clone().prop_map(|tab| Op::KeepBoth { tab }),
        1 => tab.clone().prop_map(|tab| Op::Delete { tab }),
        8 => tab.prop_map(|tab| Op::Deliver { tab }),
    ]
}

/// What each tab knew of the operations when it made each one (for "no
/// value lost": a value survives unless a later operation, one that knew of
/// it, changed the same slot).
/// (Knowledge is of the sheet the operations edit, `s`: another sheet's
/// write carries nothing about it.)
struct Knowledge {
    known: Vec<BTreeSet<usize>>,
    change_known: Vec<BTreeSet<usize>>,
}

/// The storage key of the sheet the operations edit.
const S: &str = "goalframes:sheet:s";

impl Knowledge {
    /// Records what the changes tab `t` just wrote carry: for the sheet `s`,
    /// all the tab knows of it, which includes what its view of storage
    /// showed when it wrote (read first with [`Knowledge::read`]).
    fn wrote(&mut self, tabs: &Tabs, t: usize, from: usize) {
        let keys: Vec<String> = tabs.storage.shared.borrow().changes[from..]
            .iter()
            .map(|c| c.0.clone())
            .collect();
        for key in keys {
            let carried = if key == S {
                self.known[t].clone()
            } else {
                BTreeSet::new()
            };
            self.change_known.push(carried);
        }
    }

    /// Tab `t` read `key` as its view of storage shows it (which can be
    /// older than the latest change: a stale read).
    fn read(&mut self, tabs: &Tabs, t: usize, key: &str) {
        if key != S {
            return;
        }
        let shown = tabs.storage.shared.borrow().shown(t, key);
        if let Some(change) = shown {
            let known = self.change_known[change].clone();
            self.known[t].extend(known);
        }
    }
}

/// Delivers tab `t`'s next storage event, keeping the knowledge in step: the
/// tab learns what the change carried, then writes back what it merged.
fn deliver(tabs: &mut Tabs, k: &mut Knowledge, t: usize) -> bool {
    let before = tabs.changes();
    // The event's change first reaches the tab's view; the tab reads it there.
    let Some(key) = tabs.peek_delivery(t) else {
        return false;
    };
    k.read(tabs, t, &key);
    tabs.deliver_one(t);
    k.wrote(tabs, t, before);
    true
}

/// What one operation set (slot index and value, `None` for cleared), and
/// the operations its tab knew of when it made it.
type Typed = (Vec<(usize, Option<String>)>, BTreeSet<usize>);

fn run(ops: &[Op], skews: &[u64]) -> Result<(), TestCaseError> {
    let n = skews.len();
    let mut tabs = Tabs::new(n);
    tabs.tabs[0].create(blank("s"));
    let mut k = Knowledge {
        known: vec![BTreeSet::new(); n],
        change_known: vec![BTreeSet::new()],
    };
    tabs.settle();
    k.change_known.resize(tabs.changes(), BTreeSet::new());
    // Per operation: the slot values it set, and what its tab knew before.
    let mut typed: BTreeMap<usize, Typed> = BTreeMap::new();
    let mut replaces: BTreeMap<usize, String> = BTreeMap::new();
    let mut deleted = false;
    for (i, op) in ops.iter().enumerate() {
        let i = i + 1;
        let now = |tab: usize| at(1000 + i as u64 * 10 + skews[tab]);
        let before = tabs.changes();
        match op.clone() {
            Op::Type { tab, slot } | Op::Clear { tab, slot } => {
                let value = matches!(op, Op::Type { .. }).then(|| format!("op{i}"));
                // Its write merges with what its view of storage shows.
                k.read(&tabs, tab, S);
                let known_before = k.known[tab].clone();
                let (item, kind) = SLOTS[slot];
                let current = tabs.tabs[tab]
                    .sheet("s")
                    .map(|s| s.values.get(item, kind).map(str::to_string));
                tabs.tabs[tab]
                    .edit("s", &now(tab), |s| {
                        s.values.set(item, kind, value.as_deref().unwrap_or(""))
                    })
                    .unwrap();
                if current.is_some_and(|c| c != value) {
                    typed.insert(i, (vec![(slot, value)], known_before));
                    k.known[tab].insert(i);
                }
                k.wrote(&tabs, tab, before);
            }
            Op::Replace { tab } => {
                let mut file = blank("s");
                file.values
                    .set("smart-1", SlotKind::Target, &format!("file{i}"))
                    .unwrap();
                file.edited.insert("smart-1/target".into(), far_future());
                let generation = format!("gen{i}");
                let saved = tabs.tabs[tab]
                    .import(file, ImportMode::Replace, &now(tab), || generation.clone());
                if saved.id == "s" {
                    let set: Vec<_> = (0..SLOTS.len())
                        .map(|slot| (slot, (slot == 0).then(|| format!("file{i}"))))
                        .collect();
                    typed.insert(i, (set, k.known[tab].clone()));
                    replaces.insert(i, saved.generation.clone());
                    k.known[tab].insert(i);
                }
                k.wrote(&tabs, tab, before);
            }
            Op::KeepBoth { tab } => {
                let id = format!("copy{i}");
                tabs.tabs[tab].import(blank("s"), ImportMode::KeepBoth, &now(tab), || id.clone());
                k.wrote(&tabs, tab, before);
            }
            Op::Delete { tab } => {
                if tabs.tabs[tab].sheet("s").is_some() {
                    deleted = true;
                }
                tabs.tabs[tab].delete("s");
                k.wrote(&tabs, tab, before);
            }
            Op::Deliver { tab } => {
                deliver(&mut tabs, &mut k, tab);
            }
        }
    }
    // Settle, keeping the knowledge in step.
    for round in 0.. {
        prop_assert!(round < 1_000, "the tabs never settle: {:?}", ops);
        let mut any = false;
        for t in 0..n {
            if deliver(&mut tabs, &mut k, t) {
                any = true;
            }
        }
        if !any {
            break;
        }
    }

    // The tabs converge: the same sheets, each as storage holds it.
    let ids = |store: &SheetStore<MemoryStorage>| -> BTreeSet<String> {
        store.sheets().iter().map(|s| s.id.clone()).collect()
    };
    let stored_ids: BTreeSet<String> = tabs
        .storage
        .shared
        .borrow()
        .latest_keys()
        .into_iter()
        .filter_map(|k| k.strip_prefix(SHEET_KEY_PREFIX).map(str::to_string))
        .collect();
    for tab in &tabs.tabs {
        prop_assert_eq!(&ids(tab), &stored_ids);
        for sheet in tab.sheets() {
            let saved = stored(&tabs.storage, &sheet.id).unwrap();
            prop_assert_eq!(sheet.registers(), saved.registers());
            prop_assert_eq!(&sheet.generation, &saved.generation);
        }
        // What a tab offers back is text it typed that no longer stands.
        for o in tab.overwritten() {
            let sheet = tab.sheet(&o.sheet);
            prop_assert!(sheet.is_some(), "a notice for a sheet the tab lacks");
            let now = sheet
                .unwrap()
                .values
                .get(&o.item, o.slot)
                .unwrap_or_default();
            prop_assert_eq!(&o.theirs, now);
            prop_assert_ne!(&o.mine, &o.theirs);
        }
    }

    // No typed value lost: each slot holds the value of an operation no later
    // operation knew of (the only one, when there is one); after a replace,
    // among the replace and what came after it.
    let Some(final_sheet) = stored(&tabs.storage, "s") else {
        prop_assert!(deleted, "the sheet went without a delete");
        return Ok(());
    };
    if deleted {
        return Ok(());
    }
    let from = replaces
        .iter()
        .find(|(_, g)| **g == final_sheet.generation)
        .map(|(i, _)| *i);
    for (slot, (item, kind)) in SLOTS.iter().enumerate() {
        let ops_here: Vec<(usize, &Option<String>, &BTreeSet<usize>)> = typed
            .iter()
            .filter(|(i, (_, deps))| from.is_none_or(|r| **i == r || deps.contains(&r)))
            .filter_map(|(i, (sets, deps))| {
                sets.iter()
                    .find(|(s, _)| *s == slot)
                    .map(|(_, v)| (*i, v, deps))
            })
            .collect();
        let latest: Vec<&Option<String>> = ops_here
            .iter()
            .filter(|(i, _, _)| !ops_here.iter().any(|(_, _, deps)| deps.contains(i)))
            .map(|(_, v, _)| *v)
            .collect();
        let got = final_sheet.values.get(item, *kind).map(str::to_string);
        match latest.as_slice() {
            [] => prop_assert_eq!(got, None),
            [one] => prop_assert_eq!(&got, *one, "slot {} {:?}", slot, ops),
            many => prop_assert!(
                many.contains(&&got),
                "slot {}: {:?} not among {:?}",
                slot,
                got,
                many
            ),
        }
    }
    Ok(())
}

/// Issue 26's first probe, as a property: each tab types its own slots key
/// by key, at once, round after round, with the other tab's storage events
/// arriving at any point between keys (stale reads included). Once the events
/// are delivered, every slot holds the text last typed in it, in both tabs and
/// in storage, and neither tab reports text overwritten (no slot was typed in both).
fn own_slots_at_once(rounds: &[(usize, usize, Vec<u8>)]) -> Result<(), TestCaseError> {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.settle();
    let slots = |tab: usize| [SLOTS[tab * 2], SLOTS[tab * 2 + 1]];
    let mut expected = BTreeMap::new();
    let mut now = 10;
    for (round, (slot_a, slot_b, schedule)) in rounds.iter().enumerate() {
        let targets = [slots(0)[*slot_a], slots(1)[*slot_b]];
        let texts = [format!("a{round}"), format!("b{round}")];
        let mut typed = [0usize; 2];
        // The schedule says, step by step, which tab acts: type its next key,
        // or take its next storage event.
        for step in schedule {
            let tab = usize::from(step % 2);
            now += 1;
            if step & 2 == 0 && typed[tab] < texts[tab].len() {
                typed[tab] += 1;
                set(
                    &mut tabs.tabs[tab],
                    "s",
                    targets[tab],
                    &texts[tab][..typed[tab]],
                    now,
                );
            } else {
                tabs.deliver_one(tab);
            }
        }
        for tab in 0..2 {
            now += 1;
            set(&mut tabs.tabs[tab], "s", targets[tab], &texts[tab], now);
            expected.insert(targets[tab], texts[tab].clone());
        }
    }
    tabs.settle();
    for (slot, text) in &expected {
        let saved = stored(&tabs.storage, "s").unwrap();
        prop_assert_eq!(
            saved.values.get(slot.0, slot.1),
            Some(text.as_str()),
            "storage, {:?}",
            slot
        );
        for tab in &tabs.tabs {
            let held = value_in(tab, *slot);
            prop_assert_eq!(held.as_deref(), Some(text.as_str()), "a tab, {:?}", slot);
        }
    }
    for tab in &tabs.tabs {
        prop_assert!(tab.overwritten().is_empty());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn tabs_typing_their_own_slots_at_once_lose_nothing(
        rounds in proptest::collection::vec((0..2usize, 0..2usize, proptest::collection::vec(0u8..4, 0..12)), 1..20),
    ) {
        own_slots_at_once(&rounds)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn two_tabs_converge_and_lose_no_typed_value(
        ops in proptest::collection::vec(op(2), 1..40),
        skew in 0u64..5_000,
    ) {
        run(&ops, &[0, skew])?;
    }

    #[test]
    fn three_tabs_converge_and_lose_no_typed_value(
        ops in proptest::collection::vec(op(3), 1..50),
        skews in proptest::collection::vec(0u64..5_000, 3),
    ) {
        run(&ops, &skews)?;
    }
}

// The review (issue 24): the store refuses what an agreed sheet locks, and
// review data (check-ins, the stage, the appraisal) written by several tabs
// over one storage is all kept.

use goalframes_engine::sheet::review::{
    new_entry_id, AppraisalField, CheckIn, LockedChange, ReviewGoal, ReviewRules, Stage, Status,
};

/// Creates sheet `id` in `store` with one kept goal, smart-1 (weight 100 %,
/// target "200 ms"), and agrees it: each step an edit through the store, as
/// the page makes them.
fn agreed_one_goal(store: &mut SheetStore<MemoryStorage>, id: &str, now: u64) {
    store.create(blank(id));
    store
        .edit(id, &at(now), |s| {
            s.keep("smart-1");
            s.set_weight("smart-1", Some(100))
                .map_err(|e| e.to_string())?;
            s.values
                .set("smart-1", SlotKind::Target, "200 ms")
                .map_err(|e| e.to_string())
        })
        .unwrap();
    store
        .edit(id, &at(now + 1), |s| s.agree("Ada", "Grace", "2026-01-15"))
        .unwrap();
    assert_eq!(store.sheet(id).unwrap().stage(), Stage::Agreed);
}

/// Adds a check-in to `goal` of sheet `s` through `store`, under a fresh id
/// of the store's tab; returns the id.
fn add_check_in(
    store: &mut SheetStore<MemoryStorage>,
    goal: &str,
    date: &str,
    value: &str,
    now: u64,
) -> String {
    let id = new_entry_id(&store.sheet("s").unwrap().review, store.tab());
    let entry = CheckIn {
        id: id.clone(),
        date: date.into(),
        value: value.into(),
        status: Status::OnTrack,
        note: String::new(),
    };
    store
        .edit("s", &at(now), |s| s.add_check_in(goal, entry))
        .unwrap();
    id
}

#[test]
fn an_agreed_sheets_target_is_refused_by_the_store_and_nothing_is_saved() {
    let storage = MemoryStorage::new();
    let mut store = open_tab(&storage, 0, 0);
    agreed_one_goal(&mut store, "s", 1);
    let agreed = store.sheet("s").unwrap().clone();
    assert_eq!(stored(&storage, "s").as_ref(), Some(&agreed));
    let writes = storage.shared.borrow().changes.len();

    // The target of a kept goal: refused, the sheet as it was, here and in storage.
    let edited = store.edit("s", &at(10), |s| {
        s.values.set("smart-1", SlotKind::Target, "150 ms")
    });
    assert_eq!(edited, Ok(true));
    assert_eq!(store.sheet("s"), Some(&agreed));
    assert_eq!(stored(&storage, "s").as_ref(), Some(&agreed));
    assert_eq!(
        storage.shared.borrow().changes.len(),
        writes,
        "nothing written"
    );
    assert!(store.unsaved().is_empty() && !store.has_unsaved_work());
    assert_eq!(
        store.locked(),
        Some(&LockedChange::Value("smart-1".into(), SlotKind::Target))
    );
    assert_eq!(
        store.locked().map(ToString::to_string).as_deref(),
        Some("The goals are agreed: reopen the sheet to change the target.")
    );
    // A weight too, with its own reason.
    store
        .edit("s", &at(11), |s| s.set_weight("smart-1", Some(90)))
        .unwrap();
    assert_eq!(store.sheet("s"), Some(&agreed));
    assert_eq!(
        store.locked().map(ToString::to_string).as_deref(),
        Some("The goals are agreed: reopen the sheet to change the weight of smart-1.")
    );
    assert_eq!(storage.shared.borrow().changes.len(), writes);

    // An edit the lock allows saves, and the refusal goes.
    let id = add_check_in(&mut store, "smart-1", "2026-04-01", "350 ms", 12);
    assert_eq!(store.locked(), None);
    let saved = stored(&storage, "s").unwrap();
    assert_eq!(store.sheet("s"), Some(&saved));
    let ids: Vec<&str> = saved
        .check_ins("smart-1")
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, [id.as_str()]);
    assert_eq!(
        saved.values.get("smart-1", SlotKind::Target),
        Some("200 ms"),
        "the refused target was never saved"
    );
    assert_eq!(saved.stage(), Stage::Agreed);
    // Refused again, then the person's name (open while agreed): saved.
    store
        .edit("s", &at(13), |s| {
            s.values.set("smart-1", SlotKind::Target, "150 ms")
        })
        .unwrap();
    assert!(store.locked().is_some());
    store
        .edit("s", &at(14), |s| s.set_person("Ada L."))
        .unwrap();
    assert_eq!(store.locked(), None);
    let saved = stored(&storage, "s").unwrap();
    assert_eq!(saved.person.as_deref(), Some("Ada L."));
    assert_eq!(
        saved.values.get("smart-1", SlotKind::Target),
        Some("200 ms")
    );
    // A reload reads what was saved.
    let reloaded = open_tab(&storage, 1, 20);
    assert_eq!(reloaded.sheet("s"), Some(&saved));
}

#[test]
fn check_ins_added_in_two_tabs_are_both_kept() {
    let mut tabs = Tabs::new(2);
    agreed_one_goal(&mut tabs.tabs[0], "s", 1);
    tabs.settle();
    assert_eq!(tabs.tabs[1].sheet("s").unwrap().stage(), Stage::Agreed);
    // Neither tab sees the other's write before adding its own; the one added
    // later is for the earlier day.
    let a = add_check_in(&mut tabs.tabs[0], "smart-1", "2026-05-01", "300 ms", 10);
    let b = add_check_in(&mut tabs.tabs[1], "smart-1", "2026-04-01", "350 ms", 11);
    assert_ne!(a, b, "each tab's ids are its own");
    assert_eq!(
        stored(&tabs.storage, "s")
            .unwrap()
            .check_ins("smart-1")
            .len(),
        1,
        "the second write was made from a stale view of storage"
    );
    tabs.settle();
    let expected = [("2026-04-01", b.as_str()), ("2026-05-01", a.as_str())];
    let saved = stored(&tabs.storage, "s").unwrap();
    for sheet in [
        tabs.tabs[0].sheet("s"),
        tabs.tabs[1].sheet("s"),
        Some(&saved),
    ] {
        let sheet = sheet.unwrap();
        let log: Vec<(&str, &str)> = sheet
            .check_ins("smart-1")
            .iter()
            .map(|c| (c.date.as_str(), c.id.as_str()))
            .collect();
        assert_eq!(log, expected, "both, in date order");
        assert_eq!(sheet.stage(), Stage::Agreed);
        assert_eq!(sheet, &saved);
    }
    for tab in &tabs.tabs {
        assert!(tab.unsaved().is_empty() && tab.notices().is_empty());
        assert!(tab.overwritten().is_empty());
        assert_eq!(tab.locked(), None);
    }
    let reloaded = open_tab(&tabs.storage, 2, 20);
    assert_eq!(reloaded.sheet("s"), Some(&saved));
}

/// Text another tab overwrote in a target agreed since: keeping it is an
/// edit the lock refuses, so nothing is written and the text stays offered.
#[test]
fn keeping_overwritten_text_in_a_target_agreed_since_is_refused_and_the_text_stays_offered() {
    let mut tabs = Tabs::new(2);
    tabs.tabs[0].create(blank("s"));
    tabs.tabs[0]
        .edit("s", &at(1), |s| {
            s.keep("smart-1");
            s.set_weight("smart-1", Some(100))
        })
        .unwrap();
    tabs.settle();
    set(&mut tabs.tabs[0], "s", TARGET, "from A", 10);
    set(&mut tabs.tabs[1], "s", TARGET, "from B", 11);
    tabs.settle();
    assert_eq!(tabs.tabs[0].overwritten().len(), 1);
    tabs.tabs[1]
        .edit("s", &at(12), |s| s.agree("Ada", "Grace", "2026-01-15"))
        .unwrap();
    tabs.settle();
    let agreed = stored(&tabs.storage, "s").unwrap();
    assert_eq!(agreed.stage(), Stage::Agreed);
    let writes = tabs.changes();

    let a = &mut tabs.tabs[0];
    assert!(!a.keep_mine("s", "smart-1", SlotKind::Target, &at(20)));
    assert_eq!(
        a.locked().map(ToString::to_string).as_deref(),
        Some("The goals are agreed: reopen the sheet to change the target.")
    );
    assert_eq!(a.sheet("s"), Some(&agreed));
    assert_eq!(tabs.changes(), writes, "nothing written");
    let a = &tabs.tabs[0];
    assert_eq!(
        a.overwritten(),
        [Overwritten {
            sheet: "s".into(),
            item: "smart-1".into(),
            slot: SlotKind::Target,
            mine: "from A".into(),
            theirs: "from B".into(),
        }],
        "the text typed here is still offered"
    );
}

// The property test of the review: tabs with skewed clocks add check-ins,
// agree, mark as reviewed, reopen, appraise and retype a locked target, with
// storage events delivered at any point (stale reads included).

#[derive(Clone, Debug)]
enum ReviewOp {
    /// Adds a check-in to goal `goal` (of `GOALS`) for 2026-`month`-`day`.
    CheckIn {
        tab: usize,
        goal: usize,
        month: u8,
        day: u8,
    },
    /// Sets an appraisal field (of `FIELDS`) of a goal.
    Appraise {
        tab: usize,
        goal: usize,
        field: usize,
    },
    /// "Mark as agreed", if the tab's copy is a draft.
    Agree { tab: usize },
    /// "Mark as reviewed", if the tab's copy is agreed (each goal's missing
    /// achievement and manager rating filled in first).
    Review { tab: usize },
    /// "Reopen", if the tab's copy is agreed or reviewed.
    Reopen { tab: usize },
    /// Types a new target for smart-1: saved in a draft, refused by the
    /// store's lock once agreed.
    Retarget { tab: usize },
    /// The tab receives its next storage event.
    Deliver { tab: usize },
}

impl ReviewOp {
    fn tab(&self) -> usize {
        match *self {
            ReviewOp::CheckIn { tab, .. }
            | ReviewOp::Appraise { tab, .. }
            | ReviewOp::Agree { tab }
            | ReviewOp::Review { tab }
            | ReviewOp::Reopen { tab }
            | ReviewOp::Retarget { tab }
            | ReviewOp::Deliver { tab } => tab,
        }
    }
}

/// The sheet's two kept goals.
const GOALS: [&str; 2] = ["smart-1", "okr-1"];
/// Their weights.
const WEIGHTS: [u32; 2] = [60, 40];
/// The appraisal fields the tabs set: the first two are what marking as
/// reviewed needs of each goal.
const FIELDS: [AppraisalField; 3] = [
    AppraisalField::Achievement,
    AppraisalField::ManagerRating,
    AppraisalField::Actual,
];

fn review_op(tabs: usize) -> impl Strategy<Value = ReviewOp> {
    let tab = 0..tabs;
    prop_oneof![
        4 => (tab.clone(), 0..GOALS.len(), 1u8..=12, 1u8..=28)
            .prop_map(|(tab, goal, month, day)| ReviewOp::CheckIn { tab, goal, month, day }),
        5 => (tab.clone(), 0..GOALS.len(), 0..FIELDS.len())
            .prop_map(|(tab, goal, field)| ReviewOp::Appraise { tab, goal, field }),
        2 => tab.clone().prop_map(|tab| ReviewOp::Agree { tab }),
        2 => tab.clone().prop_map(|tab| ReviewOp::Review { tab }),
        2 => tab.clone().prop_map(|tab| ReviewOp::Reopen { tab }),
        1 => tab.clone().prop_map(|tab| ReviewOp::Retarget { tab }),
        8 => tab.prop_map(|tab| ReviewOp::Deliver { tab }),
    ]
}

fn review_goals() -> Vec<ReviewGoal> {
    GOALS
        .iter()
        .zip(WEIGHTS)
        .map(|(key, weight)| ReviewGoal {
            key: key.to_string(),
            label: key.to_string(),
            weight: Some(weight),
            baseline: None,
            target: None,
        })
        .collect()
}

/// What a sheet's stage part reads as (as engine/tests/review.rs reads it):
/// the stage with its agreement and review day, one part when tabs merge.
fn stage_part(sheet: &Sheet) -> String {
    format!(
        "{:?}|{:?}|{:?}",
        sheet.stage(),
        sheet.review.agreed,
        sheet.review.reviewed_on
    )
}

/// The parts the property checks "no change lost" on, by name, as `sheet`
/// holds them ("" for none): the stage part, each appraisal field of both
/// goals, smart-1's target.
fn review_parts(sheet: &Sheet) -> BTreeMap<String, String> {
    let mut parts = BTreeMap::new();
    parts.insert("stage".to_string(), stage_part(sheet));
    for goal in GOALS {
        for field in FIELDS {
            let value = sheet.appraisal(goal).and_then(|a| a.get(field));
            parts.insert(format!("{goal}/{}", field.id()), value.unwrap_or_default());
        }
    }
    let target = sheet.values.get("smart-1", SlotKind::Target);
    parts.insert("target".to_string(), target.unwrap_or_default().to_string());
    parts
}

/// Runs `ops` over tabs whose clocks are `skews` apart, then delivers every
/// storage event: every tab holds the sheet storage holds; every check-in
/// and reopening made anywhere is there, each log in date order; each part
/// (the stage part, an appraisal field, the target) holds the change of an
/// operation no later operation knew of (the only one, when there is one),
/// so a stage change is never undone by a tab that had not seen it; and the
/// only edits the store refused are those the lock forbids, which write nothing.
fn run_review(ops: &[ReviewOp], skews: &[u64]) -> Result<(), TestCaseError> {
    let n = skews.len();
    let mut tabs = Tabs::new(n);
    tabs.tabs[0].create(blank("s"));
    tabs.tabs[0]
        .edit("s", &at(1), |s| {
            for (goal, weight) in GOALS.into_iter().zip(WEIGHTS) {
                s.keep(goal);
                s.set_weight(goal, Some(weight))
                    .map_err(|e| e.to_string())?;
            }
            s.values
                .set("smart-1", SlotKind::Target, "200 ms")
                .map_err(|e| e.to_string())
        })
        .unwrap();
    let mut k = Knowledge {
        known: vec![BTreeSet::new(); n],
        change_known: Vec::new(),
    };
    tabs.settle();
    k.change_known.resize(tabs.changes(), BTreeSet::new());
    let initial = review_parts(tabs.tabs[0].sheet("s").unwrap());
    let mut check_ins: Vec<(&str, String)> = Vec::new();
    let mut reopenings: Vec<String> = Vec::new();
    // Per operation that wrote a change: the parts it set, and what its tab knew.
    let mut made: BTreeMap<usize, (BTreeMap<String, String>, BTreeSet<usize>)> = BTreeMap::new();
    for (i, op) in ops.iter().enumerate() {
        let i = i + 1;
        let t = op.tab();
        if let ReviewOp::Deliver { .. } = op {
            deliver(&mut tabs, &mut k, t);
            continue;
        }
        let now = at(1000 + i as u64 * 10 + skews[t]);
        let mine = tabs.tabs[t].sheet("s").unwrap().clone();
        let id = new_entry_id(&mine.review, tabs.tabs[t].tab());
        let day = format!("2026-{:02}-01", 1 + i % 12);
        let change = |s: &mut Sheet| -> Result<(), String> {
            match *op {
                ReviewOp::CheckIn {
                    goal, month, day, ..
                } => {
                    let entry = CheckIn {
                        id: id.clone(),
                        date: format!("2026-{month:02}-{day:02}"),
                        value: format!("value {i}"),
                        status: Status::ALL[i % 3],
                        note: String::new(),
                    };
                    s.add_check_in(GOALS[goal], entry)
                        .map_err(|e| e.to_string())
                }
                ReviewOp::Appraise { goal, field, .. } => {
                    let field = FIELDS[field];
                    let value = match field {
                        AppraisalField::ManagerRating => (1 + i % 5).to_string(),
                        AppraisalField::Achievement => (i % 150).to_string(),
                        _ => format!("actual {i}"),
                    };
                    s.set_appraisal(GOALS[goal], field, &value)
                        .map_err(|e| e.to_string())
                }
                ReviewOp::Agree { .. } => s
                    .agree(&format!("Employee {i}"), &format!("Manager {i}"), &day)
                    .map_err(|e| e.to_string()),
                ReviewOp::Review { .. } => {
                    // The manager fills in what the score lacks first, in
                    // the same edit (kept only if the sheet is marked).
                    for goal in GOALS {
                        for (field, value) in [
                            (AppraisalField::Achievement, "90"),
                            (AppraisalField::ManagerRating, "3"),
                        ] {
                            if s.appraisal(goal).and_then(|a| a.get(field)).is_none() {
                                let _ = s.set_appraisal(goal, field, value);
                            }
                        }
                    }
                    s.mark_reviewed(
                        &day,
                        &review_goals(),
                        &[],
                        &ReviewRules::DEFAULT,
                        goalframes_engine::catalog(goalframes_engine::Lang::En),
                    )
                    .map_err(|e| e.to_string())
                }
                ReviewOp::Reopen { .. } => s.reopen(&id, &day).map_err(|e| e.to_string()),
                ReviewOp::Retarget { .. } => s
                    .values
                    .set("smart-1", SlotKind::Target, &format!("{i} ms"))
                    .map_err(|e| e.to_string()),
                ReviewOp::Deliver { .. } => unreachable!(),
            }
        };
        // What the change makes of the tab's copy, and whether the lock forbids it.
        let mut expected = mine.clone();
        let allowed = change(&mut expected).is_ok();
        let locked = if allowed {
            locked_change(&mine, &expected)
        } else {
            None
        };
        // Its write merges with what its view of storage shows.
        k.read(&tabs, t, S);
        let known_before = k.known[t].clone();
        let before = tabs.changes();
        let result = tabs.tabs[t].edit("s", &now, change);
        prop_assert_eq!(result.is_ok(), allowed, "{:?}", op);
        if let Some(why) = locked {
            prop_assert!(
                matches!(op, ReviewOp::Retarget { .. }) && !mine.stage().is_draft(),
                "only a locked target is refused: {:?} {:?}",
                op,
                why
            );
            prop_assert_eq!(tabs.tabs[t].locked(), Some(&why));
            prop_assert_eq!(tabs.changes(), before, "a refused edit writes nothing");
            prop_assert_eq!(
                tabs.tabs[t].sheet("s"),
                Some(&mine),
                "nor changes the tab's copy"
            );
            continue;
        }
        if !allowed {
            prop_assert_eq!(tabs.changes(), before, "a change's error writes nothing");
            continue;
        }
        prop_assert_eq!(tabs.tabs[t].locked(), None);
        if tabs.changes() > before {
            let was = review_parts(&mine);
            let set = review_parts(&expected)
                .into_iter()
                .filter(|(part, value)| was.get(part) != Some(value))
                .collect();
            made.insert(i, (set, known_before));
            k.known[t].insert(i);
            match *op {
                ReviewOp::CheckIn { goal, .. } => check_ins.push((GOALS[goal], id.clone())),
                ReviewOp::Reopen { .. } => reopenings.push(id.clone()),
                _ => {}
            }
        } else {
            prop_assert!(
                !matches!(op, ReviewOp::CheckIn { .. } | ReviewOp::Reopen { .. }),
                "a check-in or reopening not written: {:?}",
                op
            );
        }
        k.wrote(&tabs, t, before);
    }
    // Settle, keeping the knowledge in step.
    for round in 0.. {
        prop_assert!(round < 1_000, "the tabs never settle: {:?}", ops);
        let mut any = false;
        for t in 0..n {
            if deliver(&mut tabs, &mut k, t) {
                any = true;
            }
        }
        if !any {
            break;
        }
    }

    // Every tab holds the sheet storage holds, and a reload reads it too.
    let last = stored(&tabs.storage, "s").unwrap();
    for tab in &tabs.tabs {
        prop_assert_eq!(tab.sheet("s"), Some(&last), "the tabs converge");
        prop_assert!(tab.unsaved().is_empty() && tab.notices().is_empty());
    }
    let reloaded = open_tab(&tabs.storage, n, 1_000_000);
    prop_assert_eq!(reloaded.sheet("s"), Some(&last));
    prop_assert!(last.validate().is_ok(), "{:?}", last.validate());

    // No check-in or reopening lost; each log in date order.
    for (goal, id) in &check_ins {
        prop_assert!(
            last.check_ins(goal).iter().any(|c| &c.id == id),
            "check-in {} of {} lost: {:?}",
            id,
            goal,
            ops
        );
    }
    let total: usize = last.review.check_ins.values().map(Vec::len).sum();
    prop_assert_eq!(total, check_ins.len());
    for log in last.review.check_ins.values() {
        prop_assert!(
            log.windows(2).all(|w| w[0].date <= w[1].date),
            "not in date order: {:?}",
            log
        );
    }
    let reopened: BTreeSet<&str> = last.review.reopened.iter().map(|r| r.id.as_str()).collect();
    prop_assert_eq!(
        reopened,
        reopenings
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>()
    );

    eprintln!(
        "STATS reviewed_ever={} final={:?} locked={} checkins={} reopen={} stage_changes={}",
        made.values()
            .any(|(s, _)| s.get("stage").is_some_and(|v| v.starts_with("Reviewed"))),
        last.stage(),
        ops.iter()
            .filter(|o| matches!(o, ReviewOp::Retarget { .. }))
            .count(),
        check_ins.len(),
        reopenings.len(),
        made.values()
            .filter(|(s, _)| s.contains_key("stage"))
            .count()
    );
    // Each part holds the change of an operation that no later operation
    // (one that knew of it) changed again; a part no operation changed holds
    // what it held at the start.
    let got = review_parts(&last);
    for (part, value) in &got {
        let here: Vec<(usize, &String, &BTreeSet<usize>)> = made
            .iter()
            .filter_map(|(i, (set, deps))| set.get(part).map(|v| (*i, v, deps)))
            .collect();
        let latest: Vec<&String> = here
            .iter()
            .filter(|(i, _, _)| !here.iter().any(|(_, _, deps)| deps.contains(i)))
            .map(|(_, v, _)| *v)
            .collect();
        match latest.as_slice() {
            [] => prop_assert_eq!(value, &initial[part], "part {}", part),
            [one] => prop_assert_eq!(value, *one, "part {}: {:?}", part, ops),
            many => prop_assert!(
                many.contains(&value),
                "part {}: {:?} is not among the latest changes {:?}; ops {:?}",
                part,
                value,
                many,
                ops
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn two_tabs_reviewing_one_sheet_converge_and_lose_no_check_in_or_stage_change(
        ops in proptest::collection::vec(review_op(2), 1..40),
        skew in 0u64..5_000,
    ) {
        run_review(&ops, &[0, skew])?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn three_tabs_reviewing_one_sheet_converge_and_lose_no_check_in_or_stage_change(
        ops in proptest::collection::vec(review_op(3), 1..50),
        skews in proptest::collection::vec(0u64..5_000, 3),
    ) {
        run_review(&ops, &skews)?;
    }
}

//! Opening a profile's sheet in the store: starting one (stamped with the
//! canon it is filled against), stamping one saved before fingerprints were
//! kept when it is edited, and finding the sheet a portal's person and period
//! name. The rules are the engine's ([`Sheet::matches`],
//! [`Sheet::stamp_if_unstamped`]); the store applies them to its sheets and
//! saves what changed.

use goalframes_engine::drift::Fingerprints;
use goalframes_engine::sheet::Sheet;

use super::SheetStore;
use crate::state::key_value::KeyValue;

/// The canon sheets are filled against here (the embedded one): what a new
/// sheet, and an edited sheet saved before fingerprints were kept, is stamped with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CanonStamp<'a> {
    /// The canon's name.
    pub name: &'a str,
    /// The canon's version.
    pub version: &'a str,
}

impl<K: KeyValue> SheetStore<K> {
    /// Starts a sheet for a profile (family id, level code) under `id`, created `now` and stamped
    /// with `canon` and `fingerprints` (today's, of the profile's items),
    /// changes it by `change` (one write of this tab) and saves it. The
    /// change's error saves nothing.
    pub fn start<E>(
        &mut self,
        id: &str,
        (family, level): (&str, &str),
        canon: CanonStamp<'_>,
        fingerprints: Fingerprints,
        now: &str,
        change: impl FnOnce(&mut Sheet) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut sheet = Sheet::new(id, family, level, canon.version, now);
        sheet.stamp(canon.name, canon.version, fingerprints);
        let before = sheet.clone();
        change(&mut sheet)?;
        sheet.touch_changes(&before, &self.tab, now);
        self.create(sheet);
        Ok(())
    }

    /// Changes a sheet as [`SheetStore::edit`] does, and stamps it with
    /// `canon` and `fingerprints` (asked for only then) when it was saved
    /// before fingerprints were kept under that very version.
    pub fn edit_stamped<E>(
        &mut self,
        id: &str,
        now: &str,
        canon: CanonStamp<'_>,
        fingerprints: impl FnOnce() -> Fingerprints,
        change: impl FnOnce(&mut Sheet) -> Result<(), E>,
    ) -> Result<bool, E> {
        self.edit(id, now, |sheet| {
            change(sheet)?;
            sheet.stamp_if_unstamped(canon.name, canon.version, fingerprints);
            Ok(())
        })
    }

    /// The most recently changed sheet for the profile whose person and
    /// period are these, each compared only when given: the sheet a portal's
    /// context opens.
    pub fn find_for(
        &self,
        family: &str,
        level: &str,
        person: Option<&str>,
        period: Option<&str>,
    ) -> Option<&Sheet> {
        self.sheets()
            .iter()
            .find(|s| s.matches(family, level, person, period))
    }
}

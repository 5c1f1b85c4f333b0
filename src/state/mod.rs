//! App state shared through context: where the app is (the URL hash), a
//! portal's options, the sheet store, the import dialog and the profiles
//! picked to compare. Signals, and the wiring from them to the rules, which
//! live in plain Rust that native tests cover: the store ([`store::SheetStore`]:
//! saving, merging, starting, stamping and finding sheets) and the engine
//! (what a pasted code holds, which sheet a portal's person names). This
//! module adds the browser's clock, ids and address to their calls.

pub mod import;
pub mod key_value;
pub mod store;

use goalframes_canon::CANON;
use goalframes_engine::drift::Fingerprints;
use goalframes_engine::pasted;
use goalframes_engine::portal::EmbedOptions;
use goalframes_engine::roster;
use goalframes_engine::sheet::{self, link, Sheet};
use goalframes_engine::url::{Context, Hash, Location, MAX_HASH_CHARS};
use goalframes_engine::{catalog, Catalog, FrameKind, Lang, Message};
use leptos::prelude::*;

use crate::browser::{clock, hash, ids, lang, page};
use import::ImportDialog;
use key_value::LocalStorage;
use store::{CanonStamp, ImportMode, SheetStore};

/// What every view reads and writes.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The page the URL hash names.
    pub route: RwSignal<Location>,
    /// A portal's options, read from the address the page opened with and
    /// kept in every address the app goes to.
    pub embed: StoredValue<EmbedOptions>,
    /// Every sheet in this browser, and what went wrong saving them.
    pub store: RwSignal<SheetStore<LocalStorage>>,
    /// The import dialog.
    pub import: ImportDialog,
    /// Profiles picked with "Add to compare", as (family id, level code).
    pub compare: RwSignal<Vec<(String, String)>>,
    /// The page's language: every word the page says, and the templates of
    /// its frames and exports.
    pub lang: RwSignal<Lang>,
}

impl AppState {
    /// Reads the address and the saved sheets; a sheet link in the address
    /// is offered for import, a portal's person and period open their sheet.
    pub fn new() -> Self {
        let address = read_address();
        let page_lang = goalframes_engine::message::page_language(
            address.embed.lang,
            lang::chosen().as_deref(),
            CANON.language,
            &lang::preferred(),
        );
        let state = AppState {
            route: RwSignal::new(address.location.clone()),
            embed: StoredValue::new(address.embed.clone()),
            store: RwSignal::new(SheetStore::open(
                LocalStorage::available(),
                // This page's writes are told apart from other tabs' by this id.
                &ids::new_key("tab-"),
                &clock::now(),
            )),
            import: ImportDialog::new(),
            compare: RwSignal::new(Vec::new()),
            lang: RwSignal::new(page_lang),
        };
        state.arrive(address);
        state
    }

    /// Follows the address (links, back, forward, a pasted sheet link) and
    /// other tabs' changes, and asks before the page is left with unsaved work.
    pub fn follow_the_browser(&self) {
        let state = *self;
        hash::on_change(move || {
            let address = read_address();
            // An address that names a language (a link, a portal) sets it.
            if let Some(asked) = address.embed.lang {
                if asked != state.lang.get_untracked() {
                    state.embed.update_value(|e| e.lang = Some(asked));
                    state.lang.set(asked);
                }
            }
            // An address too long to read names no page: the page stays.
            if address.too_long.is_none() {
                state.route.set(address.location.clone());
            }
            state.arrive(address);
        });
        crate::browser::storage::on_change(move |key| {
            state.store.update(|s| s.storage_changed(key));
        });
        page::confirm_leaving_when(move || {
            state.store.with_untracked(SheetStore::has_unsaved_work)
        });
    }

    /// Acts on what an address carries besides the page: a sheet code is
    /// offered for import, a portal's context opens its person's sheet. Both
    /// are then taken out of the address, so that a reload does not repeat them.
    fn arrive(&self, address: Hash) {
        let Hash {
            location,
            context,
            share,
            too_long,
            ..
        } = address;
        if let Some(len) = too_long {
            // Refused by its length, unread. The page's own address comes
            // back once the refusal is on screen: the browser takes about
            // half a second to replace an address of megabytes.
            let t = self.t();
            let refused = link::LinkError::TooLong(len).message(t);
            self.import.offer(Err(refused), t.import_source_link(), t);
            let state = *self;
            crate::browser::markup::after_next_paint(move || state.replace_route(|_| {}));
        } else if let Some(code) = share {
            self.offer_code(&code, self.t().import_source_link());
            self.replace_route(|l| *l = location.clone());
        } else if !context.is_empty() {
            if let Some((family, level)) = location.profile_key() {
                let _ = self.open_for(family, level, location.frame, &context);
            }
        }
    }

    /// The catalog of the page's language. Views read it as they are built:
    /// the app builds its views anew when the language changes.
    pub fn t(&self) -> &'static Catalog {
        catalog(self.lang.get_untracked())
    }

    /// Changes the page's language (the switch, a portal): kept in the
    /// browser for next time, and in the address when the address names one.
    pub fn set_lang(&self, chosen: Lang) {
        lang::choose(chosen);
        let named = self.embed.with_value(|e| e.lang.is_some());
        if named {
            self.embed.update_value(|e| e.lang = Some(chosen));
            self.replace_route(|_| {});
        }
        self.lang.set(chosen);
    }

    /// Adds a profile to the comparison being put together (at most four;
    /// adding a fifth drops the first).
    pub fn add_to_compare(&self, family: &str, level: &str) {
        self.compare
            .update(|c| goalframes_engine::compare::add(c, family, level));
    }

    /// The address of a location (with the portal's options): for links.
    pub fn href(&self, location: &Location) -> String {
        self.embed.with_value(|embed| Hash::of(location, embed))
    }

    /// Goes to a location, adding a history entry.
    pub fn navigate(&self, location: &Location) {
        if !hash::go(&self.href(location)) {
            self.route.set(location.clone());
        }
    }

    /// Changes the route and the address without a new history entry.
    pub fn replace_route(&self, change: impl FnOnce(&mut Location)) {
        let mut location = self.route.get_untracked();
        change(&mut location);
        hash::replace(&self.href(&location));
        self.route.set(location);
    }

    /// The sheet with this id.
    pub fn sheet(&self, id: &str) -> Option<Sheet> {
        self.store.with(|s| s.sheet(id).cloned())
    }

    /// The id of the sheet the route names, if it exists and is for this profile.
    pub fn open_sheet_id(&self, family: &str, level: &str) -> Option<String> {
        let id = self.route.with(|r| r.sheet.clone())?;
        self.store
            .with(|s| {
                s.sheet(&id)
                    .is_some_and(|s| s.matches(family, level, None, None))
            })
            .then_some(id)
    }

    /// Changes the open sheet of a profile, starting it on the first change,
    /// then saves it. The edit's error, if any, changes nothing.
    pub fn edit_sheet<E>(
        &self,
        family: &str,
        level: &str,
        fingerprints: impl FnOnce() -> Fingerprints,
        edit: impl FnOnce(&mut Sheet) -> Result<(), E>,
    ) -> Result<(), E> {
        let now = clock::now();
        let open = untrack(|| self.open_sheet_id(family, level));
        let Some(id) = open else {
            let id = self.start_sheet(family, level, fingerprints(), edit)?;
            self.replace_route(|r| r.sheet = Some(id));
            return Ok(());
        };
        let edit = self.in_page_language(edit);
        let result = self
            .store
            .try_update(|s| s.edit_stamped(&id, &now, today(), fingerprints, edit));
        result.map_or(Ok(()), |r| r.map(|_| ()))
    }

    /// Starts a sheet for a profile, stamped with today's canon and these
    /// fingerprints, changes it by `edit` and saves it; the edit's error
    /// saves nothing. Returns the new sheet's id.
    fn start_sheet<E>(
        &self,
        family: &str,
        level: &str,
        fingerprints: Fingerprints,
        edit: impl FnOnce(&mut Sheet) -> Result<(), E>,
    ) -> Result<String, E> {
        let (id, now) = (ids::new_id(), clock::now());
        let edit = self.in_page_language(edit);
        let started = self
            .store
            .try_update(|s| s.start(&id, (family, level), today(), fingerprints, &now, edit))
            .expect("the store lives as long as the app");
        started.map(|()| id)
    }

    /// An edit that also records the page's language on the sheet: the one
    /// `collect` writes its documents in.
    fn in_page_language<E>(
        &self,
        edit: impl FnOnce(&mut Sheet) -> Result<(), E>,
    ) -> impl FnOnce(&mut Sheet) -> Result<(), E> {
        let tag = self.lang.get_untracked().tag();
        move |sheet: &mut Sheet| {
            sheet.lang = Some(tag.to_string());
            edit(sheet)
        }
    }

    /// Records that a sheet's values were reviewed against today's canon: its
    /// canon version and fingerprints become today's. Values are kept, orphaned ones too.
    pub fn mark_reviewed(&self, id: &str, fingerprints: Fingerprints) {
        let (now, canon) = (clock::now(), today());
        self.store.update(|s| {
            let _ = s.edit(id, &now, |sheet| {
                sheet.stamp(canon.name, canon.version, fingerprints);
                Ok::<(), ()>(())
            });
        });
    }

    /// Renames a sheet (its person).
    pub fn rename(&self, id: &str, name: &str) -> Result<(), String> {
        let now = clock::now();
        let result = self
            .store
            .try_update(|s| s.edit(id, &now, |sheet| sheet.set_person(name.trim())));
        match result {
            Some(Err(e)) => Err(e.message(self.t())),
            _ => Ok(()),
        }
    }

    /// "Start next period from this sheet": saves the engine's next-period
    /// draft of sheet `id` (over its profile's `frames`) and opens it; the
    /// sheet itself is not changed.
    pub fn start_next_period(
        &self,
        id: &str,
        frames: &goalframes_engine::ProfileFrames,
        next: &goalframes_engine::sheet::review::NextPeriod,
    ) -> Result<(), String> {
        let Some(sheet) = self.sheet(id) else {
            return Ok(());
        };
        let (new_id, now) = (ids::new_id(), clock::now());
        let tab = self.store.with_untracked(|s| s.tab().to_string());
        let next = sheet
            .next_period(&new_id, frames, next, &tab, &now)
            .map_err(|e| e.message(self.t()))?;
        self.store.update(|s| s.create(next));
        let mut location = self.route.get_untracked();
        location.sheet = Some(new_id);
        self.navigate(&location);
        Ok(())
    }

    /// Adds a copy of a sheet and saves it.
    pub fn duplicate(&self, id: &str) {
        let (copy, now) = (ids::new_id(), clock::now());
        self.store.update(|s| s.duplicate(id, &copy, &now));
    }

    /// Deletes a sheet here and from storage.
    pub fn delete(&self, id: &str) {
        self.store.update(|s| s.delete(id));
    }

    /// Keeps the sheet a notice offers (deleted or replaced in another tab).
    pub fn keep_notice(&self, index: usize) {
        let (id, now) = (ids::new_id(), clock::now());
        self.store.update(|s| s.keep_notice(index, &id, &now));
    }

    /// Reads a file's bytes as a sheet and offers it for import.
    pub fn offer_file(&self, name: &str, bytes: &[u8]) {
        let result = sheet::import(bytes, &CANON).map_err(|e| e.message(self.t()));
        self.import.offer(result, &format!("“{name}”"), self.t());
    }

    /// Reads a sheet code, a sheet link or a sheet's JSON as pasted, and
    /// offers it for import.
    pub fn offer_code(&self, text: &str, source: &str) {
        let result = pasted::read(text, &CANON).map_err(|e| e.message(self.t()));
        self.import.offer(result, source, self.t());
    }

    /// Reads a roster file and offers the sheets it would start.
    pub fn offer_roster(&self, name: &str, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        let t = self.t();
        match roster::read(&text, &CANON, t) {
            Ok(roster) => {
                self.import.message.set(None);
                self.import.pending.set(None);
                self.import.roster.set(Some(import::PendingRoster {
                    file: name.to_string(),
                    roster,
                }));
            }
            Err(e) => {
                self.import.roster.set(None);
                self.import.message.set(Some((
                    false,
                    t.roster_unread(name, &e.line.to_string(), &e.message),
                )));
            }
        }
    }

    /// Starts one sheet per good row of the pending roster: its person, its
    /// period, the profile's canon, saved at once.
    pub fn confirm_roster(&self) {
        let Some(pending) = self.import.roster.get_untracked() else {
            return;
        };
        let mut started: u64 = 0;
        for person in &pending.roster.people {
            let Some(profile) = CANON.profile(&person.family, &person.level) else {
                continue;
            };
            let named = self.start_sheet(
                &person.family,
                &person.level,
                fingerprints_of(&profile),
                |sheet| {
                    sheet
                        .set_person(&person.name)
                        .and_then(|()| sheet.set_period(person.period.as_deref().unwrap_or("")))
                },
            );
            if named.is_ok() {
                started += 1;
            }
        }
        self.import.roster.set(None);
        let t = self.t();
        let skipped = pending.roster.errors.len() as u64;
        let mut message = t.roster_started(started, &pending.file);
        if skipped > 0 {
            message.push(' ');
            message.push_str(&t.roster_left_out(skipped));
        }
        self.import.message.set(Some((true, message)));
    }

    /// True when importing this sheet under its id would replace something.
    pub fn id_taken(&self, id: &str) -> bool {
        self.store.with(|s| s.id_taken(id))
    }

    /// Imports the pending sheet and opens it.
    pub fn confirm_import(&self, mode: ImportMode) {
        let Some(pending) = self.import.pending.get_untracked() else {
            return;
        };
        let now = clock::now();
        let saved = self
            .store
            .try_update(|s| s.import(pending.sheet, mode, &now, ids::new_id))
            .expect("the store lives as long as the app");
        self.import.pending.set(None);
        let t = self.t();
        self.import
            .message
            .set(Some((true, t.import_done(&saved.name(t)))));
        self.navigate(&Location {
            sheet: Some(saved.id.clone()),
            ..Location::profile(&saved.family, &saved.level)
        });
    }

    /// Opens a profile for a person (a portal's context): their most recent
    /// sheet for the profile with that person (and period, when given), else a
    /// new sheet for them, saved at once.
    pub fn open_for(
        &self,
        family: &str,
        level: &str,
        frame: Option<FrameKind>,
        context: &Context,
    ) -> Result<Option<String>, String> {
        let t = self.t();
        let profile = CANON
            .profile(family, level)
            .ok_or_else(|| t.error_no_profile(family, level))?;
        let sheet_id = if context.is_empty() {
            None
        } else {
            let (person, period) = (context.person.as_deref(), context.period.as_deref());
            let found = self.store.with_untracked(|s| {
                s.find_for(family, level, person, period)
                    .map(|s| s.id.clone())
            });
            match found {
                Some(id) => Some(id),
                None => {
                    let id = self
                        .start_sheet(family, level, fingerprints_of(&profile), |sheet| {
                            sheet
                                .set_person(context.person.as_deref().unwrap_or(""))
                                .and_then(|()| {
                                    sheet.set_period(context.period.as_deref().unwrap_or(""))
                                })
                        })
                        .map_err(|e| t.error_person_or_period(&e.message(t)))?;
                    Some(id)
                }
            }
        };
        let location = Location {
            family: Some(family.to_string()),
            level: Some(level.to_string()),
            frame,
            sheet: sheet_id.clone(),
            compare: Vec::new(),
        };
        // The context is taken out of the address: a reload opens the sheet itself.
        hash::replace(&self.href(&self.route.get_untracked()));
        self.navigate(&location);
        Ok(sheet_id)
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The canon this app's sheets are filled against: the embedded one.
fn today() -> CanonStamp<'static> {
    CanonStamp {
        name: &CANON.name,
        version: &CANON.version,
    }
}

/// The address, read only when it is not longer than any the app writes.
fn read_address() -> Hash {
    hash::current(MAX_HASH_CHARS).map_or_else(Hash::refused, |h| Hash::parse(&h))
}

/// Today's fingerprints of a profile's items (what a new sheet is stamped with).
fn fingerprints_of(profile: &goalframes_engine::canon::Profile<'_>) -> Fingerprints {
    // The fingerprints hash the canon quotes only: the same in every language.
    goalframes_engine::drift::fingerprints(&goalframes_engine::build_frames(profile))
}

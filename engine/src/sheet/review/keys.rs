//! How the review's parts are keyed among the sheet's merge registers
//! (see `parts`), and the one order of its logs (check-ins, reopenings) by
//! those keys' write numbers. It names no review type, so that the parts
//! and the logs can both use it.

use std::collections::BTreeMap;

use crate::sheet::Dot;

/// The prefix of every review part's key.
pub(crate) const PREFIX: &str = "review/";
/// The stage with its agreement and review day.
pub(crate) const STAGE: &str = "review/stage";
/// One reopening, by id.
pub(crate) const REOPEN: &str = "review/reopen/";
/// One check-in, by id.
pub(crate) const CHECK_IN: &str = "review/checkin/";
/// One appraisal field of a goal.
pub(crate) const APPRAISAL: &str = "review/appraisal/";
/// One rating of a competency.
pub(crate) const RATING: &str = "review/rating/";

/// Orders a log by date, then by the write that added each entry (one not
/// yet recorded counts as the latest), then by id: the same order in every
/// tab. `prefix` is the log's key prefix ([`CHECK_IN`], [`REOPEN`]).
pub(crate) fn order<T>(
    log: &mut [T],
    edited: &BTreeMap<String, Dot>,
    prefix: &str,
    date: impl Fn(&T) -> &str,
    id: impl Fn(&T) -> &str,
) {
    log.sort_by_cached_key(|entry| {
        let dot = edited.get(&format!("{prefix}{}", id(entry))).cloned();
        (
            date(entry).to_string(),
            dot.is_none(),
            dot,
            id(entry).to_string(),
        )
    });
}

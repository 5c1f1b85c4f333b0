//! Calendar dates as sheets hold them: ISO 8601 `YYYY-MM-DD`, the value a
//! browser's date input gives and an HR system's import takes.
//!
//! A review cycle's dates must be real dates (no 30 February); a ⟨date⟩ slot may
//! hold free text ("end of Q3"), but text shaped like an ISO date must be a real
//! one ([`check_slot`], which the slot rule of `values.rs` applies).

/// Why a date was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY-MM-DD`.
    NotIso,
    /// `YYYY-MM-DD`, but no such day (e.g. `2026-02-30`).
    NoSuchDay,
}

impl crate::message::Message for DateError {
    fn message(&self, t: &crate::message::Catalog) -> String {
        match self {
            DateError::NotIso => t.error_date_not_iso(),
            DateError::NoSuchDay => t.error_date_no_such_day(),
        }
        .to_string()
    }
}

crate::english_display!(DateError);

impl std::error::Error for DateError {}

/// The date in `YYYY-MM-DD`, checked against the calendar.
pub fn parse(value: &str) -> Result<time::Date, DateError> {
    if !looks_iso(value) {
        return Err(DateError::NotIso);
    }
    let number = |range: std::ops::Range<usize>| value[range].parse::<u16>().ok();
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return Err(DateError::NotIso);
    };
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| time::Month::try_from(m).ok())
        .ok_or(DateError::NoSuchDay)?;
    let day = u8::try_from(day).map_err(|_| DateError::NoSuchDay)?;
    time::Date::from_calendar_date(i32::from(year), month, day).map_err(|_| DateError::NoSuchDay)
}

/// Checks a date in `YYYY-MM-DD`.
pub fn check(value: &str) -> Result<(), DateError> {
    parse(value).map(|_| ())
}

/// True for text shaped like `YYYY-MM-DD` (digits and dashes in place),
/// whether or not the day exists.
pub fn looks_iso(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Checks a ⟨date⟩ slot's value: free text is allowed, but text shaped like
/// an ISO date must be a real day.
pub fn check_slot(value: &str) -> Result<(), DateError> {
    if looks_iso(value) {
        check(value)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_days_only() {
        assert!(check("2026-06-30").is_ok());
        assert!(check("2028-02-29").is_ok(), "a leap day");
        assert_eq!(check("2026-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(check("2026-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(check("2026-00-10"), Err(DateError::NoSuchDay));
        assert_eq!(check("2026-04-31"), Err(DateError::NoSuchDay));
        assert_eq!(check("30/06/2026"), Err(DateError::NotIso));
        assert_eq!(check("2026-6-30"), Err(DateError::NotIso));
        assert_eq!(check(""), Err(DateError::NotIso));
        assert!(parse("2026-01-01").unwrap() < parse("2026-12-31").unwrap());
    }

    #[test]
    fn slots_take_free_text_but_not_impossible_days() {
        assert!(check_slot("end of Q3").is_ok());
        assert!(check_slot("2026-06-30").is_ok());
        assert_eq!(check_slot("2026-02-31"), Err(DateError::NoSuchDay));
    }
}

//! Opening a sheet for a profile: which saved sheet a portal's person and
//! period name, and when an edit stamps a sheet with today's canon.

use crate::drift::Fingerprints;
use crate::sheet::Sheet;

impl Sheet {
    /// True when this is a sheet for the profile (`family`, `level`) whose
    /// person and period are the ones given, each compared only when given:
    /// the sheet a portal's context (`#person=…&period=…`) opens.
    pub fn matches(
        &self,
        family: &str,
        level: &str,
        person: Option<&str>,
        period: Option<&str>,
    ) -> bool {
        self.family == family
            && self.level == level
            && person.is_none_or(|p| self.person.as_deref() == Some(p))
            && period.is_none_or(|p| self.period.as_deref() == Some(p))
    }

    /// Stamps a sheet saved before fingerprints were kept (it has none) that
    /// was filled under `canon_version`, today's version: its values were
    /// filled against today's text, so it takes today's `fingerprints`. A
    /// sheet already stamped, or filled under another version, is left as it
    /// is, so that drift keeps showing what changed under it. Returns whether
    /// it stamped.
    pub fn stamp_if_unstamped(
        &mut self,
        canon: &str,
        canon_version: &str,
        fingerprints: impl FnOnce() -> Fingerprints,
    ) -> bool {
        let unstamped = self.fingerprints.is_empty() && self.canon_version == canon_version;
        if unstamped {
            self.stamp(canon, canon_version, fingerprints());
        }
        unstamped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        let mut sheet = Sheet::new("s1", "database-engineering", "P4", "2026.11", "t");
        sheet.set_person("Ada").unwrap();
        sheet.set_period("2026 H1").unwrap();
        sheet
    }

    #[test]
    fn a_portal_context_matches_its_profile_person_and_period() {
        let s = sheet();
        let (f, l) = ("database-engineering", "P4");
        assert!(s.matches(f, l, None, None), "the profile alone");
        assert!(s.matches(f, l, Some("Ada"), None));
        assert!(s.matches(f, l, None, Some("2026 H1")));
        assert!(s.matches(f, l, Some("Ada"), Some("2026 H1")));
        assert!(!s.matches(f, l, Some("Grace"), None), "another person");
        assert!(
            !s.matches(f, l, Some("Ada"), Some("2026 H2")),
            "another period"
        );
        assert!(!s.matches(f, "P5", Some("Ada"), None), "another level");
        assert!(!s.matches("payroll", l, None, None), "another family");
        assert!(
            !s.matches(f, l, Some("ada"), None),
            "names are compared as written"
        );
        let mut unnamed = sheet();
        unnamed.set_person("").unwrap();
        assert!(
            !unnamed.matches(f, l, Some("Ada"), None),
            "a person given needs a sheet with that person"
        );
    }

    #[test]
    fn only_an_unstamped_sheet_of_todays_version_is_stamped() {
        let today = || Fingerprints::from([("smart-1".to_string(), "00ff".to_string())]);
        let mut unstamped = sheet();
        assert!(unstamped.stamp_if_unstamped("JobFrame", "2026.11", today));
        assert_eq!(unstamped.fingerprints, today());
        assert_eq!(unstamped.canon.as_deref(), Some("JobFrame"));

        // Filled under another version: drift must still see the change.
        let mut older = sheet();
        assert!(!older.stamp_if_unstamped("JobFrame", "2027.1", || unreachable!()));
        assert_eq!(older, sheet());

        // Already stamped: its fingerprints are what it was filled against.
        let mut stamped = sheet();
        let then = Fingerprints::from([("smart-1".to_string(), "aa11".to_string())]);
        stamped.stamp("JobFrame", "2026.11", then.clone());
        let before = stamped.clone();
        assert!(!stamped.stamp_if_unstamped("JobFrame", "2026.11", || unreachable!()));
        assert_eq!(stamped, before);
    }
}

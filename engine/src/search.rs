//! Profile search: find a family at a level by its family name, group, title,
//! level code or the canon text itself, as the app's search box does while a
//! person types.
//!
//! Every word of the query must match somewhere in the profile; a match in a
//! name counts for more than a match in the canon text, and an exact level code
//! counts most, so "database p4" puts Database Engineering P4 first.

use crate::canon::{Canon, Profile};

/// How strongly a word matched, by where it matched (higher is better).
const EXACT_CODE: u32 = 60;
const NAME_WORD_START: u32 = 40;
const NAME: u32 = 30;
const GROUP_WORD_START: u32 = 24;
const GROUP: u32 = 18;
const LADDER_TITLE: u32 = 14;
const CODE: u32 = 12;
const CANON_TEXT: u32 = 4;

/// The characters a snippet of canon text shows around a match.
const SNIPPET_CHARS: usize = 90;

/// One profile found by a query.
#[derive(Clone, Debug)]
pub struct Hit<'c> {
    /// The profile.
    pub profile: Profile<'c>,
    /// Its relevance; hits are returned best first.
    pub score: u32,
    /// Canon text that matched where no name did, trimmed around the match.
    pub snippet: Option<String>,
}

/// The profiles matching every word of `query`, best first, at most `limit`.
/// An empty query finds nothing. Builds a throw-away [`SearchIndex`]: callers
/// that search repeatedly (the app, as a person types) keep one instead.
pub fn search<'c>(canon: &'c Canon, query: &str, limit: usize) -> Vec<Hit<'c>> {
    SearchIndex::new(canon).search(query, limit)
}

/// Every profile's searchable fields, lower-cased once. The app builds it on
/// the first search, not at start-up; each keystroke then only scans it.
pub struct SearchIndex<'c> {
    entries: Vec<Entry<'c>>,
}

/// One profile's lower-cased fields.
struct Entry<'c> {
    profile: Profile<'c>,
    name: String,
    title: String,
    group: String,
    ladder: String,
    code: String,
    /// Every canon text the profile quotes, lower-cased, one per line.
    text: String,
}

impl<'c> SearchIndex<'c> {
    /// Lower-cases every profile's fields (work proportional to the canon).
    pub fn new(canon: &'c Canon) -> Self {
        let entries = canon
            .profiles()
            .map(|profile| Entry {
                profile,
                name: profile.family.name.to_lowercase(),
                title: profile
                    .level
                    .title
                    .as_deref()
                    .map(str::to_lowercase)
                    .unwrap_or_default(),
                group: profile.family.group.to_lowercase(),
                ladder: profile.rung.title.to_lowercase(),
                code: profile.level.code.to_lowercase(),
                text: canon_texts(&profile)
                    .collect::<Vec<_>>()
                    .join("\n")
                    .to_lowercase(),
            })
            .collect();
        SearchIndex { entries }
    }

    /// The profiles matching every word of `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'c>> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, u32, &Entry<'c>, Option<&String>)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, entry)| {
                let (score, text_word) = entry.score(&words)?;
                Some((order, score, entry, text_word))
            })
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits.into_iter()
            .take(limit)
            .map(|(_, score, entry, text_word)| Hit {
                profile: entry.profile,
                score,
                // Snippets only for the hits shown: found again in the original text.
                snippet: text_word.and_then(|word| {
                    canon_texts(&entry.profile)
                        .find_map(|text| find_ignoring_case(text, word).map(|at| excerpt(text, at)))
                }),
            })
            .collect()
    }
}

impl<'c> Entry<'c> {
    /// The entry's score for the query words, and the first word found only in
    /// canon text (for a snippet); `None` when a word matches nowhere.
    fn score<'w>(&self, words: &'w [String]) -> Option<(u32, Option<&'w String>)> {
        let mut total = 0;
        let mut text_word = None;
        for word in words {
            let mut best = 0;
            if self.code == *word {
                best = EXACT_CODE;
            }
            for named in [&self.name, &self.title] {
                if word_start(named, word) {
                    best = best.max(NAME_WORD_START);
                } else if named.contains(word.as_str()) {
                    best = best.max(NAME);
                }
            }
            if word_start(&self.group, word) {
                best = best.max(GROUP_WORD_START);
            } else if self.group.contains(word.as_str()) {
                best = best.max(GROUP);
            }
            if self.ladder.contains(word.as_str()) {
                best = best.max(LADDER_TITLE);
            }
            if self.code.contains(word.as_str()) {
                best = best.max(CODE);
            }
            if best == 0 {
                if !self.text.contains(word.as_str()) {
                    return None;
                }
                best = CANON_TEXT;
                text_word.get_or_insert(word);
            }
            total += best;
        }
        Some((total, text_word))
    }
}

/// The canon text a profile's frames quote: responsibilities, component
/// responsibilities, rubrics and the level's dimension texts.
fn canon_texts<'c>(profile: &Profile<'c>) -> impl Iterator<Item = &'c str> {
    let level = profile.level;
    level
        .responsibilities
        .iter()
        .chain(level.component_responsibilities.iter())
        .map(|t| t.as_ref())
        .chain(level.rubrics.iter().map(|r| r.text.as_ref()))
        .chain(profile.rung.dimensions.iter().map(|d| d.text.as_ref()))
}

/// True when `word` starts one of the words of `haystack` (both lower-cased).
fn word_start(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        haystack[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The character index of `word` (lower-cased) in `text`, ignoring case.
fn find_ignoring_case(text: &str, word: &str) -> Option<usize> {
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let needle: Vec<char> = word.chars().collect();
    // Lower-casing can change the length of a few characters; a match found in
    // the lowered text is then only approximately placed, which a snippet tolerates.
    lower
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
}

/// About [`SNIPPET_CHARS`] characters of `text` around character `at`, with an
/// ellipsis where text was cut.
fn excerpt(text: &str, at: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let start = at
        .saturating_sub(SNIPPET_CHARS / 3)
        .min(chars.len() - SNIPPET_CHARS);
    let end = start + SNIPPET_CHARS;
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::{Dimension, DimensionText, Family, FamilyLevel, LadderLevel, Rubric, Text};
    use std::borrow::Cow;

    fn t(s: &str) -> Text {
        Cow::Owned(s.to_string())
    }

    fn level(code: &str, resp: &[&str]) -> FamilyLevel {
        FamilyLevel {
            code: t(code),
            title: None,
            aliases: Vec::new().into(),
            responsibilities: resp.iter().map(|s| t(s)).collect::<Vec<_>>().into(),
            component_responsibilities: Vec::new().into(),
            rubrics: vec![Rubric {
                name: t("complexity/problem-solving"),
                text: t("Resolves systemic issues"),
            }]
            .into(),
        }
    }

    fn canon() -> Canon {
        let rung = |code: &str, title: &str| LadderLevel {
            code: t(code),
            title: t(title),
            dimensions: vec![DimensionText {
                key: t("scope"),
                text: t("A system or set of related features"),
            }]
            .into(),
        };
        Canon {
            name: t("JobFrame"),
            abbrev: t("JFM"),
            version: t("1"),
            notice: None,
            dimensions: vec![Dimension {
                key: t("scope"),
                name: t("Scope"),
            }]
            .into(),
            ladder: vec![
                rung("P3", "Professional"),
                rung("P4", "Senior Professional"),
            ]
            .into(),
            families: vec![
                Family {
                    id: t("data-analytics"),
                    group: t("Data & Database Engineering"),
                    name: t("Data Analytics"),
                    aliases: Vec::new().into(),
                    levels: vec![
                        level("P3", &["Builds dashboards"]),
                        level("P4", &["Owns metrics"]),
                    ]
                    .into(),
                },
                Family {
                    id: t("database-engineering"),
                    group: t("Data & Database Engineering"),
                    name: t("Database Engineering"),
                    aliases: Vec::new().into(),
                    levels: vec![
                        level("P3", &["Tunes queries"]),
                        level("P4", &["Architects complex database systems"]),
                    ]
                    .into(),
                },
            ]
            .into(),
        }
    }

    fn found(canon: &Canon, query: &str) -> Vec<String> {
        search(canon, query, 10)
            .iter()
            .map(|h| format!("{} {}", h.profile.family.id, h.profile.level.code))
            .collect()
    }

    #[test]
    fn family_and_code_put_the_profile_first() {
        let c = canon();
        assert_eq!(found(&c, "database p4")[0], "database-engineering P4");
        // The group ("Data & Database Engineering") matches too, but less strongly.
        assert_eq!(
            found(&c, "Database Engineering P4"),
            ["database-engineering P4", "data-analytics P4"]
        );
    }

    #[test]
    fn every_word_must_match() {
        let c = canon();
        assert!(found(&c, "database nonsense").is_empty());
        assert!(found(&c, "   ").is_empty());
    }

    #[test]
    fn group_and_ladder_title_match() {
        let c = canon();
        assert_eq!(found(&c, "data & database").len(), 4);
        assert_eq!(
            found(&c, "senior professional"),
            ["data-analytics P4", "database-engineering P4"]
        );
    }

    #[test]
    fn canon_text_matches_with_a_snippet() {
        let c = canon();
        let hits = search(&c, "TUNES", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].profile.level.code, "P3");
        assert_eq!(hits[0].snippet.as_deref(), Some("Tunes queries"));
        // A name match carries no snippet.
        assert!(search(&c, "analytics", 10)[0].snippet.is_none());
    }

    #[test]
    fn excerpt_cuts_long_text_around_the_match() {
        let text = "a".repeat(100) + "needle" + &"b".repeat(100);
        let out = excerpt(&text, 100);
        assert!(out.starts_with('…') && out.ends_with('…'));
        assert!(out.contains("needle"));
        assert_eq!(out.chars().count(), SNIPPET_CHARS + 2);
    }

    #[test]
    fn limit_caps_the_hits() {
        let c = canon();
        assert_eq!(search(&c, "data", 3).len(), 3);
    }
}

//! Profile search: find a family at a level the way people name it — by its
//! family name, other names (aliases, e.g. "DBA"), group, title, level code or
//! the canon text itself — as the app's search box does while a person types.
//!
//! - Every word of the query must match somewhere in the profile.
//! - A query word matches the *start* of a word, never its inside ("DBA" does
//!   not match "feedback").
//! - Longer words forgive typos: one in a word of 5 to 7 letters, two from 8
//!   ("databse" finds Database Engineering), in names, aliases, titles and groups.
//! - A match in a name or title counts for more than one in the group, the
//!   ladder title or the canon text; an exact level code counts most, so
//!   "database p4" puts Database Engineering P4 first.

use crate::canon::{Canon, Profile};

/// How strongly a word matched, by where and how it matched (higher is better).
const EXACT_CODE: u32 = 60;
const NAME_WORD: u32 = 50;
const NAME_PREFIX: u32 = 40;
const NAME_TYPO: u32 = 28;
const GROUP_PREFIX: u32 = 20;
const GROUP_TYPO: u32 = 12;
const LADDER_PREFIX: u32 = 14;
const CODE_PREFIX: u32 = 12;
const LADDER_TYPO: u32 = 8;
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

/// Every family's and profile's searchable words, lower-cased once. The app
/// builds it on the first search, not at start-up; each keystroke then scans it.
pub struct SearchIndex<'c> {
    families: Vec<FamilyWords>,
    entries: Vec<Entry<'c>>,
}

/// A family's words, shared by its levels: scored once per query.
struct FamilyWords {
    /// Its name and aliases.
    names: Vec<String>,
    group: Vec<String>,
}

/// One profile's own words.
struct Entry<'c> {
    profile: Profile<'c>,
    family: usize,
    /// Its title (the profile's own, if any) and the level's aliases.
    names: Vec<String>,
    ladder: Vec<String>,
    code: String,
    /// Every canon text the profile quotes, lower-cased, one per line.
    text: String,
}

/// The lower-cased words of a text (runs of letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl<'c> SearchIndex<'c> {
    /// Lower-cases and splits every profile's fields (work proportional to the canon).
    pub fn new(canon: &'c Canon) -> Self {
        let families = canon
            .families
            .iter()
            .map(|f| FamilyWords {
                names: std::iter::once(f.name.as_ref())
                    .chain(f.aliases.iter().map(|a| a.as_ref()))
                    .flat_map(words)
                    .collect(),
                group: words(&f.group),
            })
            .collect();
        let entries = canon
            .profiles()
            .map(|profile| Entry {
                profile,
                family: canon
                    .families
                    .iter()
                    .position(|f| f.id == profile.family.id)
                    .expect("a profile's family is in the canon"),
                names: profile
                    .level
                    .title
                    .iter()
                    .chain(profile.level.aliases.iter())
                    .flat_map(|t| words(t))
                    .collect(),
                ladder: words(&profile.rung.title),
                code: profile.level.code.to_lowercase(),
                text: canon_texts(&profile)
                    .collect::<Vec<_>>()
                    .join("\n")
                    .to_lowercase(),
            })
            .collect();
        SearchIndex { families, entries }
    }

    /// The profiles matching every word of `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'c>> {
        let query = words(query);
        if query.is_empty() {
            return Vec::new();
        }
        // Family words are scored once per family, not once per level.
        let family_scores: Vec<Vec<u32>> = self
            .families
            .iter()
            .map(|f| {
                query
                    .iter()
                    .map(|w| {
                        best(&f.names, w, NAME_WORD, NAME_PREFIX, NAME_TYPO).max(best(
                            &f.group,
                            w,
                            GROUP_PREFIX,
                            GROUP_PREFIX,
                            GROUP_TYPO,
                        ))
                    })
                    .collect()
            })
            .collect();
        let mut hits: Vec<(usize, u32, &Entry<'c>, Option<&String>)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, entry)| {
                let (score, text_word) = entry.score(&query, &family_scores[entry.family])?;
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
    /// The entry's score for the query words (given the family's score for
    /// each), and the first word found only in canon text (for a snippet);
    /// `None` when a word matches nowhere.
    fn score<'w>(&self, query: &'w [String], family: &[u32]) -> Option<(u32, Option<&'w String>)> {
        let mut total = 0;
        let mut text_word = None;
        for (word, family_score) in query.iter().zip(family) {
            let mut score = *family_score;
            if self.code == *word {
                score = score.max(EXACT_CODE);
            } else if self.code.starts_with(word.as_str()) {
                score = score.max(CODE_PREFIX);
            }
            score = score
                .max(best(&self.names, word, NAME_WORD, NAME_PREFIX, NAME_TYPO))
                .max(best(
                    &self.ladder,
                    word,
                    LADDER_PREFIX,
                    LADDER_PREFIX,
                    LADDER_TYPO,
                ));
            if score == 0 {
                if !word_start(&self.text, word) {
                    return None;
                }
                score = CANON_TEXT;
                text_word.get_or_insert(word);
            }
            total += score;
        }
        Some((total, text_word))
    }
}

/// How well `word` matches the best of `candidates`: `whole` for the same
/// word, `prefix` for the start of one, `typo` for one within the typos its
/// length allows; 0 for none.
fn best(candidates: &[String], word: &str, whole: u32, prefix: u32, typo: u32) -> u32 {
    let mut score = 0;
    for candidate in candidates {
        if candidate == word {
            return whole;
        }
        if candidate.starts_with(word) {
            score = score.max(prefix);
        } else if score < typo && within_typos(word, candidate) {
            score = typo;
        }
    }
    score
}

/// The typos a query word of this many letters may hold: none below 5, one up
/// to 7, two from 8.
fn typos_allowed(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// True when `word` is, within the typos its length allows, the start of
/// `candidate` (a letter left out, added, changed, or two swapped). Both
/// lower-cased; the first letters must agree (people rarely mistype the first).
pub fn within_typos(word: &str, candidate: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    let c: Vec<char> = candidate.chars().collect();
    let allowed = typos_allowed(w.len());
    if allowed == 0 || w.first() != c.first() || c.len() + allowed < w.len() {
        return false;
    }
    // Optimal string alignment distance from `word` to every prefix of
    // `candidate` (up to a few letters longer than the word); the best prefix counts.
    let c = &c[..c.len().min(w.len() + allowed)];
    let mut rows: Vec<Vec<usize>> = vec![(0..=c.len()).collect()];
    for i in 1..=w.len() {
        let mut row = vec![i; c.len() + 1];
        for j in 1..=c.len() {
            let cost = usize::from(w[i - 1] != c[j - 1]);
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && w[i - 1] == c[j - 2] && w[i - 2] == c[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    let last = &rows[w.len()];
    // Prefixes much shorter than the word would be matches by deletion only.
    last[w.len().saturating_sub(allowed)..]
        .iter()
        .any(|d| *d <= allowed)
}

/// Splits `text` into runs, marking those that match a word of `query` (the
/// matched start of a word, or a whole word within its typos): for
/// highlighting results. The runs concatenate to `text`.
pub fn highlight<'t>(text: &'t str, query: &str) -> Vec<(bool, &'t str)> {
    let query = words(query);
    let mut out = Vec::new();
    let mut done = 0;
    let mut word_start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric() && at < text.len(), word_start) {
            (true, None) => word_start = Some(at),
            (false, Some(start)) => {
                word_start = None;
                let word = &text[start..at];
                let lower = word.to_lowercase();
                let mark_end = query.iter().find_map(|q| {
                    // Mark just the typed start when lower-casing kept byte offsets.
                    if lower.starts_with(q.as_str()) {
                        Some(if lower.len() == word.len() {
                            start + q.len()
                        } else {
                            at
                        })
                    } else {
                        within_typos(q, &lower).then_some(at)
                    }
                });
                if let Some(end) = mark_end {
                    if done < start {
                        out.push((false, &text[done..start]));
                    }
                    out.push((true, &text[start..end]));
                    done = end;
                }
            }
            _ => {}
        }
    }
    if done < text.len() {
        out.push((false, &text[done..]));
    }
    out
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

/// The character index of `word` (lower-cased) at the start of a word of
/// `text`, ignoring case.
fn find_ignoring_case(text: &str, word: &str) -> Option<usize> {
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let needle: Vec<char> = word.chars().collect();
    // Lower-casing can change the length of a few characters; a match found in
    // the lowered text is then only approximately placed, which a snippet tolerates.
    lower
        .windows(needle.len())
        .enumerate()
        .position(|(at, w)| w == needle.as_slice() && (at == 0 || !lower[at - 1].is_alphanumeric()))
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
            review: Default::default(),
            language: None,
            templates: Default::default(),
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
    fn words_match_at_their_start_only() {
        let c = canon();
        assert!(found(&c, "ueries").is_empty(), "never inside a word");
        assert_eq!(found(&c, "quer"), ["database-engineering P3"]);
        assert!(
            found(&c, "dba").is_empty(),
            "no alias yet, and no 'feedback'-style inner match"
        );
    }

    #[test]
    fn longer_words_forgive_typos() {
        let c = canon();
        assert_eq!(found(&c, "databse p4")[0], "database-engineering P4");
        assert_eq!(
            found(&c, "analitycs")[0],
            "data-analytics P3",
            "two letters swapped"
        );
        assert_eq!(
            found(&c, "dtabase engneering p4")[0],
            "database-engineering P4"
        );
        assert!(
            found(&c, "xatabase").is_empty(),
            "the first letter must agree"
        );
        assert!(
            found(&c, "dat4").is_empty(),
            "short words must match exactly"
        );
        assert!(within_typos("databse", "database"));
        assert!(within_typos("enginering", "engineering"));
        assert!(
            !within_typos("datbse", "database"),
            "two typos in a 6-letter word"
        );
        assert!(within_typos("managment", "management"));
    }

    #[test]
    fn aliases_find_profiles_and_names_rank_above_text() {
        let mut c = canon();
        let mut families = c.families.to_vec();
        families[1].aliases = vec![t("DBA"), t("Database Administrator")].into();
        let mut levels = families[0].levels.to_vec();
        levels[1].aliases = vec![t("Metrics lead")].into();
        families[0].levels = levels.into();
        c.families = families.into();
        assert_eq!(
            found(&c, "DBA"),
            ["database-engineering P3", "database-engineering P4"]
        );
        assert_eq!(found(&c, "administrator p4"), ["database-engineering P4"]);
        assert_eq!(
            found(&c, "metrics")[0],
            "data-analytics P4",
            "a level alias, above the text 'Owns metrics'"
        );
        // A name match outranks a canon-text match.
        let hits = search(&c, "database", 10);
        assert_eq!(hits[0].profile.family.id, "database-engineering");
        assert!(hits[0].score > hits.last().unwrap().score);
    }

    #[test]
    fn highlights_mark_the_matched_starts() {
        let runs = highlight("Database Engineering — P4", "datab eng p4");
        assert_eq!(
            runs,
            [
                (true, "Datab"),
                (false, "ase "),
                (true, "Eng"),
                (false, "ineering — "),
                (true, "P4")
            ]
        );
        let runs = highlight("Database Engineering", "databse");
        assert_eq!(
            runs,
            [(true, "Database"), (false, " Engineering")],
            "a typo marks the whole word"
        );
        assert_eq!(highlight("Payroll", "xyz"), [(false, "Payroll")]);
        assert_eq!(highlight("", "x"), []);
    }

    #[test]
    fn limit_caps_the_hits() {
        let c = canon();
        assert_eq!(search(&c, "data", 3).len(), 3);
    }
}

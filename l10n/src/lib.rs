//! Goalframes in the organisation's language.
//!
//! One [Fluent](https://projectfluent.org) catalog per language,
//! `l10n/locales/<tag>/*.ftl`, holds every word Goalframes says: the frame
//! templates of FRAMES.md, the goal sheet and review wording of every export,
//! the page's text, accessible names and messages. The build script parses
//! them with the Fluent project's parser, checks that every catalog has every
//! key of English with the same variables, and compiles them into static
//! data with one method per key on [`Catalog`]
//! (`catalog(lang).review_mark_as_agreed()`), so that a missing key fails the
//! build and nothing is parsed at run time.
//!
//! What is left at run time is small: putting variables into a pattern, and
//! choosing a plural arm ([`plural`]). Numbers and dates are formatted before
//! they are passed ([`Catalog::screen_number`], [`Catalog::screen_date`]).
#![forbid(unsafe_code)]

#[cfg(feature = "parse")]
pub mod parse;
mod plural;

pub use plural::plural_category;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// A piece of a compiled pattern.
///
/// The build script writes each pattern as one string: text as it is,
/// `\x01name\x01` for a variable and `\x02var\x03key\x04arm…\x02` for a
/// selection; [`Catalog::pieces`] reads it back piece by piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Literal text.
    Text(&'static str),
    /// A variable, by name.
    Var(&'static str),
    /// A choice by a number (plural category or exact value).
    Select(Select),
}

/// `{ $var -> [one] … *[other] … }`, compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Select(&'static str);

impl Select {
    /// The variable chosen by.
    pub fn var(self) -> &'static str {
        self.0.split('\x03').next().unwrap_or_default()
    }

    /// Each arm: its key (a plural category or a whole number), whether it
    /// is the default, and its pattern.
    fn arms(self) -> impl Iterator<Item = (&'static str, bool, Pieces)> {
        self.0.split('\x03').skip(1).map(|arm| {
            let (key, pattern) = arm.split_once('\x04').unwrap_or((arm, ""));
            match key.strip_prefix('*') {
                Some(key) => (key, true, Pieces(pattern)),
                None => (key, false, Pieces(pattern)),
            }
        })
    }
}

/// The pieces of one compiled pattern, in order.
#[derive(Clone, Debug)]
pub struct Pieces(&'static str);

impl Iterator for Pieces {
    type Item = Piece;

    fn next(&mut self) -> Option<Piece> {
        let rest = self.0;
        let mut chars = rest.chars();
        let (piece, len) = match chars.next()? {
            mark @ ('\x01' | '\x02') => {
                let inner = &rest[1..];
                let close = inner.find(mark).unwrap_or(inner.len());
                let body = &inner[..close];
                let piece = if mark == '\x01' {
                    Piece::Var(body)
                } else {
                    Piece::Select(Select(body))
                };
                (piece, (close + 2).min(rest.len()))
            }
            _ => {
                let len = rest.find(['\x01', '\x02']).unwrap_or(rest.len());
                (Piece::Text(&rest[..len]), len)
            }
        };
        self.0 = &rest[len..];
        Some(piece)
    }
}

/// A value for a variable.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Text, put in as it is.
    Text(&'a str),
    /// A whole number: chooses arms, and is written in digits.
    Number(u64),
}

/// One language's catalog (see the crate documentation).
#[derive(Debug)]
pub struct Catalog {
    lang: Lang,
    /// Every pattern, one after the other, in `Id` order.
    patterns: &'static str,
    /// Where each pattern ends in `patterns`.
    ends: &'static [End],
}

static CATALOGS: [Catalog; Lang::ALL.len()] = {
    let mut i = 0;
    // A const loop: one catalog per language, in `Lang::ALL` order.
    let mut out = [const {
        Catalog {
            lang: Lang::ALL[0],
            patterns: "",
            ends: &[],
        }
    }; Lang::ALL.len()];
    while i < Lang::ALL.len() {
        let (patterns, ends) = table(Lang::ALL[i]);
        out[i] = Catalog {
            lang: Lang::ALL[i],
            patterns,
            ends,
        };
        i += 1;
    }
    out
};

/// The catalog of `lang`.
pub fn catalog(lang: Lang) -> &'static Catalog {
    &CATALOGS[lang as usize]
}

impl Catalog {
    /// Its language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The compiled pattern of `id`.
    fn pattern(&self, id: Id) -> &'static str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.patterns[start..self.ends[i] as usize]
    }

    /// The pieces of `id`'s pattern: what the frame builder lays out piece by piece.
    pub fn pieces(&self, id: Id) -> Pieces {
        Pieces(self.pattern(id))
    }

    /// The text of a key without variables (its pattern is its text).
    fn text(&self, id: Id) -> &'static str {
        self.pattern(id)
    }

    /// The text of `id` with `args` put in.
    pub fn format(&self, id: Id, args: &[(&str, Arg<'_>)]) -> String {
        let mut out = String::new();
        self.write(self.pieces(id), args, &mut out);
        out
    }

    fn write(&self, pieces: Pieces, args: &[(&str, Arg<'_>)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var(name) => match arg(name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                    None => {}
                },
                Piece::Select(select) => {
                    let n = match arg(select.var()) {
                        Some(Arg::Number(n)) => n,
                        _ => 0,
                    };
                    let exact = n.to_string();
                    let category = plural_category(self.lang, n);
                    let arm = select
                        .arms()
                        .find(|(key, _, _)| *key == exact)
                        .or_else(|| select.arms().find(|(key, _, _)| *key == category))
                        .or_else(|| select.arms().find(|(_, default, _)| *default));
                    if let Some((_, _, pattern)) = arm {
                        self.write(pattern, args, out);
                    }
                }
            }
        }
    }

    /// A decimal number as the page shows it: `75.0` → `75,0` where the
    /// language writes a decimal comma. Files keep plain numbers.
    pub fn screen_number(&self, plain: &str) -> String {
        plain.replace('.', self.format_decimal_separator())
    }

    /// Text the engine wrote for a file (plain numbers, ISO dates) as the
    /// page shows it: every `YYYY-MM-DD` by [`Catalog::screen_date`], every
    /// decimal point between digits by [`Catalog::screen_number`]. For the
    /// engine's own sentences and figures, never for canon text or what a
    /// person typed into a field.
    pub fn screen_text(&self, text: &str) -> String {
        let separator = self.format_decimal_separator();
        if separator == "." && self.screen_date("2000-01-02") == "2000-01-02" {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let boundary = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
            let iso = boundary
                && (0..10).all(|k| {
                    if k == 4 || k == 7 {
                        chars.get(i + k) == Some(&'-')
                    } else {
                        digit(i + k)
                    }
                })
                && !chars.get(i + 10).is_some_and(|c| c.is_ascii_alphanumeric());
            if iso {
                let date: String = chars[i..i + 10].iter().collect();
                out.push_str(&self.screen_date(&date));
                i += 10;
            } else if chars[i] == '.' && i > 0 && digit(i - 1) && digit(i + 1) {
                out.push_str(separator);
                i += 1;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        out
    }

    /// A date typed as the page shows dates (`01.07.2026`, or `1.7.2026`) as
    /// ISO (`2026-07-01`), by the catalog's `format-date`; anything else
    /// (an ISO date, free text, a date that is not in that shape) is
    /// returned as typed, for the caller's own rule to judge.
    pub fn read_date(&self, typed: &str) -> String {
        let mut rest = typed;
        let (mut day, mut month, mut year) = (None, None, None);
        for piece in self.pieces(Id::FormatDate) {
            match piece {
                Piece::Text(text) => match rest.strip_prefix(text) {
                    Some(after) => rest = after,
                    None => return typed.to_string(),
                },
                Piece::Var(name) => {
                    let digits =
                        rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                    let (number, after) = rest.split_at(digits);
                    let fits = match name {
                        "year" => number.len() == 4,
                        _ => (1..=2).contains(&number.len()),
                    };
                    if !fits {
                        return typed.to_string();
                    }
                    match name {
                        "day" => day = Some(number),
                        "month" => month = Some(number),
                        _ => year = Some(number),
                    }
                    rest = after;
                }
                Piece::Select(_) => return typed.to_string(),
            }
        }
        match (day, month, year) {
            (Some(d), Some(m), Some(y)) if rest.is_empty() => format!("{y}-{m:0>2}-{d:0>2}"),
            _ => typed.to_string(),
        }
    }

    /// An ISO date (`2026-07-01`) as the page shows it (`01.07.2026`), by the
    /// catalog's `format-date`; anything else is returned as it is. Files
    /// keep ISO dates.
    pub fn screen_date(&self, iso: &str) -> String {
        let mut parts = iso.splitn(3, '-');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d))
                if y.len() == 4
                    && m.len() == 2
                    && d.len() == 2
                    && iso.bytes().all(|b| b.is_ascii_digit() || b == b'-') =>
            {
                self.format_date(d, m, y)
            }
            _ => iso.to_string(),
        }
    }
}

impl Lang {
    /// The language of a BCP 47 tag by its primary subtag (`de-CH` → German),
    /// when Goalframes speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of `tags` (a browser's `navigator.languages`, say) that
    /// Goalframes speaks.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }

    /// Its name in itself (`Deutsch`), for the language switch.
    pub fn name(self) -> &'static str {
        catalog(self).language_name()
    }

    /// Its catalog.
    pub fn catalog(self) -> &'static Catalog {
        catalog(self)
    }
}

/// The page's language: the first that says one of the address's or
/// portal's `lang` option (`asked`), the choice stored in the browser, the
/// canon's declared language, the browser's languages (`navigator.languages`,
/// in its order); else English.
pub fn page_language(
    asked: Option<Lang>,
    stored: Option<&str>,
    canon: Option<Lang>,
    browser: &[String],
) -> Lang {
    asked
        .or_else(|| stored.and_then(Lang::from_tag))
        .or(canon)
        .or_else(|| Lang::negotiate(browser.iter().map(String::as_str)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_has_every_key_with_text() {
        for lang in Lang::ALL {
            for id in Id::ALL {
                assert!(
                    !catalog(lang).pattern(id).is_empty(),
                    "{}: `{}` is empty",
                    lang.tag(),
                    id.key()
                );
            }
        }
    }

    #[test]
    fn selections_choose_by_exact_number_then_plural_category() {
        let en = catalog(Lang::En);
        assert_eq!(en.search_found(0), "No profile matches.");
        assert_eq!(en.search_found(1), "1 profile found.");
        assert_eq!(en.search_found(12), "12 profiles found.");
        assert_eq!(
            en.roster_started(2, "team.csv"),
            "Started 2 sheets from “team.csv”."
        );
        // French counts 0 and 1 alike: `one`.
        let fr = catalog(Lang::Fr);
        assert_eq!(
            fr.finder_families(0),
            fr.finder_families(1).replace('1', "0")
        );
        assert_ne!(
            fr.finder_families(2),
            fr.finder_families(1).replace('1', "2")
        );
    }

    #[test]
    fn a_pattern_reads_back_as_its_pieces() {
        let pieces: Vec<Piece> = catalog(Lang::En).pieces(Id::ImportDone).collect();
        assert_eq!(
            pieces,
            [
                Piece::Text("Imported “"),
                Piece::Var("name"),
                Piece::Text("”.")
            ]
        );
        let Some(Piece::Select(select)) = catalog(Lang::En).pieces(Id::SearchFound).next() else {
            panic!("search-found starts with a selection");
        };
        assert_eq!(select.var(), "count");
        let arms: Vec<(&str, bool)> = select.arms().map(|(k, d, _)| (k, d)).collect();
        assert_eq!(arms, [("0", false), ("one", false), ("other", true)]);
    }

    #[test]
    fn tags_and_negotiation() {
        assert_eq!(Lang::from_tag("de-CH"), Some(Lang::De));
        assert_eq!(Lang::from_tag("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("pt-BR"), None);
        assert_eq!(Lang::negotiate(["pt-BR", "es-419", "en"]), Some(Lang::Es));
        assert_eq!(Lang::negotiate(["ja"]), None);
        assert_eq!(Lang::default(), Lang::En);
    }

    #[test]
    fn the_page_language_is_the_first_choice_that_says_one() {
        let browser = ["pt-BR".to_string(), "fr-CA".to_string()];
        assert_eq!(
            page_language(Some(Lang::Es), Some("de"), Some(Lang::En), &browser),
            Lang::Es
        );
        assert_eq!(
            page_language(None, Some("de"), Some(Lang::En), &browser),
            Lang::De
        );
        assert_eq!(
            page_language(None, Some("xx"), Some(Lang::En), &browser),
            Lang::En
        );
        assert_eq!(page_language(None, None, None, &browser), Lang::Fr);
        assert_eq!(page_language(None, None, None, &[]), Lang::En);
    }

    #[test]
    fn screen_dates_and_numbers() {
        assert_eq!(catalog(Lang::En).screen_date("2026-07-01"), "2026-07-01");
        assert_eq!(catalog(Lang::De).screen_date("2026-07-01"), "01.07.2026");
        assert_eq!(catalog(Lang::Fr).screen_date("2026-07-01"), "01/07/2026");
        assert_eq!(catalog(Lang::Es).screen_date("2026-07-01"), "01/07/2026");
        assert_eq!(catalog(Lang::De).screen_date("soon"), "soon");
        assert_eq!(catalog(Lang::De).read_date("01.07.2026"), "2026-07-01");
        assert_eq!(catalog(Lang::De).read_date("1.7.2026"), "2026-07-01");
        assert_eq!(catalog(Lang::Fr).read_date("30/06/2027"), "2027-06-30");
        assert_eq!(
            catalog(Lang::Es).read_date("31/02/2027"),
            "2027-02-31",
            "the calendar is the caller's rule"
        );
        for typed in [
            "2026-07-01",
            "Ende Q3",
            "01.07.26",
            "01.07.2026 ",
            "001.07.2026",
            "",
        ] {
            assert_eq!(catalog(Lang::De).read_date(typed), typed);
        }
        assert_eq!(catalog(Lang::En).read_date("2026-07-01"), "2026-07-01");
        for lang in Lang::ALL {
            let t = catalog(lang);
            assert_eq!(
                t.read_date(&t.screen_date("2027-12-31")),
                "2027-12-31",
                "{}",
                lang.tag()
            );
        }
        assert_eq!(catalog(Lang::En).screen_number("75.0"), "75.0");
        assert_eq!(catalog(Lang::De).screen_number("75.0"), "75,0");
        assert_eq!(
            catalog(Lang::De).screen_text("2026-07-01 · 330 ms: (250 − 400) = 75.0 %, v1.2"),
            "01.07.2026 · 330 ms: (250 − 400) = 75,0 %, v1,2"
        );
        let en = "2026-07-01 · 75.0 %";
        assert_eq!(catalog(Lang::En).screen_text(en), en);
    }
}

//! The canon model: an organisation's job architecture, validated and ready to quote.
//!
//! Text is held as [`Text`] (`Cow<'static, str>`) and lists as [`List`] so that the
//! same types serve a canon loaded at run time (owned) and the canon embedded at
//! build time as static data (borrowed: nothing is parsed or copied at start-up).

use std::borrow::Cow;

#[cfg(feature = "load")]
pub mod codegen;
pub mod diagnostic;
#[cfg(feature = "load")]
pub mod load;
pub mod review;
pub mod rules;
#[cfg(feature = "spreadsheet")]
pub mod spreadsheet;
pub mod templates;

pub use diagnostic::{Diagnostic, Severity};
pub use goalframes_l10n::Lang;
pub use review::ReviewRules;
pub use templates::{TemplatePiece, TemplateWording};

/// Canon text, quoted verbatim: borrowed when embedded, owned when loaded.
pub type Text = Cow<'static, str>;
/// An ordered list, borrowed when embedded, owned when loaded.
pub type List<T> = Cow<'static, [T]>;

/// The rubric that scopes a SMART goal's Achievable line.
pub const RUBRIC_COMPLEXITY: &str = "complexity/problem-solving";
/// The rubric that grounds an MBO area's Standard line.
pub const RUBRIC_KNOWLEDGE: &str = "knowledge-application";
/// The rubric names the frames use; any other name is kept but warned about.
pub const KNOWN_RUBRICS: [&str; 2] = [RUBRIC_COMPLEXITY, RUBRIC_KNOWLEDGE];
/// The dimension key the MBO Standard falls back to.
pub const DECISION_RIGHTS: &str = "decision_rights";

/// A whole canon: metadata, level dimensions, the level ladder and the job families.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Canon {
    /// Shown in the app and the preamble ("verbatim {name} canon text").
    pub name: Text,
    /// Used in provenance tags and, lower-cased, in rubric names.
    pub abbrev: Text,
    /// Free text, stamped into every saved or exported sheet.
    pub version: Text,
    /// Optional banner, e.g. "this is a sample canon".
    pub notice: Option<Text>,
    /// Level dimensions in canon order.
    pub dimensions: List<Dimension>,
    /// The level ladder in ladder order.
    pub ladder: List<LadderLevel>,
    /// Job families in file-path order.
    pub families: List<Family>,
    /// How a review is rated and scored: the `[review]` table, else
    /// [`ReviewRules::DEFAULT`].
    pub review: ReviewRules,
    /// The language its text is written in (`language = "de"`), when it
    /// says; a canon that does not is English.
    pub language: Option<Lang>,
    /// Its own wording of frame templates (`[templates]`), in its language.
    pub templates: List<TemplateWording>,
}

/// A level dimension such as Scope or Decision rights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dimension {
    /// Identifier used in `[level.dimensions]`.
    pub key: Text,
    /// Display name, as written.
    pub name: Text,
}

/// One rung of the ladder, e.g. P4 "Senior Professional".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LadderLevel {
    /// Unique code, e.g. "P4".
    pub code: Text,
    /// Ladder title, e.g. "Senior Professional".
    pub title: Text,
    /// This level's text per dimension, in canon dimension order; absent ones left out.
    pub dimensions: List<DimensionText>,
}

/// A level's text for one dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionText {
    /// The dimension's key.
    pub key: Text,
    /// The level's text for it.
    pub text: Text,
}

/// A job family and the levels it defines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Family {
    /// Unique id, `[a-z0-9-]+`.
    pub id: Text,
    /// Job family group, free text.
    pub group: Text,
    /// Job family name.
    pub name: Text,
    /// Other names people use for the family (e.g. "DBA"), for search.
    pub aliases: List<Text>,
    /// The levels this family has, in file order.
    pub levels: List<FamilyLevel>,
}

/// What a family says for one level: the text that frames quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyLevel {
    /// A code declared in the ladder.
    pub code: Text,
    /// Optional display title of this profile.
    pub title: Option<Text>,
    /// Other names people use for this profile (e.g. "Senior DBA"), for search.
    pub aliases: List<Text>,
    /// Core outputs, ordered.
    pub responsibilities: List<Text>,
    /// Distinct responsibility content used for MBO areas.
    pub component_responsibilities: List<Text>,
    /// Leveling rubrics, in file order.
    pub rubrics: List<Rubric>,
}

/// A named leveling rubric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rubric {
    /// e.g. "complexity/problem-solving".
    pub name: Text,
    /// The rubric text.
    pub text: Text,
}

/// A family at one level: what one person in that job is measured against.
#[derive(Clone, Copy, Debug)]
pub struct Profile<'c> {
    /// The canon it belongs to.
    pub canon: &'c Canon,
    /// The job family.
    pub family: &'c Family,
    /// The family's own text for the level.
    pub level: &'c FamilyLevel,
    /// The ladder rung (title, dimensions).
    pub rung: &'c LadderLevel,
}

impl Canon {
    /// How reviews on this canon are rated and scored: its `[review]`
    /// table, else the default (see [`review`]).
    pub fn review_rules(&self) -> &ReviewRules {
        &self.review
    }

    /// The language its text is written in: as declared, else English.
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_default()
    }

    /// The family with this id.
    pub fn family(&self, id: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.id == id)
    }

    /// The ladder rung with this code.
    pub fn rung(&self, code: &str) -> Option<&LadderLevel> {
        self.ladder.iter().find(|l| l.code == code)
    }

    /// The profile for a family id and level code, if the family has that level.
    pub fn profile(&self, family: &str, level: &str) -> Option<Profile<'_>> {
        let family = self.family(family)?;
        let level = family.levels.iter().find(|l| l.code == level)?;
        let rung = self.rung(&level.code)?;
        Some(Profile {
            canon: self,
            family,
            level,
            rung,
        })
    }

    /// The profile for a family id and level code, or the message naming the
    /// families (or the family's levels) that exist, nearest first.
    pub fn find_profile(&self, family: &str, level: &str) -> Result<Profile<'_>, String> {
        let fam = self.family(family).ok_or_else(|| {
            crate::suggest::unknown(
                "family",
                family,
                self.families.iter().map(|f| f.id.as_ref()),
            )
        })?;
        self.profile(family, level).ok_or_else(|| {
            crate::suggest::unknown(
                &format!("level for family \"{family}\""),
                level,
                fam.levels.iter().map(|l| l.code.as_ref()),
            )
        })
    }

    /// Every profile, families in canon order and levels in family order.
    pub fn profiles(&self) -> impl Iterator<Item = Profile<'_>> + '_ {
        self.families.iter().flat_map(move |family| {
            family.levels.iter().filter_map(move |level| {
                self.rung(&level.code).map(|rung| Profile {
                    canon: self,
                    family,
                    level,
                    rung,
                })
            })
        })
    }

    /// The dimension declared with this key.
    pub fn dimension(&self, key: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.key == key)
    }
}

impl LadderLevel {
    /// This level's text for a dimension key.
    pub fn dimension_text(&self, key: &str) -> Option<&str> {
        self.dimensions
            .iter()
            .find(|d| d.key == key)
            .map(|d| d.text.as_ref())
    }
}

impl FamilyLevel {
    /// The text of a named rubric.
    pub fn rubric(&self, name: &str) -> Option<&str> {
        self.rubrics
            .iter()
            .find(|r| r.name == name)
            .map(|r| r.text.as_ref())
    }
}

impl<'c> Profile<'c> {
    /// The family's next level in ladder order (the career step), if it has one.
    pub fn next_level(&self) -> Option<Profile<'c>> {
        let canon = self.canon;
        let position = |code: &str| canon.ladder.iter().position(|l| l.code == code);
        let here = position(&self.level.code)?;
        self.family
            .levels
            .iter()
            .filter_map(|l| Some((position(&l.code)?, l)))
            .filter(|(at, _)| *at > here)
            .min_by_key(|(at, _)| *at)
            .and_then(|(_, l)| canon.profile(&self.family.id, &l.code))
    }

    /// The profile's own title, else "{family} — {code}".
    pub fn display_title(&self) -> String {
        match &self.level.title {
            Some(title) => title.to_string(),
            None => format!("{} — {}", self.family.name, self.level.code),
        }
    }
}

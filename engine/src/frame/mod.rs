//! The frame model: what FRAMES.md calls frames, as data every renderer reads.
//!
//! A [`ProfileFrames`] holds a profile's header lines, its preamble and its four
//! [`Frame`]s. A frame is blocks of [`Line`]s (blocks are separated by an empty
//! line in text). Each line names its fixed [`Template`] and is a sequence of
//! [`Segment`]s: fixed template text, canon [`Quote`]s with provenance, and slots
//! (⟨baseline⟩ / ⟨target⟩ / ⟨date⟩) that belong to an [`Item`]. Concatenating a
//! line's segments gives its text line; views use the [`Part`] of each segment to
//! lay the same content out differently.

mod build;

pub use build::{build_frames, build_frames_in};

use goalframes_l10n::{catalog, Id, Lang};

use crate::canon::Text;

/// The four goal frames, in page order.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum FrameKind {
    /// SMART goals.
    Smart,
    /// OKRs.
    Okr,
    /// MBO key result areas.
    Mbo,
    /// Balanced Scorecard.
    Scorecard,
}

impl FrameKind {
    /// All four, in page order.
    pub const ALL: [FrameKind; 4] = [
        FrameKind::Smart,
        FrameKind::Okr,
        FrameKind::Mbo,
        FrameKind::Scorecard,
    ];

    /// Identifier used in URLs, file names and the CLI (`smart`, `okr`, `mbo`, `scorecard`).
    pub fn id(self) -> &'static str {
        match self {
            FrameKind::Smart => "smart",
            FrameKind::Okr => "okr",
            FrameKind::Mbo => "mbo",
            FrameKind::Scorecard => "scorecard",
        }
    }

    /// The frame for an identifier.
    pub fn from_id(id: &str) -> Option<FrameKind> {
        FrameKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The catalog keys of its heading, intro and empty sentence.
    pub(crate) fn ids(self) -> [Id; 3] {
        match self {
            FrameKind::Smart => [Id::FrameSmart, Id::FrameSmartIntro, Id::FrameSmartEmpty],
            FrameKind::Okr => [Id::FrameOkr, Id::FrameOkrIntro, Id::FrameOkrEmpty],
            FrameKind::Mbo => [Id::FrameMbo, Id::FrameMboIntro, Id::FrameMboEmpty],
            FrameKind::Scorecard => [
                Id::FrameScorecard,
                Id::FrameScorecardIntro,
                Id::FrameScorecardEmpty,
            ],
        }
    }
}

/// A slot the manager fills: ⟨baseline⟩, ⟨target⟩ or ⟨date⟩.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SlotKind {
    /// Where the metric starts.
    Baseline,
    /// Where it should get to.
    Target,
    /// By when.
    Date,
}

impl SlotKind {
    /// All three, in the order items list them.
    pub const ALL: [SlotKind; 3] = [SlotKind::Baseline, SlotKind::Target, SlotKind::Date];

    /// The placeholder shown while the slot is unfilled, brackets included
    /// (`⟨target⟩`), in `lang`.
    pub fn placeholder(self, lang: Lang) -> &'static str {
        let t = catalog(lang);
        match self {
            SlotKind::Baseline => t.slot_baseline(),
            SlotKind::Target => t.slot_target(),
            SlotKind::Date => t.slot_date(),
        }
    }

    /// The slot with this identifier.
    pub fn from_id(id: &str) -> Option<SlotKind> {
        SlotKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Identifier (`baseline`, `target`, `date`).
    pub fn id(self) -> &'static str {
        match self {
            SlotKind::Baseline => "baseline",
            SlotKind::Target => "target",
            SlotKind::Date => "date",
        }
    }

    /// Label for people and screen readers ("Target"), in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = catalog(lang);
        match self {
            SlotKind::Baseline => t.slot_baseline_label(),
            SlotKind::Target => t.slot_target_label(),
            SlotKind::Date => t.slot_date_label(),
        }
    }
}

/// A stable key naming an item within a profile, e.g. `smart-2`, `okr-1-kr2`,
/// `mbo-3`, `scorecard-internal-1`, `scorecard-calibration-scope`.
pub type ItemKey = String;

/// The prefix of own goals' keys (`own-…`), which no frame item uses: an
/// own goal's slots live beside the frames' without ever being frame text.
pub const OWN_GOAL_PREFIX: &str = "own-";

/// True for the key of one of the person's own goals (`own-…`): the one
/// test that tells own goals' keys from the frames' item and goal keys.
pub fn is_own_goal_key(key: &str) -> bool {
    key.starts_with(OWN_GOAL_PREFIX)
}

/// Something a manager fills: a SMART goal, an OKR key result, an MBO area or a scorecard row.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Item {
    /// Stable key, unique within the profile.
    pub key: ItemKey,
    /// Human label, e.g. "SMART goal 2"; inputs are labelled "Target, SMART goal 2".
    pub label: String,
    /// The slots its lines use, in [`SlotKind::ALL`] order.
    pub slots: Vec<SlotKind>,
}

/// Which fixed template a line is (FRAMES.md, line by line).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    /// `{display title}` alone.
    DisplayTitle,
    /// `Goal templates — {display title}`.
    Heading,
    /// `{group} · {family} · {code} — {title}`.
    Breadcrumb,
    /// The promise shown above every frame set.
    Preamble,
    /// `{n}. {resp}  [source: …]`
    SmartTitle,
    /// `   Specific:    Deliver: "{resp}"`
    SmartSpecific,
    /// `   Measurable:  Move the metric this drives from ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩.`
    SmartMeasurable,
    /// `   Achievable:  Scoped to this level's {abbrev} complexity/problem-solving rubric: "{rubric}"`
    SmartAchievable,
    /// `   Relevant:    Advances the {group} · {family} mandate for a {code} — {title}.`
    SmartRelevant,
    /// `   Time-bound:  ⟨date⟩`
    SmartTimeBound,
    /// `Objective {n}: {resp}  [source: …]`
    OkrObjective,
    /// `  KR1. From ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩ — tied to: "{resp}"`
    OkrKr1,
    /// `  KR2. Evidence at this level's {dim} bar: "{dimtext}" — ⟨target⟩ by ⟨date⟩`
    OkrKr2,
    /// `{n}. Area: {component}  [source: responsibility (component)]`
    MboAreaComponent,
    /// `{n}. Area: {resp}  [source: … — reused, no distinct responsibility content]`
    MboAreaReused,
    /// `   Standard: Consistent with this level's {abbrev} knowledge-application rubric: "{rubric}"`
    MboStandardRubric,
    /// `   Standard: Consistent with this level's {dim}: "{dimtext}"`
    MboStandardDecisionRights,
    /// `   Target:   ⟨target⟩   Due: ⟨date⟩`
    MboTargetDue,
    /// A scorecard perspective heading: `Internal process` or `Role calibration`.
    ScorecardPerspective,
    /// `  - "{resp}"  →  ⟨target⟩ by ⟨date⟩   [source: …]`
    ScorecardInternal,
    /// `  - Meets the {dim} bar: "{dimtext}"  →  ⟨target⟩ by ⟨date⟩   [source: level dimension ({Dim})]`
    ScorecardCalibration,
    /// `Grow to the {next code} {dim} bar: "{next dimtext}" — from ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩   [source: level dimension ({Dim}), {next code}]`
    Growth,
}

/// Whose words a line's fixed text is, and in which language: a language's
/// templates, or the canon's own (`[templates]` in `canon.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// The catalog's template in this language.
    Template(Lang),
    /// The canon's own wording of the template, in its language.
    Canon(Lang),
}

impl Wording {
    /// As provenance names it: `template (de)`, `template (canon)`.
    pub fn describe(self) -> String {
        match self {
            Wording::Template(lang) => format!("template ({})", lang.tag()),
            Wording::Canon(_) => "template (canon)".to_string(),
        }
    }

    /// The language of the line.
    pub fn lang(self) -> Lang {
        match self {
            Wording::Template(lang) | Wording::Canon(lang) => lang,
        }
    }
}

impl serde::Serialize for Wording {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.describe())
    }
}

/// How a segment is laid out by views other than plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Text-block layout only: numbering, indentation, row labels, tag brackets.
    Layout,
    /// The line's content, shown in every view.
    Body,
    /// The provenance tag's content (`JFM responsibility (P4)`), shown as the line's source.
    Source,
}

/// The canon field a quote comes from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Field {
    /// `canon.toml` `name`.
    CanonName,
    /// `canon.toml` `abbrev`.
    Abbrev,
    /// A family's `group`.
    FamilyGroup,
    /// A family's `name`.
    FamilyName,
    /// A level `code`.
    LevelCode,
    /// The ladder level's `title`.
    LevelTitle,
    /// The family level's own display `title`.
    ProfileTitle,
    /// `responsibilities[index]`.
    Responsibility {
        /// 0-based position.
        index: usize,
    },
    /// `component_responsibilities[index]`.
    ComponentResponsibility {
        /// 0-based position.
        index: usize,
    },
    /// `rubrics."{name}"`.
    Rubric {
        /// The rubric name.
        name: Text,
    },
    /// The ladder level's `dimensions.{key}` text.
    DimensionText {
        /// The dimension key.
        key: Text,
    },
    /// A dimension's `name`.
    DimensionName {
        /// The dimension key.
        key: Text,
    },
}

/// How quoted canon text is cased in the line (FRAMES.md's `{abbrev}` and `{dim}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    /// Verbatim.
    AsWritten,
    /// Lower-cased (`{abbrev}`, `{dim}`).
    Lower,
}

/// Canon text inserted into a template, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    /// The text as it appears in the line.
    pub text: Text,
    /// The canon field.
    #[serde(flatten)]
    pub field: Field,
    /// The family id, for family fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<Text>,
    /// The level code, for level fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Text>,
    /// Verbatim or lower-cased.
    pub case: Case,
}

/// What a segment holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// Fixed template text (the catalog's, or the canon's own wording).
    Fixed(Text),
    /// An item ordinal (`1.`, `Objective 2:`).
    Number(usize),
    /// Canon text.
    Quote(Quote),
    /// A slot of the line's item.
    Slot(SlotKind),
}

/// One run of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// How views lay it out.
    pub part: Part,
    /// What it holds.
    pub content: Content,
}

/// One line of a frame's text block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Its fixed template.
    pub template: Template,
    /// Whose words its fixed text is.
    pub wording: Wording,
    /// The row label a view shows beside it ("Specific", "KR1"), where the
    /// page has one.
    pub label: Option<Text>,
    /// Its runs, in order.
    pub segments: Vec<Segment>,
    /// The item whose slots it uses (or belongs to), if any.
    pub item: Option<ItemKey>,
}

impl Line {
    /// The canon quotes in this line.
    pub fn quotes(&self) -> impl Iterator<Item = &Quote> {
        self.segments.iter().filter_map(|s| match &s.content {
            Content::Quote(q) => Some(q),
            _ => None,
        })
    }

    /// The slots this line shows.
    pub fn slots(&self) -> impl Iterator<Item = SlotKind> + '_ {
        self.segments.iter().filter_map(|s| match s.content {
            Content::Slot(k) => Some(k),
            _ => None,
        })
    }
}

/// Lines printed together; blocks are separated by one empty line in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The block's lines.
    pub lines: Vec<Line>,
}

/// An MBO area's lines as a table row: Area | Standard | Target and Due.
#[derive(Clone, Copy, Debug)]
pub struct MboRow<'f> {
    /// The area line (from a component or a reused core output).
    pub area: Option<&'f Line>,
    /// The standard line, when the canon backs one.
    pub standard: Option<&'f Line>,
    /// The line holding the target and due slots.
    pub target_due: Option<&'f Line>,
}

impl Block {
    /// The first line whose template is one of `templates`.
    pub fn line(&self, templates: &[Template]) -> Option<&Line> {
        self.lines.iter().find(|l| templates.contains(&l.template))
    }

    /// This block read as an MBO area's table row.
    pub fn mbo_row(&self) -> MboRow<'_> {
        MboRow {
            area: self.line(&[Template::MboAreaComponent, Template::MboAreaReused]),
            standard: self.line(&[
                Template::MboStandardRubric,
                Template::MboStandardDecisionRights,
            ]),
            target_due: self.line(&[Template::MboTargetDue]),
        }
    }
}

/// One goal frame of a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// Which frame.
    pub kind: FrameKind,
    /// Its heading and landmark name ("SMART goals").
    pub title: Text,
    /// The fixed sentence under its heading.
    pub intro: Text,
    /// The fixed sentence shown instead of it when it is empty: which canon
    /// field the profile lacks.
    pub empty: Text,
    /// Its blocks (empty for an empty frame).
    pub blocks: Vec<Block>,
    /// The items its lines fill, in order of first appearance.
    pub items: Vec<Item>,
}

impl Frame {
    /// True when the canon backs no row of this frame.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The item with this key.
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    /// Every line, block by block.
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.blocks.iter().flat_map(|b| b.lines.iter())
    }
}

/// Everything shown for one profile: header, preamble and the four frames.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileFrames {
    /// The language its templates are in: every export of it speaks it.
    pub lang: Lang,
    /// The canon's name, abbreviation, version and notice, stamped on every export.
    pub canon: CanonStamp,
    /// The family id.
    pub family: Text,
    /// The level code.
    pub level: Text,
    /// The display title alone (e.g. `Database Engineering — P4`).
    pub display_title: Line,
    /// `Goal templates — {display title}`.
    pub heading: Line,
    /// `{group} · {family} · {code} — {title}`.
    pub breadcrumb: Line,
    /// The promise shown above the frames.
    pub preamble: Line,
    /// SMART, OKR, MBO and Scorecard, in that order.
    pub frames: [Frame; 4],
    /// What changes at the family's next level, when it has one.
    pub growth: Option<Growth>,
}

/// The family's next level (in ladder order) and the dimension texts that
/// change there: development goals a manager can keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Growth {
    /// The next level's code.
    pub code: Text,
    /// Its ladder title.
    pub title: Text,
    /// Its display title as a profile (its own title, else "{family} — {code}").
    pub display_title: String,
    /// One line per dimension whose text differs, in canon dimension order.
    pub lines: Vec<Line>,
    /// One item per line, keyed `growth-{dimension key}`.
    pub items: Vec<Item>,
}

impl ProfileFrames {
    /// The catalog of its language.
    pub fn catalog(&self) -> &'static goalframes_l10n::Catalog {
        catalog(self.lang)
    }

    /// The frame of this kind.
    pub fn frame(&self, kind: FrameKind) -> &Frame {
        // `frames` holds the kinds in `FrameKind::ALL` order.
        &self.frames[kind as usize]
    }

    /// Every item of every frame.
    pub fn items(&self) -> impl Iterator<Item = (&Frame, &Item)> {
        self.frames
            .iter()
            .flat_map(|f| f.items.iter().map(move |i| (f, i)))
    }

    /// The next level's items (development goals), if the family has a next level.
    pub fn growth_items(&self) -> impl Iterator<Item = &Item> {
        self.growth.iter().flat_map(|g| g.items.iter())
    }
}

/// What exports say about the canon a profile's frames came from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CanonStamp {
    /// The canon's name.
    pub name: Text,
    /// Its abbreviation.
    pub abbrev: Text,
    /// Its version.
    pub version: Text,
    /// Its notice, if any (e.g. "this is a sample canon").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Text>,
}

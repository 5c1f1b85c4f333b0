//! Builds a profile's frames from the canon, rule by rule as FRAMES.md states them.
//! Rows the canon does not back are omitted, never invented.
//!
//! The words are the catalog's templates in the frames' language
//! (`l10n/locales/<lang>/frames.ftl`), or the canon's own wording of a
//! template in its language ([`Wording`]); this module lays them out: which
//! lines an item has, numbering, indentation, the column row labels align
//! to, and what each template's variables quote.

use goalframes_l10n::{catalog, Catalog, Id, Lang, Piece};

use super::{
    Block, CanonStamp, Case, Content, Field, Frame, FrameKind, Item, Line, Part, ProfileFrames,
    Quote, Segment, SlotKind, Template, Wording,
};
use crate::canon::{
    DimensionText, Profile, TemplatePiece, Text, DECISION_RIGHTS, RUBRIC_COMPLEXITY,
    RUBRIC_KNOWLEDGE,
};

/// Builds the header, preamble and four frames of a profile, in the canon's language.
pub fn build_frames(profile: &Profile<'_>) -> ProfileFrames {
    build_frames_in(profile, profile.canon.lang())
}

/// Builds the header, preamble and four frames of a profile, in `lang`: its
/// templates, or the canon's own wording where the canon words a template
/// and is written in `lang`.
pub fn build_frames_in(profile: &Profile<'_>, lang: Lang) -> ProfileFrames {
    let w = Words {
        catalog: catalog(lang),
        canon: if profile.canon.lang() == lang {
            &profile.canon.templates
        } else {
            &[]
        },
    };
    let q = Quotes { profile };
    let canon = profile.canon;
    let display_title = |b: LineBuilder| display_title(b, &q);
    ProfileFrames {
        lang,
        canon: CanonStamp {
            name: canon.name.clone(),
            abbrev: canon.abbrev.clone(),
            version: canon.version.clone(),
            notice: canon.notice.clone(),
        },
        family: profile.family.id.clone(),
        level: profile.level.code.clone(),
        display_title: LineBuilder::new(Template::DisplayTitle, &w)
            .with(display_title)
            .done(),
        heading: LineBuilder::new(Template::Heading, &w)
            .words(&w, Id::Heading, Part::Body, |b, _| display_title(b))
            .done(),
        breadcrumb: LineBuilder::new(Template::Breadcrumb, &w)
            .quote(q.group())
            .fixed(" · ")
            .quote(q.family_name())
            .fixed(" · ")
            .quote(q.code())
            .fixed(" — ")
            .quote(q.level_title())
            .done(),
        preamble: LineBuilder::new(Template::Preamble, &w)
            .words(&w, Id::Preamble, Part::Body, |b, _| b.quote(q.canon_name()))
            .done(),
        frames: [smart(&q, &w), okr(&q, &w), mbo(&q, &w), scorecard(&q, &w)],
        growth: growth(profile, &w),
    }
}

/// The words lines are built from: the catalog, and the canon's own wording
/// of some templates.
struct Words<'c> {
    catalog: &'static Catalog,
    canon: &'c [crate::canon::TemplateWording],
}

/// A piece of a template, whoever worded it.
enum Bit<'a> {
    Text(Text),
    Var(&'a str),
}

impl Words<'_> {
    /// The pieces of a template, and whose words they are.
    fn bits(&self, id: Id) -> (Vec<Bit<'_>>, Wording) {
        if let Some(own) = self.canon.iter().find(|t| t.id == id) {
            let bits = own
                .pieces
                .iter()
                .map(|p| match p {
                    TemplatePiece::Text(t) => Bit::Text(t.clone()),
                    TemplatePiece::Var(v) => Bit::Var(v.as_ref()),
                })
                .collect();
            return (bits, Wording::Canon(self.catalog.lang()));
        }
        let bits = self
            .catalog
            .pieces(id)
            .filter_map(|p| match p {
                Piece::Text(t) => Some(Bit::Text(Text::Borrowed(t))),
                Piece::Var(v) => Some(Bit::Var(v)),
                // Templates choose no plural (a test holds every catalog to it).
                Piece::Select(_) => None,
            })
            .collect();
        (bits, Wording::Template(self.catalog.lang()))
    }

    /// A template without variables (a heading, a label) as text.
    fn text(&self, id: Id) -> Text {
        let (bits, _) = self.bits(id);
        if let [Bit::Text(t)] = bits.as_slice() {
            return t.clone();
        }
        let text: String = bits
            .iter()
            .filter_map(|b| match b {
                Bit::Text(t) => Some(t.as_ref()),
                Bit::Var(_) => None,
            })
            .collect();
        Text::Owned(text)
    }

    /// A row label followed by its colon (`Specific:`), with `n` for a
    /// label that numbers (`Objective 1`).
    fn label_colon(&self, label: Id, n: usize) -> String {
        let label = self.with_number(label, n);
        self.catalog.label_colon(&label)
    }

    /// A label template with its `{ $n }` put in.
    fn with_number(&self, id: Id, n: usize) -> String {
        let (bits, _) = self.bits(id);
        bits.iter()
            .map(|b| match b {
                Bit::Text(t) => t.to_string(),
                Bit::Var(_) => n.to_string(),
            })
            .collect()
    }

    /// An item's label: `item-smart` with its number(s).
    fn item_label(&self, id: Id, n: usize, kr: usize) -> String {
        let n = n.to_string();
        let kr = kr.to_string();
        self.catalog.format(
            id,
            &[
                ("n", goalframes_l10n::Arg::Text(&n)),
                ("kr", goalframes_l10n::Arg::Text(&kr)),
            ],
        )
    }

    /// The column row labels align to: the widest of `labels` with its
    /// colon, and `gap` spaces.
    fn column(&self, labels: &[Id], gap: usize) -> usize {
        labels
            .iter()
            .map(|l| self.label_colon(*l, 0).chars().count())
            .max()
            .unwrap_or(0)
            + gap
    }

    /// `indent`, the label with its colon, padded to `column`.
    fn row_label(&self, indent: &str, label: Id, column: usize) -> String {
        let label = self.label_colon(label, 0);
        let pad = column.saturating_sub(label.chars().count()).max(1);
        format!("{indent}{label}{}", " ".repeat(pad))
    }
}

fn display_title(b: LineBuilder, q: &Quotes<'_>) -> LineBuilder {
    match q.profile_title() {
        Some(title) => b.quote(title),
        None => b.quote(q.family_name()).fixed(" — ").quote(q.code()),
    }
}

/// The row labels of a SMART goal, which align to one column.
const SMART_LABELS: [Id; 5] = [
    Id::SmartSpecificLabel,
    Id::SmartMeasurableLabel,
    Id::SmartAchievableLabel,
    Id::SmartRelevantLabel,
    Id::SmartTimeBoundLabel,
];

/// The row labels of an MBO area under its title, which align to one column.
const MBO_LABELS: [Id; 2] = [Id::MboStandardRubricLabel, Id::MboTargetLabel];

/// SMART: one goal per responsibility; Achievable only with the complexity rubric.
fn smart(q: &Quotes<'_>, w: &Words<'_>) -> Frame {
    let mut frame = FrameBuilder::new(FrameKind::Smart, w);
    let rubric = q.rubric(RUBRIC_COMPLEXITY);
    let column = w.column(&SMART_LABELS, 2);
    for (i, _) in q.profile.level.responsibilities.iter().enumerate() {
        let n = i + 1;
        let key = frame.item(
            format!("smart-{n}"),
            w.item_label(Id::ItemSmart, n, 0),
            &SlotKind::ALL,
        );
        let vars = Vars {
            resp: Some(i),
            rubric: rubric.clone(),
            ..Vars::default()
        };
        let row = |template: Template, id: Id, label: Id| {
            LineBuilder::new(template, w)
                .labelled(w, label, w.row_label("   ", label, column))
                .words(w, id, Part::Body, |b, v| vars.put(b, v, q, Part::Body))
                .item(&key)
                .done()
        };
        let mut lines = vec![
            LineBuilder::new(Template::SmartTitle, w)
                .number(n)
                .layout(". ")
                .words(w, Id::SmartTitle, Part::Body, |b, v| {
                    vars.put(b, v, q, Part::Body)
                })
                .source_tag(w, Id::SourceResponsibility, "  ", &vars, q)
                .item(&key)
                .done(),
            row(
                Template::SmartSpecific,
                Id::SmartSpecific,
                Id::SmartSpecificLabel,
            ),
            row(
                Template::SmartMeasurable,
                Id::SmartMeasurable,
                Id::SmartMeasurableLabel,
            ),
        ];
        if rubric.is_some() {
            lines.push(row(
                Template::SmartAchievable,
                Id::SmartAchievable,
                Id::SmartAchievableLabel,
            ));
        }
        lines.push(row(
            Template::SmartRelevant,
            Id::SmartRelevant,
            Id::SmartRelevantLabel,
        ));
        lines.push(row(
            Template::SmartTimeBound,
            Id::SmartTimeBound,
            Id::SmartTimeBoundLabel,
        ));
        frame.block(lines);
    }
    frame.done()
}

/// OKR: one objective per responsibility; KR2 pairs objective n with the n-th
/// dimension this level has text for, and is omitted past the last one.
fn okr(q: &Quotes<'_>, w: &Words<'_>) -> Frame {
    let mut frame = FrameBuilder::new(FrameKind::Okr, w);
    let dimensions = &q.profile.rung.dimensions;
    for (i, _) in q.profile.level.responsibilities.iter().enumerate() {
        let n = i + 1;
        let vars = Vars {
            resp: Some(i),
            dim: dimensions.get(i),
            ..Vars::default()
        };
        let mut lines = vec![LineBuilder::new(Template::OkrObjective, w)
            .numbered_label(w, Id::OkrObjectiveLabel, n)
            .layout(" ")
            .words(w, Id::OkrObjective, Part::Body, |b, v| {
                vars.put(b, v, q, Part::Body)
            })
            .source_tag(w, Id::SourceResponsibility, "  ", &vars, q)
            .done()];
        let kr1 = frame.item(
            format!("okr-{n}-kr1"),
            w.item_label(Id::ItemOkrKr, n, 1),
            &SlotKind::ALL,
        );
        let kr = |template: Template, id: Id, label: Id| {
            let layout = format!("  {}. ", w.text(label));
            LineBuilder::new(template, w)
                .labelled(w, label, layout)
                .words(w, id, Part::Body, |b, v| vars.put(b, v, q, Part::Body))
        };
        lines.push(
            kr(Template::OkrKr1, Id::OkrKr1, Id::OkrKr1Label)
                .item(&kr1)
                .done(),
        );
        if vars.dim.is_some() {
            let kr2 = frame.item(
                format!("okr-{n}-kr2"),
                w.item_label(Id::ItemOkrKr, n, 2),
                &[SlotKind::Target, SlotKind::Date],
            );
            lines.push(
                kr(Template::OkrKr2, Id::OkrKr2, Id::OkrKr2Label)
                    .item(&kr2)
                    .done(),
            );
        }
        frame.block(lines);
    }
    frame.done()
}

/// MBO: areas from component responsibilities when there are any, else the core
/// outputs reused; Standard from the knowledge-application rubric, else the
/// decision_rights dimension, else omitted.
fn mbo(q: &Quotes<'_>, w: &Words<'_>) -> Frame {
    let mut frame = FrameBuilder::new(FrameKind::Mbo, w);
    let level = q.profile.level;
    let column = w.column(&MBO_LABELS, 1);
    let standard = q
        .rubric(RUBRIC_KNOWLEDGE)
        .map(|rubric| {
            let vars = Vars {
                rubric: Some(rubric),
                ..Vars::default()
            };
            let label = Id::MboStandardRubricLabel;
            LineBuilder::new(Template::MboStandardRubric, w)
                .labelled(w, label, w.row_label("   ", label, column))
                .words(w, Id::MboStandardRubric, Part::Body, |b, v| {
                    vars.put(b, v, q, Part::Body)
                })
        })
        .or_else(|| {
            let dim = q
                .profile
                .rung
                .dimensions
                .iter()
                .find(|d| d.key == DECISION_RIGHTS)?;
            let vars = Vars {
                dim: Some(dim),
                ..Vars::default()
            };
            let label = Id::MboStandardDecisionRightsLabel;
            Some(
                LineBuilder::new(Template::MboStandardDecisionRights, w)
                    .labelled(w, label, w.row_label("   ", label, column))
                    .words(w, Id::MboStandardDecisionRights, Part::Body, |b, v| {
                        vars.put(b, v, q, Part::Body)
                    }),
            )
        });
    let components = !level.component_responsibilities.is_empty();
    let count = if components {
        level.component_responsibilities.len()
    } else {
        level.responsibilities.len()
    };
    for i in 0..count {
        let n = i + 1;
        let key = frame.item(
            format!("mbo-{n}"),
            w.item_label(Id::ItemMbo, n, 0),
            &[SlotKind::Target, SlotKind::Date],
        );
        let vars = Vars {
            resp: Some(i),
            area: components.then_some(i),
            ..Vars::default()
        };
        let (template, source) = if components {
            (Template::MboAreaComponent, Id::SourceComponent)
        } else {
            (Template::MboAreaReused, Id::SourceResponsibilityReused)
        };
        let area_label = format!(". {} ", w.label_colon(Id::MboAreaLabel, n));
        let area = LineBuilder::new(template, w)
            .number(n)
            .labelled(w, Id::MboAreaLabel, area_label)
            .words(w, Id::MboArea, Part::Body, |b, v| {
                // A reused area quotes the responsibility where a component would be.
                let v = if v == "area" && !components {
                    "resp"
                } else {
                    v
                };
                vars.put(b, v, q, Part::Body)
            })
            .source_tag(w, source, "  ", &vars, q);
        let mut lines = vec![area.item(&key).done()];
        if let Some(standard) = &standard {
            lines.push(standard.clone().item(&key).done());
        }
        lines.push(
            LineBuilder::new(Template::MboTargetDue, w)
                .layout(&w.row_label("   ", Id::MboTargetLabel, column))
                .words(w, Id::MboTarget, Part::Body, |b, v| {
                    vars.put(b, v, q, Part::Body)
                })
                .layout(&format!("   {} ", w.label_colon(Id::MboDueLabel, 0)))
                .words(w, Id::MboDue, Part::Body, |b, v| {
                    vars.put(b, v, q, Part::Body)
                })
                .item(&key)
                .done(),
        );
        frame.block(lines);
    }
    frame.done()
}

/// Scorecard: Internal process (one row per responsibility) and Role calibration
/// (one row per dimension this level has text for); an empty perspective is omitted.
fn scorecard(q: &Quotes<'_>, w: &Words<'_>) -> Frame {
    let mut frame = FrameBuilder::new(FrameKind::Scorecard, w);
    let mut internal = Vec::new();
    for (i, _) in q.profile.level.responsibilities.iter().enumerate() {
        let n = i + 1;
        let key = frame.item(
            format!("scorecard-internal-{n}"),
            w.item_label(Id::ItemScorecardInternal, n, 0),
            &[SlotKind::Target, SlotKind::Date],
        );
        let vars = Vars {
            resp: Some(i),
            ..Vars::default()
        };
        internal.push(
            LineBuilder::new(Template::ScorecardInternal, w)
                .layout("  - ")
                .words(w, Id::ScorecardInternal, Part::Body, |b, v| {
                    vars.put(b, v, q, Part::Body)
                })
                .source_tag(w, Id::SourceResponsibility, "   ", &vars, q)
                .item(&key)
                .done(),
        );
    }
    if !internal.is_empty() {
        internal.insert(0, perspective(w, Id::ScorecardInternalPerspective));
        frame.block(internal);
    }
    let mut calibration = Vec::new();
    for (i, dim) in q.profile.rung.dimensions.iter().enumerate() {
        let key = frame.item(
            format!("scorecard-calibration-{}", dim.key),
            w.item_label(Id::ItemScorecardCalibration, i + 1, 0),
            &[SlotKind::Target, SlotKind::Date],
        );
        let vars = Vars {
            dim: Some(dim),
            ..Vars::default()
        };
        calibration.push(
            LineBuilder::new(Template::ScorecardCalibration, w)
                .layout("  - ")
                .words(w, Id::ScorecardCalibration, Part::Body, |b, v| {
                    vars.put(b, v, q, Part::Body)
                })
                .source_tag(w, Id::SourceDimension, "   ", &vars, q)
                .item(&key)
                .done(),
        );
    }
    if !calibration.is_empty() {
        calibration.insert(0, perspective(w, Id::ScorecardCalibrationPerspective));
        frame.block(calibration);
    }
    frame.done()
}

/// The next level of the family in ladder order, and one line per dimension
/// whose text is new or different there: the next level's text, verbatim.
fn growth(profile: &Profile<'_>, w: &Words<'_>) -> Option<super::Growth> {
    let canon = profile.canon;
    let next_profile = profile.next_level()?;
    let (next, rung) = (next_profile.level, next_profile.rung);
    let q = Quotes { profile };
    let mut lines = Vec::new();
    let mut items = Vec::new();
    for dim in rung.dimensions.iter() {
        if profile.rung.dimension_text(&dim.key) == Some(dim.text.as_ref()) {
            continue;
        }
        let name = canon
            .dimension(&dim.key)
            .expect("validated: dimension keys are declared");
        let key = format!("growth-{}", dim.key);
        items.push(Item {
            key: key.clone(),
            label: w.catalog.item_growth(&name.name),
            slots: SlotKind::ALL.to_vec(),
        });
        let vars = Vars {
            dim: Some(dim),
            next: Some((next.code.clone(), dim.text.clone())),
            ..Vars::default()
        };
        lines.push(
            LineBuilder::new(Template::Growth, w)
                .words(w, Id::Growth, Part::Body, |b, v| {
                    vars.put(b, v, &q, Part::Body)
                })
                .source_tag(w, Id::SourceNextDimension, "   ", &vars, &q)
                .item(&key)
                .done(),
        );
    }
    Some(super::Growth {
        code: next.code.clone(),
        title: rung.title.clone(),
        display_title: next_profile.display_title(),
        lines,
        items,
    })
}

fn perspective(w: &Words<'_>, id: Id) -> Line {
    LineBuilder::new(Template::ScorecardPerspective, w)
        .words(w, id, Part::Body, |b, _| b)
        .done()
}

/// What a line's variables quote or hold: the responsibility, component,
/// rubric and dimension it is about, and the next level's code and text.
#[derive(Clone, Default)]
struct Vars<'p> {
    resp: Option<usize>,
    area: Option<usize>,
    rubric: Option<Quote>,
    dim: Option<&'p DimensionText>,
    next: Option<(Text, Text)>,
}

impl Vars<'_> {
    /// Puts the variable `name` in as `part`: a quote, a slot or nothing (a
    /// variable this line has nothing for, which the catalogs' and the
    /// canon's checks keep from happening).
    fn put(&self, b: LineBuilder, name: &str, q: &Quotes<'_>, part: Part) -> LineBuilder {
        let quote = |b: LineBuilder, quote: Quote| b.push(part, Content::Quote(quote));
        let next_quote = |text: Text, field: Field| Quote {
            text,
            field,
            family: None,
            level: self.next.as_ref().map(|(code, _)| code.clone()),
            case: Case::AsWritten,
        };
        match name {
            "baseline" => b.slot(SlotKind::Baseline),
            "target" => b.slot(SlotKind::Target),
            "date" => b.slot(SlotKind::Date),
            "canon" => quote(b, q.canon_name()),
            "ABBREV" => quote(b, q.abbrev(Case::AsWritten)),
            "abbrev" => quote(b, q.abbrev(Case::Lower)),
            "group" => quote(b, q.group()),
            "family" => quote(b, q.family_name()),
            "code" => quote(b, q.code()),
            "level-title" => quote(b, q.level_title()),
            "resp" => match self.resp {
                Some(i) => quote(b, q.responsibility(i)),
                None => b,
            },
            "area" => match self.area {
                Some(i) => quote(b, q.component_responsibility(i)),
                None => b,
            },
            "rubric" => match &self.rubric {
                Some(r) => quote(b, r.clone()),
                None => b,
            },
            "dim" | "Dim" => match self.dim {
                Some(d) => {
                    let case = if name == "dim" {
                        Case::Lower
                    } else {
                        Case::AsWritten
                    };
                    quote(b, q.dimension_name(&d.key, case))
                }
                None => b,
            },
            "dimtext" => match self.dim {
                Some(d) => quote(b, q.dimension_text(d)),
                None => b,
            },
            "next-code" => match &self.next {
                Some((code, _)) => quote(b, next_quote(code.clone(), Field::LevelCode)),
                None => b,
            },
            "next-dimtext" => match (&self.next, self.dim) {
                (Some((_, text)), Some(d)) => quote(
                    b,
                    next_quote(text.clone(), Field::DimensionText { key: d.key.clone() }),
                ),
                _ => b,
            },
            _ => b,
        }
    }
}

/// The variables a template of the frames may use: what [`Vars::put`] fills,
/// an item's number(s) (`n`, `kr`) and a source tag's source.
#[cfg(test)]
const VARIABLES: [&str; 22] = [
    "n",
    "kr",
    "source",
    "baseline",
    "target",
    "date",
    "canon",
    "ABBREV",
    "abbrev",
    "group",
    "family",
    "code",
    "level-title",
    "resp",
    "area",
    "rubric",
    "dim",
    "Dim",
    "dimtext",
    "next-code",
    "next-dimtext",
    "title",
];

/// Collects a frame's blocks and items.
struct FrameBuilder {
    frame: Frame,
}

impl FrameBuilder {
    fn new(kind: FrameKind, w: &Words<'_>) -> Self {
        let [title, intro, empty] = kind.ids();
        FrameBuilder {
            frame: Frame {
                kind,
                title: w.text(title),
                intro: w.text(intro),
                empty: w.text(empty),
                blocks: Vec::new(),
                items: Vec::new(),
            },
        }
    }

    /// Declares an item and returns its key.
    fn item(&mut self, key: String, label: String, slots: &[SlotKind]) -> String {
        self.frame.items.push(Item {
            key: key.clone(),
            label,
            slots: slots.to_vec(),
        });
        key
    }

    fn block(&mut self, lines: Vec<Line>) {
        self.frame.blocks.push(super::Block { lines });
    }

    fn done(self) -> Frame {
        debug_assert!(self
            .frame
            .blocks
            .iter()
            .all(|b: &Block| !b.lines.is_empty()));
        self.frame
    }
}

/// Builds a line segment by segment.
#[derive(Clone)]
struct LineBuilder {
    line: Line,
}

impl LineBuilder {
    fn new(template: Template, w: &Words<'_>) -> Self {
        LineBuilder {
            line: Line {
                template,
                wording: Wording::Template(w.catalog.lang()),
                label: None,
                segments: Vec::new(),
                item: None,
            },
        }
    }

    /// Adds a segment; fixed text of the same part as the one before joins it,
    /// so that a line's runs are the same however its template is split.
    fn push(mut self, part: Part, content: Content) -> Self {
        if let (Content::Fixed(text), Some(last)) = (&content, self.line.segments.last_mut()) {
            if let (true, Content::Fixed(before)) = (last.part == part, &mut last.content) {
                before.to_mut().push_str(text);
                return self;
            }
        }
        self.line.segments.push(Segment { part, content });
        self
    }

    fn layout(self, text: &str) -> Self {
        self.push(Part::Layout, Content::Fixed(Text::Owned(text.to_string())))
    }

    fn fixed(self, text: &'static str) -> Self {
        self.push(Part::Body, Content::Fixed(Text::Borrowed(text)))
    }

    fn number(self, n: usize) -> Self {
        self.push(Part::Layout, Content::Number(n))
    }

    fn quote(self, quote: Quote) -> Self {
        self.push(Part::Body, Content::Quote(quote))
    }

    fn slot(self, kind: SlotKind) -> Self {
        self.push(Part::Body, Content::Slot(kind))
    }

    /// The template `id`'s words as `part`, each variable put in by `var`.
    fn words(
        mut self,
        w: &Words<'_>,
        id: Id,
        part: Part,
        mut var: impl FnMut(Self, &str) -> Self,
    ) -> Self {
        let (bits, wording) = w.bits(id);
        if matches!(wording, Wording::Canon(_)) {
            self.line.wording = wording;
        }
        for bit in bits {
            self = match bit {
                Bit::Text(text) => self.push(part, Content::Fixed(text)),
                Bit::Var(name) => var(self, name),
            };
        }
        self
    }

    /// The row label `label` (its text kept as the line's label) laid out as `layout`.
    fn labelled(mut self, w: &Words<'_>, label: Id, layout: String) -> Self {
        let (_, wording) = w.bits(label);
        if matches!(wording, Wording::Canon(_)) {
            self.line.wording = wording;
        }
        self.line.label = Some(w.text(label));
        self.layout(&layout)
    }

    /// A label that numbers, with its colon (`Objective 2:`), as layout: its
    /// number a number segment, as the item numbers of other frames are.
    fn numbered_label(self, w: &Words<'_>, label: Id, n: usize) -> Self {
        self.words(w, Id::LabelColon, Part::Layout, |b, _| {
            b.words(w, label, Part::Layout, |b, _| b.number(n))
        })
    }

    /// `{gap}[source: {source}]`, the brackets and word layout and the
    /// source template's words the line's source.
    fn source_tag(
        self,
        w: &Words<'_>,
        source: Id,
        gap: &str,
        vars: &Vars<'_>,
        q: &Quotes<'_>,
    ) -> Self {
        self.layout(gap)
            .words(w, Id::SourceTag, Part::Layout, |b, _| {
                b.words(w, source, Part::Source, |b, v| {
                    vars.put(b, v, q, Part::Source)
                })
            })
    }

    fn with(self, f: impl FnOnce(Self) -> Self) -> Self {
        f(self)
    }

    fn item(mut self, key: &str) -> Self {
        self.line.item = Some(key.to_string());
        self
    }

    fn done(self) -> Line {
        self.line
    }
}

/// Makes quotes of the profile's canon fields, with provenance.
struct Quotes<'p> {
    profile: &'p Profile<'p>,
}

impl Quotes<'_> {
    fn make(&self, text: Text, field: Field, family: bool, level: bool, case: Case) -> Quote {
        let text = match case {
            Case::AsWritten => text,
            Case::Lower => Text::Owned(text.to_lowercase()),
        };
        Quote {
            text,
            field,
            family: family.then(|| self.profile.family.id.clone()),
            level: level.then(|| self.profile.level.code.clone()),
            case,
        }
    }

    fn canon_name(&self) -> Quote {
        self.make(
            self.profile.canon.name.clone(),
            Field::CanonName,
            false,
            false,
            Case::AsWritten,
        )
    }

    fn abbrev(&self, case: Case) -> Quote {
        self.make(
            self.profile.canon.abbrev.clone(),
            Field::Abbrev,
            false,
            false,
            case,
        )
    }

    fn group(&self) -> Quote {
        self.make(
            self.profile.family.group.clone(),
            Field::FamilyGroup,
            true,
            false,
            Case::AsWritten,
        )
    }

    fn family_name(&self) -> Quote {
        self.make(
            self.profile.family.name.clone(),
            Field::FamilyName,
            true,
            false,
            Case::AsWritten,
        )
    }

    fn code(&self) -> Quote {
        self.make(
            self.profile.level.code.clone(),
            Field::LevelCode,
            false,
            true,
            Case::AsWritten,
        )
    }

    fn level_title(&self) -> Quote {
        self.make(
            self.profile.rung.title.clone(),
            Field::LevelTitle,
            false,
            true,
            Case::AsWritten,
        )
    }

    fn profile_title(&self) -> Option<Quote> {
        let title = self.profile.level.title.clone()?;
        Some(self.make(title, Field::ProfileTitle, true, true, Case::AsWritten))
    }

    fn responsibility(&self, index: usize) -> Quote {
        let text = self.profile.level.responsibilities[index].clone();
        self.make(
            text,
            Field::Responsibility { index },
            true,
            true,
            Case::AsWritten,
        )
    }

    fn component_responsibility(&self, index: usize) -> Quote {
        let text = self.profile.level.component_responsibilities[index].clone();
        self.make(
            text,
            Field::ComponentResponsibility { index },
            true,
            true,
            Case::AsWritten,
        )
    }

    fn rubric(&self, name: &str) -> Option<Quote> {
        let rubric = self.profile.level.rubrics.iter().find(|r| r.name == name)?;
        Some(self.make(
            rubric.text.clone(),
            Field::Rubric {
                name: rubric.name.clone(),
            },
            true,
            true,
            Case::AsWritten,
        ))
    }

    fn dimension_name(&self, key: &str, case: Case) -> Quote {
        let dim = self
            .profile
            .canon
            .dimension(key)
            .expect("validated: dimension keys are declared");
        self.make(
            dim.name.clone(),
            Field::DimensionName {
                key: dim.key.clone(),
            },
            false,
            false,
            case,
        )
    }

    fn dimension_text(&self, dim: &DimensionText) -> Quote {
        let field = Field::DimensionText {
            key: dim.key.clone(),
        };
        self.make(dim.text.clone(), field, false, true, Case::AsWritten)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::templates::is_template;

    /// A template may only use what the builder fills, and chooses nothing:
    /// a catalog that did would drop text from a frame without a word.
    #[test]
    fn every_catalogs_templates_use_only_the_builders_variables() {
        for lang in Lang::ALL {
            for id in Id::ALL.into_iter().filter(|id| is_template(*id)) {
                for piece in catalog(lang).pieces(id) {
                    match piece {
                        Piece::Text(_) => {}
                        Piece::Var(v) => assert!(
                            VARIABLES.contains(&v),
                            "{}: `{}` uses {{ ${v} }}, which the frame builder does not fill",
                            lang.tag(),
                            id.key()
                        ),
                        Piece::Select(_) => {
                            panic!("{}: `{}` chooses by a number", lang.tag(), id.key())
                        }
                    }
                }
            }
        }
    }
}

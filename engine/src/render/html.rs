//! The HTML view: a profile's four frames and its next level as the page shows
//! them, one string of markup. The app puts it into the page in one go (the
//! browser's parser builds ~600 nodes far faster than node-by-node calls from
//! wasm) and then keeps it in step with the open sheet through the hooks below.
//!
//! The markup carries no values: slots show their placeholder and keep boxes
//! are unchecked, so one profile's markup never changes while a sheet is
//! filled. The app finds what it patches by the hooks of [`super::hooks`]
//! (slot inputs, keep boxes, text blocks, date buttons, section ids), written
//! here only through its names; the app adds the `<pre>` with a text block
//! while it is open, and sets a slot's `data-print` to what paper shows.
//!
//! The view comes in [`Section`]s, so that the page can show the first at
//! once and put the others in right after (they are below the fold).

use std::fmt::Write as _;

use super::hooks::{
    frame_id, slot_id, text_panel_id, COPIED, COPY_BUTTON, DATA_FRAME, DATA_ITEM, DATA_KEEP,
    DATA_PICKER, DATA_PRINT, DATA_SLOT, DATE_BUTTON, SLOT_INPUT, TEXT_TOGGLE,
};
use crate::fill;
use crate::frame::{Content, Frame, FrameKind, Line, Part, ProfileFrames, SlotKind};
use crate::message::Catalog;
use crate::provenance::describe;
use crate::values::Values;

pub use super::hooks::NEXT_LEVEL_ID;

/// One section of the view: a frame, or the next level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The section element's `id`.
    pub id: String,
    /// Its opening tag, `<section …>`, carrying its name (`aria-label`).
    pub open: String,
    /// What is inside it: heading, intro, rows and text block.
    pub inner: String,
}

impl Section {
    /// The whole section element.
    pub fn html(&self) -> String {
        format!("{}{}</section>", self.open, self.inner)
    }

    /// The section without its inside: a named, focusable place holder
    /// that its inside can be put into later.
    pub fn shell(&self) -> String {
        format!("{}</section>", self.open)
    }
}

/// The sections of the view: the four frames, then the next level when the
/// family has one. With `sources`, every line also says where its canon text
/// comes from. Slot input ids are unique across all of them.
pub fn sections(frames: &ProfileFrames, sources: bool) -> Vec<Section> {
    let mut html = Html {
        out: String::new(),
        slots: 0,
        sources,
        choices: crate::goals::choices(frames),
        t: frames.catalog(),
    };
    let mut out: Vec<Section> = FrameKind::ALL
        .into_iter()
        .map(|kind| html.frame(frames.frame(kind)))
        .collect();
    out.extend(html.next_level(frames));
    out
}

/// The view as the page holds it: the frames in `<div class="frames">`, then
/// the next level; sections from `deferred` on are shells (see
/// [`Section::shell`]), to be filled once the first ones are on screen.
pub fn assemble(sections: &[Section], deferred: usize) -> String {
    let mut out = String::from("<div class=\"frames\">");
    for (i, section) in sections.iter().enumerate() {
        if section.id == NEXT_LEVEL_ID {
            out.push_str("</div>");
        }
        out.push_str(&if i < deferred {
            section.html()
        } else {
            section.shell()
        });
    }
    if !sections.iter().any(|s| s.id == NEXT_LEVEL_ID) {
        out.push_str("</div>");
    }
    out
}

/// The whole view, every section filled.
pub fn frames(frames: &ProfileFrames, sources: bool) -> String {
    let sections = sections(frames, sources);
    assemble(&sections, sections.len())
}

/// Text or an attribute value with `&`, `<`, `>` and `"` escaped.
pub fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Markup being written.
struct Html<'f> {
    out: String,
    /// Slot inputs written so far (their ids are [`slot_id`]`(n)`).
    slots: usize,
    sources: bool,
    /// The goals a manager can keep; each gets its box at its first line.
    choices: Vec<crate::goals::Choice<'f>>,
    /// The frames' language.
    t: &'static Catalog,
}

impl Html<'_> {
    fn push(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    fn frame(&mut self, frame: &Frame) -> Section {
        let kind = frame.kind;
        let title = escape(&frame.title);
        self.out.clear();
        let _ = write!(
            self.out,
            "<h2>{title}</h2><p class=\"intro\">{}</p>",
            escape(&frame.intro),
        );
        if frame.is_empty() {
            let _ = write!(self.out, "<p class=\"empty\">{}</p>", escape(&frame.empty));
        } else {
            match kind {
                FrameKind::Smart => self.smart(frame),
                FrameKind::Okr => self.okr(frame),
                FrameKind::Mbo => self.mbo(frame),
                FrameKind::Scorecard => self.scorecard(frame),
            }
            self.text_block(frame);
        }
        Section {
            id: frame_id(kind.id()),
            open: format!(
                "<section id=\"{}\" class=\"frame frame-{}\" aria-label=\"{title}\" tabindex=\"-1\">",
                frame_id(kind.id()),
                kind.id()
            ),
            inner: std::mem::take(&mut self.out),
        }
    }

    /// SMART: one block per responsibility, its rows labelled Specific … Time-bound.
    fn smart(&mut self, frame: &Frame) {
        for block in &frame.blocks {
            let Some((title, rows)) = block.lines.split_first() else {
                continue;
            };
            self.goal_head("goal", item_label(frame, title), title, frame);
            self.push("<dl class=\"rows\">");
            for line in rows {
                self.push("<div class=\"row\"><dt>");
                self.text(line.label.as_deref().unwrap_or_default());
                self.push("</dt><dd>");
                self.line_body(line, frame);
                self.push("</dd></div>");
            }
            self.push("</dl></article>");
        }
    }

    /// Opens a goal's `<article>`: its keep box, label and source above its
    /// title line as the heading.
    fn goal_head(&mut self, class: &str, label: &str, title: &Line, frame: &Frame) {
        let _ = write!(self.out, "<article class=\"{class}\"><p class=\"kicker\">");
        self.keep(title);
        self.text(label);
        self.push(" · ");
        self.text(&fill::source(title, &Values::new()).unwrap_or_default());
        self.push("</p><h3>");
        self.line_body(title, frame);
        self.push("</h3>");
    }

    /// OKRs: objectives with their key results.
    fn okr(&mut self, frame: &Frame) {
        for (i, block) in frame.blocks.iter().enumerate() {
            let Some((objective, krs)) = block.lines.split_first() else {
                continue;
            };
            let label = self.t.item_okr(&(i + 1).to_string());
            self.goal_head("objective", &label, objective, frame);
            self.push("<ul class=\"krs\">");
            for line in krs {
                self.push("<li><span class=\"kr-label\">");
                self.text(line.label.as_deref().unwrap_or_default());
                self.push("</span> ");
                self.line_body(line, frame);
                self.push("</li>");
            }
            self.push("</ul></article>");
        }
    }

    /// MBO: a table Area | Standard | Target | Due.
    fn mbo(&mut self, frame: &Frame) {
        let t = self.t;
        let [area, standard, target, due] = [
            t.mbo_area_label(),
            t.mbo_standard_rubric_label(),
            t.mbo_target_label(),
            t.mbo_due_label(),
        ]
        .map(escape);
        let _ = write!(self.out, "<table class=\"mbo\"><thead><tr><th scope=\"col\">{area}</th><th scope=\"col\">{standard}</th><th scope=\"col\">{target}</th><th scope=\"col\">{due}</th></tr></thead><tbody>");
        for block in &frame.blocks {
            let row = block.mbo_row();
            let _ = write!(self.out, "<tr><th scope=\"row\" data-label=\"{area}\">");
            if let Some(area) = row.area {
                self.keep(area);
                self.line_body(area, frame);
            }
            let _ = write!(self.out, "</th><td data-label=\"{standard}\">");
            match row.standard {
                Some(line) => self.line_body(line, frame),
                None => {
                    self.push("<span class=\"none\">");
                    self.text(t.view_mbo_no_standard());
                    self.push("</span>");
                }
            }
            for (slot, cell) in [(SlotKind::Target, &target), (SlotKind::Date, &due)] {
                let _ = write!(self.out, "</td><td data-label=\"{cell}\">");
                if let Some(line) = row.target_due.filter(|l| l.slots().any(|s| s == slot)) {
                    if let Some(item) = line.item.as_deref() {
                        self.slot(item, label_of(frame, item), slot);
                    }
                }
            }
            self.push("</td></tr>");
        }
        self.push("</tbody></table>");
    }

    /// Scorecard: each perspective with its rows.
    fn scorecard(&mut self, frame: &Frame) {
        for block in &frame.blocks {
            let Some((heading, rows)) = block.lines.split_first() else {
                continue;
            };
            self.push("<article class=\"perspective\"><h3>");
            self.text(&fill::body(heading, &Values::new()));
            self.push("</h3><ul>");
            for line in rows {
                self.push("<li>");
                self.keep(line);
                self.line_body(line, frame);
                self.push("</li>");
            }
            self.push("</ul></article>");
        }
    }

    /// "Next level": the next level's changed dimension texts, each a
    /// development goal with a keep box and slots.
    fn next_level(&mut self, frames: &ProfileFrames) -> Option<Section> {
        let growth = frames.growth.as_ref()?;
        let holder = Frame {
            kind: FrameKind::Scorecard,
            title: Default::default(),
            intro: Default::default(),
            empty: Default::default(),
            blocks: Vec::new(),
            items: growth.items.clone(),
        };
        let t = self.t;
        self.out.clear();
        let _ = write!(
            self.out,
            "<h2>{}</h2><p class=\"intro\">{}</p>",
            escape(&t.view_next_level_heading(&growth.code, &growth.title)),
            escape(&t.view_next_level_intro(&growth.code, &growth.display_title)),
        );
        if growth.lines.is_empty() {
            let _ = write!(
                self.out,
                "<p class=\"empty\">{}</p>",
                escape(t.view_next_level_empty())
            );
        } else {
            self.push("<ul class=\"growth\">");
            for line in &growth.lines {
                self.push("<li>");
                self.keep(line);
                self.line_body(line, &holder);
                self.push("</li>");
            }
            self.push("</ul>");
        }
        Some(Section {
            id: NEXT_LEVEL_ID.to_string(),
            open: format!(
                "<section id=\"{NEXT_LEVEL_ID}\" class=\"frame next-level\" aria-label=\"{}\" tabindex=\"-1\">",
                escape(t.view_next_level())
            ),
            inner: std::mem::take(&mut self.out),
        })
    }

    /// "Copy / print as text": the toggle and its (closed) panel.
    fn text_block(&mut self, frame: &Frame) {
        let t = self.t;
        let kind = frame.kind;
        let (id, panel) = (kind.id(), text_panel_id(kind.id()));
        let _ = write!(
            self.out,
            "<div class=\"text-block\"><button type=\"button\" class=\"{TEXT_TOGGLE}\" aria-expanded=\"false\" aria-controls=\"{panel}\" {DATA_FRAME}=\"{id}\">{}</button><div id=\"{panel}\" class=\"text-panel\" hidden><div class=\"copy-row\"><button type=\"button\" class=\"{COPY_BUTTON}\" {DATA_FRAME}=\"{id}\">{}<span class=\"vh\"> {}</span></button><span class=\"{COPIED}\" role=\"status\"></span></div></div></div>",
            escape(t.view_copy_print_as_text()),
            escape(t.view_copy()),
            escape(&t.view_copy_what(&frame.title)),
        );
    }

    /// "Keep {label}" for the goal that starts at `line`, if one does.
    fn keep(&mut self, line: &Line) {
        let Some(choice) = self.choices.iter().find(|c| {
            c.lines
                .first()
                .is_some_and(|first| std::ptr::eq(*first, line))
        }) else {
            return;
        };
        let _ = write!(
            self.out,
            "<label class=\"keep\"><input type=\"checkbox\" aria-label=\"{}\" {DATA_KEEP}=\"{}\"><span aria-hidden=\"true\">{}</span></label>",
            escape(&self.t.view_keep_goal(&choice.label)),
            escape(&choice.key),
            escape(self.t.view_keep()),
        );
    }

    /// A line's body: template text, canon quotes, slots as inputs; and its
    /// sources when asked for.
    fn line_body(&mut self, line: &Line, frame: &Frame) {
        let item = line.item.as_deref();
        let label = line.item.as_deref().map_or("", |key| label_of(frame, key));
        for segment in line.segments.iter().filter(|s| s.part == Part::Body) {
            match &segment.content {
                Content::Slot(slot) => match item {
                    Some(item) => self.slot(item, label, *slot),
                    None => self.text(slot.placeholder(self.t.lang())),
                },
                Content::Quote(quote) => {
                    self.push("<span class=\"canon\">");
                    self.text(&quote.text);
                    self.push("</span>");
                }
                _ => self.text(&fill::segment(
                    segment,
                    line.wording.lang(),
                    None,
                    &Values::new(),
                )),
            }
        }
        if self.sources {
            let mut sources: Vec<String> = fill::source(line, &Values::new()).into_iter().collect();
            for quote in line.quotes() {
                let text = describe(quote, self.t);
                if !sources.contains(&text) {
                    sources.push(text);
                }
            }
            // Whose words the fixed text is: the catalog's or the canon's own.
            sources.push(line.wording.describe());
            self.push("<small class=\"sources\">");
            self.text(&self.t.label_colon(self.t.doc_source()));
            self.push(" ");
            self.text(&sources.join("; "));
            self.push("</small>");
        }
    }

    /// A slot's input, named "{Slot}, {label}"; dates get a calendar button.
    fn slot(&mut self, item: &str, label: &str, slot: SlotKind) {
        self.slots += 1;
        let t = self.t;
        let placeholder = slot.placeholder(t.lang());
        let name = escape(&t.control_for(slot.label(t.lang()), label)).into_owned();
        let item = escape(item);
        let _ = write!(
            self.out,
            "<span class=\"slot\" {DATA_PRINT}=\"{placeholder}\"><input type=\"text\" class=\"{SLOT_INPUT}\" id=\"{}\" aria-label=\"{name}\" placeholder=\"{placeholder}\" autocomplete=\"off\" size=\"{}\" {DATA_ITEM}=\"{item}\" {DATA_SLOT}=\"{}\">",
            slot_id(self.slots),
            placeholder.chars().count() + 1,
            slot.id(),
        );
        if slot == SlotKind::Date {
            let _ = write!(
                self.out,
                "<button type=\"button\" class=\"{DATE_BUTTON}\" aria-label=\"{}\" aria-expanded=\"false\" {DATA_ITEM}=\"{item}\" {DATA_PICKER}=\"{}\"></button>",
                escape(&t.view_pick_a_date(label)),
                escape(&t.view_date_picker(label)),
            );
        }
        self.push("</span>");
    }
}

/// The label of the item a line belongs to, e.g. "SMART goal 2".
fn item_label<'f>(frame: &'f Frame, line: &Line) -> &'f str {
    line.item.as_deref().map_or("", |key| label_of(frame, key))
}

/// An item's label, e.g. "SMART goal 2".
fn label_of<'f>(frame: &'f Frame, key: &str) -> &'f str {
    frame.item(key).map_or("", |i| i.label.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_attribute_quotes() {
        assert_eq!(
            escape(r#"<img src=x onerror="a()"> & b"#),
            "&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; b"
        );
        assert!(matches!(
            escape("plain text ⟨target⟩"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}

/// The view and the app's markup reader meet at the names of `hooks.rs`: the
/// view must carry each of them where the app looks.
#[cfg(test)]
mod hook_tests {
    use crate::frame::FrameKind;
    use crate::render::hooks::*;

    /// The markup of Database Engineering P4 in the specification's canon.
    fn markup() -> String {
        let frames = crate::fixtures::example_frames();
        super::frames(&frames, false)
    }

    #[test]
    fn the_view_carries_every_hook_the_app_reads() {
        let html = markup();
        for kind in FrameKind::ALL {
            let id = kind.id();
            for hook in [
                format!("<section id=\"{}\"", frame_id(id)),
                format!("class=\"{TEXT_TOGGLE}\" aria-expanded=\"false\" aria-controls=\"{}\" {DATA_FRAME}=\"{id}\"", text_panel_id(id)),
                format!("<div id=\"{}\" class=\"text-panel\" hidden>", text_panel_id(id)),
                format!("class=\"{COPY_BUTTON}\" {DATA_FRAME}=\"{id}\""),
            ] {
                assert!(html.contains(&hook), "{hook}");
            }
        }
        assert!(html.contains(&format!("<span class=\"{COPIED}\" role=\"status\">")));
        assert!(html.contains(&format!("{DATA_KEEP}=\"smart-1\"")));
        assert!(html.contains(&format!(
            "<span class=\"slot\" {DATA_PRINT}=\"⟨target⟩\"><input type=\"text\" class=\"{SLOT_INPUT}\" id=\"{}\"",
            slot_id(2)
        )));
        assert!(html.contains(&format!("{DATA_ITEM}=\"smart-1\" {DATA_SLOT}=\"date\"")));
        assert!(html.contains(&format!("class=\"{DATE_BUTTON}\"")));
        // Slot ids are unique and numbered from 1 in document order.
        let inputs = html.matches(&format!("class=\"{SLOT_INPUT}\"")).count();
        assert!(inputs > 10);
        for n in 1..=inputs {
            assert_eq!(
                html.matches(&format!("id=\"{}\"", slot_id(n))).count(),
                1,
                "slot {n}"
            );
        }
        assert!(!html.contains(&format!("id=\"{}\"", slot_id(inputs + 1))));
    }
}

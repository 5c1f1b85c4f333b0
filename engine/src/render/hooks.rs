//! The hooks of the HTML view: the attribute names, classes and element ids
//! by which the app finds what it patches in the markup [`super::html`]
//! writes. **Invariant: one contract, one place.** The view writes these
//! names and the app's `src/browser/markup.rs` reads them from here; neither
//! spells one itself, so the two cannot drift apart.
//!
//! - a slot: `span.slot[data-print]` around `input.slot-input#slot-{n}[data-item][data-slot]`,
//!   a date slot's followed by `button.date-button[data-item]`;
//! - a keep box: `input[type=checkbox][data-keep]`;
//! - a text block: `button.text-toggle[data-frame]` opening `div.text-panel#text-{frame}`,
//!   which holds `button.copy[data-frame]` and `span.copied`;
//! - a frame's section: `section#frame-{frame}`; the next level's: `section#next-level`.

/// On a slot input and a date button: the item the slot belongs to.
pub const DATA_ITEM: &str = "data-item";
/// On a slot input: the slot's id (`baseline`, `target`, `date`).
pub const DATA_SLOT: &str = "data-slot";
/// On a keep box: the key of the goal it keeps.
pub const DATA_KEEP: &str = "data-keep";
/// On a text block's toggle and copy button: the frame's id.
pub const DATA_FRAME: &str = "data-frame";
/// On a slot's `span`: what paper shows in the input's place.
pub const DATA_PRINT: &str = "data-print";

/// The class of a slot's input.
pub const SLOT_INPUT: &str = "slot-input";
/// The class of a date slot's calendar button.
pub const DATE_BUTTON: &str = "date-button";
/// The class of a text block's open/close button.
pub const TEXT_TOGGLE: &str = "text-toggle";
/// The class of a text block's copy button.
pub const COPY_BUTTON: &str = "copy";
/// The class of the status beside a copy button.
pub const COPIED: &str = "copied";

/// The `id` of the next level's section.
pub const NEXT_LEVEL_ID: &str = "next-level";

/// The `id` of a frame's section, by the frame's id: e.g. `frame-okr`.
pub fn frame_id(frame: &str) -> String {
    format!("frame-{frame}")
}

/// The `id` of a frame's text panel, by the frame's id: e.g. `text-okr`.
pub fn text_panel_id(frame: &str) -> String {
    format!("text-{frame}")
}

/// The `id` of the `n`th slot input of a view (from 1): e.g. `slot-3`.
pub fn slot_id(n: usize) -> String {
    format!("slot-{n}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::FrameKind;

    /// The markup of Database Engineering P4 in the specification's canon.
    fn markup() -> String {
        let canon = crate::canon::load::load_dir(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/example-canon"),
        )
        .unwrap()
        .canon;
        let frames = crate::build_frames(&canon.profile("database-engineering", "P4").unwrap());
        super::super::html::frames(&frames, false)
    }

    #[test]
    fn the_names_are_the_ones_pages_and_saved_first_screens_hold() {
        // The single file's pre-rendered first screen and the styles use
        // these very spellings: a change here is a change of the contract.
        assert_eq!(frame_id("okr"), "frame-okr");
        assert_eq!(text_panel_id("okr"), "text-okr");
        assert_eq!(slot_id(3), "slot-3");
        assert_eq!(
            [DATA_ITEM, DATA_SLOT, DATA_KEEP, DATA_FRAME, DATA_PRINT],
            [
                "data-item",
                "data-slot",
                "data-keep",
                "data-frame",
                "data-print"
            ]
        );
        assert_eq!(
            [SLOT_INPUT, DATE_BUTTON, TEXT_TOGGLE, COPY_BUTTON, COPIED],
            ["slot-input", "date-button", "text-toggle", "copy", "copied"]
        );
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

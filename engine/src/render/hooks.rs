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
/// On a date slot's calendar button: the accessible name of the date picker
/// it opens ("Date picker, SMART goal 1"), in the page's language.
pub const DATA_PICKER: &str = "data-picker";

/// In the review's markup ([`super::review_html::panel`]): a part the app
/// fills with markup again as the review changes (`stage`, `score`,
/// `check-ins|{goal}`, `achievement|{goal}`, `suggestion|{goal}`, and the
/// error lines `error|stage`, `error|{goal}`, `error|next`).
pub const DATA_REVIEW_PART: &str = "data-review-part";
/// In the review's markup: an input or select by what it holds,
/// `goal|{key}|{field}` (an appraisal field: `actual`, `achievement`,
/// `self_rating`, …), `competency|{key}|{rater}` (`self_rating`,
/// `manager_rating`), `check-in|{goal}|{field}` (`date`, `value`, `status`,
/// `note`) or `stage|{field}` (`employee`, `manager`, `agreed_on`, `reviewed_on`).
pub const DATA_REVIEW_FIELD: &str = "data-review-field";
/// In the review's markup: a button by what it does, `agree`, `reviewed`,
/// `reopen`, `next-period`, `add-check-in|{goal}`, `save-check-in|{goal}`.
pub const DATA_REVIEW_ACTION: &str = "data-review-action";

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
}

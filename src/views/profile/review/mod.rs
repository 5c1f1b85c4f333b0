//! The "Review" region: agree the goals, check in through the period,
//! appraise at its end, rate the level's competencies and read the score.
//!
//! The region is the engine's markup ([`review_html::panel`]), put in when
//! its shape changes (the stage, the goals, an open check-in form) and
//! otherwise patched: its parts (stage records, check-ins, computed
//! achievements, score) and its fields' values, never the one being typed
//! in. Events are handled once, above it ([`actions`]); every change goes
//! through the engine's sheet methods, which refuse what the stage locks.

mod actions;

use std::collections::{BTreeMap, BTreeSet};

use goalframes_engine::render::review_html::{self, PanelState};
use goalframes_engine::sheet::review::NextPeriod;
use goalframes_engine::Message;
use leptos::prelude::*;

use crate::browser::review_markup::{self as markup, ReviewHook};
use crate::browser::{clock, element_ids};
use crate::views::profile::page::Page;

/// What the region's parts share.
#[derive(Clone, Copy)]
pub struct Review {
    /// Goals whose "Add check-in" form is open.
    pub open: RwSignal<BTreeSet<String>>,
    /// Goals whose new check-in's status was chosen by hand.
    pub chosen: RwSignal<BTreeSet<String>>,
    /// Refusals, by the error line they show in (`error|stage`, `error|{goal}`, …).
    pub errors: RwSignal<BTreeMap<String, String>>,
    /// The profile's page.
    pub page: Page,
}

/// The "Review" region, shown once the sheet keeps a goal.
#[component]
pub fn ReviewPanel() -> impl IntoView {
    let page = expect_context::<Page>();
    let t = page.state.t();
    let report = page.review;
    let review = Review {
        open: RwSignal::new(BTreeSet::new()),
        chosen: RwSignal::new(BTreeSet::new()),
        errors: RwSignal::new(BTreeMap::new()),
        page,
    };
    // Open forms and refusals belong to the sheet they were made on.
    Effect::new(move |_| {
        page.sheet_id.track();
        review.open.set(BTreeSet::new());
        review.chosen.set(BTreeSet::new());
        review.errors.set(BTreeMap::new());
    });
    let shape = Memo::new(move |_| {
        let open = review.open.get();
        report.with(|r| r.as_ref().map(|r| review_html::shape(r, &open)))
    });
    // A change the review's lock refused, wherever it was made (a keep box
    // in the frames, say): said on the stage's error line.
    let locked = Memo::new(move |_| page.state.store.with(|s| s.locked().map(|l| l.message(t))));
    let host = NodeRef::<leptos::html::Div>::new();
    // The markup as its shape requires, then its parts, values and errors.
    Effect::new(move |written: Option<Option<String>>| {
        let shape = shape.get();
        let root = host.get()?;
        let root: &web_sys::Element = &root;
        if written.flatten() != shape {
            let focused = markup::focused(root);
            let html = report.with_untracked(|r| {
                r.as_ref().map(|r| {
                    let person = page
                        .sheet
                        .with_untracked(|s| s.as_ref().and_then(|s| s.person.clone()))
                        .unwrap_or_default();
                    let next = page
                        .sheet
                        .with_untracked(|s| s.as_ref().and_then(NextPeriod::after));
                    let open = review.open.get_untracked();
                    let state = PanelState {
                        open: &open,
                        today: &clock::today(),
                        person: &person,
                        next: next.as_ref(),
                    };
                    review_html::panel(r, &state)
                })
            });
            let typed = markup::typed_in_forms(root);
            root.set_inner_html(&html.unwrap_or_default());
            for (field, value) in &typed {
                markup::set_field(root, field, value);
            }
            if let Some(hook) = &focused {
                markup::focus(root, (hook.0, &hook.1));
            }
        }
        report.with(|r| {
            if let Some(r) = r {
                let parts = review_html::parts(r);
                markup::fill_parts(root, parts.iter().map(|(n, h)| (n.as_str(), h.as_str())));
                markup::show_values(root, &review_html::values(r));
            }
        });
        let locked = locked.get();
        review.errors.with(|errors| {
            let lines = markup::error_parts(root);
            markup::fill_parts(
                root,
                lines.iter().map(|name| {
                    let text = errors.get(name).map(String::as_str);
                    let text = match (text, name.as_str(), &locked) {
                        (None, "error|stage", Some(why)) => why.as_str(),
                        (text, ..) => text.unwrap_or(""),
                    };
                    (name.as_str(), text)
                }),
            );
        });
        shape
    });
    let root = move || host.get_untracked().map(|h| web_sys::Element::clone(&h));
    let on_input = move |ev: leptos::ev::Event| {
        if let (Some(ReviewHook::Field(field, value)), Some(root)) = (ReviewHook::of(&ev), root()) {
            actions::typed(review, &root, &field, &value);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(ReviewHook::Field(field, value)) = ReviewHook::of(&ev) {
            actions::changed(review, &field, &value);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let (Some(ReviewHook::Action(action)), Some(root)) = (ReviewHook::of(&ev), root()) {
            actions::clicked(review, &root, &action);
        }
    };
    view! {
        <section
            id=element_ids::REVIEW
            class="review"
            tabindex="-1"
            aria-labelledby=element_ids::REVIEW_HEADING
            hidden=move || report.with(Option::is_none)
        >
            <h2 id=element_ids::REVIEW_HEADING>{t.review_heading()}</h2>
            <div node_ref=host on:input=on_input on:change=on_change on:click=on_click></div>
        </section>
    }
}

//! "Next level": what changes at the family's next level — the next level's
//! dimension texts that differ from this level's, verbatim — as development
//! goals a manager can keep, with the same slots as any goal.

use leptos::prelude::*;

use crate::views::profile::frame::{line_body, KeepBox};
use crate::views::profile::page::Page;

/// The next level's section (nothing when the family has no next level).
#[component]
pub fn NextLevel() -> impl IntoView {
    let page = expect_context::<Page>();
    page.frames.with_value(|frames| {
        let growth = frames.growth.as_ref()?;
        let items = growth
            .lines
            .iter()
            .zip(&growth.items)
            .map(|(line, item)| {
                view! {
                    <li>
                        <KeepBox key=item.key.clone() label=item.label.clone() />
                        {line_body(line, &growth_frame(frames))}
                    </li>
                }
            })
            .collect_view();
        let heading = format!("Next level: {} — {}", growth.code, growth.title);
        let body = if growth.lines.is_empty() {
            view! { <p class="empty">"Every level dimension reads the same at the next level."</p> }.into_any()
        } else {
            view! { <ul class="growth">{items}</ul> }.into_any()
        };
        Some(view! {
            <section id="next-level" class="frame next-level" aria-label="Next level" tabindex="-1">
                <h2>{heading}</h2>
                <p class="intro">
                    {format!(
                        "What changes at {} ({}): the next level's text, verbatim. Keep any as a development goal.",
                        growth.code, growth.display_title
                    )}
                </p>
                {body}
            </section>
        })
    })
}

/// A frame holding the next level's items, so that lines find their labels.
fn growth_frame(frames: &goalframes_engine::ProfileFrames) -> goalframes_engine::Frame {
    goalframes_engine::Frame {
        kind: goalframes_engine::FrameKind::Scorecard,
        blocks: Vec::new(),
        items: frames.growth_items().cloned().collect(),
    }
}

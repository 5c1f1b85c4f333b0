//! "Copy / print as text": a frame's exact text block, with the values filled in.

use std::sync::Arc;

use goalframes_engine::frame::Frame;
use goalframes_engine::render::text;
use leptos::prelude::*;

use crate::browser::clipboard;
use crate::views::profile::page::Page;

/// "Copy / print as text": shows the frame's exact text block with the values
/// filled in, and copies it to the clipboard.
#[component]
pub fn TextBlock(frame: Arc<Frame>) -> impl IntoView {
    let page = expect_context::<Page>();
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let kind = frame.kind;
    // The period end shows in every ⟨date⟩ slot not filled on its own.
    let text = Memo::new(move |_| text::frame(&frame, &page.effective_values()));
    let panel_id = format!("text-{}", kind.id());
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            status.set(if clipboard::copy(&text).await {
                "Copied".to_string()
            } else {
                "Copy failed: select the text and copy it by hand.".to_string()
            });
            set_timeout(
                move || status.set(String::new()),
                std::time::Duration::from_secs(5),
            );
        });
    };
    view! {
        <div class="text-block">
            <button
                type="button"
                class="text-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Copy / print as text"
            </button>
            <div id=panel_id class="text-panel" hidden=move || !open.get()>
                <div class="copy-row">
                    <button type="button" class="copy" on:click=copy>
                        "Copy"
                        <span class="vh">{format!(" {} as text", kind.title())}</span>
                    </button>
                    <span class="copied" role="status">{move || status.get()}</span>
                </div>
                // Built only while open: a page switch then makes no text blocks.
                <Show when=move || open.get()>
                    <pre class="text">{move || text.get()}</pre>
                </Show>
            </div>
        </div>
    }
}

//! Leptos's own floor: each kind of view Goalframes builds, once.
use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let count = RwSignal::new(0);
    let text = RwSignal::new(String::new());
    let even = Memo::new(move |_| count.get() % 2 == 0);
    view! {
        <button on:click=move |_| count.update(|c| *c += 1)>"Click " {move || count.get()}</button>
        <input prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
        <Show when=move || even.get() fallback=|| view! { <p>"odd"</p> }>
            <p>"even"</p>
        </Show>
        <ul>
            <For each=move || { (0..count.get()).collect::<Vec<i32>>() } key=|i| *i let:i>
                <li>{i}</li>
            </For>
        </ul>
        {move || {
            if count.get() > 3 {
                view! { <b>"big"</b> }.into_any()
            } else {
                view! { <i>"small"</i> }.into_any()
            }
        }}
    }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App)
}

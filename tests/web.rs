//! Component tests in headless Chromium (wasm-bindgen-test): the app mounted
//! into a real document, driven through the DOM.
#![cfg(target_arch = "wasm32")]

use goalframes_app::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at a hash into a fresh container.
fn mount_at(hash: &str) -> web_sys::HtmlElement {
    let _ = window().location().set_hash(hash);
    let doc = document();
    let body = doc.body().unwrap();
    // Leaves the test runner's own output in the body alone.
    if let Some(previous) = doc.get_element_by_id("app-under-test") {
        previous.remove();
    }
    let container = doc
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    container.set_id("app-under-test");
    body.append_child(&container).unwrap();
    // Kept mounted for the test's assertions (dropping the handle unmounts).
    leptos::mount::mount_to(container.clone(), App).forget();
    container
}

/// Lets effects and pending renders run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn profile_page_has_four_named_frames_and_golden_text() {
    let root = mount_at("#family=database-engineering&level=P4");
    settle().await;
    assert_eq!(
        query(&root, "h1").text_content().unwrap(),
        "Goal templates — Database Engineering — P4"
    );
    let names: Vec<String> = (0..4)
        .map(|i| {
            root.query_selector_all("section.frame")
                .unwrap()
                .get(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("aria-label")
                .unwrap()
        })
        .collect();
    assert_eq!(names, ["SMART goals", "OKRs", "MBO areas", "Scorecard"]);

    let toggle = query(&root, "#frame-okr .text-toggle");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    toggle.click();
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let text = query(&root, "#frame-okr pre").text_content().unwrap();
    assert_eq!(
        text,
        include_str!("fixtures/golden/database-engineering.P4.okr.txt")
    );
}

#[wasm_bindgen_test]
async fn a_value_fills_every_occurrence_and_the_text() {
    let _ = window().local_storage().unwrap().unwrap().clear();
    let root = mount_at("#family=database-engineering&level=P4");
    settle().await;
    let dates = root
        .query_selector_all(r#"#frame-smart input[aria-label="Date, SMART goal 1"]"#)
        .unwrap();
    assert_eq!(dates.length(), 2);
    let first: web_sys::HtmlInputElement = dates.get(0).unwrap().unchecked_into();
    first.set_value("2026-06-30");
    // As typing does: an input event that bubbles (the page listens once, above).
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    first
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
    let second: web_sys::HtmlInputElement = dates.get(1).unwrap().unchecked_into();
    assert_eq!(second.value(), "2026-06-30");
    // The text block is built when opened, with the value already in place.
    query(&root, "#frame-smart .text-toggle").click();
    settle().await;
    let text = query(&root, "#frame-smart pre").text_content().unwrap();
    assert!(text.contains("   Time-bound:  2026-06-30\n\n2. "));
    // The sheet is saved under the goalframes: prefix.
    let storage = window().local_storage().unwrap().unwrap();
    let key = storage.key(0).unwrap().unwrap();
    assert!(key.starts_with("goalframes:sheet:"));
    assert!(storage
        .get_item(&key)
        .unwrap()
        .unwrap()
        .contains("2026-06-30"));
}

#[wasm_bindgen_test]
async fn search_lists_results_as_you_type() {
    let root = mount_at("");
    settle().await;
    let input: web_sys::HtmlInputElement = query(&root, "#search").unchecked_into();
    assert_eq!(input.get_attribute("role").as_deref(), Some("combobox"));
    input.set_value("database p4");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let first = query(&root, "#search-results [role=option] .result-title");
    assert_eq!(first.text_content().unwrap(), "Database Engineering — P4");
}

/// Dispatches `kind` ("input", "change") as the browser does: bubbling.
fn fire(element: &web_sys::HtmlElement, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    element
        .dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

/// Types `text` into the input matching `selector`.
fn type_into(root: &web_sys::HtmlElement, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = query(root, selector).unchecked_into();
    input.set_value(text);
    fire(&input, "input");
}

#[wasm_bindgen_test]
async fn marking_a_sheet_as_agreed_records_it_and_locks_its_goals() {
    let _ = window().local_storage().unwrap().unwrap().clear();
    let root = mount_at("#family=database-engineering&level=P4");
    settle().await;
    // No kept goal, no review.
    assert!(query(&root, "#review").has_attribute("hidden"));
    let keep: web_sys::HtmlInputElement =
        query(&root, r#"input[data-keep="smart-1"]"#).unchecked_into();
    keep.click();
    settle().await;
    type_into(&root, r#"input[type="number"]"#, "100");
    settle().await;
    assert!(!query(&root, "#review").has_attribute("hidden"));
    let stage = query(&root, r#"#review [role="status"]"#);
    assert!(stage.text_content().unwrap().starts_with("Stage: Draft"));
    // The rating scale is the canon's (no [review] table: 1–5, numbers only).
    assert!(root.query_selector("#review select").unwrap().is_none());
    let fields = root
        .query_selector_all(r#"#review .stage-form input"#)
        .unwrap();
    assert_eq!(fields.length(), 3, "employee, manager, date");
    for (i, text) in ["Ada Lovelace", "Grace Hopper", "2026-01-15"]
        .iter()
        .enumerate()
    {
        let input: web_sys::HtmlInputElement = fields.get(i as u32).unwrap().unchecked_into();
        input.set_value(text);
        fire(&input, "input");
    }
    query(&root, "#review .stage-form button").click();
    settle().await;
    let stage = query(&root, r#"#review [role="status"]"#)
        .text_content()
        .unwrap();
    assert!(
        stage.contains("Stage: Agreed")
            && stage
                .contains("Agreed by employee Ada Lovelace and manager Grace Hopper on 2026-01-15"),
        "{stage}"
    );
    assert!(
        query(&root, ".goal-lock").has_attribute("disabled"),
        "agreed goals are read-only"
    );
    let options: Vec<String> = {
        let list = root
            .query_selector_all(r#"#review .appraisal select option"#)
            .unwrap();
        (0..list.length().min(6))
            .map(|i| list.get(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(options, ["Not rated", "1", "2", "3", "4", "5"]);
}

//! Element ids that more than one place refers to: a view renders them, and
//! focus moves to them or labels point at them. The ids in the engine's HTML
//! view (a frame's section, its text panel, slot inputs) are the engine's:
//! `goalframes_engine::render::hooks`.

/// The main landmark (the skip link's target).
pub const MAIN: &str = "main";
/// Every page's `<h1>`, focused after a navigation.
pub const PAGE_HEADING: &str = "page-heading";
/// The profile search box.
pub const SEARCH: &str = "search";
/// The search results' listbox.
pub const SEARCH_RESULTS: &str = "search-results";
/// The import dialog's heading, focused when it opens.
pub const IMPORT_HEADING: &str = "import-heading";
/// The import dialog's question.
pub const IMPORT_QUESTION: &str = "import-question";
/// The "Your goals" region's heading.
pub const GOALS_HEADING: &str = "goals-heading";
/// The "Your goals" region (a skip link's target).
pub const GOALS: &str = "goals";
/// The "Review" region's heading.
pub const REVIEW_HEADING: &str = "review-heading";
/// The "Review" region.
pub const REVIEW: &str = "review";
/// The language switch in the banner.
pub const LANGUAGE: &str = "language";

/// A search result's option, e.g. `result-2`.
pub fn search_result(index: usize) -> String {
    format!("result-{index}")
}

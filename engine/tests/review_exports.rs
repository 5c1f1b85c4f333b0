//! The review in every export: a reviewed sheet's text, Markdown, Word and
//! print carry the same stage, goal reviews, competency rows, score figures
//! and acknowledgement; its HR CSV carries the review's columns at the end;
//! the review CSV and its calibration summary. A draft with nothing of the
//! review recorded exports exactly as before.
//!
//! The scenario is `tests/fixtures/sheets/reviewed.json` (Database
//! Engineering P4 of the example canon: three canon goals and an own goal
//! weighted 50/30/10/10, two check-ins each, appraised, every competency row
//! rated, reviewed), which [`reviewed`] builds; the CLI's Word test reads the
//! file. `GOALFRAMES_UPDATE_FIXTURES=1` rewrites it.

use std::path::Path;

use goalframes_engine::goals::GoalSheet;
use goalframes_engine::render::{self, review_csv, sheet_html, ExportInfo, Format};
use goalframes_engine::sheet::review::report::acknowledgement_lines;

/// The acknowledgement sentence, in English.
const ACKNOWLEDGEMENT: &str = "Signing confirms that this review conversation took place. It does not mean that the employee agrees with its content.";

fn en() -> &'static goalframes_engine::Catalog {
    goalframes_engine::catalog(goalframes_engine::Lang::En)
}
use goalframes_engine::sheet::review::{competencies, CheckIn, Rater, Status};
use goalframes_engine::sheet::Sheet;
use goalframes_engine::{build_frames, Canon, SlotKind};

mod support;

use support::example_canon as canon;
use support::review::{appraise, check_in, planned, OWN};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The scenario: agreed, two check-ins per goal, appraised (one typed
/// achievement), every competency row rated, reviewed.
fn reviewed(canon: &Canon) -> Sheet {
    let profile = canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames(&profile);
    let rows = competencies(&profile, en());
    let rules = canon.review_rules();
    let mut sheet = planned(&frames);
    sheet
        .agree("Ada Lovelace", "Grace Hopper", "2026-01-15")
        .unwrap();
    for (goal, date, value, status) in [
        ("smart-1", "2026-04-01", "350 ms", Status::OnTrack),
        ("smart-1", "2026-07-02", "330 ms", Status::Behind),
        ("okr-2", "2026-04-01", "68%", Status::OnTrack),
        ("okr-2", "2026-07-02", "80%", Status::OnTrack),
        ("mbo-2", "2026-04-01", "12 of 15 reviewed", Status::AtRisk),
        ("mbo-2", "2026-07-02", "all reviewed", Status::OnTrack),
        (OWN, "2026-04-01", "1 mentee", Status::OnTrack),
        (OWN, "2026-07-02", "2 mentees", Status::OnTrack),
    ] {
        let entry = check_in(&sheet, date, value, status);
        sheet.add_check_in(goal, entry).unwrap();
    }
    appraise(&mut sheet);
    // Manager 4, 3, 4, 4, 3, 5, 4, 4 over the eight rows: a mean of 3.875.
    for (row, (self_rating, manager_rating)) in rows.iter().zip([
        (3, 4),
        (4, 3),
        (3, 4),
        (4, 4),
        (3, 3),
        (4, 5),
        (3, 4),
        (4, 4),
    ]) {
        sheet
            .set_competency_rating(&row.key, Rater::Employee, Some(self_rating))
            .unwrap();
        sheet
            .set_competency_rating(&row.key, Rater::Manager, Some(manager_rating))
            .unwrap();
    }
    let goals = GoalSheet::new(&frames, &sheet).review_goals();
    sheet
        .mark_reviewed("2026-12-15", &goals, &rows, rules, en())
        .unwrap();
    sheet
}

fn info() -> ExportInfo {
    ExportInfo {
        date: Some("2026-12-16".into()),
        ..Default::default()
    }
}

/// The document part of a .docx (its entries are stored).
fn docx_document(zip: &[u8]) -> String {
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes(zip[i..i + 4].try_into().unwrap()) as usize;
    let mut at = 0;
    while zip[at..].starts_with(b"PK\x03\x04") {
        let (size, name_len, extra) = (u32_at(at + 18), u16_at(at + 26), u16_at(at + 28));
        let data = at + 30 + name_len + extra;
        if &zip[at + 30..at + 30 + name_len] == b"word/document.xml" {
            return String::from_utf8(zip[data..data + size].to_vec()).unwrap();
        }
        at = data + size;
    }
    panic!("no word/document.xml")
}

/// Text, Markdown, Word (its document part) and print.
fn documents(goals: &GoalSheet<'_>) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = [Format::Text, Format::Markdown, Format::Docx]
        .into_iter()
        .map(|f| {
            let bytes = render::goal_sheet(goals, f, &info());
            let text = match f {
                Format::Docx => docx_document(&bytes),
                _ => String::from_utf8(bytes).unwrap(),
            };
            (f.id(), text)
        })
        .collect();
    out.push(("print", sheet_html::goal_sheet(goals, &info())));
    out
}

#[test]
fn the_reviewed_fixture_is_this_scenario() {
    let canon = canon();
    let built = reviewed(&canon);
    let path = root().join("tests/fixtures/sheets/reviewed.json");
    if std::env::var_os("GOALFRAMES_UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, built.to_json()).unwrap();
    }
    let file = Sheet::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        file, built,
        "GOALFRAMES_UPDATE_FIXTURES=1 rewrites the file"
    );
}

#[test]
fn every_document_carries_the_same_review_scores_and_acknowledgement() {
    let canon = canon();
    let profile = canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames(&profile);
    let sheet = reviewed(&canon);
    let goals = GoalSheet::reviewed(&frames, &sheet, &canon);
    let review = goals
        .shown_review()
        .expect("a reviewed sheet shows its review");
    let score_lines = review.score_lines();
    assert_eq!(
        score_lines[0],
        "Goal achievement: 91.5 % (Σ weight × achievement / 100 = (50 × 75.0 + 30 × 120.0 + 10 × 80.0 + 10 × 100.0) / 100 = 91.5 %)"
    );
    assert!(
        score_lines[1].starts_with("Goal rating: 4.2 "),
        "{score_lines:?}"
    );
    assert!(
        score_lines[2].starts_with("Competency rating: 3.9 "),
        "{score_lines:?}"
    );
    // With the default rules (goals 100 %), the overall is the goal rating.
    assert_eq!(review.overall_shown().as_deref(), Some("4.2 — 4"));
    let mut expected: Vec<String> = review.stage_lines();
    expected.extend(score_lines.iter().cloned());
    expected.push(ACKNOWLEDGEMENT.to_string());
    expected.extend(acknowledgement_lines(en()).map(String::from));
    expected.extend([
        "Achievement: 75.0 % (computed: from 400 ms to 200 ms, reached 250 ms: (250 − 400) / (200 − 400) = 75.0 %)".to_string(),
        "Achievement: 80.0 % (typed: 80.0 %)".to_string(),
        "2026-07-02 · 330 ms · Behind".to_string(),
        "Manager rating: 4".to_string(),
        "Manager comment: The index redesign paid off.".to_string(),
    ]);
    for row in &review.competencies {
        expected.push(row.competency.text.text.to_string());
        expected.push(row.source_line(en()));
        expected.push(row.ratings_line(&review.rules, en()));
    }
    assert_eq!(review.competencies.len(), 8, "six dimensions, two rubrics");
    assert!(expected.contains(&"Stage: Reviewed".to_string()));
    assert!(expected.contains(&"Reviewed on 2026-12-15".to_string()));
    for (format, text) in documents(&goals) {
        // Markdown escapes markup characters, HTML and Word escape markup:
        // compare with each document's own escaping of the line.
        for line in &expected {
            let shown = match format {
                "markdown" => render::markdown::escape(line),
                "print" | "docx" => render::html::escape(line).into_owned(),
                _ => line.clone(),
            };
            assert!(text.contains(&shown), "{format} lacks {shown:?}:\n{text}");
        }
        assert!(
            !text.contains("Signatures"),
            "{format}: the acknowledgement replaces the plain signature lines"
        );
        assert_eq!(
            text.matches(ACKNOWLEDGEMENT).count(),
            1,
            "{format}: one acknowledgement"
        );
    }
}

#[test]
fn a_draft_without_review_data_exports_exactly_as_before() {
    let canon = canon();
    let profile = canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames(&profile);
    let sheet = planned(&frames);
    let plain = GoalSheet::new(&frames, &sheet);
    let with = GoalSheet::reviewed(&frames, &sheet, &canon);
    assert!(with.shown_review().is_none());
    for format in [Format::Text, Format::Markdown, Format::Docx, Format::Csv] {
        assert_eq!(
            render::goal_sheet(&plain, format, &info()),
            render::goal_sheet(&with, format, &info()),
            "{format:?}"
        );
    }
    assert_eq!(
        sheet_html::goal_sheet(&plain, &info()),
        sheet_html::goal_sheet(&with, &info())
    );
    let text = String::from_utf8(render::goal_sheet(&with, Format::Text, &info())).unwrap();
    assert!(text.ends_with(&render::text::signatures(en())));
    assert!(!text.contains("Stage:") && !text.contains(ACKNOWLEDGEMENT));

    // One check-in on a draft is review data: from then on it is shown.
    let mut checked = sheet.clone();
    let entry = CheckIn {
        id: "t-1".into(),
        date: "2026-03-01".into(),
        value: "380 ms".into(),
        status: Status::OnTrack,
        note: "index rebuild pending".into(),
    };
    checked.add_check_in("smart-1", entry).unwrap();
    let goals = GoalSheet::reviewed(&frames, &checked, &canon);
    let text = String::from_utf8(render::goal_sheet(&goals, Format::Text, &info())).unwrap();
    assert!(text.contains("Stage: Draft\n"), "{text}");
    assert!(
        text.contains(
            "   Check-ins:\n     2026-03-01 · 380 ms · On track · index rebuild pending\n"
        ),
        "{text}"
    );
}

/// Reads a CSV: its header and rows.
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn the_hr_csv_appends_the_review_columns_for_drafts_and_reviewed_sheets() {
    let canon = canon();
    let profile = canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames(&profile);
    let rules = canon.review_rules();
    let sheet = reviewed(&canon);
    let goals = GoalSheet::new(&frames, &sheet).with_review(&profile, rules);
    let (header, rows) = read_csv(&render::csv::goal_sheet(&goals));
    assert_eq!(
        header.join(","),
        "employee,period,goal,description,framework,item,weight,baseline,target,due_date,source,canon,canon_version,status,last_checkin,actual,achievement_pct,self_rating,manager_rating,stage",
        "the review's columns come after the goal's, which keep their places"
    );
    let tail: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r[13..].iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        tail,
        [
            [
                "Behind",
                "2026-07-02",
                "250 ms",
                "75.0",
                "3",
                "4",
                "reviewed"
            ],
            [
                "On track",
                "2026-07-02",
                "96%",
                "120.0",
                "4",
                "5",
                "reviewed"
            ],
            [
                "On track",
                "2026-07-02",
                "all schema changes reviewed",
                "80.0",
                "3",
                "3",
                "reviewed"
            ],
            [
                "On track",
                "2026-07-02",
                "2 mentees",
                "100.0",
                "5",
                "4",
                "reviewed"
            ],
        ]
    );
    // A draft: the same columns, empty but its stage; without `with_review`
    // too.
    let draft = planned(&frames);
    for goals in [
        GoalSheet::new(&frames, &draft),
        GoalSheet::new(&frames, &draft).with_review(&profile, rules),
    ] {
        let (header, rows) = read_csv(&render::csv::goal_sheet(&goals));
        assert_eq!(header.len(), 20);
        for row in rows {
            assert_eq!(row[13..], ["", "", "", "", "", "", "draft"]);
        }
    }
    // The frames' CSV reads back as before: the review's columns are the goal sheet's.
    let values_csv = String::from_utf8(render::render(
        &frames,
        &goalframes_engine::FrameKind::ALL,
        &draft.effective_values(&frames),
        Format::Csv,
    ))
    .unwrap();
    let back = render::csv::read_values(&values_csv).unwrap();
    assert_eq!(back.family, "database-engineering");
    assert_eq!(back.values.get("smart-1", SlotKind::Target), Some("200 ms"));
}

#[test]
fn the_review_csv_has_a_row_per_person_and_the_summary_counts_every_point() {
    let canon = canon();
    let profile = canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames(&profile);
    let rules = canon.review_rules();
    let done = reviewed(&canon);
    let mut draft = planned(&frames);
    draft.set_person("=Grace Hopper").unwrap();
    let mut unnamed = planned(&frames);
    unnamed.id = "s9".into();
    unnamed.person = None;
    let reports: Vec<_> = [&done, &draft, &unnamed]
        .into_iter()
        .map(|s| {
            GoalSheet::new(&frames, s)
                .with_review(&profile, rules)
                .review
                .unwrap()
        })
        .collect();
    let people: Vec<review_csv::Person<'_>> = [&done, &draft, &unnamed]
        .into_iter()
        .zip(&reports)
        .map(|(sheet, review)| review_csv::Person { sheet, review })
        .collect();
    let (header, rows) = read_csv(&review_csv::csv(&people));
    assert_eq!(header, review_csv::COLUMNS);
    assert_eq!(
        rows[0],
        [
            "Ada Lovelace",
            "2026",
            "database-engineering",
            "P4",
            "reviewed",
            "4.2",
            "3.9",
            "4.2",
            "4",
            "91.5"
        ]
    );
    assert_eq!(
        rows[1],
        [
            "'=Grace Hopper",
            "2026",
            "database-engineering",
            "P4",
            "draft",
            "",
            "",
            "",
            "",
            ""
        ],
        "a cell is never a formula; a figure not scored is empty"
    );
    let summary = review_csv::summary(&people, rules, en());
    assert!(
        summary.starts_with("# Review calibration\n\nPeople: 3. "),
        "{summary}"
    );
    for point in [
        "| 1 | 0 |",
        "| 2 | 0 |",
        "| 3 | 0 |",
        "| 4 | 1 |",
        "| 5 | 0 |",
    ] {
        assert!(summary.contains(point), "{point}: {summary}");
    }
    assert!(summary.contains("\nNot scored: 2\n"), "{summary}");
    assert!(
        summary.contains("- =Grace Hopper — No manager rating for SMART goal 1."),
        "{summary}"
    );
    assert!(summary.contains("- sheet s9 — "), "{summary}");
}

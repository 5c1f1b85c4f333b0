//! `goalframes collect`: managers' goal sheets gathered into one goals CSV for
//! an HR system, or one document per sheet; a bad file is named and skipped.

use std::path::Path;
use std::process::{Command, Output};

use goalframes_engine::render::csv::unescape_cell;
use goalframes_engine::sheet::{CycleDate, Sheet};
use goalframes_engine::SlotKind;

fn goalframes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalframes"))
        .args(args)
        .output()
        .expect("run goalframes")
}

/// A sheet with three kept goals (60/30/10) and one own goal, as the app saves it.
fn sheet(id: &str, person: &str) -> Sheet {
    let mut s = Sheet::new(
        id,
        "database-engineering",
        "P4",
        "2026.11-sample",
        "2026-11-26T10:00:00Z",
    );
    s.set_person(person).unwrap();
    s.set_period("2026 H1").unwrap();
    s.set_cycle_date(CycleDate::PeriodStart, "2026-01-01")
        .unwrap();
    s.set_cycle_date(CycleDate::PeriodEnd, "2026-06-30")
        .unwrap();
    for (key, weight) in [("smart-2", 60), ("okr-1", 30), ("mbo-3", 10)] {
        s.keep(key);
        s.set_weight(key, Some(weight)).unwrap();
    }
    let own = s.add_own_goal("own-abc");
    s.set_own_goal_text(&own, "=Mentor two juniors, one a week")
        .unwrap();
    s.values
        .set("smart-2", SlotKind::Target, "p95 200 ms")
        .unwrap();
    s.values
        .set("smart-2", SlotKind::Date, "2026-03-31")
        .unwrap();
    s.values
        .set("okr-1-kr1", SlotKind::Baseline, "-5%")
        .unwrap();
    s.values.set(&own, SlotKind::Target, "2").unwrap();
    s
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn sheets_become_one_goals_csv_with_a_row_per_goal() {
    let dir = tempfile::tempdir().unwrap();
    let ada = write(
        dir.path(),
        "ada.json",
        &sheet("s1", "Ada Lovelace").to_json(),
    );
    let grace = write(
        dir.path(),
        "grace.json",
        &format!("\u{feff}{}", sheet("s2", "Grace Hopper").to_json()),
    );
    let broken = write(
        dir.path(),
        "broken.json",
        "{\"schema\":\"goalframes.sheet/2\"",
    );
    let other = write(
        dir.path(),
        "other.json",
        &sheet("s3", "Alan")
            .to_json()
            .replace("database-engineering", "nosuch"),
    );
    let out = dir.path().join("goals.csv");
    let run = goalframes(&[
        "collect",
        &ada,
        &broken,
        &grace,
        &other,
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2), "a bad file makes the run fail");
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(
        err.contains("broken.json: this is not a Goalframes sheet"),
        "{err}"
    );
    assert!(
        err.contains("other.json: this sheet is for a profile this canon does not have"),
        "{err}"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        headers.join(","),
        "employee,period,goal,description,framework,item,weight,baseline,target,due_date,source,canon,canon_version,status,last_checkin,actual,achievement_pct,self_rating,manager_rating,stage",
        "the review's columns are appended; a draft's hold only its stage"
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 8, "four goals for each of two sheets");
    assert!(!text.contains('⟨'), "no placeholder in any cell");
    for row in &rows {
        assert!(row.iter().all(|c| !c.contains('\n')), "one line per cell");
        assert!(
            row.iter().all(|c| !c.starts_with(['=', '+', '-', '@'])),
            "no formula: {row:?}"
        );
    }
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let ada_rows: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[col("employee")] == "Ada Lovelace")
        .collect();
    let items: Vec<&str> = ada_rows.iter().map(|r| r[col("item")].as_str()).collect();
    assert_eq!(items, ["smart-2", "okr-1", "mbo-3", "own-abc"]);
    let weights: Vec<&str> = ada_rows.iter().map(|r| r[col("weight")].as_str()).collect();
    assert_eq!(weights, ["60", "30", "10", ""]);
    let dues: Vec<&str> = ada_rows
        .iter()
        .map(|r| r[col("due_date")].as_str())
        .collect();
    assert_eq!(
        dues,
        ["2026-03-31", "2026-06-30", "2026-06-30", "2026-06-30"],
        "own date, else the period end"
    );
    assert_eq!(ada_rows[0][col("target")], "p95 200 ms");
    assert_eq!(ada_rows[1][col("baseline")], "'-5%", "written as text");
    assert_eq!(unescape_cell(&ada_rows[1][col("baseline")]), "-5%");
    assert_eq!(ada_rows[0][col("baseline")], "", "unfilled: empty");
    assert_eq!(ada_rows[3][col("framework")], "Own goal");
    assert_eq!(
        ada_rows[3][col("source")],
        "Your own goal — not from the canon"
    );
    assert_eq!(
        unescape_cell(&ada_rows[3][col("goal")]),
        "=Mentor two juniors, one a week"
    );
    assert_eq!(ada_rows[0][col("framework")], "SMART");
    assert_eq!(ada_rows[0][col("period")], "2026 H1");
    assert_eq!(ada_rows[0][col("canon_version")], "2026.11-sample");
    assert_eq!(ada_rows[0][col("stage")], "draft");
    assert_eq!(ada_rows[0][col("status")], "");
}

#[test]
fn sheets_become_one_document_each() {
    let dir = tempfile::tempdir().unwrap();
    let ada = write(
        dir.path(),
        "ada.json",
        &sheet("s1", "Ada Lovelace").to_json(),
    );
    let out = dir.path().join("docs");
    let run = goalframes(&[
        "collect",
        &ada,
        "--format",
        "markdown",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Named by the engine's one rule, as the app names its exports.
    let md =
        std::fs::read_to_string(out.join("database-engineering-p4-ada-lovelace-goals.md")).unwrap();
    assert!(
        md.starts_with("# Goal sheet — Database Engineering — P4"),
        "{md}"
    );
    assert!(md.contains("Person: Ada Lovelace"));
    assert!(
        md.contains("Period: 2026 H1 (2026-01-01 to 2026-06-30)"),
        "{md}"
    );
    assert!(
        md.contains("| 1 | SMART goal 2 | SMART | 60% | p95 200 ms | 2026-03-31 |"),
        "{md}"
    );
    assert!(md.contains("Your own goal — not from the canon"));
    assert!(md.contains("**Total weight: 100%**"));
    assert!(md.contains("Employee: \\_"), "signature lines");
}

/// `collect` refuses a sheet whose ⟨date⟩ slot holds a day the calendar
/// lacks (2026-02-31): it names the file and the slot, skips it, collects
/// the others and exits 2. The due date is never printed.
#[test]
fn collect_names_and_skips_a_sheet_with_an_impossible_date() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    let bad = dir.path().join("bad.json");
    std::fs::write(&good, sheet("s1", "Ada").to_json()).unwrap();
    // As a hand edit or another program would write it, past `Values::set`.
    let impossible = sheet("s2", "Grace")
        .to_json()
        .replace("\"date\":\"2026-03-31\"", "\"date\":\"2026-02-31\"");
    assert!(impossible.contains("2026-02-31"));
    std::fs::write(&bad, impossible).unwrap();
    for format in ["csv", "markdown", "text", "docx"] {
        let out = dir.path().join(format!("out-{format}"));
        std::fs::create_dir(&out).unwrap();
        let run = goalframes(&[
            "collect",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        let err = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.code(), Some(2), "{format}: {err}");
        assert!(
            err.contains(&format!(
                "{}: this is not a Goalframes sheet (bad value in smart-2.date: there is no such day in the calendar)",
                bad.display()
            )),
            "{format}: {err}"
        );
        assert!(err.contains("1 collected, 1 failed"), "{format}: {err}");
        // The good sheet is collected; nothing of the bad one is written.
        let mut written = String::new();
        for entry in std::fs::read_dir(&out).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            assert!(!name.contains("grace"), "{format}: {name}");
            written.push_str(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
        }
        if format != "docx" {
            assert!(written.contains("Ada"), "{format}: {written}");
            assert!(written.contains("2026-03-31"), "{format}: {written}");
            assert!(!written.contains("2026-02-31"), "{format}: {written}");
            assert!(!written.contains("Grace"), "{format}: {written}");
        }
    }
}

fn example_canon() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/example-canon"
    )
    .to_string()
}

/// The reviewed sheet of `engine/tests/review_exports.rs`.
fn reviewed_json() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/sheets/reviewed.json"
    ))
    .unwrap()
}

#[test]
fn review_csv_has_a_row_per_person_and_a_calibration_summary_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let ada = write(dir.path(), "ada.json", &reviewed_json());
    let grace = write(
        dir.path(),
        "grace.json",
        &sheet("s2", "=Grace Hopper").to_json(),
    );
    let broken = write(dir.path(), "broken.json", "{");
    let out = dir.path().join("reviews.csv");
    let canon = example_canon();
    let run = goalframes(&[
        "collect",
        "--canon",
        &canon,
        &ada,
        &broken,
        &grace,
        "--format",
        "review-csv",
        "--out",
        out.to_str().unwrap(),
    ]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(
        run.status.code(),
        Some(2),
        "a bad file makes the run fail: {err}"
    );
    assert!(
        err.contains("broken.json: this is not a Goalframes sheet"),
        "{err}"
    );
    assert!(err.contains("2 collected, 1 failed"), "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        headers.join(","),
        "employee,period,family,level,stage,goal_score,competency_score,overall,rating_label,goal_achievement_pct"
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(
        rows,
        [
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
            ],
            [
                "'=Grace Hopper",
                "2026 H1",
                "database-engineering",
                "P4",
                "draft",
                "",
                "",
                "",
                "",
                ""
            ]
        ],
        "one row per good sheet; a cell is never a formula"
    );
    // The summary: beside the CSV, every point of the scale, who is not scored and why.
    let summary = std::fs::read_to_string(dir.path().join("reviews.md")).unwrap();
    assert!(summary.starts_with("# Review calibration\n"), "{summary}");
    for point in [
        "| 1 | 0 |",
        "| 2 | 0 |",
        "| 3 | 0 |",
        "| 4 | 1 |",
        "| 5 | 0 |",
    ] {
        assert!(summary.contains(point), "{point}: {summary}");
    }
    assert!(summary.contains("Not scored: 1\n"), "{summary}");
    assert!(
        summary.contains("- =Grace Hopper — No manager rating for SMART goal 2. No manager rating for Objective 1."),
        "{summary}"
    );

    // A folder: reviews.csv in it; --summary puts the summary elsewhere.
    let folder = dir.path().join("hr");
    std::fs::create_dir(&folder).unwrap();
    let elsewhere = dir.path().join("calibration.md");
    let run = goalframes(&[
        "collect",
        "--canon",
        &canon,
        &ada,
        "--format",
        "review-csv",
        "--out",
        folder.to_str().unwrap(),
        "--summary",
        elsewhere.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(folder.join("reviews.csv").is_file());
    assert!(!folder.join("reviews.md").exists());
    let summary = std::fs::read_to_string(&elsewhere).unwrap();
    assert!(summary.contains("Not scored: 0\n"), "{summary}");

    // --summary belongs to review-csv; an unknown format lists review-csv.
    let run = goalframes(&[
        "collect",
        &ada,
        "--format",
        "csv",
        "--out",
        folder.to_str().unwrap(),
        "--summary",
        "x.md",
    ]);
    assert_eq!(run.status.code(), Some(2));
    let run = goalframes(&[
        "collect",
        &ada,
        "--format",
        "review",
        "--out",
        folder.to_str().unwrap(),
    ]);
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(err.contains("review-csv"), "{err}");
}

#[test]
fn a_reviewed_sheet_collects_with_its_review_in_every_document_and_the_goals_csv() {
    let dir = tempfile::tempdir().unwrap();
    let ada = write(dir.path(), "ada.json", &reviewed_json());
    let canon = example_canon();
    for format in ["csv", "markdown", "text"] {
        let out = dir.path().join(format!("out-{format}"));
        std::fs::create_dir(&out).unwrap();
        let run = goalframes(&[
            "collect",
            "--canon",
            &canon,
            &ada,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let file = std::fs::read_dir(&out)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let text = std::fs::read_to_string(file).unwrap();
        if format == "csv" {
            assert!(
                text.contains(",Behind,2026-07-02,250 ms,75.0,3,4,reviewed\n"),
                "{text}"
            );
        } else {
            assert!(
                text.contains("Goal achievement: 91.5 %"),
                "{format}: {text}"
            );
            assert!(text.contains("Stage: Reviewed"), "{format}: {text}");
            assert!(
                text.contains("Signing confirms that this review conversation took place."),
                "{format}: {text}"
            );
        }
    }
}

/// A sheet edited in German is collected in German; `--lang` chooses
/// another; the goals CSV keeps its English columns and values whatever the
/// language (the HR contract).
#[test]
fn collect_writes_each_sheet_in_its_language_or_the_one_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut german = sheet("s1", "Erika Mustermann");
    german.lang = Some("de".into());
    let path = write(dir.path(), "erika.json", &german.to_json());
    let out = dir.path().join("docs");
    let collect = |lang: Option<&str>, format: &str, out: &Path| {
        let mut args = vec![
            "collect",
            &path,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ];
        if let Some(lang) = lang {
            args.extend(["--lang", lang]);
        }
        let run = goalframes(&args);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    };
    let name = "database-engineering-p4-erika-mustermann-goals.md";
    collect(None, "markdown", &out);
    let md = std::fs::read_to_string(out.join(name)).unwrap();
    assert!(
        md.starts_with("# Zielbogen — Database Engineering — P4"),
        "{md}"
    );
    assert!(
        md.contains("Zeitraum: 2026 H1 (2026-01-01 bis 2026-06-30)"),
        "ISO dates in files: {md}"
    );
    let french = dir.path().join("fr");
    collect(Some("fr"), "markdown", &french);
    let md = std::fs::read_to_string(french.join(name)).unwrap();
    assert!(
        md.starts_with("# Fiche d’objectifs — Database Engineering — P4"),
        "{md}"
    );

    let csv_out = dir.path().join("goals.csv");
    collect(Some("de"), "csv", &csv_out);
    let csv = std::fs::read_to_string(&csv_out).unwrap();
    assert!(
        csv.starts_with("employee,period,goal,description,framework,"),
        "{csv}"
    );
    assert!(
        csv.contains(",SMART,smart-2,") && csv.contains(",Own goal,") && csv.contains(",draft\n"),
        "English values: {csv}"
    );
    assert!(
        csv.contains("JFM-Verantwortlichkeit (P4)"),
        "the text itself in the sheet's language: {csv}"
    );

    let bad = goalframes(&[
        "collect",
        &path,
        "--lang",
        "pt",
        "--format",
        "markdown",
        "--out",
        dir.path().join("x").to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("de, en, es, fr"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

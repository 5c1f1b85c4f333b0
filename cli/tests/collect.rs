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
        "employee,period,goal,description,framework,item,weight,baseline,target,due_date,source,canon,canon_version"
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

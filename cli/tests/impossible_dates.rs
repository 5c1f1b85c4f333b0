//! `goalframes collect` refuses a sheet whose ⟨date⟩ slot holds a day the
//! calendar lacks (2026-02-31): it names the file and the slot, skips it,
//! collects the others and exits 2. The due date is never printed.

use std::process::{Command, Output};

use goalframes_engine::sheet::Sheet;
use goalframes_engine::SlotKind;

fn goalframes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalframes"))
        .args(args)
        .output()
        .expect("run goalframes")
}

/// A sheet for Database Engineering P4 keeping SMART goal 1, due on `due`
/// (written as a hand edit or another program would: past `Values::set`).
fn sheet_json(id: &str, person: &str, due: &str) -> String {
    let mut s = Sheet::new(
        id,
        "database-engineering",
        "P4",
        "2026.11-sample",
        "2026-11-26T10:00:00Z",
    );
    s.set_person(person).unwrap();
    s.keep("smart-1");
    s.values
        .set("smart-1", SlotKind::Date, "2026-06-30")
        .unwrap();
    s.to_json().replace("2026-06-30", due)
}

#[test]
fn collect_names_and_skips_a_sheet_with_an_impossible_date() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    let bad = dir.path().join("bad.json");
    std::fs::write(&good, sheet_json("s1", "Ada", "2026-06-30")).unwrap();
    std::fs::write(&bad, sheet_json("s2", "Grace", "2026-02-31")).unwrap();
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
                "{}: this is not a Goalframes sheet (bad value in smart-1.date: there is no such day in the calendar)",
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
            assert!(written.contains("2026-06-30"), "{format}: {written}");
            assert!(!written.contains("2026-02-31"), "{format}: {written}");
            assert!(!written.contains("Grace"), "{format}: {written}");
        }
    }
}

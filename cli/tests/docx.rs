//! A .docx export opens in LibreOffice: converted headless to PDF, its text shows
//! the frames. Needs Debian's libreoffice-writer-nogui and poppler-utils, which
//! `cargo xtask test` installs.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `cmd` (`needs` says what to install when it is missing) and checks it succeeded.
fn succeed(cmd: &mut Command, needs: &str) -> Output {
    let out = cmd.output().expect(needs);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `goalframes` with these arguments, which must succeed.
fn goalframes(args: &[&str]) -> Output {
    succeed(
        Command::new(env!("CARGO_BIN_EXE_goalframes")).args(args),
        "run goalframes",
    )
}

/// LibreOffice converts `file` in `dir` to `to` (`pdf`, `txt:Text`), its
/// profile kept in `dir`.
fn soffice_convert(dir: &Path, file: &Path, to: &str) {
    succeed(
        Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}/libreoffice",
                dir.display()
            ))
            .args(["--headless", "--convert-to", to, "--outdir"])
            .arg(dir)
            .arg(file),
        "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui",
    );
}

#[test]
fn a_docx_export_converts_to_pdf_in_libreoffice_and_shows_the_frames() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster.csv");
    std::fs::write(
        &roster,
        "name,family,level,period\nAna,database-engineering,P4,2027 H1\n",
    )
    .unwrap();
    goalframes(&[
        "batch",
        "--roster",
        roster.to_str().unwrap(),
        "--format",
        "docx",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    let docx = dir.path().join("database-engineering-p4-ana.docx");
    soffice_convert(dir.path(), &docx, "pdf");
    let pdf = dir.path().join("database-engineering-p4-ana.pdf");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed: apt-get install poppler-utils");
    // Table cells wrap: compare with white space folded.
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Goal templates",
        "SMART goals",
        "OKRs",
        "MBO areas",
        "Scorecard",
        "Person: Ana",
        "Internal process",
        "Architects complex database systems",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the PDF text:\n{text}"
        );
    }
}

/// Why "a Word export of a value with an emoji loses the emoji": the file
/// keeps every character (LibreOffice reads each back), but a PDF drawn on a
/// machine with no font for a character (Debian's DejaVu has 😀, not 🚀 or
/// 𠜎) draws an empty box, which `pdftotext` reads as nothing. This reads the
/// file back as LibreOffice sees it, characters outside the Basic
/// Multilingual Plane and all.
#[test]
fn a_goal_sheet_in_word_keeps_every_character_as_libreoffice_reads_it() {
    use goalframes_engine::render::file_name;
    use goalframes_engine::sheet::Sheet;
    let dir = tempfile::tempdir().unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/sheets/documents.json"
    );
    let mut sheet = Sheet::from_json(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let typed = "😀 🚀 👩🏽‍💻 𝔄 𠜎 🇪🇺";
    sheet
        .set_own_goal_text("own-documents", &format!("Mentor {typed}"))
        .unwrap();
    sheet.set_person(&format!("Ada {typed}")).unwrap();
    let json = dir.path().join("sheet.json");
    std::fs::write(&json, sheet.to_json()).unwrap();
    goalframes(&[
        "collect",
        json.to_str().unwrap(),
        "--format",
        "docx",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    let docx = file_name::sheet_file_name(&sheet, file_name::Holds::Goals, "docx");
    let name = docx.trim_end_matches(".docx");
    soffice_convert(dir.path(), &dir.path().join(&docx), "txt:Text");
    let text = std::fs::read_to_string(dir.path().join(format!("{name}.txt"))).unwrap();
    assert!(text.contains(&format!("Person: Ada {typed}")), "{text}");
    assert!(text.contains(&format!("Mentor {typed}")), "{text}");
}

/// "The Word review of four goals and six dimensions fits on three pages at
/// most": the reviewed sheet of `engine/tests/review_exports.rs` (three
/// canon goals and an own goal weighted 50/30/10/10, two check-ins each,
/// appraised, every competency row rated, reviewed) as LibreOffice prints
/// it, with its score figures, an achievement and the acknowledgement.
#[test]
fn a_reviewed_goal_sheet_in_word_fits_on_three_pages_with_its_score() {
    let dir = tempfile::tempdir().unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let json = dir.path().join("reviewed.json");
    std::fs::copy(format!("{root}/tests/fixtures/sheets/reviewed.json"), &json).unwrap();
    goalframes(&[
        "collect",
        "--canon",
        &format!("{root}/tests/fixtures/example-canon"),
        json.to_str().unwrap(),
        "--format",
        "docx",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    let docx = dir
        .path()
        .join("database-engineering-p4-ada-lovelace-goals.docx");
    soffice_convert(dir.path(), &docx, "pdf");
    let text = Command::new("pdftotext")
        .arg(docx.with_extension("pdf"))
        .arg("-")
        .output()
        .expect("pdftotext is needed: apt-get install poppler-utils");
    let text = String::from_utf8_lossy(&text.stdout);
    // pdftotext ends every page with a form feed.
    let pages = text.matches('\u{c}').count();
    println!("the reviewed sheet in Word: {pages} page(s)");
    assert!((1..=3).contains(&pages), "{pages} pages:\n{text}");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Stage: Reviewed",
        "Goal achievement: 91.5 %",
        "Goal rating: 4.2",
        "Competency rating: 3.9",
        "Overall: 4.2 — 4",
        "Achievement: 75.0 %",
        "Competencies",
        "Acknowledgement",
        "Signing confirms that this review conversation took place. It does not mean that the employee agrees with its content.",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the PDF text:\n{text}"
        );
    }
}

//! A .docx export opens in LibreOffice: converted headless to PDF, its text shows
//! the frames. Needs Debian's libreoffice-writer-nogui and poppler-utils, which
//! `cargo xtask test` installs.

use std::process::Command;

#[test]
fn a_docx_export_converts_to_pdf_in_libreoffice_and_shows_the_frames() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster.csv");
    std::fs::write(
        &roster,
        "name,family,level,period\nAna,database-engineering,P4,2027 H1\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_goalframes"))
        .args([
            "batch",
            "--roster",
            roster.to_str().unwrap(),
            "--format",
            "docx",
            "--out",
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docx = dir.path().join("database-engineering-p4-ana.docx");
    let convert = Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .env("HOME", dir.path())
        .output()
        .expect("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui");
    assert!(
        convert.status.success(),
        "{}",
        String::from_utf8_lossy(&convert.stderr)
    );
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

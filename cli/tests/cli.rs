//! The `goalframes` binary as a user runs it: golden output from the embedded
//! canon and from a canon folder, exit codes, and error reports.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn goalframes(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalframes"))
        .args(args)
        .output()
        .expect("run goalframes")
}

/// `goalframes render` of Database Engineering P4 from the embedded canon.
fn render_p4(frame: &str, format: &str) -> Output {
    goalframes(&[
        "render",
        "--family",
        "database-engineering",
        "--level",
        "P4",
        "--frame",
        frame,
        "--format",
        format,
    ])
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn render_reproduces_golden_from_the_embedded_canon_and_from_the_example_canon() {
    let example = fixtures().join("example-canon");
    for frame in ["smart", "okr", "mbo", "scorecard"] {
        let golden =
            std::fs::read(fixtures().join(format!("golden/database-engineering.P4.{frame}.txt")))
                .unwrap();
        let base = [
            "render",
            "--family",
            "database-engineering",
            "--level",
            "P4",
            "--frame",
            frame,
            "--format",
            "text",
        ];
        let embedded = goalframes(&base);
        assert!(embedded.status.success(), "{}", stderr(&embedded));
        assert_eq!(embedded.stdout, golden, "embedded canon, {frame}");
        let mut args = base.to_vec();
        args.extend(["--canon", example.to_str().unwrap()]);
        let from_dir = goalframes(&args);
        assert!(from_dir.status.success(), "{}", stderr(&from_dir));
        assert_eq!(from_dir.stdout, golden, "example canon, {frame}");
    }
}

#[test]
fn check_prints_a_one_line_summary() {
    let out = goalframes(&[
        "check",
        "--canon",
        fixtures().join("example-canon").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "JobFrame example-1: ok, 1 families, 1 levels, 1 profiles\n"
    );
    let embedded = goalframes(&["check"]);
    assert_eq!(embedded.status.code(), Some(0), "{}", stderr(&embedded));
    assert_eq!(stdout(&embedded).lines().count(), 1);
}

#[test]
fn check_reports_every_error_with_file_line_and_key_and_exits_2() {
    let out = goalframes(&[
        "check",
        "--canon",
        fixtures().join("broken-canon").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    for expected in [
        "error: canon.toml:3: version: expected a string, found an integer",
        "error: canon.toml:11: level[0].title: the text has trailing white space",
        "error: canon.toml:13: level[0].dimensions.scpoe: \"scpoe\" is not a declared dimension",
        "error: families/broken.toml:6: level[0].code: level code \"P7\" is not in the ladder (canon.toml); the ladder has (nearest first): P1",
        "error: families/broken.toml:7: level[0].responsibilites: unknown key",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
}

#[test]
fn list_shows_family_level_and_display_title() {
    let out = goalframes(&[
        "list",
        "--canon",
        fixtures().join("example-canon").to_str().unwrap(),
    ]);
    assert_eq!(
        stdout(&out),
        "database-engineering\tP4\tDatabase Engineering — P4\n"
    );
}

#[test]
fn unknown_family_level_or_frame_exits_2_and_lists_what_exists_nearest_first() {
    let out = goalframes(&["render", "--family", "databse-engineering", "--level", "P4"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("unknown family \"databse-engineering\"; these exist (nearest first): database-engineering, "), "{}", stderr(&out));
    let out = goalframes(&[
        "render",
        "--family",
        "database-engineering",
        "--level",
        "P9",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown level for family \"database-engineering\" \"P9\""),
        "{}",
        stderr(&out)
    );
    let out = goalframes(&[
        "render",
        "--family",
        "database-engineering",
        "--level",
        "P4",
        "--frame",
        "okrs",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("(nearest first): okr, "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_empty_frame_prints_zero_bytes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures().join("example-canon/canon.toml"),
        dir.path().join("canon.toml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("families")).unwrap();
    std::fs::write(
        dir.path().join("families/general.toml"),
        "group = \"G\"\nname = \"General\"\nid = \"general\"\n\n[[level]]\ncode = \"P4\"\ncomponent_responsibilities = [\"Budget\"]\n",
    )
    .unwrap();
    let canon = dir.path().to_str().unwrap();
    let smart = goalframes(&[
        "render", "--canon", canon, "--family", "general", "--level", "P4", "--frame", "smart",
    ]);
    assert!(smart.status.success());
    assert!(smart.stdout.is_empty());
    let mbo = goalframes(&[
        "render", "--canon", canon, "--family", "general", "--level", "P4", "--frame", "mbo",
    ]);
    assert!(stdout(&mbo).starts_with("1. Area: Budget  [source: responsibility (component)]\n"));
}

#[test]
fn json_and_csv_carry_provenance_and_slots() {
    let json = render_p4("okr", "json");
    let text = stdout(&json);
    assert!(text.contains("\"schema\": \"goalframes.frames/1\""));
    assert!(text.contains("\"field\": \"responsibility\""));
    assert!(text.contains("\"key\": \"okr-1-kr2\""));
    let csv = render_p4("mbo", "csv");
    let text = stdout(&csv);
    assert!(text.starts_with("family,level,frame,item,label,text,baseline,target,date,source,canon,canon_version,exported\n"));
    assert!(
        text.contains(",JobFrame,2026.11-sample,\n"),
        "canon name and version on every row"
    );
    assert!(text.contains("database-engineering,P4,mbo,mbo-1,MBO area 1,\"1. Area: "));
}

#[test]
fn batch_writes_one_file_per_good_row_and_reports_bad_rows_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster.csv");
    std::fs::write(
        &roster,
        "Name,Family,Level,Period\nAna María,database-engineering,P4,2027 H1\nBob,nosuch,P4,2027\n\"Dan, Jr.\",database-engineering,P9,\nCleo,database-engineering,P4,\n",
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let out = goalframes(&[
        "batch",
        "--roster",
        roster.to_str().unwrap(),
        "--format",
        "markdown",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a failed row makes the run fail"
    );
    let err = stderr(&out);
    assert!(
        err.contains("roster.csv:3: unknown family \"nosuch\""),
        "{err}"
    );
    assert!(
        err.contains("roster.csv:4: unknown level for family \"database-engineering\" \"P9\""),
        "{err}"
    );
    // Named by the engine's one rule, as the app names its exports.
    let ana =
        std::fs::read_to_string(out_dir.join("database-engineering-p4-ana-maría.md")).unwrap();
    assert!(
        ana.contains("Person: Ana María") && ana.contains("Period: 2027 H1"),
        "{ana}"
    );
    assert!(ana.contains("## SMART goals"));
    assert!(out_dir.join("database-engineering-p4-cleo.md").exists());
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 2);
}

#[test]
fn batch_names_a_missing_roster_column() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("r.csv");
    std::fs::write(&roster, "name,family,period\nA,database-engineering,x\n").unwrap();
    let out = goalframes(&[
        "batch",
        "--roster",
        roster.to_str().unwrap(),
        "--format",
        "json",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("r.csv:1: the header row has no \"level\" column"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn compare_prints_profiles_side_by_side_in_every_text_format() {
    let profiles = "database-engineering:P4,database-engineering:P5";
    let text = goalframes(&["compare", "--profiles", profiles]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    let text = stdout(&text);
    assert!(text.starts_with(
        "Compare: Database Engineering — P4 (P4 — Senior Professional) · Database Engineering — P5"
    ));
    assert!(text.contains("\nScope  [differs]\n  Database Engineering — P4: \"A system or set of related features\"   [source: level dimension (Scope), P4]\n"));
    assert!(text.contains("\nResponsibilities  [differs]\n"));
    let markdown = stdout(&goalframes(&[
        "compare",
        "--profiles",
        profiles,
        "--format",
        "markdown",
    ]));
    assert!(markdown.contains("| **Scope** _(differs)_ | A system or set of related features<br>_source: level dimension (Scope), P4_ |"), "{markdown}");
    let csv = stdout(&goalframes(&[
        "compare",
        "--profiles",
        profiles,
        "--format",
        "csv",
    ]));
    assert!(csv.starts_with(
        "row,label,differs,family,level,title,position,text,source,canon,canon_version\n"
    ));
    assert!(csv.contains("dimension:scope,Scope,yes,database-engineering,P5,Database Engineering — P5,1,A platform or domain spanning several systems,"));
    let json: serde_json::Value = serde_json::from_str(&stdout(&goalframes(&[
        "compare",
        "--profiles",
        profiles,
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(json["columns"][1]["level"], "P5");
    assert_eq!(json["rows"][0]["differs"], true);
    let bad = goalframes(&["compare", "--profiles", "databse-engineering:P4"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains(
        "unknown family \"databse-engineering\"; these exist (nearest first): database-engineering"
    ));
    let word = goalframes(&["compare", "--profiles", profiles, "--format", "docx"]);
    assert_eq!(word.status.code(), Some(2));
}

/// `goalframes list | head -1`: the reader leaves early. The output stops
/// there quietly (status 0, nothing on stderr), with no panic.
#[test]
fn a_reader_that_leaves_early_ends_the_output_quietly() {
    for args in [
        &["list"][..],
        &["render", "--family", "payroll", "--level", "S3"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_goalframes"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reading end closes at once, before the listing is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

/// `--lang` renders the shipped canon's frames in another language; the
/// German example canon renders in German by itself, its golden blocks byte
/// for byte, and in English when asked.
#[test]
fn render_speaks_the_canons_language_or_the_one_asked_for() {
    let p4 = [
        "render",
        "--family",
        "database-engineering",
        "--level",
        "P4",
        "--frame",
        "smart",
    ];
    let mut german = p4.to_vec();
    german.extend(["--lang", "de"]);
    let out = goalframes(&german);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("   Spezifisch:  Erbringen: „Architects complex"),
        "{}",
        stdout(&out)
    );

    let canon_de = fixtures().join("../../examples/canon-de");
    let canon_de = canon_de.to_str().unwrap();
    for frame in ["smart", "okr", "mbo", "scorecard"] {
        let args = [
            "render",
            "--canon",
            canon_de,
            "--family",
            "datenbanktechnik",
            "--level",
            "P4",
            "--frame",
            frame,
        ];
        let out = goalframes(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let golden =
            std::fs::read(fixtures().join(format!("golden-de/datenbanktechnik.P4.{frame}.txt")))
                .unwrap();
        assert_eq!(out.stdout, golden, "{frame}");
    }
    let english = goalframes(&[
        "render",
        "--canon",
        canon_de,
        "--family",
        "datenbanktechnik",
        "--level",
        "P4",
        "--frame",
        "smart",
        "--lang",
        "en",
    ]);
    assert!(
        stdout(&english).contains("   Measurable:  Move the metric"),
        "{}",
        stdout(&english)
    );

    let mut unknown = p4.to_vec();
    unknown.extend(["--lang", "pt-BR"]);
    let out = goalframes(&unknown);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pt-BR") && stderr(&out).contains("de"),
        "{}",
        stderr(&out)
    );
}

//! `goalframes batch`: the same exports as the app, for a whole roster at once.
//!
//! The roster is CSV with a header row naming the columns `name`, `family`,
//! `level` and `period` (any order, case-insensitive). Each good row becomes one
//! file in the output folder; a bad row is reported with its line number and the
//! others are still produced (exit status 2 when any row failed).

use std::collections::HashSet;
use std::path::Path;

use goalframes_engine::canon::Canon;
use goalframes_engine::render::{export, slug, ExportInfo, Format};
use goalframes_engine::{build_frames, FrameKind, Values};

use crate::{unknown, Failure};

const COLUMNS: [&str; 4] = ["name", "family", "level", "period"];

/// Writes one export per roster row into `out`.
pub fn run(canon: &Canon, roster: &Path, format: &str, out: &Path) -> Result<(), Failure> {
    let format = Format::from_id(format)
        .ok_or_else(|| unknown("format", format, Format::ALL.map(Format::id)))?;
    let extension = format.extension();
    let file = roster.display();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(roster)
        .map_err(|e| Failure(format!("{file}: cannot read the roster: {e}")))?;
    let headers = reader
        .headers()
        .map_err(|e| Failure(format!("{file}:1: cannot read the header row: {e}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let positions: Vec<Option<usize>> = COLUMNS.iter().map(|c| column(c)).collect();
    if let Some(missing) = COLUMNS.iter().zip(&positions).find(|(_, p)| p.is_none()) {
        return Err(Failure(format!(
            "{file}:1: the header row has no \"{}\" column; it needs {}",
            missing.0,
            COLUMNS.join(", ")
        )));
    }
    std::fs::create_dir_all(out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
    let date = time::OffsetDateTime::now_utc().date().to_string();
    let (mut written, mut failed) = (0, 0);
    let mut used_names = HashSet::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                eprintln!("{file}:{line}: cannot read the row: {e}");
                failed += 1;
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let field = |i: usize| {
            positions[i]
                .and_then(|p| record.get(p))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let (name, family, level, period) = (field(0), field(1), field(2), field(3));
        let result = (|| {
            if name.is_empty() {
                return Err(Failure("the name is empty".into()));
            }
            let fam = canon.family(&family).ok_or_else(|| {
                unknown(
                    "family",
                    &family,
                    canon.families.iter().map(|f| f.id.as_ref()),
                )
            })?;
            let profile = canon.profile(&family, &level).ok_or_else(|| {
                unknown(
                    &format!("level for family \"{family}\""),
                    &level,
                    fam.levels.iter().map(|l| l.code.as_ref()),
                )
            })?;
            let frames = build_frames(&profile);
            let info = ExportInfo {
                person: Some(name.clone()),
                period: (!period.is_empty()).then(|| period.clone()),
                date: Some(date.clone()),
            };
            let bytes = export(&frames, &FrameKind::ALL, &Values::new(), format, &info);
            let base = format!("{}-{family}-{level}", slug(&name, "person"));
            let mut file_name = format!("{base}.{extension}");
            let mut n = 2;
            while !used_names.insert(file_name.clone()) {
                file_name = format!("{base}-{n}.{extension}");
                n += 1;
            }
            let path = out.join(&file_name);
            std::fs::write(&path, bytes)
                .map_err(|e| Failure(format!("{}: {e}", path.display())))?;
            Ok(path)
        })();
        match result {
            Ok(path) => {
                println!("{}", path.display());
                written += 1;
            }
            Err(Failure(message)) => {
                eprintln!("{file}:{line}: {message}");
                failed += 1;
            }
        }
    }
    eprintln!("{written} written, {failed} failed");
    if failed > 0 {
        Err(Failure(format!(
            "{failed} roster row(s) failed; the other {written} were written"
        )))
    } else {
        Ok(())
    }
}

//! `goalframes batch`: the same exports as the app, for a whole roster at once.
//!
//! The roster is CSV with a header row naming the columns `name`, `family`,
//! `level` and `period` (`goalframes_engine::roster`). Each good row becomes one
//! file in the output folder; a bad row is reported with its line number and the
//! others are still produced (exit status 2 when any row failed).

use std::path::Path;

use goalframes_engine::canon::Canon;
use goalframes_engine::render::file_name::{file_name, FolderNames, Holds};
use goalframes_engine::render::{export, ExportInfo};
use goalframes_engine::{build_frames_in, roster, FrameKind, Lang, Values};

use crate::{unknown_format, Failure};

/// Writes one export per roster row into `out`, in `lang`.
pub fn run(
    canon: &Canon,
    roster_file: &Path,
    format: &str,
    out: &Path,
    lang: Lang,
) -> Result<(), Failure> {
    let format = unknown_format(format)?;
    let file = roster_file.display();
    let text = std::fs::read_to_string(roster_file)
        .map_err(|e| Failure(format!("{file}: cannot read the roster: {e}")))?;
    let roster = roster::read(&text, canon, lang.catalog())
        .map_err(|e| Failure(format!("{file}:{}: {}", e.line, e.message)))?;
    std::fs::create_dir_all(out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
    let date = time::OffsetDateTime::now_utc().date().to_string();
    let mut failed = roster.errors.len();
    for error in &roster.errors {
        eprintln!("{file}:{}: {}", error.line, error.message);
    }
    let mut written = 0;
    let mut folder = FolderNames::default();
    for person in &roster.people {
        let profile = canon
            .profile(&person.family, &person.level)
            .expect("roster rows name profiles of the canon");
        let frames = build_frames_in(&profile, lang);
        let info = ExportInfo {
            person: Some(person.name.clone()),
            period: person.period.clone(),
            date: Some(date.clone()),
        };
        let bytes = export(&frames, &FrameKind::ALL, &Values::new(), format, &info);
        let name = file_name(
            &person.family,
            &person.level,
            Some(&person.name),
            Holds::Frames,
            format.extension(),
        );
        let file_name = folder.unique(&name);
        let path = out.join(&file_name);
        match std::fs::write(&path, bytes) {
            Ok(()) => {
                outln!("{}", path.display())?;
                written += 1;
            }
            Err(e) => {
                eprintln!("{file}:{}: {}: {e}", person.line, path.display());
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

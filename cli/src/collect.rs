//! `goalframes collect`: HR gathers the goal sheets managers exported (.json)
//! into one goals CSV for the HR system, one review CSV (a row per person)
//! with its calibration summary, or one document per sheet.
//!
//! Each file is read with the same checks as an import in the app. A bad file
//! is reported with its name and the others are still processed (exit status
//! 2 when any failed).

use std::path::{Path, PathBuf};

use goalframes_engine::canon::Canon;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::render::file_name::{sheet_file_name, FolderNames, Holds};
use goalframes_engine::render::{self, csv, review_csv, ExportInfo, Format};
use goalframes_engine::sheet::{self, Sheet};
use goalframes_engine::{build_frames_in, Lang};

use crate::{unknown, Failure};

/// The format of one row per person with the review's scores.
pub const REVIEW_CSV: &str = "review-csv";

/// Collects `sheets` into `out`: a CSV file (or `goals.csv` in a folder) for
/// `csv`; for `review-csv` a CSV file (or `reviews.csv` in a folder) and
/// its Markdown summary (`summary`, else the CSV's path with `.md`); a
/// folder of documents for the other formats.
/// Documents and the summary are in `lang`, else each sheet's own language,
/// else the canon's.
pub fn run(
    canon: &Canon,
    sheets: &[PathBuf],
    format: &str,
    out: &Path,
    summary: Option<&Path>,
    lang: Option<Lang>,
) -> Result<(), Failure> {
    let review = format == REVIEW_CSV;
    let format = match Format::from_id(format) {
        Some(format) => format,
        None if review => Format::Csv,
        None => {
            let ids = Format::ALL.map(Format::id);
            return Err(unknown(
                "format",
                format,
                ids.into_iter().chain([REVIEW_CSV]),
            ));
        }
    };
    if summary.is_some() && !review {
        return Err(Failure(format!(
            "--summary goes with --format {REVIEW_CSV}"
        )));
    }
    if format == Format::Json {
        return Err(Failure(
            "collect writes csv, review-csv, markdown, text or docx: the sheets themselves are the JSON".into(),
        ));
    }
    let date = time::OffsetDateTime::now_utc().date().to_string();
    let mut read = Vec::new();
    let mut failed = 0;
    for path in sheets {
        match std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| sheet::import(&bytes, canon).map_err(|e| e.to_string()))
        {
            Ok(sheet) => read.push((path, sheet)),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed += 1;
            }
        }
    }
    let mut written = 0;
    if review {
        let file = if out.is_dir() {
            out.join("reviews.csv")
        } else {
            out.to_path_buf()
        };
        let summary_file = summary.map_or_else(|| file.with_extension("md"), Path::to_path_buf);
        let reports: Vec<_> = read
            .iter()
            .map(|(_, sheet)| {
                goals_of(canon, sheet, lang, |goals| {
                    goals.review.expect("goals_of adds the review")
                })
            })
            .collect();
        let people: Vec<review_csv::Person<'_>> = read
            .iter()
            .zip(&reports)
            .map(|((_, sheet), review)| review_csv::Person { sheet, review })
            .collect();
        let rules = canon.review_rules();
        for (target, text) in [
            (&file, review_csv::csv(&people)),
            (
                &summary_file,
                review_csv::summary(&people, rules, lang.unwrap_or(canon.lang()).catalog()),
            ),
        ] {
            std::fs::write(target, text)
                .map_err(|e| Failure(format!("{}: {e}", target.display())))?;
            outln!("{}", target.display())?;
        }
        written = people.len();
    } else if format == Format::Csv {
        let file = if out.is_dir() {
            out.join("goals.csv")
        } else {
            out.to_path_buf()
        };
        let mut rows = Vec::new();
        for (path, sheet) in &read {
            let goals = goals_of(canon, sheet, lang, |goals| {
                if goals.rows.is_empty() {
                    eprintln!(
                        "{}: no goals are kept on this sheet; it adds no rows",
                        path.display()
                    );
                }
                csv::goal_sheet(&goals)
            });
            // Every sheet's CSV has the same header: keep the first one only.
            let body = goals.split_once('\n').map(|(_, rest)| rest).unwrap_or("");
            rows.push(body.to_string());
            written += 1;
        }
        let header = csv::GOAL_COLUMNS.join(",");
        let text = format!("{header}\n{}", rows.concat());
        std::fs::write(&file, text).map_err(|e| Failure(format!("{}: {e}", file.display())))?;
        outln!("{}", file.display())?;
    } else {
        std::fs::create_dir_all(out).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
        let mut folder = FolderNames::default();
        for (path, sheet) in &read {
            let info = ExportInfo {
                person: sheet.person.clone(),
                period: sheet.period_line(language(canon, sheet, lang).catalog()),
                date: Some(date.clone()),
            };
            let bytes = goals_of(canon, sheet, lang, |goals| {
                render::goal_sheet(&goals, format, &info)
            });
            let name = folder.unique(&sheet_file_name(sheet, Holds::Goals, format.extension()));
            let target = out.join(&name);
            match std::fs::write(&target, bytes) {
                Ok(()) => {
                    outln!("{}", target.display())?;
                    written += 1;
                }
                Err(e) => {
                    eprintln!("{}: {}: {e}", path.display(), target.display());
                    failed += 1;
                }
            }
        }
    }
    eprintln!("{written} collected, {failed} failed");
    if failed > 0 {
        Err(Failure(format!(
            "{failed} sheet(s) failed; the other {written} were collected"
        )))
    } else {
        Ok(())
    }
}

/// The language a sheet's document is in: the one asked for, else the
/// sheet's own, else the canon's.
fn language(canon: &Canon, sheet: &Sheet, asked: Option<Lang>) -> Lang {
    asked.or(sheet.lang()).unwrap_or(canon.lang())
}

/// Runs `f` over a sheet's goal sheet with its review, on the frames of its
/// profile (checked to exist on import) and the canon's review rules, in
/// the sheet's language ([`language`]).
fn goals_of<T>(
    canon: &Canon,
    sheet: &Sheet,
    lang: Option<Lang>,
    f: impl FnOnce(GoalSheet<'_>) -> T,
) -> T {
    let profile = canon
        .profile(&sheet.family, &sheet.level)
        .expect("imported sheets name profiles of the canon");
    let frames = build_frames_in(&profile, language(canon, sheet, lang));
    f(GoalSheet::reviewed(&frames, sheet, canon))
}

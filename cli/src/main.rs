//! `goalframes`: check a canon, list its profiles, render a profile's frames,
//! export a roster's frames, collect managers' goal sheets, move the canon to
//! and from a spreadsheet.
//!
//! Without `--canon DIR` every command uses the canon embedded at build time.
//! Exit status: 0 on success, 2 on a bad canon or an unknown family, level or frame.
#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::path::PathBuf;
use std::process::ExitCode;

/// `println!` for results on standard output, through [`write_out`]: a
/// `Result<(), Failure>`.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::write_out(format!("{}\n", format_args!($($arg)*)).as_bytes())
    };
}

mod batch;
mod canon;
mod collect;

use clap::{Parser, Subcommand};
use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::{Canon, Diagnostic};
use goalframes_engine::render::{render, Format};
use goalframes_engine::suggest;
use goalframes_engine::{build_frames_in, FrameKind, Lang, Values};

#[derive(Parser)]
#[command(
    name = "goalframes",
    version,
    about = "Goal frames from your organisation's canon: check, list, render."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a canon: a one-line summary, or every error (exit 2).
    Check {
        /// Canon folder (canon.toml + families/); default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
    },
    /// List the profiles: family id, level code, display title.
    List {
        /// Canon folder; default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
    },
    /// Render one profile's frames to stdout.
    Render {
        /// Canon folder; default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
        /// Family id, e.g. database-engineering.
        #[arg(long)]
        family: String,
        /// Level code, e.g. P4.
        #[arg(long)]
        level: String,
        /// smart, okr, mbo, scorecard or all.
        #[arg(long, default_value = "all")]
        frame: String,
        /// text, markdown, json, csv or docx.
        #[arg(long, default_value = "text")]
        format: String,
        /// The language of the documents: en, de, fr or es (default: the
        /// canon's language, else English).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Export every person of a roster at once: one file per roster row.
    Batch {
        /// Canon folder; default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
        /// CSV with a header row and the columns name, family, level, period.
        #[arg(long)]
        roster: PathBuf,
        /// docx, markdown, csv, json or text.
        #[arg(long)]
        format: String,
        /// Folder to write into (created when missing).
        #[arg(long)]
        out: PathBuf,
        /// The language of the documents: en, de, fr or es (default: the
        /// canon's language, else English).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Compare up to four profiles side by side: dimensions, responsibilities,
    /// component responsibilities and rubrics, differing rows marked.
    Compare {
        /// Canon folder; default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
        /// family:LEVEL,family:LEVEL (up to four), e.g. database-engineering:P4,database-engineering:P5.
        #[arg(long)]
        profiles: String,
        /// text, markdown, csv or json.
        #[arg(long, default_value = "text")]
        format: String,
        /// The language of the documents: en, de, fr or es (default: the
        /// canon's language, else English).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Gather goal sheets managers exported (.json) into one goals CSV for an
    /// HR system, one review CSV with its calibration summary, or one
    /// document per sheet.
    Collect {
        /// Canon folder; default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
        /// The sheets (.json files).
        #[arg(required = true)]
        sheets: Vec<PathBuf>,
        /// csv (one file, one row per goal); review-csv (one file, one row
        /// per person with the review's scores, and a Markdown summary for
        /// calibration: the CSV's path with .md, or --summary); markdown,
        /// text or docx (one file per sheet).
        #[arg(long)]
        format: String,
        /// The CSV file (or a folder for goals.csv, or reviews.csv with
        /// review-csv), or the folder for documents.
        #[arg(long)]
        out: PathBuf,
        /// With review-csv: where the Markdown summary goes (default: the
        /// CSV's path with .md, e.g. reviews.md beside reviews.csv).
        #[arg(long)]
        summary: Option<PathBuf>,
        /// The language of the documents and the summary: en, de, fr or es
        /// (default: each sheet's own, else the canon's, else English). The
        /// CSV files keep their English column names.
        #[arg(long)]
        lang: Option<String>,
    },
    /// The canon as a spreadsheet (.xlsx, .ods, CSV) for HR to edit, and back.
    Canon {
        #[command(subcommand)]
        command: canon::CanonCommand,
    },
}

/// A failure to report on stderr with exit status 2.
pub(crate) struct Failure(pub(crate) String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { canon } => check(canon),
        Command::List { canon } => list(canon),
        Command::Render {
            canon,
            family,
            level,
            frame,
            format,
            lang,
        } => render_profile(canon, &family, &level, &frame, &format, lang.as_deref()),
        Command::Batch {
            canon,
            roster,
            format,
            out,
            lang,
        } => load(canon).and_then(|canon| {
            let lang = language(lang.as_deref(), &canon)?;
            batch::run(&canon, &roster, &format, &out, lang)
        }),
        Command::Compare {
            canon,
            profiles,
            format,
            lang,
        } => load(canon).and_then(|canon| {
            let lang = language(lang.as_deref(), &canon)?;
            compare(&canon, &profiles, &format, lang)
        }),
        Command::Collect {
            canon,
            sheets,
            format,
            out,
            summary,
            lang,
        } => load(canon).and_then(|canon| {
            let lang = match lang.as_deref() {
                Some(tag) => Some(language(Some(tag), &canon)?),
                None => None,
            };
            collect::run(&canon, &sheets, &format, &out, summary.as_deref(), lang)
        }),
        Command::Canon { command } => canon::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Writes to standard output. A reader that has gone (`goalframes list | head`)
/// has what it wanted: the output ends there quietly, as with other
/// command-line tools, instead of a panic or an error.
pub(crate) fn write_out(bytes: &[u8]) -> Result<(), Failure> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure(format!("cannot write to stdout: {e}")))
        }
        _ => Ok(()),
    }
}

/// The canon from `dir`, or the embedded one; warnings go to stderr.
fn load(dir: Option<PathBuf>) -> Result<Cow<'static, Canon>, Failure> {
    let Some(dir) = dir else {
        return Ok(Cow::Borrowed(&goalframes_canon::CANON));
    };
    match load_dir(&dir) {
        Ok(loaded) => {
            for warning in &loaded.warnings {
                eprintln!("{warning}");
            }
            Ok(Cow::Owned(loaded.canon))
        }
        Err(diagnostics) => Err(Failure(report(&dir, &diagnostics))),
    }
}

fn report(dir: &std::path::Path, diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == goalframes_engine::canon::Severity::Error)
        .count();
    let mut out: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    out.push(format!(
        "{}: {errors} error(s); the canon was not loaded",
        dir.display()
    ));
    out.join("\n")
}

fn check(dir: Option<PathBuf>) -> Result<(), Failure> {
    let canon = load(dir)?;
    outln!(
        "{} {}: ok, {} families, {} levels, {} profiles",
        canon.name,
        canon.version,
        canon.families.len(),
        canon.ladder.len(),
        canon.profiles().count()
    )
}

fn list(dir: Option<PathBuf>) -> Result<(), Failure> {
    let canon = load(dir)?;
    let lines: String = canon
        .profiles()
        .map(|p| format!("{}\t{}\t{}\n", p.family.id, p.level.code, p.display_title()))
        .collect();
    write_out(lines.as_bytes())
}

/// The language `--lang` names (`de`, `de-CH`), else the canon's.
pub(crate) fn language(tag: Option<&str>, canon: &Canon) -> Result<Lang, Failure> {
    match tag {
        None => Ok(canon.lang()),
        Some(tag) => Lang::from_tag(tag)
            .ok_or_else(|| unknown("language", tag, Lang::ALL.iter().map(|l| l.tag()))),
    }
}

fn render_profile(
    dir: Option<PathBuf>,
    family: &str,
    level: &str,
    frame: &str,
    format: &str,
    lang: Option<&str>,
) -> Result<(), Failure> {
    let kinds: Vec<FrameKind> = match frame {
        "all" => FrameKind::ALL.to_vec(),
        id => vec![FrameKind::from_id(id).ok_or_else(|| {
            unknown(
                "frame",
                id,
                FrameKind::ALL.iter().map(|k| k.id()).chain(["all"]),
            )
        })?],
    };
    let format = unknown_format(format)?;
    let canon = load(dir)?;
    let lang = language(lang, &canon)?;
    let profile = canon.find_profile(family, level).map_err(Failure)?;
    let frames = build_frames_in(&profile, lang);
    write_out(&render(&frames, &kinds, &Values::new(), format))
}

fn compare(canon: &Canon, profiles: &str, format: &str, lang: Lang) -> Result<(), Failure> {
    let format = unknown_format(format)?;
    let comparison = goalframes_engine::compare::compare(
        canon,
        &goalframes_engine::compare::parse_list(profiles),
        lang,
    )
    .map_err(Failure)?;
    let text = goalframes_engine::render::comparison(&comparison, format)
        .ok_or_else(|| Failure("a comparison is written as text, markdown, csv or json".into()))?;
    write_out(text.as_bytes())
}

pub(crate) fn unknown<'a>(
    what: &str,
    wanted: &str,
    existing: impl IntoIterator<Item = &'a str>,
) -> Failure {
    Failure(suggest::unknown(what, wanted, existing))
}

/// The format with this id, or the failure that lists the formats.
pub(crate) fn unknown_format(id: &str) -> Result<Format, Failure> {
    Format::from_id(id).ok_or_else(|| unknown("format", id, Format::ALL.map(Format::id)))
}

//! `goalframes canon export|import`: the canon as a spreadsheet for the people
//! in HR who keep the job architecture, and that spreadsheet back as a canon
//! folder, checked by the same loader as `check` before anything is written.
//!
//! The layout, the CSV trio and the checks are the engine's
//! (`goalframes_engine::canon::spreadsheet`); this module reads and writes files.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use goalframes_engine::canon::load::{load_dir, CANON_FILE, FAMILIES_DIR};
use goalframes_engine::canon::spreadsheet::{export_files, import, read, toml_writer, Problem};
use goalframes_engine::canon::Severity;

use crate::{load, Failure};

/// `goalframes canon …`.
#[derive(Subcommand)]
pub enum CanonCommand {
    /// Write the canon as a spreadsheet: .xlsx, .ods, or .csv (a trio of files:
    /// FILE.csv, FILE-ladder.csv, FILE-canon.csv).
    Export {
        /// Canon folder; default: the embedded canon.
        #[arg(long)]
        canon: Option<PathBuf>,
        /// The spreadsheet to write (.xlsx, .ods or .csv).
        #[arg(long)]
        out: PathBuf,
    },
    /// Read a spreadsheet (.xlsx, .ods or the .csv trio) into a canon folder.
    /// Every problem is reported with its sheet and cell; on any error nothing
    /// is written (exit 2).
    Import {
        /// The spreadsheet (for CSV, the Families file; its two siblings are read too).
        file: PathBuf,
        /// The canon folder to write: its canon.toml and families/ are replaced.
        #[arg(long)]
        out: PathBuf,
    },
}

/// Runs a `canon` subcommand.
pub fn run(command: CanonCommand) -> Result<(), Failure> {
    match command {
        CanonCommand::Export { canon, out } => export(canon, &out),
        CanonCommand::Import { file, out } => import_to(&file, &out),
    }
}

fn export(dir: Option<PathBuf>, out: &Path) -> Result<(), Failure> {
    let canon = load(dir)?;
    let files = export_files(&canon, out).map_err(Failure)?;
    for (path, bytes) in files {
        std::fs::write(&path, bytes)
            .map_err(|e| Failure(format!("{}: cannot write the file: {e}", path.display())))?;
        outln!("{}", path.display())?;
    }
    Ok(())
}

/// Every problem, then the count and the promise that nothing was written.
fn refused(file: &Path, problems: &[Problem]) -> Failure {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let mut lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.push(format!(
        "{}: {errors} error(s); nothing was written",
        file.display()
    ));
    Failure(lines.join("\n"))
}

fn import_to(file: &Path, out: &Path) -> Result<(), Failure> {
    let name = file.display().to_string();
    let tables = read::tables(file).map_err(|p| refused(file, &p))?;
    let imported = import::canon(&name, &tables).map_err(|p| refused(file, &p))?;
    for warning in &imported.warnings {
        eprintln!("{warning}");
    }

    // The folder is written beside its destination and loaded there by the
    // same loader as `check`; only a canon that loads is moved into place.
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let io = |what: &str, path: &Path, e: std::io::Error| {
        Failure(format!("{}: cannot {what}: {e}", path.display()))
    };
    std::fs::create_dir_all(&parent).map_err(|e| io("create the folder", &parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".goalframes-import-")
        .tempdir_in(&parent)
        .map_err(|e| io("create a temporary folder in", &parent, e))?;
    for source in toml_writer::files(&imported.canon) {
        let path = staging.path().join(&source.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| io("create the folder", folder, e))?;
        }
        std::fs::write(&path, source.text).map_err(|e| io("write", &path, e))?;
    }
    let loaded = load_dir(staging.path()).map_err(|diagnostics| {
        let mut lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
        lines.push(format!(
            "{name}: the canon folder made from it does not load (errors above, in its TOML files); nothing was written"
        ));
        Failure(lines.join("\n"))
    })?;

    place(staging, out)?;
    let canon = loaded.canon;
    outln!(
        "{}: {} {}: {} families, {} levels, {} profiles",
        out.display(),
        canon.name,
        canon.version,
        canon.families.len(),
        canon.ladder.len(),
        canon.profiles().count()
    )
}

/// Moves the checked folder to `out`: the whole folder when `out` is new,
/// else its `canon.toml` and `families/` in place of the old ones (other files
/// in `out`, such as notes, stay).
fn place(staging: tempfile::TempDir, out: &Path) -> Result<(), Failure> {
    let fail =
        |what: &str, e: std::io::Error| Failure(format!("{}: cannot {what}: {e}", out.display()));
    if !out.exists() {
        let path = staging.keep();
        return std::fs::rename(&path, out).map_err(|e| {
            let _ = std::fs::remove_dir_all(&path);
            fail("create the canon folder", e)
        });
    }
    if !out.is_dir() {
        return Err(Failure(format!(
            "{}: exists and is not a folder; name a canon folder",
            out.display()
        )));
    }
    // The old families/ waits in the staging folder (removed with it) until
    // the new canon is in place, and goes back if a step fails.
    let families = out.join(FAMILIES_DIR);
    let old = staging.path().join("families.old");
    let had_families = families.exists();
    if had_families {
        std::fs::rename(&families, &old).map_err(|e| fail("replace families/", e))?;
    }
    let restore = |e: std::io::Error, what: &str| {
        let _ = std::fs::remove_dir_all(&families);
        if had_families {
            let _ = std::fs::rename(&old, &families);
        }
        fail(what, e)
    };
    std::fs::rename(staging.path().join(FAMILIES_DIR), &families)
        .map_err(|e| restore(e, "replace families/"))?;
    std::fs::rename(staging.path().join(CANON_FILE), out.join(CANON_FILE))
        .map_err(|e| restore(e, "replace canon.toml"))
}

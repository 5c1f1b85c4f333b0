//! `cargo xtask canon-template`: the shipped canon as the spreadsheet an HR
//! editor starts from, `examples/canon-template.xlsx`; and the `test` step
//! that checks the checked-in file is what the command writes now. The
//! workbook's bytes are deterministic (fixed document dates), so the check
//! compares bytes.

use std::path::{Path, PathBuf};

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::canon::spreadsheet::export_files;

use crate::root;

/// The checked-in template.
fn template() -> PathBuf {
    root().join("examples/canon-template.xlsx")
}

/// Writes the template from `canon/`.
pub fn write() -> Result<(), String> {
    let out = template();
    write_to(&out)?;
    eprintln!("wrote {}", out.display());
    Ok(())
}

fn write_to(out: &Path) -> Result<(), String> {
    let canon = load_dir(&root().join("canon"))
        .map_err(|d| {
            format!(
                "canon/ does not load ({} problem(s)); run `goalframes check --canon canon`",
                d.len()
            )
        })?
        .canon;
    for (path, bytes) in export_files(&canon, out)? {
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Fails when the checked-in template differs from a fresh one.
pub fn check() -> Result<(), String> {
    eprintln!("\n==> examples/canon-template.xlsx is up to date");
    let fresh = root().join("target/canon-template-check.xlsx");
    std::fs::create_dir_all(root().join("target")).map_err(|e| e.to_string())?;
    write_to(&fresh)?;
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    if read(&fresh)? != read(&template())? {
        return Err(
            "examples/canon-template.xlsx is out of date; run `cargo xtask canon-template`".into(),
        );
    }
    eprintln!("ok");
    Ok(())
}

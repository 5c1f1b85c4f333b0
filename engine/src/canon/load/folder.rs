//! The canon folder on disk: `canon.toml` and every `families/**/*.toml`,
//! read in path order, each file that cannot be read reported by name.

use std::path::{Path, PathBuf};

use super::{load_sources, Loaded, SourceFile, CANON_FILE, FAMILIES_DIR};
use crate::canon::Diagnostic;

/// Reads and validates the canon folder `dir`: `canon.toml` and every
/// `families/**/*.toml`, in path order. On failure, every diagnostic found
/// (errors and warnings, in file and line order).
pub fn load_dir(dir: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let canon_file = read_source(dir, Path::new(CANON_FILE), &mut diags);
    let mut family_paths = Vec::new();
    let families_dir = dir.join(FAMILIES_DIR);
    if families_dir.is_dir() {
        collect_toml_files(&families_dir, &mut family_paths, &mut diags, dir);
    } else {
        diags.push(Diagnostic::file(
            FAMILIES_DIR,
            "the canon folder has no families/ folder; each job family is a .toml file in it",
        ));
    }
    family_paths.sort();
    let families: Vec<SourceFile> = family_paths
        .iter()
        .filter_map(|rel| read_source(dir, rel, &mut diags))
        .collect();
    match canon_file {
        Some(canon_file) => match load_sources(&canon_file, &families) {
            Ok(loaded) if diags.is_empty() => Ok(loaded),
            Ok(loaded) => {
                diags.extend(loaded.warnings);
                Err(diags)
            }
            Err(more) => {
                diags.extend(more);
                Err(diags)
            }
        },
        None => Err(diags),
    }
}

fn collect_toml_files(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
    root: &Path,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            diags.push(Diagnostic::file(
                &relative(root, dir),
                format!("cannot read folder: {err}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml_files(&path, out, diags, root);
        } else if path.extension().is_some_and(|e| e == "toml") {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_path_buf());
            }
        }
    }
}

/// `path` relative to `root`, `/`-separated on every system.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn read_source(root: &Path, rel: &Path, diags: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    let name = relative(root, &root.join(rel));
    match std::fs::read(root.join(rel)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(SourceFile { path: name, text }),
            Err(_) => {
                diags.push(Diagnostic::file(&name, "the file is not valid UTF-8"));
                None
            }
        },
        Err(err) => {
            diags.push(Diagnostic::file(
                &name,
                format!("cannot read the file: {err}"),
            ));
            None
        }
    }
}

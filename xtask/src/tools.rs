//! Installs what the build and the tests need when it is missing, from package
//! registries only: each tool at the version pinned here (wasm-bindgen-cli at
//! the one Cargo.lock pins), so a fresh machine builds what CI builds.

use std::path::PathBuf;
use std::process::Command;

use crate::{root, run};

/// Trunk's version: 0.22 needs a newer rustc than this toolchain.
const TRUNK_VERSION: &str = "0.21.14";

/// wasm-pack's version, from crates.io (npm's package downloads a binary).
const WASM_PACK_VERSION: &str = "0.15.1";

/// `PATH` with npm's `.bin` first (wasm-opt from binaryen, never Debian's) and cargo's bin.
pub fn path_with_tools() -> String {
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(|h| PathBuf::from(h).join("bin"))
        .unwrap_or_else(|_| PathBuf::from(home).join(".cargo/bin"));
    let path = std::env::var("PATH").unwrap_or_default();
    let mut parts: Vec<String> = vec![
        root().join("node_modules/.bin").display().to_string(),
        cargo_bin.display().to_string(),
    ];
    for part in path.split(':') {
        if !parts.iter().any(|p| p == part) {
            parts.push(part.to_string());
        }
    }
    parts.join(":")
}

/// A command with the tool `PATH` and Trunk's offline settings.
pub fn command(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env("PATH", path_with_tools())
        .env("TRUNK_SKIP_VERSION_CHECK", "true");
    cmd
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The wasm-bindgen version Cargo.lock pins: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let metadata = cargo_metadata::MetadataCommand::new()
        .manifest_path(root().join("Cargo.toml"))
        .exec()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    metadata
        .packages
        .iter()
        .find(|p| p.name.as_str() == "wasm-bindgen")
        .map(|p| p.version.to_string())
        .ok_or_else(|| "Cargo.lock pins no wasm-bindgen".to_string())
}

/// wasm32 target, Trunk, wasm-bindgen-cli, npm packages (binaryen's wasm-opt,
/// TypeScript, playwright-core), crates fetched.
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|t| t == "wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !output("trunk", &["--version"]).is_some_and(|v| v.contains(TRUNK_VERSION)) {
        run(command("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))?;
    }
    let bindgen = wasm_bindgen_version()?;
    let installed = output("wasm-bindgen", &["--version"]);
    if installed.is_none_or(|v| v.split_whitespace().nth(1) != Some(bindgen.as_str())) {
        // No --locked: its lockfile pins a crate version this registry lacks.
        run(command("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={bindgen}"),
        ]))?;
    }
    if !root().join("node_modules/.bin/wasm-opt").exists()
        || !root().join("node_modules/.bin/tsc").exists()
        || !root().join("node_modules/playwright-core").exists()
    {
        run(command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    // Trunk builds offline: the crates must be in the local registry first.
    run(command("cargo").args(["fetch"]))?;
    Ok(())
}

/// wasm-pack, for the JavaScript module (`cargo xtask pkg`).
pub fn ensure_wasm_pack() -> Result<(), String> {
    if !output("wasm-pack", &["--version"]).is_some_and(|v| v.contains(WASM_PACK_VERSION)) {
        run(command("cargo").args([
            "install",
            "--locked",
            "wasm-pack",
            "--version",
            WASM_PACK_VERSION,
        ]))?;
    }
    Ok(())
}

/// Debian's Chromium and ChromeDriver (never a test tool's own browser download),
/// LibreOffice Writer and Calc (the .docx, CSV and spreadsheet checks) and
/// poppler-utils (PDF to text).
pub fn ensure_test_tools() -> Result<(), String> {
    let wanted = [
        ("/usr/bin/chromium", "chromium"),
        ("/usr/bin/chromedriver", "chromium-driver"),
        ("/usr/bin/soffice", "libreoffice-writer-nogui"),
        (
            "/usr/lib/libreoffice/program/libsclo.so",
            "libreoffice-calc-nogui",
        ),
        ("/usr/bin/pdftotext", "poppler-utils"),
    ];
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(path, _)| !std::path::Path::new(path).exists())
        .map(|(_, package)| *package)
        .collect();
    if !missing.is_empty() {
        run(Command::new("apt-get").arg("update"))?;
        run(Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    Ok(())
}

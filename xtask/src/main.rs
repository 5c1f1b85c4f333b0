//! Development tasks, run as `cargo xtask <task>` (alias in .cargo/config.toml).
//!
//! - `run [--port N]`: install missing tools, build the release app and the single
//!   file `dist/goalframes.html`, then serve `dist/` on 127.0.0.1.
//! - `dist-de`: the same build of `examples/canon-de` into `target/dist-de/`
//!   (the end-to-end tests' German canon), leaving `dist/` alone.
//! - `dist`: the same build, without serving; `single-file [DIR]` only redoes the
//!   single file from an existing Trunk build.
//! - `first-screen`: capture the app's first screen for the single file's
//!   pre-render, in every language (`xtask/src/first-screen/{lang}.html`),
//!   then build the file again.
//! - `pkg`: Goalframes as a JavaScript module (`pkg/goalframes.js`, wasm-pack
//!   `--target web`), for portals that render frames in their own markup.
//! - `gen-canon [--families N] [--out DIR]`: a synthetic canon for scale work.
//! - `canon-template`: `examples/canon-template.xlsx`, the shipped canon as a
//!   spreadsheet for HR (`test` checks it is up to date).
//! - `bench`: engine benchmarks (criterion) and the browser benchmark at 10, 100
//!   and 1,000 families; `bench-browser` runs only the latter.
//! - `test`: install missing tools, then every check CI runs: fmt, clippy (native
//!   and wasm32), native tests, the broken-canon build check, wasm-bindgen tests
//!   in headless Chromium, the release build and the end-to-end tests.
//!
//! Tools come only from package registries: rustup's wasm32 target, Trunk and
//! wasm-bindgen-cli from crates.io, wasm-opt from npm's binaryen, Chromium from Debian.
#![forbid(unsafe_code)]

mod canon_template;
mod gen_canon;
mod prerender;
mod serve;
mod single_file;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The canon the wasm embeds: `$GOALFRAMES_CANON` (relative to the
/// workspace root), else `canon/`, as `embedded-canon/build.rs` chooses.
fn embedded_canon_dir() -> PathBuf {
    root().join(std::env::var_os("GOALFRAMES_CANON").unwrap_or_else(|| "canon".into()))
}

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => {
            let port = flag(&args, "--port")
                .and_then(|p| p.parse().ok())
                .unwrap_or(8080);
            tools::ensure_build_tools()
                .and_then(|()| dist())
                .and_then(|()| serve::serve(&root().join("dist"), port))
        }
        Some("dist") => tools::ensure_build_tools().and_then(|()| dist()),
        Some("dist-de") => tools::ensure_build_tools().and_then(|()| dist_german()),
        Some("pkg") => tools::ensure_build_tools().and_then(|()| pkg()),
        Some("first-screen") => tools::ensure_build_tools()
            .and_then(|()| tools::ensure_test_tools())
            .and_then(|()| first_screen()),
        Some("gen-canon") => {
            let families: usize = flag(&args, "--families")
                .and_then(|n| n.parse().ok())
                .unwrap_or(1000);
            let out = flag(&args, "--out")
                .map(PathBuf::from)
                .unwrap_or_else(|| root().join(format!("target/synthetic-canon-{families}")));
            gen_canon::generate(families, &root().join("canon/canon.toml"), &out)
                .map(|()| eprintln!("wrote {families} families to {}", out.display()))
        }
        Some("canon-template") => canon_template::write(),
        Some("test") => test(),
        Some("bench") => bench(),
        Some("bench-browser") => browser_bench(),
        Some("single-file") => {
            let dist = args
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| root().join("dist"));
            single_file::write(&dist, &embedded_canon_dir())
                .map(|out| eprintln!("wrote {}", out.display()))
        }
        _ => {
            eprintln!("usage: cargo xtask run [--port N] | dist | dist-de | single-file [DIR] | first-screen | pkg | test | bench | bench-browser | gen-canon [--families N] [--out DIR] | canon-template");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The value after `--name` on the command line.
fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1).map(String::as_str)
}

/// Runs a command in the workspace root, failing with its description.
fn run(cmd: &mut Command) -> Result<(), String> {
    let description = format!("{cmd:?}");
    eprintln!("\n==> {description}");
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("{description}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{description} failed ({status})"))
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Release build with Trunk, then the single file (tools already ensured).
fn dist() -> Result<(), String> {
    let mut trunk = tools::command("trunk");
    trunk.args(["build", "--release"]);
    run(&mut trunk)?;
    let out = single_file::write(&root().join("dist"), &embedded_canon_dir())?;
    eprintln!(
        "\nwrote {} ({} bytes)",
        out.display(),
        std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0)
    );
    Ok(())
}

/// The German example's build, for the end-to-end tests of a canon in
/// another language: `examples/canon-de` embedded, in `target/dist-de/`
/// (with its single file), leaving `dist/` as it is.
fn dist_german() -> Result<(), String> {
    dist_with_canon(
        &root().join("examples/canon-de"),
        &root().join("target/dist-de"),
    )
}

/// A release build embedding the canon in `canon`, into `out`, with its single file.
fn dist_with_canon(canon: &Path, out: &Path) -> Result<(), String> {
    let mut trunk = tools::command("trunk");
    trunk
        .args(["build", "--release", "--dist"])
        .arg(out)
        .env("GOALFRAMES_CANON", canon);
    run(&mut trunk)?;
    single_file::write(out, canon)?;
    Ok(())
}

/// Captures the app's first screen from a fresh build (its own view, not the
/// pre-render), in every language, into `xtask/src/first-screen/{lang}.html`,
/// and builds the single file again with them.
fn first_screen() -> Result<(), String> {
    dist()?;
    for lang in goalframes_engine::Lang::ALL {
        let mut node = tools::command("node");
        node.arg("tests/e2e/first-screen.mjs")
            .arg(root().join("dist/goalframes.html"))
            .arg(prerender::first_screen_file(lang))
            .arg(lang.tag());
        run(&mut node)?;
    }
    single_file::write(&root().join("dist"), &embedded_canon_dir())
        .map(|out| eprintln!("wrote {}", out.display()))
}

/// The JavaScript module: `js/` built by wasm-pack into `pkg/` (goalframes.js,
/// goalframes_bg.wasm, goalframes.d.ts, package.json), with npm binaryen's wasm-opt.
fn pkg() -> Result<(), String> {
    tools::ensure_wasm_pack()?;
    let mut wasm_pack = tools::command("wasm-pack");
    wasm_pack.args([
        "build",
        "js",
        "--target",
        "web",
        "--release",
        "--out-dir",
        "../pkg",
        "--out-name",
        "goalframes",
    ]);
    run(&mut wasm_pack)?;
    let wasm = root().join("pkg/goalframes_bg.wasm");
    let size = std::fs::metadata(&wasm).map(|m| m.len()).unwrap_or(0);
    eprintln!("\nwrote pkg/ ({} bytes of wasm)", size);
    Ok(())
}

fn test() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    run(cargo().args(["fmt", "--all", "--", "--check"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args([
        "clippy",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "goalframes-app",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    run(cargo().args(["test", "--workspace"]))?;
    canon_template::check()?;
    broken_canon_fails_the_build()?;
    let mut wasm_tests = cargo();
    wasm_tests
        .args([
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "goalframes-app",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("PATH", tools::path_with_tools());
    run(&mut wasm_tests)?;
    dist()?;
    dist_german()?;
    pkg()?;
    // The module's TypeScript types check against an example portal's use.
    run(tools::command("tsc").args(["-p", "tests/js/tsconfig.json"]))?;
    let mut js = tools::command("node");
    js.args(["--test", "tests/js/"]);
    run(&mut js)?;
    let mut e2e = tools::command("node");
    e2e.args(["--test", "--test-concurrency=1", "tests/e2e/"]);
    run(&mut e2e)?;
    eprintln!("\nxtask test: every step passed");
    Ok(())
}

/// Engine benchmarks over the shipped and synthetic canons (not part of `test`).
fn bench() -> Result<(), String> {
    synthetic_canons()?;
    run(cargo().args(["bench", "-p", "goalframes-engine", "--bench", "engine"]))?;
    measure_in_browser()
}

/// The synthetic canons both benchmarks read (target/synthetic-canon-N).
fn synthetic_canons() -> Result<(), String> {
    for families in [10, 100, 1000] {
        let out = root().join(format!("target/synthetic-canon-{families}"));
        gen_canon::generate(families, &root().join("canon/canon.toml"), &out)?;
    }
    Ok(())
}

/// The browser benchmark: one release build and single file per canon size,
/// measured by tests/bench/browser.mjs; the table goes to target/bench/browser.md.
fn browser_bench() -> Result<(), String> {
    synthetic_canons()?;
    measure_in_browser()
}

fn measure_in_browser() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_test_tools()?;
    let canons = [
        (
            "shipped",
            root().join("canon"),
            "#family=database-engineering&level=P4",
        ),
        ("10 families", root().join("target/synthetic-canon-10"), ""),
        (
            "100 families",
            root().join("target/synthetic-canon-100"),
            "",
        ),
        (
            "1,000 families",
            root().join("target/synthetic-canon-1000"),
            "",
        ),
    ];
    let mut node = tools::command("node");
    node.arg("tests/bench/browser.mjs")
        .arg("--out")
        .arg(root().join("target/bench/browser.md"));
    for (name, canon, hash) in canons {
        let dist = root()
            .join("target/bench")
            .join(name.replace([' ', ','], ""));
        dist_with_canon(&canon, &dist)?;
        node.arg(format!("--canon={name}|{}|{hash}", dist.display()));
    }
    run(&mut node)
}

/// A canon with errors must fail `cargo build`, naming file, line and key.
fn broken_canon_fails_the_build() -> Result<(), String> {
    let broken = root().join("tests/fixtures/broken-canon");
    eprintln!(
        "\n==> cargo build -p goalframes-canon with GOALFRAMES_CANON={}",
        broken.display()
    );
    let out = cargo()
        .args(["build", "-p", "goalframes-canon"])
        .env("GOALFRAMES_CANON", &broken)
        .env("CARGO_TARGET_DIR", root().join("target/broken-canon-check"))
        .current_dir(root())
        .output()
        .map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = "error: families/broken.toml:7: level[0].responsibilites: unknown key";
    if out.status.success() || !stderr.contains(expected) {
        return Err(format!(
            "a broken canon must fail the build with {expected:?}; got {}:\n{stderr}",
            out.status
        ));
    }
    eprintln!("ok: the build failed and said {expected:?}");
    Ok(())
}

//! Helpers shared by the engine's integration tests: small canons from strings.
#![allow(dead_code)]

pub mod generated;
pub mod review;

use goalframes_engine::canon::load::{load_sources, Loaded, SourceFile};
use goalframes_engine::canon::Diagnostic;
use goalframes_engine::frame::ProfileFrames;
use goalframes_engine::{build_frames, Canon};

/// The example canon of the specification (tests/fixtures/example-canon).
pub fn example_canon() -> Canon {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/example-canon");
    goalframes_engine::canon::load::load_dir(&dir)
        .unwrap()
        .canon
}

/// A canon.toml with two dimensions and two levels, for rule tests.
pub const CANON_TOML: &str = r#"name = "Acme"
abbrev = "AcM"
version = "t-1"

[[dimension]]
key = "scope"
name = "Scope"

[[dimension]]
key = "decision_rights"
name = "Decision rights"

[[level]]
code = "P2"
title = "Professional"
[level.dimensions]
scope = "A feature"
decision_rights = "Decides within a feature"

[[level]]
code = "M1"
title = "Manager"
"#;

/// Loads a canon from in-memory files.
pub fn load(canon_toml: &str, families: &[(&str, &str)]) -> Result<Loaded, Vec<Diagnostic>> {
    let canon = SourceFile {
        path: "canon.toml".into(),
        text: canon_toml.into(),
    };
    let families: Vec<SourceFile> = families
        .iter()
        .map(|(path, text)| SourceFile {
            path: path.to_string(),
            text: text.to_string(),
        })
        .collect();
    load_sources(&canon, &families)
}

/// Loads a canon that must be valid.
pub fn canon(canon_toml: &str, families: &[(&str, &str)]) -> Canon {
    match load(canon_toml, families) {
        Ok(loaded) => loaded.canon,
        Err(diags) => panic!("canon should load: {diags:#?}"),
    }
}

/// The diagnostics of a canon that must be invalid.
pub fn errors(canon_toml: &str, families: &[(&str, &str)]) -> Vec<Diagnostic> {
    match load(canon_toml, families) {
        Ok(_) => panic!("canon should be rejected"),
        Err(diags) => diags,
    }
}

/// The frames of one profile of a family file loaded with [`CANON_TOML`].
pub fn frames_of(family_toml: &str, level: &str) -> ProfileFrames {
    let canon = canon(CANON_TOML, &[("families/f.toml", family_toml)]);
    let profile = canon.profile("fam", level).expect("profile exists");
    build_frames(&profile)
}

/// A family file header for family id `fam`.
pub const FAMILY_HEAD: &str = "group = \"Grp\"\nname = \"Fam\"\nid = \"fam\"\n";

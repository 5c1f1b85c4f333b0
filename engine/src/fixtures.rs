//! Test fixtures for the engine's unit tests: the specification's example
//! canon (`tests/fixtures/example-canon`) and its frames.

use crate::canon::load::load_dir;
use crate::canon::Canon;
use crate::ProfileFrames;

/// The specification's example canon.
pub fn example_canon() -> Canon {
    load_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/example-canon"),
    )
    .expect("the example canon loads")
    .canon
}

/// The frames of Database Engineering P4 in the example canon.
pub fn example_frames() -> ProfileFrames {
    let canon = example_canon();
    crate::build_frames(
        &canon
            .profile("database-engineering", "P4")
            .expect("the profile is there"),
    )
}

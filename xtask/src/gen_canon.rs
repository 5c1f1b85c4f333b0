//! A synthetic canon for scale work: N families over the shipped ladder, with
//! text of realistic length. Deterministic (same N, same files). Not shipped:
//! benchmarks and the scale test use it.

use std::fmt::Write as _;
use std::path::Path;

const VERBS: &[&str] = &[
    "Designs",
    "Delivers",
    "Maintains",
    "Reviews",
    "Coordinates",
    "Improves",
    "Analyses",
    "Plans",
    "Documents",
    "Leads",
    "Supports",
    "Evaluates",
    "Negotiates",
    "Monitors",
    "Builds",
    "Audits",
];
const OBJECTS: &[&str] = &[
    "service quality standards",
    "quarterly operating plans",
    "vendor agreements",
    "data pipelines",
    "customer escalations",
    "release processes",
    "training programmes",
    "budget forecasts",
    "compliance controls",
    "capacity models",
    "incident reviews",
    "onboarding guides",
    "reporting dashboards",
    "integration interfaces",
    "safety procedures",
    "stakeholder updates",
];
const QUALIFIERS: &[&str] = &[
    "across the functional area, working with adjacent teams to agree priorities and trade-offs",
    "for the team's main products, keeping documentation and runbooks current as things change",
    "within agreed budgets and timelines, flagging risks early and proposing mitigations",
    "using the organisation's standard tools, and proposing improvements where they fall short",
    "so that results are measurable, repeatable and reviewed with the people who depend on them",
];
const AREAS: &[&str] = &[
    "Operations",
    "Engineering",
    "Finance",
    "People",
    "Sales",
    "Data",
    "Legal",
    "Facilities",
    "Marketing",
    "Security",
    "Product",
    "Research",
];

/// A small deterministic generator (SplitMix64): no dependency, same output everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn sentence(&mut self) -> String {
        format!(
            "{} {} {}",
            self.pick(VERBS),
            self.pick(OBJECTS),
            self.pick(QUALIFIERS)
        )
    }
}

/// Writes `canon.toml` (the shipped ladder and dimensions) and `families` N family
/// files under `out`, replacing what is there.
pub fn generate(families: usize, shipped_canon_toml: &Path, out: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out.join("families")).map_err(|e| e.to_string())?;
    let meta = std::fs::read_to_string(shipped_canon_toml).map_err(|e| e.to_string())?;
    let meta = meta
        .lines()
        .map(|l| {
            if l.starts_with("version = ") {
                format!("version = \"synthetic-{families}\"")
            } else if l.starts_with("notice = ") {
                "notice = \"Synthetic canon for benchmarks; not for use.\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(out.join("canon.toml"), meta + "\n").map_err(|e| e.to_string())?;
    // The ladder in order: S1–S4, P1–P6, M1–M6, E1–E3.
    let ladder: Vec<String> = [("S", 4), ("P", 6), ("M", 6), ("E", 3)]
        .iter()
        .flat_map(|(p, n)| (1..=*n).map(move |i| format!("{p}{i}")))
        .collect();
    let mut rng = Rng(families as u64);
    for i in 0..families {
        // Ten families a group, each group named after one area.
        let area = AREAS[(i / 10) % AREAS.len()];
        let group = format!("{area} group {}", i / 10 + 1);
        let name = format!("{area} {} {i}", rng.pick(OBJECTS));
        let mut file = format!("group = \"{group}\"\nname = \"{name}\"\nid = \"family-{i:05}\"\n");
        let start = rng.below(ladder.len() - 4);
        let count = 3 + rng.below(5);
        for code in ladder.iter().skip(start).take(count) {
            let _ = write!(file, "\n[[level]]\ncode = \"{code}\"\n");
            if rng.below(4) == 0 {
                let _ = writeln!(file, "title = \"{} specialist {code}\"", area);
            }
            let responsibilities: Vec<String> = (0..3 + rng.below(6))
                .map(|_| format!("{:?}", rng.sentence()))
                .collect();
            let _ = writeln!(
                file,
                "responsibilities = [\n  {},\n]",
                responsibilities.join(",\n  ")
            );
            if rng.below(3) == 0 {
                let components: Vec<String> = (0..2 + rng.below(3))
                    .map(|_| format!("{:?}", format!("{} {}", rng.pick(AREAS), rng.pick(OBJECTS))))
                    .collect();
                let _ = writeln!(
                    file,
                    "component_responsibilities = [{}]",
                    components.join(", ")
                );
            }
            let _ = writeln!(file, "\n[level.rubrics]");
            if rng.below(4) != 0 {
                let _ = writeln!(
                    file,
                    "\"complexity/problem-solving\" = {:?}",
                    rng.sentence()
                );
            }
            if rng.below(4) != 0 {
                let _ = writeln!(file, "\"knowledge-application\" = {:?}", rng.sentence());
            }
        }
        let path = out.join("families").join(format!("family-{i:05}.toml"));
        std::fs::write(&path, file).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use goalframes_engine::canon::load::load_dir;
    use goalframes_engine::render::{render, Format};
    use goalframes_engine::{build_frames, FrameKind, Values};

    /// Behaviour, not time, at 1,000 families: it loads clean, every profile
    /// renders in every format, and lookups find the last family.
    #[test]
    fn a_thousand_family_canon_loads_and_renders_every_profile() {
        let dir = tempfile::tempdir().unwrap();
        let shipped = crate::root().join("canon/canon.toml");
        super::generate(1000, &shipped, dir.path()).unwrap();
        let loaded = load_dir(dir.path()).unwrap_or_else(|d| panic!("{:?}", &d[..d.len().min(5)]));
        assert!(loaded.warnings.is_empty());
        let canon = loaded.canon;
        assert_eq!(canon.families.len(), 1000);
        let mut profiles = 0;
        for p in canon.profiles() {
            profiles += 1;
            let frames = build_frames(&p);
            assert!(!frames.frame(FrameKind::Smart).is_empty());
            for format in Format::ALL {
                assert!(!render(&frames, &FrameKind::ALL, &Values::new(), format).is_empty());
            }
        }
        assert!(profiles >= 3000, "{profiles}");
        assert!(canon.family("family-00999").is_some());
    }

    #[test]
    fn generation_is_deterministic() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let shipped = crate::root().join("canon/canon.toml");
        super::generate(20, &shipped, a.path()).unwrap();
        super::generate(20, &shipped, b.path()).unwrap();
        let read =
            |d: &std::path::Path| std::fs::read(d.join("families/family-00019.toml")).unwrap();
        assert_eq!(read(a.path()), read(b.path()));
    }
}

//! The shipped canon must keep exercising every frame variant, so that the app's
//! first screen and the test suite show the whole product (issue: default canon).

use std::collections::BTreeSet;

use goalframes_canon::CANON;
use goalframes_engine::{build_frames, FrameKind, Profile, Template};

fn profiles_where(pred: impl Fn(&Profile<'_>) -> bool) -> Vec<String> {
    CANON
        .profiles()
        .filter(|p| pred(p))
        .map(|p| format!("{} {}", p.family.id, p.level.code))
        .collect()
}

fn has(p: &Profile<'_>, rubric: &str) -> bool {
    p.level.rubric(rubric).is_some()
}

#[test]
fn the_canon_is_marked_as_a_sample() {
    let notice = CANON
        .notice
        .as_deref()
        .expect("the sample canon carries a notice");
    assert!(notice.to_lowercase().contains("sample"), "{notice}");
}

#[test]
fn breadth_groups_families_and_a_full_ladder() {
    let groups: BTreeSet<&str> = CANON.families.iter().map(|f| f.group.as_ref()).collect();
    assert!(groups.len() >= 4, "{groups:?}");
    assert!(CANON.families.len() >= 12);
    let codes: Vec<&str> = CANON.ladder.iter().map(|l| l.code.as_ref()).collect();
    let expected: Vec<String> = (1..=4)
        .map(|n| format!("S{n}"))
        .chain((1..=6).map(|n| format!("P{n}")))
        .chain((1..=6).map(|n| format!("M{n}")))
        .chain((1..=3).map(|n| format!("E{n}")))
        .collect();
    assert_eq!(codes, expected);
    for level in CANON.ladder.iter() {
        assert!(!level.title.is_empty());
        assert_eq!(
            level.dimensions.len(),
            CANON.dimensions.len(),
            "{} lacks a dimension text",
            level.code
        );
    }
    assert_eq!(CANON.dimensions.len(), 6);
}

#[test]
fn every_frame_variant_has_a_profile() {
    let (c, k) = ("complexity/problem-solving", "knowledge-application");
    let variants: Vec<(&str, Vec<String>)> = vec![
        ("both rubrics", profiles_where(|p| has(p, c) && has(p, k))),
        (
            "only the complexity rubric",
            profiles_where(|p| has(p, c) && !has(p, k)),
        ),
        (
            "only the knowledge rubric",
            profiles_where(|p| !has(p, c) && has(p, k)),
        ),
        ("no rubrics", profiles_where(|p| p.level.rubrics.is_empty())),
        (
            "component responsibilities",
            profiles_where(|p| {
                !p.level.component_responsibilities.is_empty()
                    && !p.level.responsibilities.is_empty()
            }),
        ),
        (
            "general: no core outputs, MBO standard from decision rights",
            profiles_where(|p| {
                let f = build_frames(p);
                p.level.responsibilities.is_empty()
                    && f.frame(FrameKind::Smart).is_empty()
                    && f.frame(FrameKind::Mbo)
                        .lines()
                        .any(|l| l.template == Template::MboStandardDecisionRights)
            }),
        ),
        (
            "more responsibilities than dimensions",
            profiles_where(|p| p.level.responsibilities.len() > p.rung.dimensions.len()),
        ),
        (
            "own display title",
            profiles_where(|p| p.level.title.is_some()),
        ),
        (
            "default display title",
            profiles_where(|p| p.level.title.is_none()),
        ),
    ];
    for (variant, profiles) in variants {
        assert!(
            !profiles.is_empty(),
            "no shipped profile shows the variant: {variant}"
        );
    }
}

#[test]
fn profiles_with_core_outputs_also_have_rubrics_or_are_marked_variants() {
    // Every family level has content: core outputs, or components for general profiles.
    for p in CANON.profiles() {
        assert!(
            !p.level.responsibilities.is_empty() || !p.level.component_responsibilities.is_empty(),
            "{} {} has neither core outputs nor components",
            p.family.id,
            p.level.code
        );
    }
}

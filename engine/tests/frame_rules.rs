//! One test per FRAMES.md rule (header, SMART, OKR, MBO, Scorecard, empty frames,
//! slots), each on a small canon of its own.

mod support;

use goalframes_engine::render::text;
use goalframes_engine::{FrameKind, SlotKind, Values};
use support::{frames_of, CANON_TOML, FAMILY_HEAD};

fn family(level_body: &str) -> String {
    format!("{FAMILY_HEAD}\n[[level]]\ncode = \"P2\"\n{level_body}")
}

fn block(level_body: &str, kind: FrameKind) -> String {
    text::frame(
        frames_of(&family(level_body), "P2").frame(kind),
        &Values::new(),
    )
}

const TWO_RESPS: &str = "responsibilities = [\"Ships <features> & fixes\", \"Reviews code\"]\n";

#[test]
fn display_title_is_the_profile_title_when_given() {
    let f = frames_of(&family("title = \"Widget Engineer\"\n"), "P2");
    assert_eq!(
        text::line(&f.display_title, &Values::new()),
        "Widget Engineer"
    );
    assert_eq!(
        text::line(&f.heading, &Values::new()),
        "Goal templates — Widget Engineer"
    );
}

#[test]
fn display_title_falls_back_to_family_and_code() {
    let f = frames_of(&family(""), "P2");
    assert_eq!(
        text::line(&f.heading, &Values::new()),
        "Goal templates — Fam — P2"
    );
}

#[test]
fn breadcrumb_uses_group_family_code_and_ladder_title() {
    let f = frames_of(&family("title = \"Widget Engineer\"\n"), "P2");
    assert_eq!(
        text::line(&f.breadcrumb, &Values::new()),
        "Grp · Fam · P2 — Professional"
    );
}

#[test]
fn preamble_names_the_canon() {
    let f = frames_of(&family(""), "P2");
    assert!(text::line(&f.preamble, &Values::new()).contains("verbatim Acme canon text"));
}

#[test]
fn smart_has_one_goal_per_responsibility_with_achievable_from_the_complexity_rubric() {
    let got = block(
        &format!(
            "{TWO_RESPS}[level.rubrics]\n\"complexity/problem-solving\" = \"Solves hard things\"\n"
        ),
        FrameKind::Smart,
    );
    let expected = "\
1. Ships <features> & fixes  [source: AcM responsibility (P2)]
   Specific:    Deliver: \"Ships <features> & fixes\"
   Measurable:  Move the metric this drives from ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩.
   Achievable:  Scoped to this level's acm complexity/problem-solving rubric: \"Solves hard things\"
   Relevant:    Advances the Grp · Fam mandate for a P2 — Professional.
   Time-bound:  ⟨date⟩

2. Reviews code  [source: AcM responsibility (P2)]
   Specific:    Deliver: \"Reviews code\"
   Measurable:  Move the metric this drives from ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩.
   Achievable:  Scoped to this level's acm complexity/problem-solving rubric: \"Solves hard things\"
   Relevant:    Advances the Grp · Fam mandate for a P2 — Professional.
   Time-bound:  ⟨date⟩
";
    assert_eq!(got, expected);
}

#[test]
fn smart_omits_achievable_without_the_complexity_rubric() {
    let got = block(
        &format!("{TWO_RESPS}[level.rubrics]\n\"knowledge-application\" = \"Knows things\"\n"),
        FrameKind::Smart,
    );
    assert!(!got.contains("Achievable"), "{got}");
    assert_eq!(got.lines().filter(|l| l.contains("Specific:")).count(), 2);
}

#[test]
fn okr_pairs_objective_n_with_the_nth_dimension_in_canon_order_and_omits_kr2_past_the_last() {
    // The level lists its dimensions in reverse file order; canon order must win.
    let canon_toml = CANON_TOML.replace(
        "scope = \"A feature\"\ndecision_rights = \"Decides within a feature\"",
        "decision_rights = \"Decides within a feature\"\nscope = \"A feature\"",
    );
    let canon = support::canon(
        &canon_toml,
        &[(
            "families/f.toml",
            &family("responsibilities = [\"One\", \"Two\", \"Three\"]\n"),
        )],
    );
    let frames = goalframes_engine::build_frames(&canon.profile("fam", "P2").unwrap());
    let got = text::frame(frames.frame(FrameKind::Okr), &Values::new());
    let expected = "\
Objective 1: One  [source: AcM responsibility (P2)]
  KR1. From ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩ — tied to: \"One\"
  KR2. Evidence at this level's scope bar: \"A feature\" — ⟨target⟩ by ⟨date⟩

Objective 2: Two  [source: AcM responsibility (P2)]
  KR1. From ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩ — tied to: \"Two\"
  KR2. Evidence at this level's decision rights bar: \"Decides within a feature\" — ⟨target⟩ by ⟨date⟩

Objective 3: Three  [source: AcM responsibility (P2)]
  KR1. From ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩ — tied to: \"Three\"
";
    assert_eq!(got, expected);
}

#[test]
fn okr_skips_dimensions_the_level_has_no_text_for() {
    let canon_toml = CANON_TOML.replace("scope = \"A feature\"\n", "");
    let canon = support::canon(
        &canon_toml,
        &[("families/f.toml", &family("responsibilities = [\"One\"]\n"))],
    );
    let frames = goalframes_engine::build_frames(&canon.profile("fam", "P2").unwrap());
    let got = text::frame(frames.frame(FrameKind::Okr), &Values::new());
    assert!(
        got.contains("KR2. Evidence at this level's decision rights bar"),
        "{got}"
    );
    assert!(!got.contains("scope bar"));
}

#[test]
fn mbo_areas_come_from_component_responsibilities_when_present() {
    let got = block(
        &format!("{TWO_RESPS}component_responsibilities = [\"Quality\"]\n[level.rubrics]\n\"knowledge-application\" = \"Knows things\"\n"),
        FrameKind::Mbo,
    );
    let expected = "\
1. Area: Quality  [source: responsibility (component)]
   Standard: Consistent with this level's acm knowledge-application rubric: \"Knows things\"
   Target:   ⟨target⟩   Due: ⟨date⟩
";
    assert_eq!(got, expected);
}

#[test]
fn mbo_reuses_core_outputs_without_components() {
    let got = block(
        &format!("{TWO_RESPS}[level.rubrics]\n\"knowledge-application\" = \"Knows things\"\n"),
        FrameKind::Mbo,
    );
    assert!(got.starts_with(
        "1. Area: Ships <features> & fixes  [source: AcM responsibility (P2) — reused, no distinct responsibility content]\n"
    ));
    assert!(got.contains("\n\n2. Area: Reviews code  [source: AcM responsibility (P2) — reused, no distinct responsibility content]\n"));
}

#[test]
fn mbo_standard_falls_back_to_decision_rights() {
    let got = block(TWO_RESPS, FrameKind::Mbo);
    assert!(
        got.contains("   Standard: Consistent with this level's decision rights: \"Decides within a feature\"\n"),
        "{got}"
    );
}

#[test]
fn mbo_standard_is_omitted_when_the_canon_backs_neither() {
    let canon_toml = CANON_TOML.replace("decision_rights = \"Decides within a feature\"\n", "");
    let canon = support::canon(&canon_toml, &[("families/f.toml", &family(TWO_RESPS))]);
    let frames = goalframes_engine::build_frames(&canon.profile("fam", "P2").unwrap());
    let got = text::frame(frames.frame(FrameKind::Mbo), &Values::new());
    assert!(!got.contains("Standard"), "{got}");
    assert!(got.contains("1. Area: Ships <features> & fixes"));
}

#[test]
fn scorecard_shows_both_perspectives_separated_by_one_empty_line() {
    let got = block("responsibilities = [\"One\"]\n", FrameKind::Scorecard);
    let expected = "\
Internal process
  - \"One\"  →  ⟨target⟩ by ⟨date⟩   [source: AcM responsibility (P2)]

Role calibration
  - Meets the scope bar: \"A feature\"  →  ⟨target⟩ by ⟨date⟩   [source: level dimension (Scope)]
  - Meets the decision rights bar: \"Decides within a feature\"  →  ⟨target⟩ by ⟨date⟩   [source: level dimension (Decision rights)]
";
    assert_eq!(got, expected);
}

#[test]
fn scorecard_omits_an_empty_perspective_with_its_heading_and_separator() {
    // No responsibilities: only Role calibration, with no leading empty line.
    let got = block(
        "component_responsibilities = [\"Quality\"]\n",
        FrameKind::Scorecard,
    );
    assert!(got.starts_with("Role calibration\n"), "{got}");
    assert!(!got.contains("Internal process"));
    // M1 has no dimension text: only Internal process.
    let f = frames_of(
        &format!("{FAMILY_HEAD}\n[[level]]\ncode = \"M1\"\nresponsibilities = [\"One\"]\n"),
        "M1",
    );
    let got = text::frame(f.frame(FrameKind::Scorecard), &Values::new());
    assert!(
        got.starts_with("Internal process\n")
            && !got.contains("Role calibration")
            && !got.ends_with("\n\n")
    );
}

#[test]
fn a_profile_without_core_outputs_has_empty_smart_and_okr_blocks() {
    let f = frames_of(
        &family("component_responsibilities = [\"Quality\"]\n"),
        "P2",
    );
    for kind in [FrameKind::Smart, FrameKind::Okr] {
        assert_eq!(text::frame(f.frame(kind), &Values::new()), "", "{kind:?}");
        assert!(f.frame(kind).is_empty());
    }
    assert!(!f.frame(FrameKind::Mbo).is_empty());
    // The app shows a fixed sentence naming the missing field instead.
    assert!(f.frame(FrameKind::Smart).empty.contains("responsibilities"));
}

#[test]
fn a_profile_with_nothing_has_four_empty_blocks() {
    let f = frames_of(&format!("{FAMILY_HEAD}\n[[level]]\ncode = \"M1\"\n"), "M1");
    for kind in FrameKind::ALL {
        assert_eq!(text::frame(f.frame(kind), &Values::new()), "", "{kind:?}");
    }
}

#[test]
fn a_filled_slot_shows_at_every_occurrence_within_its_item_only() {
    let f = frames_of(&family(TWO_RESPS), "P2");
    let mut values = Values::new();
    values.set("smart-1", SlotKind::Date, "2027-03-31").unwrap();
    values.set("smart-1", SlotKind::Target, "99.9%").unwrap();
    let got = text::frame(f.frame(FrameKind::Smart), &values);
    let first = got.split("\n\n").next().unwrap();
    assert!(first.contains(
        "Measurable:  Move the metric this drives from ⟨baseline⟩ to 99.9% by 2027-03-31."
    ));
    assert!(first.contains("Time-bound:  2027-03-31"));
    // Goal 2 keeps its placeholders.
    let second = got.split("\n\n").nth(1).unwrap();
    assert!(second.contains("Time-bound:  ⟨date⟩"));
    // Values are keyed per frame item: the OKR block is untouched.
    assert!(!text::frame(f.frame(FrameKind::Okr), &values).contains("2027"));
}

#[test]
fn items_declare_the_slots_their_lines_use() {
    let f = frames_of(&family(TWO_RESPS), "P2");
    for frame in &f.frames {
        for item in &frame.items {
            let mut used: Vec<SlotKind> = frame
                .lines()
                .filter(|l| l.item.as_deref() == Some(item.key.as_str()))
                .flat_map(|l| l.slots())
                .collect();
            used.sort();
            used.dedup();
            assert_eq!(used, item.slots, "{}", item.key);
        }
    }
    let okr = f.frame(FrameKind::Okr);
    assert_eq!(
        okr.item("okr-1-kr2").unwrap().slots,
        vec![SlotKind::Target, SlotKind::Date]
    );
    assert_eq!(
        okr.item("okr-1-kr1").unwrap().label,
        "Objective 1, key result 1"
    );
}

#[test]
fn values_are_one_line_of_at_most_200_characters() {
    let mut values = Values::new();
    assert!(values
        .set("smart-1", SlotKind::Target, &"x".repeat(200))
        .is_ok());
    assert!(values
        .set("smart-1", SlotKind::Target, &"x".repeat(201))
        .is_err());
    assert!(values.set("smart-1", SlotKind::Target, "a\nb").is_err());
    assert_eq!(
        values.get("smart-1", SlotKind::Target),
        Some("x".repeat(200).as_str())
    );
    values.set("smart-1", SlotKind::Target, "").unwrap();
    assert!(values.is_empty());
}

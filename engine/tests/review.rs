//! The review end to end on the engine: the issue's worked example scored
//! by the documented formula, the stage moves and the lock on the way, the
//! next period, and review data merged across simulated tabs (property tests).

use std::collections::{BTreeMap, BTreeSet};

use goalframes_engine::canon::load::load_dir;
use goalframes_engine::goals::GoalSheet;
use goalframes_engine::sheet::review::{
    self, competencies, locked_change, progress, score, AppraisalField, CheckIn, LockedChange,
    NextPeriod, Rater, ReviewGoal, ReviewRules, ScalePoint, Stage, Status,
};
use goalframes_engine::sheet::Sheet;
use goalframes_engine::{build_frames, SlotKind};
use proptest::prelude::*;

mod support;

use support::example_canon as canon;
use support::review::{appraise, check_in, planned, OWN};

#[test]
fn the_issues_worked_example_scores_by_the_documented_formula() {
    let canon = canon();
    let profile = canon.profile("database-engineering", "P4").unwrap();
    let frames = build_frames(&profile);
    let rows = competencies(&profile, en());
    let rules = ReviewRules::DEFAULT;
    let mut sheet = planned(&frames);
    let goals = GoalSheet::new(&frames, &sheet).review_goals();
    let labels: Vec<&str> = goals.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "SMART goal 1",
            "Objective 2",
            "MBO area 2",
            "Your own goal 1"
        ]
    );

    // Agree; from then on the target is read-only.
    sheet
        .agree("Ada Lovelace", "Grace Hopper", "2026-01-15")
        .unwrap();
    let mut edited = sheet.clone();
    edited
        .values
        .set("smart-1", SlotKind::Target, "150 ms")
        .unwrap();
    assert_eq!(
        locked_change(&sheet, &edited),
        Some(LockedChange::Value("smart-1".into(), SlotKind::Target))
    );

    // Two check-ins per goal; the page's suggestion for SMART goal 1, and the
    // manager's choice stored.
    let suggested = progress::suggest_status(
        "400 ms",
        "200 ms",
        "350 ms",
        "2026-01-01",
        "2026-12-31",
        "2026-04-01",
    )
    .unwrap();
    assert_eq!(suggested.status, Status::OnTrack, "{}", suggested.how(en()));
    let suggested = progress::suggest_status(
        "400 ms",
        "200 ms",
        "330 ms",
        "2026-01-01",
        "2026-12-31",
        "2026-07-02",
    )
    .unwrap();
    assert_eq!(suggested.status, Status::Behind, "{}", suggested.how(en()));
    let check_ins = [
        ("smart-1", "2026-04-01", "350 ms", Status::OnTrack),
        ("smart-1", "2026-07-02", "330 ms", Status::OnTrack), // overridden: the index work lands in Q3
        ("okr-2", "2026-04-01", "68%", Status::OnTrack),
        ("okr-2", "2026-07-02", "80%", Status::OnTrack),
        ("mbo-2", "2026-04-01", "12 of 15 reviewed", Status::Behind),
        ("mbo-2", "2026-07-02", "all reviewed", Status::OnTrack),
        (OWN, "2026-04-01", "1 mentee", Status::OnTrack),
        (OWN, "2026-07-02", "2 mentees", Status::OnTrack),
    ];
    for (goal, date, value, status) in check_ins {
        let entry = check_in(&sheet, date, value, status);
        sheet.add_check_in(goal, entry).unwrap();
    }
    assert_eq!(sheet.latest_check_in("smart-1").unwrap().value, "330 ms");

    // Appraise: actuals (one typed achievement where none can be computed),
    // self and manager ratings, comments; the six dimensions and two rubrics.
    appraise(&mut sheet);
    let dimensions: Vec<_> = rows
        .iter()
        .filter(|r| r.kind == review::CompetencyKind::Dimension)
        .collect();
    assert_eq!(dimensions.len(), 6);
    for (row, (self_rating, manager_rating)) in
        dimensions
            .iter()
            .zip([(3, 4), (4, 3), (3, 4), (4, 4), (3, 3), (4, 5)])
    {
        sheet
            .set_competency_rating(&row.key, Rater::Employee, Some(self_rating))
            .unwrap();
        sheet
            .set_competency_rating(&row.key, Rater::Manager, Some(manager_rating))
            .unwrap();
    }

    let s = score(&sheet, &goals, &rows, &rules, en());
    // Per goal: 75 % (400 → 200 ms reached at 250 ms), 120 %, 80 % typed, 100 %.
    let achieved: Vec<f64> = s
        .goals
        .iter()
        .map(|g| g.achievement.as_ref().unwrap().percent)
        .collect();
    assert_eq!(achieved, [75.0, 120.0, 80.0, 100.0]);
    assert_eq!(
        s.goals[0].achievement.as_ref().unwrap().how,
        "from 400 ms to 200 ms, reached 250 ms: (250 − 400) / (200 − 400) = 75.0 %"
    );
    assert_eq!(
        s.goals[2].achievement.as_ref().unwrap().how,
        "typed: 80.0 %"
    );
    // Goal achievement = (50×75 + 30×120 + 10×80 + 10×100) / 100 = 91.5 %.
    let achievement = s.achievement.result().unwrap();
    assert_eq!(
        achievement.value,
        (50.0 * 75.0 + 30.0 * 120.0 + 10.0 * 80.0 + 10.0 * 100.0) / 100.0
    );
    assert_eq!(achievement.shown(), "91.5");
    assert_eq!(
        achievement.how,
        "Σ weight × achievement / 100 = (50 × 75.0 + 30 × 120.0 + 10 × 80.0 + 10 × 100.0) / 100 = 91.5 %"
    );
    // Goal rating = (50×4 + 30×5 + 10×3 + 10×4) / 100 = 4.2; self (50×3 + 30×4 + 10×3 + 10×5) / 100 = 3.5.
    let manager = &s.manager;
    assert_eq!(manager.goal_rating.shown().as_deref(), Some("4.2"));
    assert_eq!(
        manager.goal_rating.result().unwrap().how,
        "Σ weight × manager rating / 100 = (50 × 4 + 30 × 5 + 10 × 3 + 10 × 4) / 100 = 4.2"
    );
    assert_eq!(s.employee.goal_rating.shown().as_deref(), Some("3.5"));
    // The rubrics are not rated yet: no competency rating, which the default
    // rules (goals 100 %, competencies 0 %) do not need for the overall.
    assert_eq!(
        manager.competency_rating.result().unwrap_err(),
        [
            "No manager rating for complexity/problem-solving.",
            "No manager rating for knowledge-application."
        ]
    );
    assert_eq!(manager.overall.shown().as_deref(), Some("4.2"));
    assert_eq!(manager.label.as_ref().map(|p| p.value), Some(4));
    assert_eq!(
        manager.overall.result().unwrap().how,
        "100 % × goal rating 4.2 = 4.2; nearest point of the scale: 4"
    );
    assert_eq!(s.employee.overall.shown().as_deref(), Some("3.5"));
    assert_eq!(
        s.employee.label.as_ref().map(|p| p.value),
        Some(4),
        "halves round up"
    );

    // Rate the rubrics too: competency rating = (4+3+4+4+3+5+4+4) / 8 = 3.875.
    for row in rows
        .iter()
        .filter(|r| r.kind == review::CompetencyKind::Rubric)
    {
        sheet
            .set_competency_rating(&row.key, Rater::Manager, Some(4))
            .unwrap();
    }
    let s = score(&sheet, &goals, &rows, &rules, en());
    let competency = s.manager.competency_rating.result().unwrap();
    assert_eq!(competency.value, 31.0 / 8.0);
    assert_eq!(competency.shown(), "3.9");
    assert_eq!(
        competency.how,
        "mean of 8 manager ratings = (4 + 3 + 4 + 4 + 3 + 5 + 4 + 4) / 8 = 3.9"
    );
    // With a canon's split of 70/30 and labels: 0.7 × 4.2 + 0.3 × 3.875 = 4.1025.
    let labelled: Vec<ScalePoint> = [
        "Unsatisfactory",
        "Needs improvement",
        "Meets",
        "Exceeds",
        "Outstanding",
    ]
    .into_iter()
    .zip(1..)
    .map(|(label, value)| ScalePoint {
        value,
        label: Some(label.into()),
    })
    .collect();
    let split = ReviewRules::new(labelled, 70, 30, 150).unwrap();
    let s70 = score(&sheet, &goals, &rows, &split, en());
    let overall = s70.manager.overall.result().unwrap();
    assert!((overall.value - (0.7 * 4.2 + 0.3 * 3.875)).abs() < 1e-12);
    assert_eq!(overall.shown(), "4.1");
    assert_eq!(
        overall.how,
        "70 % × goal rating 4.2 + 30 % × competency rating 3.9 = 4.1; nearest point of the scale: 4 — Exceeds"
    );
    assert_eq!(
        s70.employee.overall.result().unwrap_err(),
        [
            "No self rating for complexity/problem-solving.",
            "No self rating for knowledge-application."
        ],
        "the self side needs its own competency ratings when competencies count"
    );

    // Mark as reviewed; then the appraisal is closed.
    sheet
        .mark_reviewed("2026-12-15", &goals, &rows, &rules, en())
        .unwrap();
    assert_eq!(sheet.stage(), Stage::Reviewed);
    assert!(sheet
        .set_appraisal("smart-1", AppraisalField::Actual, "240 ms")
        .is_err());
    // The reviewed sheet saves and reads back whole.
    let back = Sheet::from_json(&sheet.to_json()).unwrap();
    assert_eq!(back, sheet);
    assert_eq!(
        score(&back, &goals, &rows, &rules, en()),
        score(&sheet, &goals, &rows, &rules, en())
    );

    // The next period: same goals, actuals as baselines, a draft.
    let next = NextPeriod::after(&sheet).unwrap();
    assert_eq!(
        (next.start.as_str(), next.end.as_str()),
        ("2027-01-01", "2027-12-31")
    );
    let old = sheet.clone();
    let new = sheet
        .next_period("s2", &frames, &next, "tab1", "2026-12-20T10:00:00Z")
        .unwrap();
    assert_eq!(sheet, old, "the old sheet stays as it was");
    assert_eq!(new.goals, sheet.goals);
    assert_eq!(new.own_goals, sheet.own_goals);
    assert_eq!(new.stage(), Stage::Draft);
    assert!(new.review.is_empty(), "no check-ins, appraisal or ratings");
    assert_eq!(
        new.values.get("smart-1", SlotKind::Baseline),
        Some("250 ms")
    );
    assert_eq!(new.values.get("smart-1", SlotKind::Target), Some("200 ms"));
    assert_eq!(new.values.get("okr-2-kr1", SlotKind::Baseline), Some("96%"));
    assert_eq!(new.values.get(OWN, SlotKind::Baseline), Some("2 mentees"));
    assert_eq!(
        new.values.get("mbo-2", SlotKind::Target),
        Some("every schema change reviewed")
    );
    assert_eq!(
        new.values.get("mbo-2", SlotKind::Date),
        None,
        "last period's due date goes"
    );
    assert_eq!(new.period.as_deref(), Some("2027"));
    assert_eq!(new.person, sheet.person);
    assert_eq!(new.fingerprints, sheet.fingerprints);
    assert!(new.validate().is_ok());
    assert!(!new.edited.is_empty(), "one write, so that it merges");
}

// ---- Simulated tabs -------------------------------------------------------

/// One thing a tab does.
#[derive(Clone, Debug)]
enum Op {
    /// Adds a check-in to goal `goal` (0 or 1).
    CheckIn { tab: usize, goal: usize },
    /// Sets an appraisal field of goal `goal`.
    Appraise {
        tab: usize,
        goal: usize,
        field: usize,
    },
    /// Sets a competency rating.
    Rate { tab: usize, manager: bool },
    /// Types into a slot no goal owns (open at every stage).
    Type { tab: usize },
    /// Marks as agreed, with names of its own.
    Agree { tab: usize },
    /// Marks as reviewed.
    Review { tab: usize },
    /// Reopens.
    Reopen { tab: usize },
    /// Tab `tab` takes in what tab `from` holds (a storage event, an import).
    Sync { tab: usize, from: usize },
}

const GOALS: [&str; 2] = ["smart-1", "okr-1"];
const FIELDS: [AppraisalField; 3] = [
    AppraisalField::Actual,
    AppraisalField::ManagerRating,
    AppraisalField::Achievement,
];

fn op(tabs: usize) -> impl Strategy<Value = Op> {
    let tab = 0..tabs;
    prop_oneof![
        4 => (tab.clone(), 0..2usize).prop_map(|(tab, goal)| Op::CheckIn { tab, goal }),
        3 => (tab.clone(), 0..2usize, 0..FIELDS.len()).prop_map(|(tab, goal, field)| Op::Appraise { tab, goal, field }),
        1 => (tab.clone(), any::<bool>()).prop_map(|(tab, manager)| Op::Rate { tab, manager }),
        1 => tab.clone().prop_map(|tab| Op::Type { tab }),
        2 => tab.clone().prop_map(|tab| Op::Agree { tab }),
        1 => tab.clone().prop_map(|tab| Op::Review { tab }),
        2 => tab.clone().prop_map(|tab| Op::Reopen { tab }),
        6 => (tab.clone(), tab).prop_map(|(tab, from)| Op::Sync { tab, from }),
    ]
}

/// The parts an operation set, by name: what "no change lost" is checked on.
type Set = BTreeMap<String, String>;

/// A tab: its copy of the sheet and the operations it knows of.
struct Tab {
    sheet: Sheet,
    known: BTreeSet<usize>,
}

fn base() -> Sheet {
    let mut sheet = Sheet::new("s", "database-engineering", "P4", "v", "t");
    for key in GOALS {
        sheet.keep(key);
    }
    sheet.set_weight("smart-1", Some(60)).unwrap();
    sheet.set_weight("okr-1", Some(40)).unwrap();
    sheet.restamp("t0", "2026-01-01T00:00:00.000Z");
    sheet
}

fn goals() -> Vec<ReviewGoal> {
    GOALS
        .iter()
        .zip([60, 40])
        .map(|(key, w)| ReviewGoal {
            key: key.to_string(),
            label: key.to_string(),
            weight: Some(w),
            baseline: None,
            target: None,
        })
        .collect()
}

/// What a tab's stage part reads as, for comparing stage changes.
fn stage_part(sheet: &Sheet) -> String {
    format!(
        "{:?}|{:?}|{:?}",
        sheet.stage(),
        sheet.review.agreed,
        sheet.review.reviewed_on
    )
}

/// Runs `ops` over `n` tabs whose clocks are `skews` apart, then lets every
/// tab take in every other: they converge, every check-in and reopening
/// made is there, and each stage, appraisal field and rating holds the
/// change of an operation no later operation knew of.
fn run(ops: &[Op], skews: &[u64]) -> Result<(), TestCaseError> {
    let n = skews.len();
    let mut tabs: Vec<Tab> = (0..n)
        .map(|_| Tab {
            sheet: base(),
            known: BTreeSet::new(),
        })
        .collect();
    let mut check_ins: Vec<(String, String)> = Vec::new(); // (goal, id)
    let mut reopenings: Vec<String> = Vec::new();
    // Per operation that changed something: the parts it set, and what its tab knew.
    let mut made: BTreeMap<usize, (Set, BTreeSet<usize>)> = BTreeMap::new();
    for (i, op) in ops.iter().enumerate() {
        let i = i + 1;
        let tab_of = |op: &Op| match *op {
            Op::CheckIn { tab, .. }
            | Op::Appraise { tab, .. }
            | Op::Rate { tab, .. }
            | Op::Type { tab }
            | Op::Agree { tab }
            | Op::Review { tab }
            | Op::Reopen { tab }
            | Op::Sync { tab, .. } => tab,
        };
        let t = tab_of(op);
        let now = format!(
            "2026-03-01T10:00:{:02}.{:03}Z",
            (i as u64 + skews[t]) / 1000 % 60,
            (i as u64 + skews[t]) % 1000
        );
        let tab_name = format!("tab{t}");
        if let Op::Sync { from, .. } = *op {
            let theirs = tabs[from].sheet.clone();
            let known = tabs[from].known.clone();
            tabs[t].sheet = tabs[t].sheet.merge(&theirs);
            tabs[t].known.extend(known);
            continue;
        }
        let before = tabs[t].sheet.clone();
        let mut sheet = before.clone();
        let mut set = Set::new();
        let day = format!("2026-{:02}-01", 1 + i % 12);
        let ok = match *op {
            Op::CheckIn { goal, .. } => {
                let id = review::new_entry_id(&sheet.review, &tab_name);
                let entry = CheckIn {
                    id: id.clone(),
                    date: day.clone(),
                    value: format!("value {i}"),
                    status: Status::ALL[i % 3],
                    note: String::new(),
                };
                let ok = sheet.add_check_in(GOALS[goal], entry).is_ok();
                if ok {
                    check_ins.push((GOALS[goal].to_string(), id));
                }
                ok
            }
            Op::Appraise { goal, field, .. } => {
                let field = FIELDS[field];
                let value = match field {
                    AppraisalField::ManagerRating => (1 + i % 5).to_string(),
                    AppraisalField::Achievement => (i % 150).to_string(),
                    _ => format!("actual {i}"),
                };
                set.insert(format!("{}/{}", GOALS[goal], field.id()), value.clone());
                sheet.set_appraisal(GOALS[goal], field, &value).is_ok()
            }
            Op::Rate { manager, .. } => {
                let rater = if manager {
                    Rater::Manager
                } else {
                    Rater::Employee
                };
                let rating = (1 + i % 5) as u32;
                set.insert(format!("scope/{manager}"), rating.to_string());
                sheet
                    .set_competency_rating("dimension-scope", rater, Some(rating))
                    .is_ok()
            }
            Op::Type { .. } => {
                let value = format!("typed {i}");
                set.insert("mbo-1/target".into(), value.clone());
                sheet.values.set("mbo-1", SlotKind::Target, &value).is_ok()
            }
            Op::Agree { .. } => sheet
                .agree(&format!("Employee {i}"), &format!("Manager {i}"), &day)
                .is_ok(),
            Op::Review { .. } => {
                // Fill what the score needs first, as a manager would.
                for goal in GOALS {
                    let _ = sheet.set_appraisal(goal, AppraisalField::Achievement, "90");
                    let _ = sheet.set_goal_rating(goal, Rater::Manager, Some(3));
                }
                sheet
                    .mark_reviewed(&day, &goals(), &[], &ReviewRules::DEFAULT, en())
                    .is_ok()
            }
            Op::Reopen { .. } => {
                let id = review::new_entry_id(&sheet.review, &tab_name);
                let ok = sheet.reopen(&id, &day).is_ok();
                if ok {
                    reopenings.push(id);
                }
                ok
            }
            Op::Sync { .. } => unreachable!(),
        };
        if !ok {
            continue;
        }
        // Every edit the app makes passes the lock; these do by construction.
        prop_assert_eq!(locked_change(&before, &sheet), None, "{:?}", op);
        if matches!(op, Op::Agree { .. } | Op::Review { .. } | Op::Reopen { .. }) {
            set.insert("stage".into(), stage_part(&sheet));
            if let Op::Review { .. } = op {
                // The review's own fills are changes too.
                for goal in GOALS {
                    for field in [AppraisalField::Achievement, AppraisalField::ManagerRating] {
                        if before.appraisal(goal).and_then(|a| a.get(field))
                            != sheet.appraisal(goal).and_then(|a| a.get(field))
                        {
                            set.insert(
                                format!("{goal}/{}", field.id()),
                                sheet.appraisal(goal).and_then(|a| a.get(field)).unwrap(),
                            );
                        }
                    }
                }
            }
        }
        if sheet.touch_changes(&before, &tab_name, &now) {
            let known = tabs[t].known.clone();
            made.insert(i, (set, known));
            tabs[t].known.insert(i);
        }
        tabs[t].sheet = sheet;
    }

    // Everyone takes in everyone, twice round: they converge.
    for _ in 0..2 {
        for t in 0..n {
            for from in 0..n {
                let theirs = tabs[from].sheet.clone();
                tabs[t].sheet = tabs[t].sheet.merge(&theirs);
            }
        }
    }
    let last = tabs[0].sheet.clone();
    for tab in &tabs {
        prop_assert_eq!(&tab.sheet, &last, "the tabs converge");
    }
    prop_assert!(last.validate().is_ok(), "{:?}", last.validate());
    prop_assert_eq!(Sheet::from_json(&last.to_json()).unwrap(), last.clone());

    // Every check-in and reopening made is there: logs merge by union.
    for (goal, id) in &check_ins {
        prop_assert!(
            last.check_ins(goal).iter().any(|c| &c.id == id),
            "check-in {} lost",
            id
        );
    }
    let total: usize = last.review.check_ins.values().map(Vec::len).sum();
    prop_assert_eq!(total, check_ins.len());
    let ids: BTreeSet<&str> = last.review.reopened.iter().map(|r| r.id.as_str()).collect();
    prop_assert_eq!(
        ids,
        reopenings
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>()
    );

    // Each part holds the change of an operation that no later operation
    // (one that knew of it) changed again: a stage change is never undone by
    // a tab that did not see it, nor an appraisal field or rating.
    let mut parts: BTreeSet<&String> = BTreeSet::new();
    for (set, _) in made.values() {
        parts.extend(set.keys());
    }
    for part in parts {
        let here: Vec<(usize, &String, &BTreeSet<usize>)> = made
            .iter()
            .filter_map(|(i, (set, deps))| set.get(part).map(|v| (*i, v, deps)))
            .collect();
        let latest: Vec<&String> = here
            .iter()
            .filter(|(i, _, _)| !here.iter().any(|(_, _, deps)| deps.contains(i)))
            .map(|(_, v, _)| *v)
            .collect();
        let got = match part.as_str() {
            "stage" => Some(stage_part(&last)),
            "mbo-1/target" => last
                .values
                .get("mbo-1", SlotKind::Target)
                .map(str::to_string),
            p if p.starts_with("scope/") => last
                .competency_ratings("dimension-scope")
                .and_then(|r| {
                    r.of(if p.ends_with("true") {
                        Rater::Manager
                    } else {
                        Rater::Employee
                    })
                })
                .map(|r| r.to_string()),
            p => {
                let (goal, field) = p.split_once('/').unwrap();
                last.appraisal(goal)
                    .and_then(|a| a.get(AppraisalField::from_id(field).unwrap()))
            }
        };
        let got = got.unwrap_or_default();
        prop_assert!(
            latest.iter().any(|v| **v == got),
            "part {}: {:?} is not among the latest changes {:?}; ops {:?}",
            part,
            got,
            latest,
            ops
        );
        if let [one] = latest.as_slice() {
            prop_assert_eq!(&got, *one, "part {}", part);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn two_tabs_converge_and_lose_no_check_in_or_stage_change(
        ops in proptest::collection::vec(op(2), 1..40),
        skew in 0u64..5_000,
    ) {
        run(&ops, &[0, skew])?;
    }

    #[test]
    fn three_tabs_converge_and_lose_no_check_in_or_stage_change(
        ops in proptest::collection::vec(op(3), 1..50),
        skews in proptest::collection::vec(0u64..5_000, 3),
    ) {
        run(&ops, &skews)?;
    }

    #[test]
    fn merging_is_the_same_in_every_order(
        ops in proptest::collection::vec(op(3), 1..30),
    ) {
        // Three copies edited apart (no syncs), merged in two orders.
        let ops: Vec<Op> = ops.into_iter().filter(|o| !matches!(o, Op::Sync { .. })).collect();
        let mut copies = [base(), base(), base()];
        for (i, op) in ops.iter().enumerate() {
            let t = match *op {
                Op::CheckIn { tab, .. } | Op::Appraise { tab, .. } | Op::Rate { tab, .. }
                | Op::Type { tab } | Op::Agree { tab } | Op::Review { tab } | Op::Reopen { tab }
                | Op::Sync { tab, .. } => tab,
            };
            let before = copies[t].clone();
            let sheet = &mut copies[t];
            let day = format!("2026-{:02}-01", 1 + i % 12);
            let tab = format!("tab{t}");
            let _ = match *op {
                Op::CheckIn { goal, .. } => {
                    let id = review::new_entry_id(&sheet.review, &tab);
                    sheet.add_check_in(GOALS[goal], CheckIn { id, date: day, value: format!("v{i}"), status: Status::OnTrack, note: String::new() }).is_ok()
                }
                Op::Appraise { goal, .. } => sheet.set_appraisal(GOALS[goal], AppraisalField::Actual, &format!("a{i}")).is_ok(),
                Op::Agree { .. } => sheet.agree("E", &format!("M{i}"), &day).is_ok(),
                Op::Reopen { .. } => {
                    let id = review::new_entry_id(&sheet.review, &tab);
                    sheet.reopen(&id, &day).is_ok()
                }
                _ => sheet.values.set("mbo-1", SlotKind::Target, &format!("t{i}")).is_ok(),
            };
            sheet.touch_changes(&before, &tab, &format!("2026-03-01T10:00:00.{i:03}Z"));
        }
        let [a, b, c] = copies;
        let left = a.merge(&b).merge(&c);
        let right = a.merge(&b.merge(&c));
        let other = c.merge(&a).merge(&b);
        prop_assert_eq!(left.registers(), right.registers());
        prop_assert_eq!(&left, &other);
        prop_assert!(left.validate().is_ok());
    }
}

// Which items a goal owns (what an agreed sheet locks, and what the next
// period's baselines come from), over every profile of both canons.
#[test]
fn every_goal_owns_exactly_its_own_items_in_every_shipped_profile() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut checked = 0;
    for dir in ["canon", "tests/fixtures/example-canon"] {
        let canon = load_dir(&root.join(dir)).unwrap().canon;
        for profile in canon.profiles() {
            let frames = build_frames(&profile);
            let choices = goalframes_engine::goals::choices(&frames);
            for choice in &choices {
                for item in &choice.items {
                    assert!(
                        review::owns_item(&choice.key, &item.key),
                        "{} {}",
                        choice.key,
                        item.key
                    );
                    let others: Vec<&str> = choices
                        .iter()
                        .filter(|c| c.key != choice.key && review::owns_item(&c.key, &item.key))
                        .map(|c| c.key.as_str())
                        .collect();
                    assert!(others.is_empty(), "{} also owned by {others:?}", item.key);
                    checked += 1;
                }
            }
            let items = frames.items().count() + frames.growth_items().count();
            let owned: usize = choices.iter().map(|c| c.items.len()).sum();
            assert_eq!(owned, items, "every item belongs to a goal");
        }
    }
    assert!(checked > 1000, "{checked}");
    assert!(!review::owns_item(
        "scorecard-calibration-x",
        "scorecard-calibration-x-kr1"
    ));
    assert!(!review::owns_item("okr-1", "okr-1-krx") && !review::owns_item("okr-1", "okr-10-kr1"));
}

fn en() -> &'static goalframes_engine::Catalog {
    goalframes_engine::catalog(goalframes_engine::Lang::En)
}

//! One mistake, two ways in, the same words (feature `spreadsheet`). Each
//! mistake is made once, in a canon model; the model is written as a canon
//! folder (`toml_writer`) and loaded, and as the CSV trio (`export`,
//! `csv_trio`) and imported. Both must report it in the same words: only the
//! location differs (a file, line and key; a sheet and cell), and the place
//! a duplicate is said to stand first ("on line 14"; "on row 2").
#![cfg(feature = "spreadsheet")]

mod support;

use goalframes_engine::canon::load::load_sources;
use goalframes_engine::canon::review::{ReviewRules, ScalePoint};
use goalframes_engine::canon::spreadsheet::{export_files, import, read, toml_writer};
use goalframes_engine::canon::templates::{TemplatePiece, TemplateWording};
use goalframes_engine::canon::{
    Canon, Dimension, FamilyLevel, LadderLevel, Lang, Rubric, Severity,
};
use goalframes_l10n::Id;
use support::{canon, CANON_TOML, FAMILY_HEAD};

/// The canon every mistake starts from: two dimensions, the ladder P2 and M1,
/// one family `fam` at P2 with a responsibility and a rubric.
fn base() -> Canon {
    let family = format!(
        "{FAMILY_HEAD}\n[[level]]\ncode = \"P2\"\nresponsibilities = [\"Builds things\"]\n\n[level.rubrics]\n\"knowledge-application\" = \"Knows things\"\n"
    );
    canon(CANON_TOML, &[("families/f.toml", &family)])
}

/// What each way in says: (severity, where, message), where as the reader
/// shows it (`families/grp/fam.toml:6: level[0].code`, `Families!E2`).
fn through_toml(canon: &Canon) -> Vec<(Severity, String, String)> {
    let files = toml_writer::files(canon);
    let (canon_file, families) = files.split_first().unwrap();
    let diags = match load_sources(canon_file, families) {
        Ok(loaded) => loaded.warnings,
        Err(diags) => diags,
    };
    diags
        .into_iter()
        .map(|d| {
            let shown = d.to_string();
            let tail = format!(": {}", d.message);
            let place = shown.split_once(": ").unwrap().1;
            let place = place.strip_suffix(&tail).unwrap().to_string();
            (d.severity, place, d.message)
        })
        .collect()
}

fn through_csv(canon: &Canon) -> Vec<(Severity, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("canon.csv");
    for (path, bytes) in export_files(canon, &out).unwrap() {
        std::fs::write(path, bytes).unwrap();
    }
    let tables = read::tables(&out).unwrap_or_else(|p| panic!("{p:?}"));
    let problems = match import::canon("canon.csv", &tables) {
        Ok(imported) => imported.warnings,
        Err(problems) => problems,
    };
    problems
        .into_iter()
        .map(|p| {
            let place = match (&p.sheet, &p.at) {
                (Some(sheet), Some(at)) => format!("{sheet}!{at}"),
                (Some(sheet), None) => sheet.clone(),
                _ => String::new(),
            };
            (p.severity, place, p.message)
        })
        .collect()
}

/// A mistake, and what both ways in say of it.
struct Mistake {
    name: &'static str,
    make: fn(&mut Canon),
    severity: Severity,
    /// The words, `{place}` standing for where a first value stands.
    words: &'static str,
    /// Where the TOML loader reports it, and its `{place}`.
    toml: (&'static str, &'static str),
    /// Where the spreadsheet import reports it, and its `{place}`.
    sheet: (&'static str, &'static str),
}

fn level(code: &str) -> FamilyLevel {
    FamilyLevel {
        code: code.to_string().into(),
        title: None,
        aliases: Vec::new().into(),
        responsibilities: vec!["Builds things".into()].into(),
        component_responsibilities: Vec::new().into(),
        rubrics: Vec::new().into(),
    }
}

/// Review rules as written, unchecked: a mistake is made in the model.
fn review(points: &[(u32, Option<&str>)], goals: u32, competencies: u32) -> ReviewRules {
    let scale = points.iter().map(|(value, label)| ScalePoint {
        value: *value,
        label: label.map(|l| l.to_string().into()),
    });
    ReviewRules {
        scale: scale.collect::<Vec<_>>().into(),
        goals_share: goals,
        competencies_share: competencies,
        achievement_cap: 150,
    }
}

fn mistakes() -> Vec<Mistake> {
    vec![
        Mistake {
            name: "a family level the ladder lacks",
            make: |c| c.families.to_mut()[0].levels.to_mut()[0].code = "P9".into(),
            severity: Severity::Error,
            words: "level code \"P9\" is not in the ladder ({place}); the ladder has (nearest first): P2, M1",
            toml: ("families/grp/fam.toml:6: level[0].code", "canon.toml"),
            sheet: ("Families!E2", "the Ladder sheet"),
        },
        Mistake {
            name: "a family id with capitals",
            make: |c| c.families.to_mut()[0].id = "Fam".into(),
            severity: Severity::Error,
            words: "family id \"Fam\" may hold only a-z, 0-9 and '-'",
            toml: ("families/grp/Fam.toml:3: id", ""),
            sheet: ("Families!C2", ""),
        },
        Mistake {
            name: "a level code with a space",
            make: |c| c.ladder.to_mut()[1].code = "M 1".into(),
            severity: Severity::Error,
            words: "level code \"M 1\" may hold only letters, digits and '-'",
            toml: ("canon.toml:22: level[1].code", ""),
            sheet: ("Ladder!A3", ""),
        },
        Mistake {
            name: "a rubric name the frames do not use",
            make: |c| {
                c.families.to_mut()[0].levels.to_mut()[0].rubrics.to_mut()[0].name =
                    "communication".into()
            },
            severity: Severity::Warning,
            words: "rubric \"communication\" is not used by the frames (they use complexity/problem-solving and knowledge-application); it is kept and shown in the canon browser",
            toml: ("families/grp/fam.toml:12: level[0].rubrics.\"communication\"", ""),
            sheet: ("Families!L1", ""),
        },
        Mistake {
            name: "a rubric name with leading white space",
            make: |c| {
                c.families.to_mut()[0].levels.to_mut()[0].rubrics.to_mut().push(Rubric {
                    name: " lead".into(),
                    text: "Leads".into(),
                })
            },
            severity: Severity::Error,
            words: "the rubric name: the text has leading white space; it is quoted verbatim, so remove it",
            toml: ("families/grp/fam.toml:13: level[0].rubrics.\" lead\"", ""),
            sheet: ("Families!L1", ""),
        },
        Mistake {
            name: "text with trailing white space",
            make: |c| {
                c.families.to_mut()[0].levels.to_mut()[0].responsibilities = vec!["Builds things ".into()].into()
            },
            severity: Severity::Error,
            words: "the text has trailing white space; it is quoted verbatim, so remove it",
            toml: ("families/grp/fam.toml:8: level[0].responsibilities[0]", ""),
            sheet: ("Families!H2", ""),
        },
        Mistake {
            name: "a family id used twice",
            // Apart, with another family between: rows of one id that sit
            // together are one family's.
            make: |c| {
                let first = c.families[0].clone();
                let families = c.families.to_mut();
                for (group, name, id) in [("Mid", "Middle", "mid"), ("Other", "Second", "fam")] {
                    let mut family = first.clone();
                    (family.group, family.name, family.id) = (group.into(), name.into(), id.into());
                    families.push(family);
                }
            },
            severity: Severity::Error,
            words: "duplicate family id \"fam\": already used {place} by the family \"Fam\"; each family has its own id, and all its levels in one place",
            toml: ("families/other/fam.toml:3: id", "in families/grp/fam.toml"),
            sheet: ("Families!C4", "on row 2"),
        },
        Mistake {
            name: "a family level twice",
            make: |c| c.families.to_mut()[0].levels.to_mut().push(level("P2")),
            severity: Severity::Error,
            words: "duplicate level code \"P2\" in family \"fam\": already used {place}; a family has each level once",
            toml: ("families/grp/fam.toml:15: level[1].code", "on line 6"),
            sheet: ("Families!E3", "on row 2"),
        },
        Mistake {
            name: "a ladder level twice",
            make: |c| {
                c.ladder.to_mut().push(LadderLevel {
                    code: "P2".into(),
                    title: "Again".into(),
                    dimensions: Vec::new().into(),
                })
            },
            severity: Severity::Error,
            words: "duplicate level code \"P2\" in the ladder: already used {place}; each ladder level has its own code",
            toml: ("canon.toml:26: level[2].code", "on line 14"),
            sheet: ("Ladder!A4", "on row 2"),
        },
        Mistake {
            name: "a dimension key twice",
            make: |c| {
                c.dimensions.to_mut().push(Dimension {
                    key: "scope".into(),
                    name: "Reach".into(),
                })
            },
            severity: Severity::Error,
            words: "duplicate dimension key \"scope\": already used {place}; each dimension has its own key",
            toml: ("canon.toml:14: dimension[2].key", "on line 6"),
            sheet: ("Ladder!E1", "in column C"),
        },
        Mistake {
            name: "review scale values that do not increase",
            make: |c| c.review = review(&[(1, Some("Low")), (3, Some("High")), (2, None)], 100, 0),
            severity: Severity::Error,
            words: "the scale's values are distinct and increasing: 2 follows 3",
            toml: ("canon.toml:39: review.scale[2].value", ""),
            sheet: ("Review!B7", ""),
        },
        Mistake {
            name: "a blank review scale label",
            make: |c| c.review = review(&[(1, Some(" ")), (2, None)], 100, 0),
            severity: Severity::Error,
            words: "the label of point 1 is blank: give it words, or leave the label out to show the number alone",
            toml: ("canon.toml:32: review.scale[0].label", ""),
            sheet: ("Review!C5", ""),
        },
        Mistake {
            name: "review shares that do not add up to 100",
            make: |c| c.review = review(&[(1, None), (2, None)], 70, 20),
            severity: Severity::Error,
            words: "the goals share (70 %) and the competencies share (20 %) add up to 90 %, not 100 %",
            toml: ("canon.toml:26: review.goals_share", ""),
            sheet: ("Review!B2", ""),
        },
        Mistake {
            name: "a template's wording without one of its slots",
            make: |c| c.templates = vec![wording(Id::SmartMeasurable, "Move it from ", &["baseline", "target"])].into(),
            severity: Severity::Error,
            words: "the wording uses { $baseline }, { $target } where the template uses { $baseline }, { $date }, { $target }: it must keep the template's slots and quotes, no more and no fewer",
            toml: ("canon.toml:26: templates.smart-measurable", ""),
            sheet: ("Templates!B2", ""),
        },
        Mistake {
            name: "a German wording checked against the German template",
            make: |c| {
                c.language = Some(Lang::De);
                // English's `okr-kr2` quotes { $dim } and { $dimtext }; so does German's.
                c.templates = vec![wording(Id::OkrKr2, "Nachweis: ", &["dimtext", "target", "date", "resp"])].into();
            },
            severity: Severity::Error,
            words: "the wording uses { $date }, { $dimtext }, { $resp }, { $target } where the template uses { $date }, { $dim }, { $dimtext }, { $target }: it must keep the template's slots and quotes, no more and no fewer",
            toml: ("canon.toml:27: templates.okr-kr2", ""),
            sheet: ("Templates!B2", ""),
        },
    ]
}

/// A wording as a model holds it: `text`, then each of `vars` with a space between.
fn wording(id: Id, text: &str, vars: &[&str]) -> TemplateWording {
    let mut pieces = vec![TemplatePiece::Text(text.to_string().into())];
    for var in vars {
        pieces.push(TemplatePiece::Var(var.to_string().into()));
        pieces.push(TemplatePiece::Text(" ".to_string().into()));
    }
    TemplateWording {
        id,
        pieces: pieces.into(),
    }
}

#[test]
fn the_same_mistake_gives_the_same_words_through_toml_and_csv() {
    assert!(through_toml(&base()).is_empty() && through_csv(&base()).is_empty());
    for mistake in mistakes() {
        let mut canon = base();
        (mistake.make)(&mut canon);
        for (way, said, (at, place)) in [
            ("TOML", through_toml(&canon), mistake.toml),
            ("CSV", through_csv(&canon), mistake.sheet),
        ] {
            let expected = (
                mistake.severity,
                at.to_string(),
                mistake.words.replace("{place}", place),
            );
            assert!(
                said.contains(&expected),
                "{}, through {way}: expected {expected:#?}\nin {said:#?}",
                mistake.name
            );
        }
    }
}

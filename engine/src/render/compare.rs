//! A comparison of profiles ([`crate::compare`]) as text, Markdown, CSV (one
//! row per text, for spreadsheets) and JSON. Canon text is verbatim; an absent
//! field says so; differing rows are marked.

use crate::cells::write_safe;
use crate::compare::{Cell, Comparison};
use crate::message::{catalog, Catalog};
use crate::render::markdown::escape;

fn heading(c: &Comparison, t: &Catalog) -> String {
    let titles: Vec<String> = c
        .columns
        .iter()
        .map(|col| format!("{} ({} — {})", col.title, col.level, col.level_title))
        .collect();
    t.compare_heading(&titles.join(" · "))
}

/// The comparison as plain text: row by row, each profile's text under it.
pub fn text(c: &Comparison) -> String {
    let t = catalog(c.lang);
    let tag = |source: &str| t.source_tag(source);
    let mut out = format!(
        "{}\n{}\n",
        heading(c, t),
        t.doc_canon(&c.canon, &c.canon_version)
    );
    for row in &c.rows {
        out.push('\n');
        out.push_str(&row.label);
        if row.differs {
            out.push_str(&format!("  [{}]", t.compare_differs()));
        }
        out.push('\n');
        for (col, cell) in c.columns.iter().zip(&row.cells) {
            match cell {
                None => out.push_str(&format!(
                    "  {} {}\n",
                    t.label_colon(&col.title),
                    t.compare_absent()
                )),
                Some(Cell { texts, source }) if texts.len() == 1 => out.push_str(&format!(
                    "  {} \"{}\"   {}\n",
                    t.label_colon(&col.title),
                    texts[0],
                    tag(source)
                )),
                Some(Cell { texts, source }) => {
                    out.push_str(&format!("  {}   {}\n", col.title, tag(source)));
                    for (i, t) in texts.iter().enumerate() {
                        out.push_str(&format!("    {}. {t}\n", i + 1));
                    }
                }
            }
        }
    }
    out
}

/// The comparison as a Markdown table: a column per profile.
pub fn markdown(c: &Comparison) -> String {
    let t = catalog(c.lang);
    let mut out = format!(
        "# {}\n\n{}\n\n",
        escape(&heading(c, t)),
        escape(&t.doc_canon(&c.canon, &c.canon_version)),
    );
    out.push_str("| |");
    for col in &c.columns {
        out.push_str(&format!(" {} |", escape(&col.title)));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(c.columns.len()));
    out.push('\n');
    for row in &c.rows {
        let mark = if row.differs {
            format!(" _({})_", escape(t.compare_differs()))
        } else {
            String::new()
        };
        out.push_str(&format!("| **{}**{mark} |", escape(&row.label)));
        for cell in &row.cells {
            let text = match cell {
                None => format!("_{}_", escape(t.compare_absent())),
                Some(Cell { texts, source }) => {
                    let items: Vec<String> = if texts.len() == 1 {
                        vec![escape(&texts[0])]
                    } else {
                        texts
                            .iter()
                            .enumerate()
                            .map(|(i, t)| format!("{}. {}", i + 1, escape(t)))
                            .collect()
                    };
                    format!(
                        "{}<br>_{}_",
                        items.join("<br>"),
                        escape(&t.doc_source_note(source))
                    )
                }
            };
            out.push_str(&format!(" {text} |"));
        }
        out.push('\n');
    }
    out
}

/// The CSV header of a comparison: one row per canon text (or absent field).
pub const COLUMNS: [&str; 11] = [
    "row",
    "label",
    "differs",
    "family",
    "level",
    "title",
    "position",
    "text",
    "source",
    "canon",
    "canon_version",
];

/// The comparison as CSV, one row per text of each profile, for spreadsheets.
pub fn csv(c: &Comparison) -> String {
    let t = catalog(c.lang);
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record(COLUMNS).expect("writing to memory");
    for row in &c.rows {
        for (col, cell) in c.columns.iter().zip(&row.cells) {
            let differs = if row.differs { "yes" } else { "no" };
            let texts: Vec<(String, &str, &str)> = match cell {
                None => vec![(String::new(), t.compare_absent(), "")],
                Some(cell) => cell
                    .texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| ((i + 1).to_string(), t.as_str(), cell.source.as_str()))
                    .collect(),
            };
            for (position, text, source) in texts {
                write_safe(
                    &mut writer,
                    &[
                        &row.key,
                        &row.label,
                        differs,
                        &col.family,
                        &col.level,
                        &col.title,
                        &position,
                        text,
                        source,
                        &c.canon,
                        &c.canon_version,
                    ],
                );
            }
        }
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("UTF-8")
}

/// The comparison as JSON (its fields as in [`Comparison`]).
pub fn json(c: &Comparison) -> String {
    let mut out = serde_json::to_string_pretty(c).expect("a comparison serialises");
    out.push('\n');
    out
}

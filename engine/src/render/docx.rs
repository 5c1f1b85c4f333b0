//! Word (.docx): a heading and a table per frame, with the canon name, version
//! and notice, and who and when, written as WordprocessingML in a zip of stored
//! (uncompressed) entries: a few KB larger per file, and no compressor in the wasm.
//!
//! Why by hand rather than docx-rs: the web app exports .docx too, and docx-rs
//! (with its zip and XML crates) grew the app's wasm from ~0.55 MB to ~1.33 MB
//! (gzip 218 KB to 544 KB), far past the single file's size budget; this writer
//! costs a few KB. It emits only what the document uses: paragraphs, bold runs,
//! two heading styles and bordered tables. LibreOffice opens it (tested).

use crate::frame::{Frame, FrameKind, Part, ProfileFrames, SlotKind};
use crate::goals::{percent, Unfilled};
use crate::message::Catalog;
use crate::render::text;
use crate::render::ExportInfo;
use crate::sheet::review::report::{acknowledgement_lines, ReviewReport};
use crate::values::Values;

/// The chosen frames of a profile as .docx bytes.
pub fn document(
    frames: &ProfileFrames,
    kinds: &[FrameKind],
    values: &Values,
    info: &ExportInfo,
) -> Vec<u8> {
    let t = frames.catalog();
    let mut body = String::new();
    body.push_str(&para(
        &text::body(&frames.heading, values),
        Some("Heading1"),
    ));
    body.push_str(&para(&text::body(&frames.breadcrumb, values), None));
    for line in info.lines(t) {
        body.push_str(&para(&line, None));
    }
    body.push_str(&canon_paragraphs(frames));
    body.push_str(&para(&text::body(&frames.preamble, values), None));
    for kind in kinds {
        let frame = frames.frame(*kind);
        body.push_str(&para(&frame.title, Some("Heading2")));
        body.push_str(&para(&frame.intro, None));
        if frame.is_empty() {
            body.push_str(&para(&frame.empty, None));
        } else {
            body.push_str(&table(frame, values, t));
            // Word wants a paragraph between two tables.
            body.push_str(&para("", None));
        }
    }
    package(&body)
}

/// "Canon: {name} {version}", and the canon's notice when it has one.
fn canon_paragraphs(frames: &ProfileFrames) -> String {
    canon_lines(frames)
        .iter()
        .map(|line| para(line, None))
        .collect()
}

/// "Canon: {name} {version}", and "Notice: {notice}" when it has one.
fn canon_lines(frames: &ProfileFrames) -> Vec<String> {
    let t = frames.catalog();
    let mut out = vec![t.doc_canon(&frames.canon.name, &frames.canon.version)];
    if let Some(notice) = &frames.canon.notice {
        out.push(format!("{} {notice}", t.label_colon(t.doc_notice())));
    }
    out
}

/// The goal sheet as .docx bytes: who and when, one table row per goal (its
/// label, canon text or own words, measure, due date and weight), the total
/// weight, and signature lines. Compact, so that it takes as few pages as
/// the goals need.
pub fn goal_sheet(goals: &crate::goals::GoalSheet<'_>, info: &ExportInfo) -> Vec<u8> {
    let frames = goals.frames;
    let t = frames.catalog();
    let values = &goals.values;
    let mut body = para(
        &t.doc_goal_sheet(&text::body(&frames.display_title, values)),
        Some("Heading1"),
    );
    body.push_str(&para(&text::body(&frames.breadcrumb, values), None));
    let mut header = text::header_fields(goals, info);
    header.extend(canon_lines(frames));
    let review = goals.shown_review();
    header.extend(review.map(ReviewReport::stage_lines).unwrap_or_default());
    for (i, line) in header.iter().enumerate() {
        // The last line before the table keeps its distance from it.
        let style = (i + 1 == header.len()).then_some("BeforeTable");
        body.push_str(&para(line, style));
    }
    // As the printed page lays them out (`sheet_columns`).
    let widths = super::sheet_columns::widths(t);
    let header = [
        "#",
        t.doc_column_goal(),
        t.doc_column_measure(),
        t.doc_column_due(),
        t.doc_column_weight(),
    ]
    .map(|h| vec![(h.to_string(), true)]);
    let mut rows = vec![row_of(&header, &widths, true)];
    for goal in &goals.rows {
        // The goal's title (an own goal's words), where it comes from, and
        // the canon text it quotes.
        let mut what = vec![(goal.title().to_string(), true)];
        if goal.lines.is_empty() {
            what.push((goal.source.clone(), false));
        }
        if let Some(text) = goal.text() {
            what.push((text.to_string(), false));
        }
        if !goal.lines.is_empty() && !goal.source.is_empty() {
            what.push((
                format!("{} {}", t.label_colon(t.doc_source()), goal.source),
                false,
            ));
        }
        let measure: Vec<(String, bool)> = goals
            .measure(goal, Unfilled::Placeholder)
            .into_iter()
            .map(|l| (l, false))
            .collect();
        let cells = [
            vec![(goal.number.to_string(), false)],
            what,
            measure,
            vec![(goal.due.clone().unwrap_or_default(), false)],
            vec![(goal.weight.map(percent).unwrap_or_default(), false)],
        ];
        rows.push(row_of(&cells, &widths, false));
        if let Some((goal, rules)) = review.and_then(|r| Some((r.goal(&goal.key)?, &r.rules))) {
            // The goal's review under it, across the goal, measure, due
            // date and weight columns.
            let lines = goal.lines(rules, t);
            if !lines.is_empty() {
                rows.push(spanning_row(&widths, &lines));
            }
        }
    }
    body.push_str(&table_of(&widths, &rows));
    if let Some(total) = goals.total_weight().line(t) {
        body.push_str(&para(&total, Some("AfterTable")));
    }
    let Some(review) = review else {
        body.push_str(&para(t.doc_signatures(), Some("Heading2")));
        for line in [t.signature_employee(), t.signature_manager()] {
            body.push_str(&para(line, None));
        }
        return package(&body);
    };
    if !review.competencies.is_empty() {
        body.push_str(&para(t.review_competencies(), Some("Heading2")));
        let widths = [1900, 5838, 1900];
        let rows: Vec<String> = review
            .competencies
            .iter()
            .map(|row| {
                let cells = [
                    vec![(row.competency.label.to_string(), true)],
                    vec![
                        (row.competency.text.text.to_string(), false),
                        (row.source_line(t), false),
                    ],
                    vec![(row.ratings_line(&review.rules, t), false)],
                ];
                cells_row(&cells, &widths, false, |(text, bold)| {
                    tight_para(text, *bold)
                })
            })
            .collect();
        body.push_str(&table_of(&widths, &rows));
    }
    body.push_str(&para(t.review_score(), Some("Heading2")));
    for line in review.score_lines() {
        body.push_str(&tight_para(&line, false));
    }
    // The acknowledgement block stays on one page: its sentence with the
    // lines signed under it.
    body.push_str(&para(t.review_acknowledgement_heading(), Some("Heading2")));
    let keep = |text: &str| {
        format!(
            "<w:p><w:pPr><w:keepNext/></w:pPr>{}</w:p>",
            run(text, false)
        )
    };
    body.push_str(&keep(t.review_acknowledgement()));
    let [employee, manager] = acknowledgement_lines(t);
    body.push_str(&keep(employee));
    body.push_str(&para(manager, None));
    package(&body)
}

/// A row of an empty first cell and one cell across the other columns,
/// one paragraph per line.
fn spanning_row(widths: &[u32], lines: &[String]) -> String {
    let span: u32 = widths[1..].iter().sum();
    let paras: String = lines.iter().map(|l| tight_para(l, false)).collect();
    format!(
        r#"<w:tr><w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:w="{span}" w:type="dxa"/><w:gridSpan w:val="{}"/></w:tcPr>{paras}</w:tc></w:tr>"#,
        widths[0],
        widths.len() - 1
    )
}

/// A paragraph of a small run without space after it, for the review's
/// lines: many short lines, kept close so that a review fits its pages.
fn tight_para(text: &str, bold: bool) -> String {
    format!(
        r#"<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{}</w:p>"#,
        small_run(text, bold)
    )
}

/// A row whose cells hold several paragraphs each: (text, bold).
fn row_of(cells: &[Vec<(String, bool)>], widths: &[u32], header: bool) -> String {
    cells_row(cells, widths, header, |(text, bold)| {
        format!("<w:p>{}</w:p>", small_run(text, *bold))
    })
}

/// A row of cells of paragraphs, each written by `para`.
fn cells_row(
    cells: &[Vec<(String, bool)>],
    widths: &[u32],
    header: bool,
    para: impl Fn(&(String, bool)) -> String,
) -> String {
    let props = if header {
        "<w:trPr><w:tblHeader/></w:trPr>"
    } else {
        ""
    };
    let cells: String = cells
        .iter()
        .zip(widths)
        .map(|(paras, width)| {
            let paras: String = paras.iter().map(&para).collect();
            format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>"#)
        })
        .collect();
    format!("<w:tr>{props}{cells}</w:tr>")
}

/// A bordered table of fixed column widths.
fn table_of(widths: &[u32], rows: &[String]) -> String {
    let grid: String = widths
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{}</w:tbl>"#,
        rows.concat()
    )
}

/// A document body as a .docx package (A4, 2 cm margins).
fn package(body: &str) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    );
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ])
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// The styles: Arial (Liberation Sans or another sans-serif where it is
/// missing) in 10.5 pt, two headings, the paragraphs before and after a
/// table, and the bordered table.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="80"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="BeforeTable"><w:name w:val="Before table"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="AfterTable"><w:name w:val="After table"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="160" w:after="80"/></w:pPr></w:style><w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#;

/// Text as XML character data: escaped, and without the characters XML 1.0 forbids.
fn escape(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' => Some(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => None,
            c => Some(c),
        })
        .collect();
    // XML escapes character data as HTML does.
    super::html::escape(&allowed).into_owned()
}

fn run(text: &str, bold: bool) -> String {
    if text.is_empty() {
        return String::new();
    }
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        escape(text)
    )
}

/// A run in 9 pt, for the goal sheet's table.
fn small_run(text: &str, bold: bool) -> String {
    if text.is_empty() {
        return String::new();
    }
    let bold = if bold { "<w:b/>" } else { "" };
    format!(
        r#"<w:r><w:rPr>{bold}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
        escape(text)
    )
}

fn para(text: &str, style: Option<&str>) -> String {
    let props = style
        .map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#))
        .unwrap_or_default();
    format!("<w:p>{props}{}</w:p>", run(text, false))
}

fn cell(text: &str, width: u32, bold: bool) -> String {
    format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{}</w:p></w:tc>"#,
        run(text, bold)
    )
}

fn row(cells: &[String], widths: &[u32], header: bool) -> String {
    let props = if header {
        "<w:trPr><w:tblHeader/></w:trPr>"
    } else {
        ""
    };
    let cells: String = cells
        .iter()
        .zip(widths)
        .map(|(text, w)| cell(text, *w, header))
        .collect();
    format!("<w:tr>{props}{cells}</w:tr>")
}

fn slot(item: Option<&str>, values: &Values, kind: SlotKind, t: &Catalog) -> String {
    item.and_then(|item| values.get(item, kind))
        .unwrap_or(kind.placeholder(t.lang()))
        .to_string()
}

/// MBO as Area | Standard | Target | Due; the other frames as one row per
/// line: its label, its text and its source (as in [`super::docx`]).
fn table(frame: &Frame, values: &Values, t: &Catalog) -> String {
    let (widths, header, rows): (Vec<u32>, Vec<&str>, Vec<Vec<String>>) =
        if frame.kind == FrameKind::Mbo {
            let rows = frame
                .blocks
                .iter()
                .map(|block| {
                    let row = block.mbo_row();
                    let item = row.target_due.and_then(|l| l.item.as_deref());
                    vec![
                        row.area.map(|l| text::body(l, values)).unwrap_or_default(),
                        row.standard
                            .map(|l| text::body(l, values))
                            .unwrap_or_default(),
                        slot(item, values, SlotKind::Target, t),
                        slot(item, values, SlotKind::Date, t),
                    ]
                })
                .collect();
            (
                vec![3000, 3600, 1400, 1400],
                vec![
                    t.mbo_area_label(),
                    t.mbo_standard_rubric_label(),
                    t.mbo_target_label(),
                    t.mbo_due_label(),
                ],
                rows,
            )
        } else {
            let mut rows = Vec::new();
            for block in &frame.blocks {
                for (i, line) in block.lines.iter().enumerate() {
                    // A block's first line names it: "1.", "Objective 2", a perspective.
                    let label = match (i, &line.label) {
                        (_, Some(label)) => label.to_string(),
                        (0, None) => text::parts(line, values, |p| p == Part::Layout)
                            .split("  [")
                            .next()
                            .unwrap_or_default()
                            .trim()
                            .trim_end_matches([':', '.'])
                            .to_string(),
                        _ => String::new(),
                    };
                    rows.push(vec![
                        label,
                        text::body(line, values),
                        text::source(line, values).unwrap_or_default(),
                    ]);
                }
            }
            (
                vec![1500, 6000, 1900],
                vec!["", t.doc_column_text(), t.doc_source()],
                rows,
            )
        };
    let grid: String = widths
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut out = format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"#
    );
    out.push_str(&row(&header, &widths, true));
    for cells in &rows {
        out.push_str(&row(cells, &widths, false));
    }
    out.push_str("</w:tbl>");
    out
}

/// CRC-32 (IEEE), as zip records it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip archive of stored entries (no timestamps: 1980-01-01, so the same
/// document gives the same bytes).
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let crc = crc32(data);
        let offset = out.len() as u32;
        let common = |buf: &mut Vec<u8>| {
            buf.extend_from_slice(&20u16.to_le_bytes()); // version needed
            buf.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
            buf.extend_from_slice(&0u16.to_le_bytes()); // stored
            buf.extend_from_slice(&0u16.to_le_bytes()); // time
            buf.extend_from_slice(&0x0021u16.to_le_bytes()); // date 1980-01-01
            buf.extend_from_slice(&crc.to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment length
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            escape("<img src=x onerror=\"alert(1)\"> & \u{1}"),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; "
        );
    }

    #[test]
    fn zip_entries_are_stored_with_their_crc() {
        let bytes = zip(&[("a.xml", b"<a>hello hello hello</a>"), ("b", b"")]);
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(
            u16::from_le_bytes(bytes[8..10].try_into().unwrap()),
            0,
            "stored"
        );
        assert_eq!(
            u32::from_le_bytes(bytes[14..18].try_into().unwrap()),
            crc32(b"<a>hello hello hello</a>")
        );
        // The first entry's data follows its 30-byte header and name.
        let len = u32::from_le_bytes(bytes[18..22].try_into().unwrap()) as usize;
        assert_eq!(&bytes[30 + 5..30 + 5 + len], b"<a>hello hello hello</a>");
        assert_eq!(&bytes[bytes.len() - 22..bytes.len() - 18], b"PK\x05\x06");
    }
}

//! The `.ods` side of the workbook: writing it (spreadsheet-ods) with a bold,
//! frozen header row, the layout's column widths, long text wrapped and every
//! column formatted as Text; and finding its merged cells, which calamine
//! does not report for `.ods`.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::XmlVersion;
use spreadsheet_ods::color::Rgb;
use spreadsheet_ods::format::ValueFormatText;
use spreadsheet_ods::style::units::{CellAlignVertical, WrapOption};
use spreadsheet_ods::text::{TextP, TextS};
use spreadsheet_ods::{CellStyle, CellStyleRef, Length, Value, WorkBook};

use super::export::Sheet;
use super::grid::{Area, CellRef};

/// The workbook's bytes.
pub fn bytes(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let mut book = WorkBook::new_empty();
    let mut text_format = ValueFormatText::new_named("canon-text");
    text_format.part_text_content().build();
    let text_format = book.add_text_format(text_format);
    let style = |name: &str, wrap: bool, bold: bool| {
        let mut style = CellStyle::new(name, &text_format);
        style.set_vertical_align(CellAlignVertical::Top);
        if wrap {
            style.set_wrap_option(WrapOption::Wrap);
        }
        if bold {
            style.set_font_bold();
            style.set_background_color(Rgb::new(0xE8, 0xEE, 0xF4));
        }
        style
    };
    let text = book.add_cellstyle(style("canon-text", false, false));
    let wrapped = book.add_cellstyle(style("canon-wrapped", true, false));
    let header = book.add_cellstyle(style("canon-header", false, true));

    for sheet in sheets {
        let mut ods = spreadsheet_ods::Sheet::new(sheet.name);
        let styles: Vec<&CellStyleRef> = sheet
            .columns
            .iter()
            .map(|c| if c.wrap { &wrapped } else { &text })
            .collect();
        for ((col, column), style) in (0u32..).zip(&sheet.columns).zip(&styles) {
            // About 0.19 cm per character of the default 10 pt font.
            ods.set_col_width(col, Length::Cm(column.width * 0.19));
            ods.set_col_cellstyle(col, style);
            ods.set_styled_value(0, col, value(&column.header), &header);
        }
        for (row, cells) in (1u32..).zip(&sheet.rows) {
            for ((col, cell), style) in (0u32..).zip(cells).zip(&styles) {
                if !cell.is_empty() {
                    ods.set_styled_value(row, col, value(cell), style);
                }
            }
        }
        ods.split_row_header(0);
        book.push_sheet(ods);
    }
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new())
        .map_err(|e| format!("cannot write the .ods workbook: {e}"))
}

/// A text cell's value. OpenDocument collapses runs of spaces in a paragraph
/// (and drops them at its ends), so every space that would be lost is written
/// as `<text:s/>`: canon text comes back byte for byte.
fn value(text: &str) -> Value {
    let chars: Vec<char> = text.chars().collect();
    let kept = |i: usize| i > 0 && i + 1 < chars.len() && chars[i - 1] != ' ';
    if (0..chars.len()).all(|i| chars[i] != ' ' || kept(i)) {
        return Value::Text(text.to_string());
    }
    let mut paragraph = TextP::new();
    let mut run = String::new();
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' && !kept(i) {
            if !run.is_empty() {
                paragraph = paragraph.text(std::mem::take(&mut run));
            }
            paragraph = paragraph.tag(TextS::new());
        } else {
            run.push(*c);
        }
    }
    if !run.is_empty() {
        paragraph = paragraph.text(run);
    }
    Value::TextXml(vec![paragraph.into_xmltag()])
}

/// The merged regions of an `.ods` file's sheets, as (sheet, region): every
/// cell that spans more than one row or column.
pub fn merged_areas(bytes: &[u8]) -> Result<Vec<(String, Area)>, String> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not an .ods file: {e}"))?;
    let mut content = String::new();
    zip.by_name("content.xml")
        .map_err(|e| format!("not an .ods file: {e}"))?
        .read_to_string(&mut content)
        .map_err(|e| format!("cannot read the .ods file's content: {e}"))?;
    scan_merges(&content).map_err(|e| format!("cannot read the .ods file's content: {e}"))
}

fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, quick_xml::Error> {
    match e.try_get_attribute(name)? {
        Some(a) => Ok(Some(
            a.normalized_value(XmlVersion::Implicit1_0)?.into_owned(),
        )),
        None => Ok(None),
    }
}

fn count(e: &BytesStart<'_>, name: &str) -> Result<u32, quick_xml::Error> {
    Ok(attr(e, name)?.and_then(|v| v.parse().ok()).unwrap_or(1))
}

/// Walks content.xml's tables, rows (with their repeats) and cells.
fn scan_merges(content: &str) -> Result<Vec<(String, Area)>, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_str(content);
    let mut merged = Vec::new();
    let mut sheet = String::new();
    let (mut row, mut col, mut rows_repeated) = (0u32, 0u32, 1u32);
    loop {
        let event = reader.read_event()?;
        let (e, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row += rows_repeated;
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        match e.name().as_ref() {
            "table:table" => {
                sheet = attr(e, "table:name")?.unwrap_or_default();
                row = 0;
            }
            "table:table-row" => {
                col = 0;
                rows_repeated = count(e, "table:number-rows-repeated")?;
                if empty {
                    row += rows_repeated;
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let spans = (
                    count(e, "table:number-rows-spanned")?,
                    count(e, "table:number-columns-spanned")?,
                );
                if spans != (1, 1) {
                    merged.push((
                        sheet.clone(),
                        Area {
                            first: CellRef::new(row, col),
                            last: CellRef::new(row + spans.0 - 1, col + spans.1 - 1),
                        },
                    ));
                }
                col += count(e, "table:number-columns-repeated")?;
            }
            _ => {}
        }
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_that_opendocument_would_collapse_are_written_as_text_s() {
        assert_eq!(value("a b"), Value::Text("a b".into()));
        let Value::TextXml(tags) = value("a  b ") else {
            panic!("double and trailing spaces need <text:s/>");
        };
        let xml = tags[0].to_string();
        assert_eq!(xml.matches("text:s").count(), 2, "{xml}");
    }
}

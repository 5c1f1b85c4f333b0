//! Writes the sheets as an `.xlsx` workbook (rust_xlsxwriter): a bold, frozen
//! header row, the layout's column widths, long text wrapped, and every
//! column formatted as Text so that what an editor types stays text (`P4`,
//! `2026.11`, `1` are not turned into numbers or dates). The document's dates
//! are fixed, so the same canon always gives the same bytes.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, XlsxError,
};

use super::export::Sheet;

/// The workbook's bytes.
pub fn bytes(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    workbook(sheets).map_err(|e| format!("cannot write the .xlsx workbook: {e}"))
}

fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation date instead of "now": the checked-in template must not
    // change on every run.
    let properties = DocProperties::new()
        .set_title("Goalframes canon")
        .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 1)?);
    workbook.set_properties(&properties);

    let text = Format::new()
        .set_num_format("@")
        .set_align(FormatAlign::Top);
    let wrapped = text.clone().set_text_wrap();
    let header = text
        .clone()
        .set_bold()
        .set_background_color(Color::RGB(0xE8EEF4))
        .set_border_bottom(FormatBorder::Thin);

    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet.name)?;
        for (col, column) in (0u16..).zip(&sheet.columns) {
            worksheet.set_column_width(col, column.width)?;
            let format = if column.wrap { &wrapped } else { &text };
            worksheet.set_column_format(col, format)?;
            worksheet.write_string_with_format(0, col, &column.header, &header)?;
        }
        for (row, cells) in (1u32..).zip(&sheet.rows) {
            for ((col, cell), column) in (0u16..).zip(cells).zip(&sheet.columns) {
                if !cell.is_empty() {
                    let format = if column.wrap { &wrapped } else { &text };
                    worksheet.write_string_with_format(row, col, cell, format)?;
                }
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}

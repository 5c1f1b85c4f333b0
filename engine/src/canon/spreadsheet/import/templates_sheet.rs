//! The optional Templates sheet: the canon's `[templates]` table as rows of
//! `Template` (the key) and `Wording` (one line of Fluent pattern). What a
//! wording must be is [`templates::wording`]'s, as for the TOML loader; its
//! error is reported at the cell at fault.

use super::{column_of, on_row, SheetReader};
use crate::canon::spreadsheet::grid::CellRef;
use crate::canon::spreadsheet::{TEMPLATE, WORDING};
use crate::canon::templates::{self, TemplateWording};
use crate::canon::Lang;

/// The sheet's columns, as their places in this list.
const COLUMNS: [&str; 2] = [TEMPLATE, WORDING];

/// The wordings the sheet holds, checked against `lang`'s templates; each
/// problem reported at its cell.
pub(super) fn templates_sheet(sheet: &mut SheetReader<'_, '_>, lang: Lang) -> Vec<TemplateWording> {
    let known: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    let columns = sheet.header(
        |h| COLUMNS.iter().position(|c| *c == h),
        &known,
        &[(0, TEMPLATE.into()), (1, WORDING.into())],
    );
    let (Some(key_col), Some(wording_col)) = (column_of(&columns, &0), column_of(&columns, &1))
    else {
        return Vec::new();
    };
    let mut out: Vec<(u32, TemplateWording)> = Vec::new();
    for row in sheet.data_rows() {
        let key_at = CellRef::new(row, key_col);
        let wording_at = CellRef::new(row, wording_col);
        let Some(key) = sheet.required(key_at, &format!("\"{TEMPLATE}\"")) else {
            continue;
        };
        // Taken as typed: a wording may need a quoted space at an end, and
        // the wording's own rule says what is wrong with it.
        let text = match sheet.raw_text(wording_at) {
            Ok(Some(text)) => text,
            Ok(None) => {
                sheet.error(
                    wording_at,
                    format!("the wording of \"{key}\" is blank; fill it in, or remove the row to keep the template"),
                );
                continue;
            }
            Err(()) => continue,
        };
        let at = if templates::is_template_key(&key) {
            wording_at
        } else {
            key_at
        };
        let Some(wording) = templates::wording(&key, &text, lang, &mut sheet.at(at)) else {
            continue;
        };
        if let Some((first, _)) = out.iter().find(|(_, w)| w.id == wording.id) {
            let first = on_row(*first);
            sheet.error(
                key_at,
                format!("the template \"{key}\" is also worded {first}; keep one"),
            );
            continue;
        }
        out.push((row, wording));
    }
    out.into_iter().map(|(_, w)| w).collect()
}

//! The goal sheet's table columns, shared by Word ([`super::docx`]) and the
//! printed page ([`super::sheet_html`]) so that both lay the sheet out alike:
//! `#`, goal, measure, due date and weight, in twentieths of a point (twips)
//! of A4's text width with 2 cm margins.
//!
//! The due and weight columns hold their heading and their value
//! (`2027-06-30`, `100%`) on one line; their headings are the language's
//! (`Weight`, `Gewichtung`, `Pondération`), so a language with a longer word
//! widens them, and the goal and measure columns give up the width.

use crate::message::Catalog;

/// A4's text width with 2 cm margins, in twips.
pub const TEXT_WIDTH: u32 = 9638;

/// The widths English needs (measured in Word and LibreOffice): the least
/// every language gets, so English documents stay as they were.
const LEAST: [u32; 5] = [400, 3500, 3488, 1300, 950];

/// A cell's left and right margins together, in twips.
const CELL_MARGINS: u32 = 216;

/// The five columns' widths in twips, summing to [`TEXT_WIDTH`].
pub fn widths(t: &Catalog) -> [u32; 5] {
    let [number, goal, measure, due, weight] = LEAST;
    let due = due.max(heading_width(t.doc_column_due()));
    let weight = weight.max(heading_width(t.doc_column_weight()));
    let rest = TEXT_WIDTH - number - due - weight;
    // Goal and measure keep their English proportions.
    let goal = rest * goal / (goal + measure);
    [number, goal, rest - goal, due, weight]
}

/// Each column's share of the table in percent, two decimals (`"9.86"`),
/// for the printed page's `<col width>`.
pub fn percents(t: &Catalog) -> [String; 5] {
    widths(t).map(|w| {
        let hundredths = (w * 10_000 + TEXT_WIDTH / 2) / TEXT_WIDTH;
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    })
}

/// A heading's width on one line, in 9 pt bold sans-serif with the cell's
/// margins: estimated from the widest such font a reader may have (DejaVu
/// Sans Bold) by character class, erring wide.
fn heading_width(text: &str) -> u32 {
    let em_thousandths: u32 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | 'I' | 'J' | '.' | ',' | ':' | ';' | '\'' | ' '
            | '(' | ')' | '/' | '-' => 400,
            'm' | 'w' | 'M' | 'W' | '%' => 950,
            c if c.is_uppercase() => 780,
            _ => 700,
        })
        .sum();
    // 9 pt is 180 twips.
    em_thousandths * 180 / 1000 + CELL_MARGINS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::{catalog, Lang};

    #[test]
    fn english_keeps_its_widths_and_longer_headings_widen_their_columns() {
        assert_eq!(widths(catalog(Lang::En)), LEAST);
        assert_eq!(
            percents(catalog(Lang::En)),
            ["4.15", "36.31", "36.19", "13.49", "9.86"]
        );
        for lang in Lang::ALL {
            let w = widths(catalog(lang));
            assert_eq!(w.iter().sum::<u32>(), TEXT_WIDTH, "{}", lang.tag());
            // DejaVu Sans Bold's own advance widths for "Gewichtung" at 9 pt:
            // 1,198 twips, 1,414 with the margins.
            if lang == Lang::De {
                assert!(w[4] >= 1414, "{w:?}");
            }
            assert!(
                w[1] > 2500 && w[2] > 2500,
                "{}: goal and measure keep room: {w:?}",
                lang.tag()
            );
        }
    }
}

//! Reading a number out of a slot's text the way a person reads it
//! (`12%`, `p95 200 ms`, `1,200`, `3.5`, `€40k`, `400 ms`), and showing
//! figures ([`one_decimal`], [`plain`]).
//!
//! [`read`] finds the one quantity a text states, with its unit when it has
//! one, or says it cannot be read (`None`): achievement and status are then
//! not computed, and the manager types the achievement by hand. The rules:
//!
//! 1. **Which number.** A number glued to a letter before it names a thing
//!    and is not a quantity: `p95`, `Q3`, `H1`, `v2`, `ISO27001`. Of the
//!    quantities left, a text with one states it (`p95 200 ms` is 200). A
//!    text with several states the one that carries a unit, if exactly one
//!    does (`200 ms at 1,000 requests` is 200 ms); otherwise it cannot be
//!    read (`from 3 to 5`, `2026-06-30`, `1h 30min`). Numbers written in
//!    words (`two`) are not read.
//! 2. **Digits and separators.** A dot with digits on both sides is the
//!    decimal point (`3.5`), unless the number has several dots between
//!    groups of three digits (`1.200.000`). A single comma followed by
//!    exactly three digits, after one to three digits that are not `0`, is
//!    a thousands separator (`1,200` is 1200; `0,500` and `3,5` are decimal
//!    commas); several commas between groups of three separate thousands
//!    (`1,200,000`). When a number has both, the last one is the decimal
//!    mark (`1,234.5`, `1.234,5`). An apostrophe or a thin or no-break space
//!    between groups of three separates thousands (`1'200`); a plain space
//!    does not (`10 000` is two numbers). Groups that are not of three
//!    digits make the text unreadable (`1.2.3`).
//! 3. **Sign.** A minus or hyphen right before the digits, at the start or
//!    after a space or bracket, makes it negative (`-5 %`, `−5`); a hyphen
//!    between digits does not (`3-5`). Comparison marks (`≤ 1`, `< 200`,
//!    `~40`, `+5`) are read past.
//! 4. **Thousands, millions.** `k`/`K` right after the digits multiplies by
//!    1,000, `M`, `mn`, `mio` by a million, `bn` by a billion (`€40k` is
//!    40,000, `1.2M` 1,200,000), as do the words `thousand`, `million`,
//!    `billion` after a space. A lower-case `m` is not a million (minutes,
//!    metres).
//! 5. **Units.** A unit is kept with the value: `%`, `pp` (percentage
//!    points), a currency (symbol or ISO code, before or after: `€40k`,
//!    `40 EUR`; `€` and `EUR` are one currency, `$` only matches `$`), or a
//!    measure of time, size or times (`ms`, `s`, `min`, `h`, `days`,
//!    `weeks`, `months`, `years`, `KB` … `TB`, `x`), singular, plural and
//!    common abbreviations read as one. Any other word is what is counted
//!    (`3 incidents a quarter`) and is ignored.
//!
//! Baseline, target and actual are compared only when their units agree
//! ([`comparable`]): the same unit, or a unit on one side and none on the
//! other (`400 ms` and `250` are both milliseconds, as a person reads
//! them). Different units (`400 ms` and `0.2 s`, `€40k` and `$50k`) are
//! never converted: the text cannot be compared, and achievement is typed.

/// A quantity read from text: its value and its unit, when it names one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    /// The value, with thousands and millions multiplied out.
    pub value: f64,
    /// The unit's canonical name (`%`, `ms`, `EUR`, …), when the text names
    /// a known one.
    pub unit: Option<&'static str>,
}

/// True when two quantities can be compared: the same unit, or no unit on one side.
pub fn comparable(a: &Quantity, b: &Quantity) -> bool {
    match (a.unit, b.unit) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The one quantity `text` states, read by the rules of this module, or
/// `None` when it states none or more than one.
pub fn read(text: &str) -> Option<Quantity> {
    let chars: Vec<char> = text.chars().collect();
    let mut quantities = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() {
            let c = chars[end];
            let digit_next = chars.get(end + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() || (is_separator(c) && digit_next) {
                end += 1;
            } else {
                break;
            }
        }
        i = end;
        // A leading ".5" is 0.5 when the dot does not follow a word.
        let (start, leading_dot) = match start.checked_sub(1).map(|p| chars[p]) {
            Some('.') if !before_is(&chars, start - 1, |c| c.is_alphanumeric()) => {
                (start - 1, true)
            }
            _ => (start, false),
        };
        if before_is(&chars, start, |c| c.is_alphabetic()) {
            continue; // p95, Q3, H1: a name, not a quantity.
        }
        let raw: String = chars[start..end].iter().collect();
        let raw = if leading_dot { format!("0{raw}") } else { raw };
        let mut value = parse_digits(&raw)?;
        if is_minus(&chars, start) {
            value = -value;
        }
        let (factor, after) = multiplier(&chars, end);
        value *= factor;
        let unit = unit_before(&chars, start).or_else(|| unit_after(&chars, after));
        quantities.push(Quantity { value, unit });
    }
    match quantities.as_slice() {
        [one] => Some(*one),
        [] => None,
        many => {
            let mut with_unit = many.iter().filter(|q| q.unit.is_some());
            match (with_unit.next(), with_unit.next()) {
                (Some(one), None) => Some(*one),
                _ => None,
            }
        }
    }
}

/// Marks that may stand between digits of one number.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '\'' | '\u{2019}' | '\u{202F}' | '\u{00A0}' | '\u{2009}'
    )
}

/// True when the character before `at` exists and satisfies `f`.
fn before_is(chars: &[char], at: usize, f: impl Fn(&char) -> bool) -> bool {
    at.checked_sub(1).is_some_and(|p| f(&chars[p]))
}

/// True when a minus sign stands right before `at`, itself at the start or
/// after a space, bracket or comparison mark.
fn is_minus(chars: &[char], at: usize) -> bool {
    let Some(p) = at.checked_sub(1) else {
        return false;
    };
    matches!(chars[p], '-' | '\u{2212}')
        && (p == 0 || {
            let c = chars[p - 1];
            c.is_whitespace() || matches!(c, '(' | '[' | '=' | ':' | '<' | '>' | '≤' | '≥' | '~')
        })
}

/// The value of a run of digits and separators, by rule 2, or `None` when
/// its groups are not a number's.
fn parse_digits(raw: &str) -> Option<f64> {
    let count = |c: char| raw.matches(c).count();
    let (dots, commas) = (count('.'), count(','));
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) if dots == 1 => Some('.'),
        (0, 1) => {
            let (before, after) = raw.split_once(',')?;
            let grouped = after.len() == 3
                && (1..=3).contains(&before.len())
                && !before.starts_with('0')
                && before.chars().all(|c| c.is_ascii_digit());
            (!grouped).then_some(',')
        }
        (_, 0) | (0, _) => None,
        _ => {
            let last = raw.rfind(['.', ','])?;
            Some(raw[last..].chars().next()?)
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => {
            if count(mark) != 1 {
                return None;
            }
            let (whole, fraction) = raw.split_once(mark)?;
            if !fraction.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            (whole, fraction)
        }
        None => (raw, ""),
    };
    // The whole part: digit groups split by thousands separators.
    let groups: Vec<&str> = whole.split(is_separator).collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    decimal_value(&groups.concat(), fraction)
}

/// The value of `whole.fraction` (ASCII digits), computed as one integer
/// divided by a power of ten (no float parser, which would weigh on the
/// wasm): both are exact in an f64 up to 15 digits, and their quotient is
/// rounded once, as the parser would. `None` past 15 digits (not counting
/// leading zeros and the fraction's trailing ones), which no slot needs.
fn decimal_value(whole: &str, fraction: &str) -> Option<f64> {
    let fraction = fraction.trim_end_matches('0');
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 15 {
        return None;
    }
    let mantissa: u64 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    Some(mantissa as f64 / 10f64.powi(fraction.len() as i32))
}

/// The factor a thousands or millions suffix after `at` gives, and where
/// the text goes on after it.
fn multiplier(chars: &[char], at: usize) -> (f64, usize) {
    let attached = word_at(chars, at);
    let factor = |word: &str| match word {
        "k" | "K" => Some(1e3),
        "M" | "mn" | "mio" | "Mio" => Some(1e6),
        "bn" | "Bn" => Some(1e9),
        _ => None,
    };
    if let Some(f) = factor(&attached) {
        return (f, at + attached.chars().count());
    }
    if attached.is_empty() && chars.get(at).is_some_and(|c| c.is_whitespace()) {
        let word = word_at(chars, at + 1);
        let named = match word.to_lowercase().as_str() {
            "thousand" => Some(1e3),
            "million" => Some(1e6),
            "billion" => Some(1e9),
            _ => factor(&word),
        };
        if let Some(f) = named {
            return (f, at + 1 + word.chars().count());
        }
    }
    (1.0, at)
}

/// The word (letters) starting at `at`, empty when none does.
fn word_at(chars: &[char], at: usize) -> String {
    chars
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect()
}

/// The word (letters) ending right before `at`.
fn word_before(chars: &[char], at: usize) -> String {
    let mut word: Vec<char> = chars[..at]
        .iter()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .copied()
        .collect();
    word.reverse();
    word.into_iter().collect()
}

/// A currency right before the number (`€40`, `€ 40`, `EUR 40`).
fn unit_before(chars: &[char], start: usize) -> Option<&'static str> {
    let mut at = start;
    if at > 0 && matches!(chars[at - 1], '-' | '\u{2212}') {
        at -= 1;
    }
    if at > 0 && chars[at - 1].is_whitespace() {
        at -= 1;
    }
    let before = at.checked_sub(1).map(|p| chars[p])?;
    currency_symbol(before).or_else(|| currency_code(&word_before(chars, at)))
}

/// A unit right after the number (and its multiplier): `%`, a currency, or
/// a known measure, attached or after one space.
fn unit_after(chars: &[char], at: usize) -> Option<&'static str> {
    let at = if chars.get(at).is_some_and(|c| c.is_whitespace()) {
        at + 1
    } else {
        at
    };
    let c = *chars.get(at)?;
    if c == '%' {
        return Some("%");
    }
    if let Some(currency) = currency_symbol(c) {
        return Some(currency);
    }
    let word = word_at(chars, at);
    if word.eq_ignore_ascii_case("per") {
        // "per cent": the next word decides.
        let next = word_at(chars, at + word.chars().count() + 1);
        return next.eq_ignore_ascii_case("cent").then_some("%");
    }
    currency_code(&word).or_else(|| measure(&word))
}

/// The currency a symbol stands for.
fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '€' => "EUR",
        '£' => "GBP",
        '$' => "$",
        '¥' => "¥",
        '₹' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₺' => "TRY",
        '₪' => "ILS",
        '₴' => "UAH",
        _ => return None,
    })
}

/// ISO 4217 codes read as currencies (upper case, as written).
const CURRENCY_CODES: [&str; 26] = [
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
    "AUD", "CAD", "NZD", "SGD", "HKD", "ZAR", "BRL", "MXN", "KRW", "RUB", "TRY", "ILS", "UAH",
];

fn currency_code(word: &str) -> Option<&'static str> {
    CURRENCY_CODES.into_iter().find(|code| *code == word)
}

/// Measures: canonical name and the ways it is written (compared without case).
const MEASURES: [(&str, &[&str]); 17] = [
    ("%", &["percent", "pct"]),
    ("pp", &["pp", "ppt", "ppts"]),
    ("ns", &["ns", "nanosecond", "nanoseconds"]),
    ("µs", &["µs", "μs", "us", "microsecond", "microseconds"]),
    (
        "ms",
        &["ms", "msec", "msecs", "millisecond", "milliseconds"],
    ),
    ("s", &["s", "sec", "secs", "second", "seconds"]),
    ("min", &["min", "mins", "minute", "minutes"]),
    ("h", &["h", "hr", "hrs", "hour", "hours"]),
    ("day", &["d", "day", "days"]),
    ("week", &["wk", "wks", "week", "weeks"]),
    ("month", &["mo", "mos", "month", "months"]),
    ("year", &["y", "yr", "yrs", "year", "years"]),
    ("KB", &["kb", "kib", "kilobyte", "kilobytes"]),
    ("MB", &["mb", "mib", "megabyte", "megabytes"]),
    ("GB", &["gb", "gib", "gigabyte", "gigabytes"]),
    ("TB", &["tb", "tib", "terabyte", "terabytes"]),
    ("x", &["x", "times"]),
];

fn measure(word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    MEASURES
        .iter()
        .find(|(_, names)| names.contains(&word.as_str()))
        .map(|(unit, _)| *unit)
}

/// A value shown to one decimal place, halves rounding up (a value within
/// 10⁻⁹ of a half counts as the half, so that 3.85 computed as 3.8499… shows
/// as 3.9): `3.8`, `75.0`.
pub fn one_decimal(value: f64) -> String {
    // Integer arithmetic: float formatting would weigh on the wasm.
    let tenths = round_half_up(value * 10.0) as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The nearest whole number, halves rounding up (within 10⁻⁹, as [`one_decimal`]).
pub fn round_half_up(value: f64) -> f64 {
    (value + 0.5 + 1e-9).floor()
}

/// A value as read, without needless decimals (at most four): `400`, `0.2`,
/// `1234.5`.
pub fn plain(value: f64) -> String {
    let units = round_half_up(value * 10_000.0) as i64;
    let sign = if units < 0 { "-" } else { "" };
    let units = units.unsigned_abs();
    let (whole, fraction) = (units / 10_000, units % 10_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let fraction = format!("{fraction:04}");
    format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A reading as a value and a unit.
    type Read = Option<(f64, Option<&'static str>)>;

    fn q(text: &str) -> Read {
        read(text).map(|q| (q.value, q.unit))
    }

    #[test]
    fn reads_what_the_issue_names_as_a_person_does() {
        assert_eq!(q("12%"), Some((12.0, Some("%"))));
        assert_eq!(q("p95 200 ms"), Some((200.0, Some("ms"))));
        assert_eq!(q("1,200"), Some((1200.0, None)));
        assert_eq!(q("3.5"), Some((3.5, None)));
        assert_eq!(q("€40k"), Some((40_000.0, Some("EUR"))));
        assert_eq!(q("400 ms"), Some((400.0, Some("ms"))));
    }

    #[test]
    fn separators_signs_multipliers_and_units() {
        let cases: [(&str, Read); 34] = [
            ("1,200,000", Some((1.2e6, None))),
            ("1.200.000", Some((1.2e6, None))),
            ("1,234.5", Some((1234.5, None))),
            ("1.234,5", Some((1234.5, None))),
            ("3,5", Some((3.5, None))),
            ("0,500", Some((0.5, None))),
            ("1'200 users", Some((1200.0, None))),
            ("1\u{202F}200", Some((1200.0, None))),
            ("99.9%", Some((99.9, Some("%")))),
            ("50 per cent", Some((50.0, Some("%")))),
            ("-5 %", Some((-5.0, Some("%")))),
            ("−5", Some((-5.0, None))),
            ("≤ 1 incident a quarter", Some((1.0, None))),
            ("< 200ms", Some((200.0, Some("ms")))),
            ("1.2M users", Some((1.2e6, None))),
            ("3 million", Some((3e6, None))),
            ("USD 1.5 bn", Some((1.5e9, Some("USD")))),
            ("40k EUR", Some((40_000.0, Some("EUR")))),
            ("£ 300", Some((300.0, Some("GBP")))),
            ("2 days", Some((2.0, Some("day")))),
            ("1 day", Some((1.0, Some("day")))),
            ("5 hrs", Some((5.0, Some("h")))),
            ("2.5x", Some((2.5, Some("x")))),
            ("500 GB", Some((500.0, Some("GB")))),
            (".5 s", Some((0.5, Some("s")))),
            ("200 ms at 1,000 requests", Some((200.0, Some("ms")))),
            ("end of Q3", None),
            ("two design reviews", None),
            ("from 3 to 5", None),
            ("2026-06-30", None),
            ("1h 30min", None),
            ("release 1.2.3", None),
            ("10 000", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(q(text), expected, "{text:?}");
        }
        assert_eq!(q("5m"), Some((5.0, None)), "a lower-case m is no million");
    }

    #[test]
    fn figures_show_to_one_decimal_with_halves_up() {
        assert_eq!(one_decimal(3.85), "3.9");
        assert_eq!(one_decimal(3.8499999999999), "3.9");
        assert_eq!(one_decimal(3.84), "3.8");
        assert_eq!(one_decimal(75.0), "75.0");
        assert_eq!(one_decimal(-0.01), "0.0");
        assert_eq!(one_decimal(-50.0), "-50.0");
        assert_eq!(one_decimal(1234.56), "1234.6");
        assert_eq!(plain(-5.0), "-5");
        assert_eq!(plain(-0.25), "-0.25");
        assert_eq!(plain(1.23456), "1.2346");
        assert_eq!(one_decimal(0.05), "0.1");
        assert_eq!(plain(400.0), "400");
        assert_eq!(plain(0.2), "0.2");
        assert_eq!(plain(1234.5), "1234.5");
        assert_eq!(round_half_up(3.5), 4.0);
        assert_eq!(round_half_up(3.4999999999), 4.0);
        assert_eq!(round_half_up(3.49), 3.0);
    }

    #[test]
    fn units_must_agree_to_compare() {
        let (ms, s, bare) = (
            read("400 ms").unwrap(),
            read("0.2 s").unwrap(),
            read("250").unwrap(),
        );
        assert!(comparable(&ms, &bare));
        assert!(!comparable(&ms, &s));
        assert!(comparable(
            &read("€40k").unwrap(),
            &read("45,000 EUR").unwrap()
        ));
        assert!(!comparable(&read("€40k").unwrap(), &read("$50k").unwrap()));
    }

    proptest! {
        #[test]
        fn whole_numbers_read_back_with_or_without_thousands_separators(n in 0u64..1_000_000_000_000_000) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            prop_assert_eq!(q(&plain), Some((n as f64, None)));
            prop_assert_eq!(q(&grouped), Some((n as f64, None)), "{}", grouped);
        }

        #[test]
        fn decimals_read_back_and_names_before_them_are_ignored(
            cents in 0u64..100_000_000,
            name in "[pPqQhHv][0-9]{1,2}",
            unit in prop::sample::select(vec!["ms", "%", "s", "days", ""]),
        ) {
            let text = format!("{name} {}.{:02} {unit}", cents / 100, cents % 100);
            let read = read(&text).unwrap();
            prop_assert!((read.value - cents as f64 / 100.0).abs() < 1e-9, "{}", text);
        }

        #[test]
        fn decimals_read_exactly_as_the_float_parser_reads_them(
            whole in 0u64..1_000_000_000, fraction in "[0-9]{0,6}",
        ) {
            let text = if fraction.is_empty() { whole.to_string() } else { format!("{whole}.{fraction}") };
            let expected: f64 = text.parse().unwrap();
            prop_assert_eq!(q(&text), Some((expected, None)));
        }

        #[test]
        fn thousands_suffixes_multiply(n in 0u32..100_000) {
            prop_assert_eq!(q(&format!("€{n}k")), Some((f64::from(n) * 1e3, Some("EUR"))));
        }

        #[test]
        fn any_text_reads_or_is_refused_without_panicking(text in "\\PC{0,40}") {
            if let Some(q) = read(&text) {
                prop_assert!(q.value.is_finite());
            }
        }
    }
}

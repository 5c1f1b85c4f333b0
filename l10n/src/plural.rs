//! Plural categories of whole numbers, CLDR's rules for the languages
//! Goalframes speaks (tested against the `intl_pluralrules` crate, which
//! carries every language's rules: ~13 KB gzip the wasm need not hold).

use crate::Lang;

/// The CLDR plural category of the whole number `n` in `lang`: `one` or
/// `other` (CLDR 38 added `many` for a million and more in French and
/// Spanish; the reference crate, and so this, predates it).
pub fn plural_category(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::En | Lang::De | Lang::Es => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        // French counts zero as one ("0 objectif").
        Lang::Fr => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    #[test]
    fn agrees_with_cldr_for_every_language() {
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap();
            let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
            let numbers = (0..=20_000u64).chain([1_000_000, 2_000_000, 1_000_001, 10_000_000]);
            for n in numbers {
                let expected = match rules.select(n).unwrap() {
                    PluralCategory::ZERO => "zero",
                    PluralCategory::ONE => "one",
                    PluralCategory::TWO => "two",
                    PluralCategory::FEW => "few",
                    PluralCategory::MANY => "many",
                    PluralCategory::OTHER => "other",
                };
                assert_eq!(plural_category(lang, n), expected, "{} {n}", lang.tag());
            }
        }
    }
}

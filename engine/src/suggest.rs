//! "Did you mean": names that exist, nearest first, for unknown ids and codes.

/// Sorts `candidates` by closeness to `wanted` (case-insensitive Jaro–Winkler,
/// then a prefix match), nearest first.
pub fn nearest_first<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let wanted = wanted.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| {
            let lower = c.to_lowercase();
            let mut score = strsim::jaro_winkler(&wanted, &lower);
            if !wanted.is_empty() && (lower.starts_with(&wanted) || lower.contains(&wanted)) {
                score += 1.0;
            }
            (score, c)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().map(|(_, c)| c).collect()
}

/// `unknown {what} "{wanted}"; these exist (nearest first): …`: the message
/// for a name that is not there, with the names that are.
pub fn unknown<'a>(
    what: &str,
    wanted: &str,
    existing: impl IntoIterator<Item = &'a str>,
) -> String {
    let names = nearest_first(wanted, existing);
    format!(
        "unknown {what} \"{wanted}\"; these exist (nearest first): {}",
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::nearest_first;

    #[test]
    fn closest_name_comes_first() {
        let names = ["finance", "database-engineering", "data-science"];
        assert_eq!(
            nearest_first("databse-engineering", names)[0],
            "database-engineering"
        );
        assert_eq!(nearest_first("P5", ["P1", "M5", "P4", "P5"])[0], "P5");
    }
}

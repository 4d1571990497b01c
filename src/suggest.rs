//! "Did you mean": one small, deterministic helper for every name we look up.
//!
//! Plain edit distance misleads on official numbering: `CC1.2`, `CC2.2`, …
//! and `CC8.1` are all one edit from `CC8.2`. So identifiers are ranked by
//! family first (see [`suggest_id`]); words from a vocabulary use edit
//! distance, then prefixes (see [`suggest_word`]). Distances count a swap
//! of two neighbouring letters as one edit (`drfit` → `drift`).

use std::cell::Cell;

/// The most candidates a suggestion offers.
const MAX_SUGGESTIONS: usize = 3;

/// How many unknown names of one run are compared with the known ones for
/// a "did you mean". Each comparison costs the size of the name table, so a
/// project with thousands of unknown names would cost their product; past
/// the limit the help says how to list the names instead.
pub const SUGGESTION_LIMIT: usize = 200;

/// Counts the suggestions one run has looked for (see [`SUGGESTION_LIMIT`]).
/// The run resolves its files in a fixed order, so which names get a
/// suggestion is the same on every run.
#[derive(Debug, Default)]
pub struct SuggestionBudget {
    used: Cell<usize>,
}

impl SuggestionBudget {
    /// Takes one suggestion from the budget: `false` once it is spent.
    pub fn take(&self) -> bool {
        let used = self.used.get();
        self.used.set(used.saturating_add(1));
        used < SUGGESTION_LIMIT
    }
}

/// Suggests official identifiers close to `wanted`, best first, at most three.
///
/// 1. An exact match ignoring case, then one ignoring case and separators
///    (`govern1.1` → `GOVERN-1.1`), wins alone.
/// 2. Otherwise identifiers of the same family (everything up to the last
///    `.`, `-`, `(` or space: `CC8.` for `CC8.2`) are preferred, nearest
///    number first.
/// 3. Otherwise the smallest edit distance within a third of the length,
///    ties in catalog order.
pub fn suggest_id<'a>(wanted: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    if let Some(exact) = exact_match(wanted, candidates) {
        return vec![exact];
    }
    let family = family(wanted);
    if !family.is_empty() {
        let mut same_family: Vec<(u64, usize, &str)> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| family_eq(self::family(c), family))
            .map(|(order, c)| {
                (
                    segment_distance(last_segment(wanted), last_segment(c)),
                    order,
                    *c,
                )
            })
            .collect();
        if !same_family.is_empty() {
            same_family.sort_unstable();
            return same_family
                .into_iter()
                .take(MAX_SUGGESTIONS)
                .map(|(_, _, c)| c)
                .collect();
        }
    }
    by_edit_distance(wanted, candidates)
}

/// Suggests words from a vocabulary (enum values, risk and control names,
/// framework names) close to `wanted`: an exact match ignoring case, else
/// the nearest by edit distance within a third of the length.
pub fn suggest_word<'a>(wanted: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    if let Some(exact) = exact_match(wanted, candidates) {
        return vec![exact];
    }
    let near = by_edit_distance(wanted, candidates);
    if !near.is_empty() || wanted.len() < 3 {
        return near;
    }
    // A shortened name (`nist-ai` for `nist-ai-rmf`).
    let lower = wanted.to_ascii_lowercase();
    candidates
        .iter()
        .filter(|c| c.to_ascii_lowercase().starts_with(&lower))
        .take(MAX_SUGGESTIONS)
        .copied()
        .collect()
}

/// The help line for a list of suggestions: "did you mean `A`?" or
/// "did you mean `A`, `B` or `C`?". `None` when the list is empty.
pub fn did_you_mean(suggestions: &[&str]) -> Option<String> {
    let quoted: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
    match quoted.as_slice() {
        [] => None,
        [one] => Some(format!("did you mean {one}?")),
        [init @ .., last] => Some(format!("did you mean {} or {last}?", init.join(", "))),
    }
}

fn exact_match<'a>(wanted: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .find(|c| c.eq_ignore_ascii_case(wanted))
        .or_else(|| {
            candidates
                .iter()
                .find(|c| normalised(c).eq(normalised(wanted)))
        })
        .copied()
}

/// An identifier's letters and digits in lower case, without separators.
fn normalised(id: &str) -> impl Iterator<Item = char> + '_ {
    id.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
}

fn is_separator(c: char) -> bool {
    matches!(c, '.' | '-' | '(' | ' ' | ':')
}

/// Everything up to and including the last separator (`CC8.` of `CC8.2`).
fn family(id: &str) -> &str {
    let trimmed = id.trim_end_matches(')');
    trimmed.rfind(is_separator).map_or("", |i| &trimmed[..=i])
}

fn family_eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The part after the family, without closing parentheses.
fn last_segment(id: &str) -> &str {
    let trimmed = id.trim_end_matches(')');
    &trimmed[family(id).len()..]
}

/// How far apart two last segments are: numeric difference when both are
/// numbers, edit distance otherwise (ranked after every numeric candidate).
fn segment_distance(a: &str, b: &str) -> u64 {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.abs_diff(y),
        _ => {
            1_000_000 + strsim::levenshtein(&a.to_ascii_lowercase(), &b.to_ascii_lowercase()) as u64
        }
    }
}

fn by_edit_distance<'a>(wanted: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let wanted_lower = wanted.to_ascii_lowercase();
    let wanted_chars = wanted.chars().count();
    let limit = (wanted_chars / 3).max(1);
    let mut near: Vec<(usize, usize, &str)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(order, c)| {
            // The distance is at least the difference in length.
            if c.chars().count().abs_diff(wanted_chars) > limit {
                return None;
            }
            let distance = strsim::osa_distance(&wanted_lower, &c.to_ascii_lowercase());
            (distance <= limit).then_some((distance, order, *c))
        })
        .collect();
    near.sort_unstable();
    near.into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_allows_a_fixed_number_of_suggestions() {
        let budget = SuggestionBudget::default();
        assert!((0..SUGGESTION_LIMIT).all(|_| budget.take()));
        assert!(!budget.take());
        assert!(!budget.take());
    }

    const SOC2_CC: &[&str] = &[
        "CC1.1", "CC1.2", "CC2.1", "CC2.2", "CC3.1", "CC7.1", "CC7.2", "CC8.1", "CC9.1", "CC9.2",
    ];
    const AI_RMF_GOVERN_1: &[&str] = &[
        "GOVERN-1.1",
        "GOVERN-1.2",
        "GOVERN-1.3",
        "GOVERN-1.4",
        "GOVERN-1.5",
        "GOVERN-1.6",
        "GOVERN-1.7",
        "GOVERN-2.1",
        "MAP-1.1",
    ];

    #[test]
    fn identifiers_are_ranked_by_family_first() {
        let table: &[(&str, &[&str], &[&str])] = &[
            // Exact matches ignoring case or separators win alone.
            ("cc8.1", SOC2_CC, &["CC8.1"]),
            ("govern1.1", AI_RMF_GOVERN_1, &["GOVERN-1.1"]),
            ("GOVERN 1.1", AI_RMF_GOVERN_1, &["GOVERN-1.1"]),
            // Same family, nearest number first.
            ("CC8.2", SOC2_CC, &["CC8.1"]),
            (
                "GOVERN-1.8",
                AI_RMF_GOVERN_1,
                &["GOVERN-1.7", "GOVERN-1.6", "GOVERN-1.5"],
            ),
            ("GOVERN-2.4", AI_RMF_GOVERN_1, &["GOVERN-2.1"]),
            // No family member: edit distance, ties in catalog order.
            ("CC5.1", SOC2_CC, &["CC1.1", "CC2.1", "CC3.1"]),
            ("MAP1.2", AI_RMF_GOVERN_1, &["MAP-1.1"]),
            // Nothing close.
            ("Z.99", SOC2_CC, &[]),
        ];
        for (wanted, candidates, expected) in table {
            assert_eq!(
                &suggest_id(wanted, candidates),
                expected,
                "suggestions for {wanted}"
            );
        }
    }

    #[test]
    fn parenthesised_points_form_families() {
        let ids = [
            "Art.9(1)",
            "Art.9(2)",
            "Art.9(2)(a)",
            "Art.9(2)(b)",
            "Art.10(2)",
        ];
        assert_eq!(
            suggest_id("Art.9(2)(c)", &ids),
            ["Art.9(2)(a)", "Art.9(2)(b)"]
        );
        assert_eq!(suggest_id("Art.9(3)", &ids), ["Art.9(2)", "Art.9(1)"]);
        assert_eq!(family("Art.9(2)(a)"), "Art.9(2)(");
        assert_eq!(last_segment("Art.9(2)(a)"), "a");
    }

    #[test]
    fn words_use_edit_distance() {
        let words = ["preventive", "detective", "corrective"];
        assert_eq!(suggest_word("preventative", &words), ["preventive"]);
        assert_eq!(suggest_word("Detective", &words), ["detective"]);
        assert!(suggest_word("sometimes", &words).is_empty());
        assert_eq!(suggest_word("drfit", &["drift", "bias"]), ["drift"]);
        assert_eq!(
            suggest_word("nist-ai", &["nist-ai-rmf", "soc2"]),
            ["nist-ai-rmf"]
        );
    }

    #[test]
    fn help_lines_read_as_a_sentence() {
        assert_eq!(did_you_mean(&[]), None);
        assert_eq!(did_you_mean(&["a"]).as_deref(), Some("did you mean `a`?"));
        assert_eq!(
            did_you_mean(&["a", "b", "c"]).as_deref(),
            Some("did you mean `a`, `b` or `c`?")
        );
    }
}

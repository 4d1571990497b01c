//! English wording shared by messages and documents: a count with its
//! noun, and a word with its indefinite article.

/// `1 mapping`, `3 mappings` (`noun` takes a plain `s` in the plural).
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A word with its indefinite article: `a model-serving`, `an
/// inference-log-store` (for lower-case words and compounds, where the
/// first letter decides).
pub fn with_article(word: &str) -> String {
    let article = if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_articles_read_as_english() {
        assert_eq!(plural(0, "error"), "0 errors");
        assert_eq!(plural(1, "error"), "1 error");
        assert_eq!(plural(2, "month"), "2 months");
        // Regression: "a inference-log-store implies".
        assert_eq!(
            with_article("inference-log-store"),
            "an inference-log-store"
        );
        assert_eq!(with_article("model-serving"), "a model-serving");
        assert_eq!(with_article("evaluation"), "an evaluation");
    }
}

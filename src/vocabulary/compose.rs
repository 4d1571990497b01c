//! Composing NIST IR 8477 relationships along a path: if A r₁ B and B r₂ C,
//! what can be said of A and C? The table is DESIGN.md's, as sound set
//! algebra; where nothing can be inferred the answer is `Unknown`.

use serde::Serialize;

use super::Relationship::{self, Equal, Intersects, NoRelationship, Subset, Superset};

/// The result of composing two relationships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Composed {
    /// A relationship that follows from the two.
    Known(Relationship),
    /// Nothing follows (for example a subset of a superset).
    Unknown,
}

impl Composed {
    /// The relationship, if one follows.
    pub fn known(self) -> Option<Relationship> {
        match self {
            Composed::Known(r) => Some(r),
            Composed::Unknown => None,
        }
    }
}

impl std::fmt::Display for Composed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Composed::Known(r) => write!(f, "{r}"),
            Composed::Unknown => f.write_str("unknown"),
        }
    }
}

impl Relationship {
    /// A r₁ B and B r₂ C ⇒ A `r₁.compose(r₂)` C.
    pub fn compose(self, then: Relationship) -> Composed {
        use Composed::{Known, Unknown};
        match (self, then) {
            // `equal` is the identity on both sides (so equal∘related = related).
            (Equal, r) | (r, Equal) => Known(r),
            (Subset, Subset) => Known(Subset),
            (Superset, Superset) => Known(Superset),
            // A ⊇ B, B ⊆ C (and the like): A and C share B, neither is known to
            // contain the other.
            (Superset | Intersects, Subset) | (Superset, Intersects) => Known(Intersects),
            // A ⊆ B and B disjoint from C, or A disjoint from B and B ⊇ C: A is
            // disjoint from C.
            (Subset, NoRelationship) | (NoRelationship, Superset) => Known(NoRelationship),
            // Everything else: subset∘superset, subset∘intersects,
            // intersects∘superset, intersects∘intersects, the remaining pairs
            // with no-relationship, and every other pair with related.
            _ => Unknown,
        }
    }

    /// How the relationship reads from the other end: subset and superset
    /// swap.
    #[must_use]
    pub fn reversed(self) -> Relationship {
        match self {
            Subset => Superset,
            Superset => Subset,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::Relationship::Related;
    use crate::vocabulary::Vocabulary;

    /// DESIGN.md's table, written out for all 36 pairs: rows are r₁, columns
    /// r₂ in the order equal, superset, subset, intersects, no-relationship,
    /// related; `?` is unknown.
    const TABLE: [[&str; 6]; 6] = [
        // r₁ = equal
        [
            "equal",
            "superset",
            "subset",
            "intersects",
            "no-relationship",
            "related",
        ],
        // r₁ = superset
        ["superset", "superset", "intersects", "intersects", "?", "?"],
        // r₁ = subset
        ["subset", "?", "subset", "?", "no-relationship", "?"],
        // r₁ = intersects
        ["intersects", "?", "intersects", "?", "?", "?"],
        // r₁ = no-relationship
        ["no-relationship", "no-relationship", "?", "?", "?", "?"],
        // r₁ = related
        ["related", "?", "?", "?", "?", "?"],
    ];

    #[test]
    fn every_pair_matches_the_design_table() {
        let all = Relationship::ALL;
        assert_eq!(all.len(), 6);
        let mut checked = 0;
        for (i, &first) in all.iter().enumerate() {
            for (j, &second) in all.iter().enumerate() {
                let expected = match TABLE[i][j] {
                    "?" => Composed::Unknown,
                    word => Composed::Known(Relationship::from_word(word).unwrap()),
                };
                assert_eq!(first.compose(second), expected, "{first} ∘ {second}");
                checked += 1;
            }
        }
        assert_eq!(checked, 36);
    }

    #[test]
    fn reading_backwards_swaps_subset_and_superset() {
        assert_eq!(Subset.reversed(), Superset);
        assert_eq!(Superset.reversed(), Subset);
        for r in [Equal, Intersects, NoRelationship, Related] {
            assert_eq!(r.reversed(), r);
        }
    }

    #[test]
    fn composition_agrees_with_reversal() {
        // (A r₁ B, B r₂ C) read from C's end is (C r₂' B, B r₁' A): where a
        // relationship follows, it must be the reverse of the forward one.
        for &a in Relationship::ALL {
            for &b in Relationship::ALL {
                if let (Composed::Known(forward), Composed::Known(backward)) =
                    (a.compose(b), b.reversed().compose(a.reversed()))
                {
                    assert_eq!(forward.reversed(), backward, "{a} ∘ {b}");
                }
            }
        }
    }
}

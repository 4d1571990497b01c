//! The NIST AI RMF 1.0 to ISO/IEC 42001:2023 crosswalk against the pairs of
//! the published crosswalk.

use std::collections::BTreeSet;

use crosswalk::vocabulary::Relationship;

use super::{builtin_model, only_crosswalk, read_csv_records};

#[test]
fn the_ai_rmf_to_42001_crosswalk_holds_the_published_pairs() {
    let model = builtin_model();
    let crosswalk = only_crosswalk(&model, "nist-ai-rmf@1.0", "iso42001@2023");

    let published: Vec<(String, String)> =
        read_csv_records("crosswalks/nist-ai-rmf-to-iso42001-crosswalk.pairs.csv")
            .into_iter()
            .map(|r| {
                (
                    r["ai_rmf_subcategory"].replace(' ', "-"),
                    r["iso42001_ref_normalized"].clone(),
                )
            })
            .collect();
    let ours: Vec<(String, String)> = crosswalk
        .pairs
        .iter()
        .map(|p| {
            (
                model.requirement(p.from).id.clone(),
                model.requirement(p.to).id.clone(),
            )
        })
        .collect();

    // The same pairs, as many, in the published order. One pair is listed
    // twice in the published crosswalk, so there are 280 distinct pairs.
    assert_eq!(published.len(), 281);
    assert_eq!(ours.len(), 281);
    let ours_set: BTreeSet<&(String, String)> = ours.iter().collect();
    let published_set: BTreeSet<&(String, String)> = published.iter().collect();
    assert_eq!(
        ours_set.difference(&published_set).collect::<Vec<_>>(),
        Vec::<&&(String, String)>::new(),
        "pairs in the catalog but not published"
    );
    assert_eq!(
        published_set.difference(&ours_set).collect::<Vec<_>>(),
        Vec::<&&(String, String)>::new(),
        "published pairs missing from the catalog"
    );
    assert_eq!(ours_set.len(), 280);
    assert_eq!(ours, published);

    // The crosswalk states no set relationship.
    for p in &crosswalk.pairs {
        assert_eq!(
            p.relationship,
            Relationship::Related,
            "{} -> {}",
            model.requirement(p.from).id,
            model.requirement(p.to).id
        );
    }

    // Every AI RMF subcategory is paired.
    let from: BTreeSet<&str> = ours.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(from.len(), 72);

    let source = crosswalk.source.as_deref().expect("a source");
    for named in [
        "NIST AI RMF to ISO/IEC FDIS 42001 AI Management System Crosswalk",
        "Microsoft",
        "public domain",
    ] {
        assert!(source.contains(named), "the source names {named:?}");
    }
}

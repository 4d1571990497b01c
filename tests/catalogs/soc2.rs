//! SOC 2 (2017 Trust Services Criteria) against the list of the 61 criteria.

use std::collections::BTreeSet;

use crosswalk::resolve::model::EntryKind;

use super::{
    assert_titles_and_summaries, builtin_model, entries, framework, parent_id, read_csv_records,
};

/// The top-level group of each trust services category, with its tag.
const CATEGORIES: [(&str, &str, &str); 5] = [
    ("Common Criteria", "CC", "category:security"),
    ("Availability", "A", "category:availability"),
    ("Confidentiality", "C", "category:confidentiality"),
    (
        "Processing Integrity",
        "PI",
        "category:processing-integrity",
    ),
    ("Privacy", "P", "category:privacy"),
];

fn category_group(category: &str) -> &'static str {
    CATEGORIES
        .iter()
        .find(|(name, _, _)| *name == category)
        .unwrap_or_else(|| panic!("unknown category {category}"))
        .1
}

#[test]
fn soc2_matches_the_61_criteria() {
    let model = builtin_model();
    let id = framework(&model, "soc2@2017");
    let official = read_csv_records("soc2/soc2-tsc-2017-criteria-ids.csv");
    assert_eq!(official.len(), 61);

    let requirements = entries(&model, id, EntryKind::Requirement);
    let groups = entries(&model, id, EntryKind::Group);

    // The same criteria in both directions, then in the same order.
    let ours: Vec<&str> = requirements.iter().map(|r| r.id.as_str()).collect();
    let theirs: Vec<&str> = official
        .iter()
        .map(|r| r["criterion_id"].as_str())
        .collect();
    let ours_set: BTreeSet<&str> = ours.iter().copied().collect();
    let theirs_set: BTreeSet<&str> = theirs.iter().copied().collect();
    assert_eq!(
        ours_set.difference(&theirs_set).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "criteria in the catalog but not in the list"
    );
    assert_eq!(
        theirs_set.difference(&ours_set).collect::<Vec<_>>(),
        Vec::<&&str>::new(),
        "criteria in the list but not in the catalog"
    );
    assert_eq!(ours, theirs);

    // 33 common criteria, 3 availability, 2 confidentiality, 5 processing
    // integrity, 18 privacy.
    for (prefix, count) in [("CC", 33), ("A", 3), ("C", 2), ("PI", 5), ("P", 18)] {
        let n = requirements
            .iter()
            .filter(|r| {
                r.id.strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            })
            .count();
        assert_eq!(n, count, "{prefix} criteria");
    }

    // Each criterion sits in its series, each series in its category group.
    for (r, o) in requirements.iter().zip(&official) {
        assert_eq!(r.display, None, "{} is shown as written", r.id);
        assert_eq!(
            parent_id(&model, r),
            Some(o["series"].as_str()),
            "series of {}",
            r.id
        );
        let series = model.requirement(r.parent.unwrap());
        assert_eq!(
            series.title, o["series_heading"],
            "heading of {}",
            series.id
        );
        assert_eq!(
            parent_id(&model, series),
            Some(category_group(&o["category"])),
            "category of {}",
            series.id
        );
    }

    // Five category groups, tagged with their trust services category, and
    // the 20 series: nothing else.
    let top: Vec<&str> = groups
        .iter()
        .filter(|g| g.parent.is_none())
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(top, ["CC", "A", "C", "PI", "P"]);
    for g in groups.iter().filter(|g| g.parent.is_none()) {
        let (_, _, tag) = CATEGORIES.iter().find(|(_, id, _)| *id == g.id).unwrap();
        assert_eq!(g.tags, [*tag], "tags of {}", g.id);
    }
    let series: BTreeSet<&str> = official.iter().map(|r| r["series"].as_str()).collect();
    assert_eq!(series.len(), 20);
    let series_groups: BTreeSet<&str> = groups
        .iter()
        .filter(|g| g.parent.is_some())
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(series_groups, series);
    assert_eq!(groups.len(), 5 + 20);

    // Criteria carry no tags of their own: the category group's tag holds.
    assert!(requirements.iter().all(|r| r.tags.is_empty()));

    assert_titles_and_summaries(&model, id);
    let soc2 = model.framework(id);
    assert_eq!(soc2.title, "SOC 2 Trust Services Criteria");
    assert_eq!(soc2.publisher.as_deref(), Some("AICPA"));
    assert!(
        soc2.licence.as_deref().is_some_and(|l| l.contains("AICPA")),
        "the licence names the AICPA copyright"
    );
}

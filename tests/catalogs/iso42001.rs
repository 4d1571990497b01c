//! ISO/IEC 42001:2023 against the identifier list derived from the CISO
//! Assistant outline (with 6.1.1-6.1.4 added).

use std::collections::BTreeSet;

use crosswalk::resolve::model::{EntryKind, Requirement};

use super::{
    assert_titles_and_summaries, builtin_model, entries, framework, parent_id, read_csv_records,
};

#[test]
fn iso42001_matches_the_clause_and_annex_a_list() {
    let model = builtin_model();
    let id = framework(&model, "iso42001@2023");
    let official = read_csv_records("iso42001/iso42001-2023-ids.csv");

    // Every entry as (identifier, parent, kind), in catalog order.
    let ours: Vec<(String, String, String)> = model
        .framework(id)
        .entries
        .iter()
        .map(|&e| {
            let entry = model.requirement(e);
            let kind = match entry.kind {
                EntryKind::Group => "group",
                EntryKind::Requirement => "requirement",
            };
            (
                entry.id.clone(),
                parent_id(&model, entry).unwrap_or_default().to_owned(),
                kind.to_owned(),
            )
        })
        .collect();
    let theirs: Vec<(String, String, String)> = official
        .iter()
        .map(|r| (r["id"].clone(), r["parent"].clone(), r["kind"].clone()))
        .collect();

    // Both directions first, for a readable failure; then the order.
    let ours_set: BTreeSet<_> = ours.iter().collect();
    let theirs_set: BTreeSet<_> = theirs.iter().collect();
    assert_eq!(
        ours_set.difference(&theirs_set).collect::<Vec<_>>(),
        Vec::<&&(String, String, String)>::new(),
        "entries in the catalog but not in the list (id, parent, kind)"
    );
    assert_eq!(
        theirs_set.difference(&ours_set).collect::<Vec<_>>(),
        Vec::<&&(String, String, String)>::new(),
        "entries in the list but not in the catalog (id, parent, kind)"
    );
    assert_eq!(ours, theirs);

    // Clauses 4 to 10 and Annex A at the top level.
    let groups = entries(&model, id, EntryKind::Group);
    let top: Vec<&str> = groups
        .iter()
        .filter(|g| g.parent.is_none())
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(top, ["4", "5", "6", "7", "8", "9", "10", "A"]);

    // 32 clause requirements, among them 6.1.1-6.1.4 under 6.1.
    let requirements = entries(&model, id, EntryKind::Requirement);
    let (annex, clauses): (Vec<&Requirement>, Vec<&Requirement>) =
        requirements.iter().partition(|r| r.id.starts_with("A."));
    assert_eq!(clauses.len(), 32);
    for added in ["6.1.1", "6.1.2", "6.1.3", "6.1.4"] {
        let r = clauses.iter().find(|r| r.id == added).expect(added);
        assert_eq!(parent_id(&model, r), Some("6.1"));
    }

    // 38 Annex A controls under 9 objectives, A.6 split in two.
    let objectives: Vec<&str> = groups
        .iter()
        .filter(|g| parent_id(&model, g) == Some("A"))
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(
        objectives,
        [
            "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"
        ]
    );
    let in_a6: Vec<&str> = groups
        .iter()
        .filter(|g| parent_id(&model, g) == Some("A.6"))
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(in_a6, ["A.6.1", "A.6.2"]);
    assert_eq!(annex.len(), 38);
    for control in &annex {
        let mut objective = model.requirement(control.parent.expect("an objective"));
        while parent_id(&model, objective) != Some("A") {
            objective = model.requirement(objective.parent.expect("under A"));
        }
        assert!(
            control.id.starts_with(&format!("{}.", objective.id)),
            "{} sits under {}",
            control.id,
            objective.id
        );
    }

    assert_titles_and_summaries(&model, id);
    let iso = model.framework(id);
    assert_eq!(iso.title, "ISO/IEC 42001:2023 AI management system");
    assert_eq!(iso.publisher.as_deref(), Some("ISO/IEC"));
    assert!(
        iso.licence.as_deref().is_some_and(|l| l.contains("ISO")),
        "the licence names the ISO copyright"
    );
}

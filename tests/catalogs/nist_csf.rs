//! NIST CSF 1.1 and 2.0 against the official cores, and the 1.1 -> 2.0
//! crosswalk against NIST's mapping (ID-only lists derived in
//! `tests/reference/nist-csf/`, see its README).

use std::collections::{BTreeMap, BTreeSet};

use crosswalk::resolve::Model;
use crosswalk::resolve::model::{EntryKind, FrameworkId};
use crosswalk::vocabulary::Vocabulary;

use super::{builtin_model, entries, framework, only_crosswalk, parent_id};
use crate::support::root;

/// A reference list of `tests/reference/nist-csf/`.
fn reference(name: &str) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(root().join("tests/reference/nist-csf").join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `(id, parent, kind)` of every entry of a catalog, in catalog order, with
/// functions and categories as groups and subcategories as requirements.
fn catalog_rows(model: &Model, id: FrameworkId) -> Vec<(String, Option<String>, String)> {
    model
        .framework(id)
        .entries
        .iter()
        .map(|&e| {
            let entry = model.requirement(e);
            let kind = match (entry.kind, entry.parent) {
                (EntryKind::Requirement, _) => "subcategory",
                (EntryKind::Group, None) => "function",
                (EntryKind::Group, Some(_)) => "category",
            };
            (
                entry.id.clone(),
                parent_id(model, entry).map(str::to_owned),
                kind.to_owned(),
            )
        })
        .collect()
}

fn reference_rows(name: &str) -> Vec<(String, Option<String>, String)> {
    reference(name)
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_owned(),
                e["parent"].as_str().map(str::to_owned),
                e["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Compares a catalog with its reference list in both directions, entry by
/// entry, then checks the counts, the function order and the ID forms.
fn check_catalog(
    key: &str,
    list: &str,
    counts: [usize; 3],
    functions: &[&str],
    subcategory_number: fn(&str) -> bool,
) {
    let model = builtin_model();
    let id = framework(&model, key);
    let ours = catalog_rows(&model, id);
    let official = reference_rows(list);

    let ours_set: BTreeSet<_> = ours.iter().collect();
    let official_set: BTreeSet<_> = official.iter().collect();
    let missing: Vec<_> = official_set.difference(&ours_set).collect();
    let extra: Vec<_> = ours_set.difference(&official_set).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{key}: missing {missing:#?}, extra {extra:#?}"
    );
    assert_eq!(ours, official, "{key}: catalog order");

    let count = |kind: &str| ours.iter().filter(|r| r.2 == kind).count();
    assert_eq!(
        [count("function"), count("category"), count("subcategory")],
        counts,
        "{key}: functions, categories, subcategories"
    );
    assert_eq!(
        model.framework(id).requirement_count(&model),
        counts[2],
        "{key}"
    );
    let roots: Vec<&str> = ours
        .iter()
        .filter(|r| r.1.is_none())
        .map(|r| r.0.as_str())
        .collect();
    assert_eq!(roots, functions, "{key}: functions");

    // IDs as NIST writes them: `XX.YY` under `XX`, `XX.YY-N` under `XX.YY`,
    // each shown as is, with a title and our own summary.
    for (entry_id, parent, kind) in &ours {
        match kind.as_str() {
            "category" => {
                let (function, suffix) = entry_id.split_once('.').unwrap();
                assert_eq!(Some(function), parent.as_deref(), "{entry_id}");
                assert!(
                    suffix.len() == 2 && suffix.bytes().all(|b| b.is_ascii_uppercase()),
                    "{entry_id}"
                );
            }
            "subcategory" => {
                let (category, number) = entry_id.split_once('-').unwrap();
                assert_eq!(Some(category), parent.as_deref(), "{entry_id}");
                assert!(subcategory_number(number), "{key}: {entry_id}");
            }
            _ => assert!(
                entry_id.len() == 2 && entry_id.bytes().all(|b| b.is_ascii_uppercase()),
                "{entry_id}"
            ),
        }
    }
    for kind in [EntryKind::Group, EntryKind::Requirement] {
        for e in entries(&model, id, kind) {
            assert_eq!(e.display, None, "{}", e.id);
            assert!(
                !e.title.is_empty() && e.summary.as_deref().is_some_and(|s| !s.is_empty()),
                "{}",
                e.id
            );
        }
    }
}

#[test]
fn nist_csf_1_1_matches_the_official_core() {
    // 1.1 numbers subcategories without a leading zero: ID.AM-1 ... PR.IP-12.
    check_catalog(
        "nist-csf@1.1",
        "csf-1.1-ids.json",
        [5, 23, 108],
        &["ID", "PR", "DE", "RS", "RC"],
        |n| !n.starts_with('0') && n.parse::<u8>().is_ok_and(|n| n >= 1),
    );
}

#[test]
fn nist_csf_2_0_matches_the_official_core() {
    // 2.0 numbers subcategories with two digits: GV.OC-01 ... GV.SC-10.
    check_catalog(
        "nist-csf@2.0",
        "csf-2.0-ids.json",
        [6, 22, 106],
        &["GV", "ID", "PR", "DE", "RS", "RC"],
        |n| n.len() == 2 && n.parse::<u8>().is_ok_and(|n| n >= 1),
    );
}

#[test]
fn nist_csf_2_0_leaves_out_the_withdrawn_1_1_subcategories() {
    let model = builtin_model();
    let id = framework(&model, "nist-csf@2.0");
    let ids: BTreeSet<&str> = model
        .framework(id)
        .entries
        .iter()
        .map(|&e| model.requirement(e).id.as_str())
        .collect();
    // Withdrawn in 2.0 (the core lists them as "[Withdrawn: ...]"), and
    // numbers that 2.0 skips because of them.
    for withdrawn in [
        "ID.AM-06", "ID.BE", "ID.BE-01", "ID.GV-01", "PR.AC-01", "PR.IP-01", "DE.DP", "DE.CM-04",
        "RS.AN-01", "RC.IM", "RC.CO-01", "RC.CO-02",
    ] {
        assert!(!ids.contains(withdrawn), "{withdrawn}");
    }
}

#[test]
fn the_crosswalk_from_1_1_to_2_0_holds_exactly_nists_pairs() {
    let model = builtin_model();
    let (from, to) = (
        framework(&model, "nist-csf@1.1"),
        framework(&model, "nist-csf@2.0"),
    );
    let crosswalk = only_crosswalk(&model, "nist-csf@1.1", "nist-csf@2.0");
    assert!(
        crosswalk
            .source
            .as_deref()
            .is_some_and(|s| s.contains("NIST"))
    );

    // Every pair joins an entry of 1.1 to an entry of 2.0 (the compiler
    // resolved both IDs, so each exists in its catalog).
    for pair in &crosswalk.pairs {
        assert_eq!(model.requirement(pair.from).framework, from);
        assert_eq!(model.requirement(pair.to).framework, to);
    }

    let ours: Vec<(&str, &str, &str)> = crosswalk
        .pairs
        .iter()
        .map(|p| {
            (
                model.requirement(p.from).id.as_str(),
                model.requirement(p.to).id.as_str(),
                p.relationship.as_str(),
            )
        })
        .collect();
    let list = reference("csf-1.1-to-2.0-pairs.json");
    let expected: Vec<(&str, &str, &str)> = list
        .iter()
        .map(|p| {
            (
                p["from"].as_str().unwrap(),
                p["to"].as_str().unwrap(),
                p["relationship"].as_str().unwrap(),
            )
        })
        .collect();

    // Both directions, then the exact sequence: no pair twice, none missing.
    let ours_set: BTreeSet<_> = ours.iter().collect();
    let expected_set: BTreeSet<_> = expected.iter().collect();
    let missing: Vec<_> = expected_set.difference(&ours_set).collect();
    let extra: Vec<_> = ours_set.difference(&expected_set).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:#?}, extra {extra:#?}"
    );
    assert_eq!(ours, expected);
    assert_eq!(ours_set.len(), ours.len(), "a pair is written twice");

    // 185 pairs of NIST's reference mapping (160 from a subcategory, 25 from
    // a category or function) and 2 named only by the CSF 2.0 core.
    assert_eq!(ours.len(), 187);
    let from_subcategory = crosswalk
        .pairs
        .iter()
        .filter(|p| model.requirement(p.from).kind == EntryKind::Requirement)
        .count();
    assert_eq!(from_subcategory, 162);
    let mut relationships: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, _, r) in &ours {
        *relationships.entry(r).or_default() += 1;
    }
    assert_eq!(
        relationships,
        BTreeMap::from([("equal", 15), ("intersects", 121), ("subset", 51)])
    );

    // Every 1.1 subcategory is placed somewhere in 2.0.
    let sources: BTreeSet<&str> = ours.iter().map(|p| p.0).collect();
    for r in entries(&model, from, EntryKind::Requirement) {
        assert!(sources.contains(r.id.as_str()), "{} is unmapped", r.id);
    }

    // Every relationship stronger than NIST's plain "intersect" says why.
    for pair in &crosswalk.pairs {
        if pair.relationship.as_str() != "intersects" {
            assert!(
                pair.attributes
                    .note
                    .as_deref()
                    .is_some_and(|n| !n.is_empty()),
                "{} -> {} has no note",
                model.requirement(pair.from).id,
                model.requirement(pair.to).id
            );
        }
    }
}

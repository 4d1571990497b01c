//! The NIST AI RMF 1.0 to ISO/IEC 42001:2023 crosswalk against the pairs of
//! the published crosswalk, and its one repeated row, which only a
//! project's own copy is warned about.

use std::collections::BTreeSet;

use crosswalk::compile;
use crosswalk::frameworks::builtin_sources;
use crosswalk::lint::DUPLICATE_PAIR;
use crosswalk::resolve::Model;
use crosswalk::resolve::model::Crosswalk;
use crosswalk::source::{SourceFile, SourceSet};
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

/// The `(from, relationship, to)` rows of `pairs` that repeat an earlier
/// row's pair.
fn repeated_rows(model: &Model, crosswalk: &Crosswalk) -> Vec<(String, Relationship, String)> {
    let mut seen = BTreeSet::new();
    crosswalk
        .pairs
        .iter()
        .filter(|p| !seen.insert((p.from, p.to)))
        .map(|p| {
            (
                model.requirement(p.from).id.clone(),
                p.relationship,
                model.requirement(p.to).id.clone(),
            )
        })
        .collect()
}

#[test]
fn the_published_duplicate_row_is_the_only_one_and_warns_only_outside_the_builtins() {
    let model = builtin_model();
    let crosswalk = only_crosswalk(&model, "nist-ai-rmf@1.0", "iso42001@2023");
    assert_eq!(
        repeated_rows(&model, crosswalk),
        vec![(
            "MANAGE-1.1".to_owned(),
            Relationship::Related,
            "A.6.2.4".to_owned()
        )]
    );
    // No other built-in crosswalk repeats a pair, and the built-ins compile
    // without the warning (`builtin_model` allows no diagnostic at all).
    for other in model
        .crosswalks
        .iter()
        .filter(|c| !std::ptr::eq(*c, crosswalk))
    {
        assert_eq!(
            repeated_rows(&model, other),
            Vec::new(),
            "{} -> {}",
            model.framework(other.from).key(),
            model.framework(other.to).key()
        );
    }

    // The same file as a project's own crosswalk warns, once, at the repeat.
    let text = builtin_sources()
        .into_iter()
        .find(|f| {
            f.name
                .ends_with("crosswalk-nist-ai-rmf-1.0-to-iso42001-2023.cw")
        })
        .expect("the built-in file")
        .text;
    let mut sources = SourceSet::new();
    for file in builtin_sources() {
        sources.add(file);
    }
    let project = sources.add(SourceFile::new("copy.cw", text.clone(), false));
    let compilation = compile(sources);
    let warnings: Vec<_> = compilation
        .diagnostics
        .iter()
        .filter(|d| d.code == DUPLICATE_PAIR)
        .collect();
    assert_eq!(warnings.len(), 1, "{:#?}", compilation.diagnostics);
    let span = warnings[0].primary.span;
    assert_eq!(span.file, project);
    assert!(
        text[span.range()].starts_with("MANAGE-1.1 related A.6.2.4"),
        "{}",
        &text[span.range()]
    );
    let before = &text[..span.start as usize];
    assert!(
        before.contains("MANAGE-1.1 related A.6.2.4"),
        "the warning points at the second row"
    );
}

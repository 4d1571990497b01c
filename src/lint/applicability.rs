//! The ISO/IEC 42001 Statement of Applicability (clause 6.1.3): what the
//! organisation has not stated. For each ISO/IEC 42001 version the project
//! maps to, includes, excludes or states a Statement of Applicability for:
//! one warning listing the Annex A controls with neither `include` nor
//! `exclude` (no justification), one listing those included without an
//! implementation `status`, and one when the `statement-of-applicability`
//! block is missing or lacks its version, date, approver or scope.
//!
//! Each warning points at the block when there is one, else at the first
//! mapping to the framework version (else at its first `include` or
//! `exclude`).

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Code, Diagnostic};
use crate::resolve::Model;
use crate::resolve::model::{EntryKind, FrameworkId, RequirementId};
use crate::source::Span;
use crate::wording::plural;

/// Annex A controls with neither `include` nor `exclude`.
pub const APPLICABILITY_NOT_STATED: &str = "crosswalk::lint::applicability_not_stated";
/// Annex A controls included without an implementation `status`.
pub const IMPLEMENTATION_STATUS_NOT_STATED: &str =
    "crosswalk::lint::implementation_status_not_stated";
/// No `statement-of-applicability` block for an ISO/IEC 42001 version in scope.
pub const MISSING_STATEMENT_OF_APPLICABILITY: &str =
    "crosswalk::lint::missing_statement_of_applicability";
/// A `statement-of-applicability` block without its version, date,
/// approver or scope.
pub const INCOMPLETE_STATEMENT_OF_APPLICABILITY: &str =
    "crosswalk::lint::incomplete_statement_of_applicability";

/// The codes this module raises, for the registry ([`crate::codes`]).
pub const CODES: &[Code] = &[
    Code::warning(
        APPLICABILITY_NOT_STATED,
        "one per ISO/IEC 42001 version in scope: the Annex A controls with neither `include … because` nor `exclude … because`, which the Statement of Applicability prints as \"justification not stated\"",
    ),
    Code::warning(
        IMPLEMENTATION_STATUS_NOT_STATED,
        "one per ISO/IEC 42001 version in scope: the Annex A controls included without `status planned`, `in-progress` or `implemented`, which the Statement of Applicability prints as \"not stated\"",
    ),
    Code::warning(
        MISSING_STATEMENT_OF_APPLICABILITY,
        "an ISO/IEC 42001 version in scope has no `statement-of-applicability` block: the document's version, date, approver and AIMS scope are marked missing",
    ),
    Code::warning(
        INCOMPLETE_STATEMENT_OF_APPLICABILITY,
        "a `statement-of-applicability` block without `version`, `date`, `approver` or `scope`: the document marks each one missing",
    ),
];

/// The short name of the ISO/IEC 42001 catalog (the renderer's
/// `iso42001::NAME`; a test there checks they agree).
pub const ISO42001: &str = "iso42001";
/// The identifier of its top-level Annex A group (the renderer's
/// `iso42001::ANNEX_A`).
pub const ANNEX_A: &str = "A";

/// The ISO/IEC 42001 versions the Statement of Applicability is about: those
/// the project maps a control to, includes or excludes something of, or
/// states a Statement of Applicability for, in model order.
pub fn in_scope(model: &Model) -> Vec<FrameworkId> {
    let mut chosen: HashSet<FrameworkId> = HashSet::new();
    let requirements = model
        .controls
        .iter()
        .flat_map(|c| c.satisfies.iter().map(|m| m.requirement))
        .chain(model.inclusions.iter().map(|i| i.requirement))
        .chain(model.exclusions.iter().map(|e| e.requirement));
    for requirement in requirements {
        chosen.insert(model.requirement(requirement).framework);
    }
    chosen.extend(model.applicability_statements.iter().map(|s| s.framework));
    let mut chosen: Vec<FrameworkId> = chosen
        .into_iter()
        .filter(|&f| model.framework(f).name == ISO42001)
        .collect();
    chosen.sort_unstable();
    chosen
}

/// The Annex A controls of a framework version, in catalog order:
/// requirements (not withdrawn, not informative) under its top-level
/// Annex A group.
pub fn annex_a_controls(model: &Model, framework: FrameworkId) -> Vec<RequirementId> {
    model
        .framework(framework)
        .entries
        .iter()
        .copied()
        .filter(|&id| {
            let requirement = model.requirement(id);
            if requirement.kind != EntryKind::Requirement
                || requirement.withdrawn
                || requirement.informative
            {
                return false;
            }
            let mut top = id;
            while let Some(parent) = model.requirement(top).parent {
                top = parent;
            }
            top != id && model.requirement(top).id == ANNEX_A
        })
        .collect()
}

/// Whether an entry is excluded on its own or through a group.
fn is_excluded(model: &Model, excluded: &HashSet<RequirementId>, id: RequirementId) -> bool {
    let mut entry = Some(id);
    while let Some(e) = entry {
        if excluded.contains(&e) {
            return true;
        }
        entry = model.requirement(e).parent;
    }
    false
}

pub(super) fn check(model: &Model, warnings: &mut Vec<Diagnostic>) {
    let frameworks = in_scope(model);
    if frameworks.is_empty() {
        return;
    }
    let included: HashMap<RequirementId, usize> = model.inclusions_by_entry();
    let excluded: HashSet<RequirementId> = model.exclusions.iter().map(|e| e.requirement).collect();
    for framework in frameworks {
        let key = model.framework(framework).key();
        let statement = model.applicability_statement(framework);
        let Some((span, what)) = statement
            .map(|s| (s.span, "the Statement of Applicability of"))
            .or_else(|| first_mention(model, framework))
        else {
            continue;
        };
        let label = format!("{what} `{key}`");

        let mut not_stated = Vec::new();
        let mut no_status = Vec::new();
        for id in annex_a_controls(model, framework) {
            let shown = model.requirement(id).shown();
            match model.inclusion_of(&included, id) {
                Some(inclusion) if inclusion.status.is_none() => no_status.push(shown),
                Some(_) => {}
                None if is_excluded(model, &excluded, id) => {}
                None => not_stated.push(shown),
            }
        }
        if !not_stated.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    APPLICABILITY_NOT_STATED,
                    span,
                    format!(
                        "{} of `{key}` {} neither `include` nor `exclude`: the Statement of Applicability says \"justification not stated\" for {}",
                        plural(not_stated.len(), "Annex A control"),
                        if not_stated.len() == 1 { "has" } else { "have" },
                        if not_stated.len() == 1 { "it" } else { "them" },
                    ),
                )
                .label(label.clone())
                .help(format!(
                    "state for each whether it applies and why, in your own words: `include {key}:ID status implemented because \"…\"` or `exclude {key}:ID because \"…\"`. Not stated: {}",
                    not_stated.join(", ")
                )),
            );
        }
        if !no_status.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    IMPLEMENTATION_STATUS_NOT_STATED,
                    span,
                    format!(
                        "{} of `{key}` {} included without an implementation status: the Statement of Applicability says \"not stated\"",
                        plural(no_status.len(), "Annex A control"),
                        if no_status.len() == 1 { "is" } else { "are" },
                    ),
                )
                .label(label.clone())
                .help(format!(
                    "add `status planned`, `status in-progress` or `status implemented` to the `include` that covers each of: {}",
                    no_status.join(", ")
                )),
            );
        }
        match statement {
            None => warnings.push(
                Diagnostic::warning(
                    MISSING_STATEMENT_OF_APPLICABILITY,
                    span,
                    format!(
                        "`{key}` has no `statement-of-applicability` block: the document's version, date, approver and AI management system scope are marked missing"
                    ),
                )
                .label(label)
                .help(format!(
                    "add `statement-of-applicability {key} {{ version \"…\" date \"YYYY-MM-DD\" approver \"…\" scope \"…\" }}`"
                )),
            ),
            Some(statement) => {
                let missing: Vec<&str> = [
                    ("version", statement.version.is_none()),
                    ("date", statement.date.is_none()),
                    ("approver", statement.approver.is_none()),
                    ("scope", statement.scope.is_none()),
                ]
                .into_iter()
                .filter_map(|(name, missing)| missing.then_some(name))
                .collect();
                if !missing.is_empty() {
                    let listed: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
                    warnings.push(
                        Diagnostic::warning(
                            INCOMPLETE_STATEMENT_OF_APPLICABILITY,
                            span,
                            format!(
                                "the Statement of Applicability of `{key}` gives no {}: the document marks {} missing",
                                join_or(&listed),
                                if missing.len() == 1 { "it" } else { "them" }
                            ),
                        )
                        .label(label)
                        .help(format!(
                            "add {} to the `statement-of-applicability` block",
                            missing
                                .iter()
                                .map(|m| match *m {
                                    "date" => "`date \"YYYY-MM-DD\"`".to_owned(),
                                    other => format!("`{other} \"…\"`"),
                                })
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    );
                }
            }
        }
    }
}

/// The first mapping to a framework version, in source order; failing
/// that, its first `include` or `exclude`; with what it is, for the label.
fn first_mention(model: &Model, framework: FrameworkId) -> Option<(Span, &'static str)> {
    let of = |r: RequirementId| model.requirement(r).framework == framework;
    let mapping = model
        .controls
        .iter()
        .flat_map(|c| &c.satisfies)
        .filter(|m| of(m.requirement))
        .map(|m| m.span)
        .min();
    if let Some(span) = mapping {
        return Some((span, "the first mapping to"));
    }
    let stated = {
        model
            .inclusions
            .iter()
            .filter(|i| of(i.requirement))
            .map(|i| i.span)
            .chain(
                model
                    .exclusions
                    .iter()
                    .filter(|e| of(e.requirement))
                    .map(|e| e.span),
            )
            .min()
    };
    stated.map(|span| (span, "the first `include` or `exclude` of"))
}

/// `a`, `a or b`, `a, b or c`.
fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{SourceFile, SourceSet};

    /// A small catalog named like ISO/IEC 42001, with an Annex A of three
    /// controls in two objectives and a clause outside it, and another
    /// framework.
    const CATALOG: &str = r#"
framework iso42001 version "t" "Test" {
  group 4 "Context" { requirement 4.1 "Clause" }
  group A "Annex A" {
    group A.2 "Policies" {
      requirement A.2.2 "Policy"
      requirement A.2.3 "Alignment"
    }
    group A.3 "Organisation" {
      requirement A.3.2 "Roles"
      requirement A.3.9 "Gone" { withdrawn }
    }
  }
}
framework other version "1" "Other" { requirement R "R" }
"#;

    /// The model and the warnings of this module for `project`.
    fn lint(project: &str) -> (Model, Vec<Diagnostic>) {
        let mut sources = SourceSet::new();
        sources.add(SourceFile::new(
            "project.cw",
            format!("{CATALOG}{project}"),
            false,
        ));
        let compilation = crate::compile(sources);
        assert!(!compilation.has_errors(), "{:#?}", compilation.diagnostics);
        let mut warnings = Vec::new();
        check(&compilation.model, &mut warnings);
        (compilation.model, warnings)
    }

    fn codes(warnings: &[Diagnostic]) -> Vec<&str> {
        warnings.iter().map(|w| w.code).collect()
    }

    #[test]
    fn annex_a_is_the_requirements_under_group_a_that_still_count() {
        let (model, _) = lint("");
        let framework = FrameworkId::from_index(
            model
                .frameworks
                .iter()
                .position(|f| f.name == ISO42001)
                .unwrap(),
        );
        let ids: Vec<&str> = annex_a_controls(&model, framework)
            .into_iter()
            .map(|r| model.requirement(r).id.as_str())
            .collect();
        assert_eq!(ids, ["A.2.2", "A.2.3", "A.3.2"]);
    }

    #[test]
    fn a_project_that_neither_maps_to_nor_states_iso42001_gets_no_warning() {
        let (_, warnings) = lint(r#"control C "C" { satisfies other@1:R equal }"#);
        assert!(warnings.is_empty(), "{warnings:#?}");
    }

    #[test]
    fn an_include_of_a_group_covers_its_controls_and_each_gap_is_listed() {
        let (model, warnings) = lint(
            r#"include iso42001@t:A.2 because "Policies frame the rest."
exclude iso42001@t:4.1 because "Not Annex A."
"#,
        );
        let direct = model.inclusions_by_entry();
        let a23 = model
            .requirements
            .iter()
            .position(|r| r.id == "A.2.3")
            .map(RequirementId::from_index)
            .unwrap();
        assert_eq!(
            model.inclusion_of(&direct, a23).map(|i| i.reason.as_str()),
            Some("Policies frame the rest.")
        );
        assert_eq!(
            codes(&warnings),
            [
                APPLICABILITY_NOT_STATED,
                IMPLEMENTATION_STATUS_NOT_STATED,
                MISSING_STATEMENT_OF_APPLICABILITY
            ]
        );
        assert!(
            warnings[0]
                .message
                .starts_with("1 Annex A control of `iso42001@t` has neither")
        );
        assert!(
            warnings[0]
                .help
                .as_deref()
                .unwrap()
                .ends_with("Not stated: A.3.2")
        );
        assert!(
            warnings[1]
                .help
                .as_deref()
                .unwrap()
                .ends_with(": A.2.2, A.2.3")
        );
        // No block: every warning points at the first `include`/`exclude`.
        let first = model.inclusions[0].span;
        assert!(warnings.iter().all(|w| w.primary.span == first));
    }

    #[test]
    fn a_complete_statement_gives_no_warning_and_an_incomplete_one_names_what_it_lacks() {
        let stated = r#"
include iso42001@t:A.2 status implemented because "Policies."
include iso42001@t:A.3.2 status planned because "Roles."
"#;
        let (_, warnings) = lint(&format!(
            "statement-of-applicability iso42001@t {{ version \"1\" date \"2026-11-20\" approver \"CEO\" scope \"All.\" }}{stated}"
        ));
        assert!(warnings.is_empty(), "{warnings:#?}");
        let (model, warnings) = lint(&format!(
            "statement-of-applicability iso42001@t {{ version \"1\" approver \"\" }}{stated}"
        ));
        assert_eq!(codes(&warnings), [INCOMPLETE_STATEMENT_OF_APPLICABILITY]);
        // An empty approver says nothing: it is missing too.
        assert_eq!(
            warnings[0].message,
            "the Statement of Applicability of `iso42001@t` gives no `date`, `approver` or `scope`: the document marks them missing"
        );
        assert_eq!(
            warnings[0].primary.span,
            model.applicability_statements[0].span
        );
    }

    #[test]
    fn missing_fields_are_listed_with_or() {
        let items = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(join_or(&items(&["`date`"])), "`date`");
        assert_eq!(
            join_or(&items(&["`date`", "`approver`", "`scope`"])),
            "`date`, `approver` or `scope`"
        );
    }
}

//! Conclusions and the contradictions resolution can see: a control mapped
//! twice to one requirement, a requirement excluded twice, and conclusions
//! that name controls which do not map to their requirement.

use std::collections::HashMap;

use super::catalog::Target;
use super::error::{
    CONCLUSION_CONTROL_UNMAPPED, CONCLUSION_NEEDS_CONTROLS, DUPLICATE_CONCLUSION,
    DUPLICATE_EXCLUSION, DUPLICATE_MAPPING, EMPTY_JUSTIFICATION, INCOMPLETE_CONCLUSION,
    UNKNOWN_CONTROL,
};
use super::model::{Conclusion, Control, MappingId, Member, RequirementId};
use super::symbol::Symbol;
use super::{Block, Resolver};
use crate::diagnostic::Diagnostic;
use crate::source::Span;
use crate::suggest::{did_you_mean, suggest_word};
use crate::syntax::ast::{self, ConclusionStmt};

impl Resolver {
    /// Resolves a conclusion; one with any error is reported and left out,
    /// so it never makes a requirement covered.
    pub(super) fn conclusion(&mut self, conclusion: &ast::Conclusion) {
        let requirement =
            match self
                .catalog
                .requirement(&self.model, &conclusion.target, Target::Requirement)
            {
                Ok(r) => r,
                Err(u) => {
                    self.unresolved(Some(u));
                    return;
                }
            };
        let qualified = self.model.qualified_id(requirement);
        let owner = format!("the conclusion on `{qualified}`");
        let mut block = Block::new(&owner);
        let mut met_by = None;
        let mut because = None;
        let mut reviewer = None;
        let mut date = None;
        let mut status = None;
        for stmt in &conclusion.body {
            match &stmt.kind {
                ConclusionStmt::MetBy(names) => block.set(&mut met_by, names, stmt.span, "met-by"),
                ConclusionStmt::Because(t) => block.set(&mut because, t, stmt.span, "because"),
                ConclusionStmt::Reviewer(t) => {
                    block.set(&mut reviewer, t, stmt.span, "reviewer");
                }
                ConclusionStmt::Date(t) => block.set(&mut date, t, stmt.span, "date"),
                ConclusionStmt::Status(s) => block.set(&mut status, s.value, stmt.span, "status"),
            }
        }
        let errors_before = self.diagnostics.len();
        self.diagnostics.extend(block.diagnostics);

        let missing: Vec<&str> = [
            ("`met-by`", met_by.is_none()),
            ("`because`", because.is_none()),
            ("`reviewer`", reviewer.is_none()),
            ("`date`", date.is_none()),
        ]
        .into_iter()
        .filter_map(|(what, absent)| absent.then_some(what))
        .collect();
        if !missing.is_empty() {
            self.push(
                Diagnostic::error(
                    INCOMPLETE_CONCLUSION,
                    conclusion.target.span,
                    format!("the conclusion on `{qualified}` has no {}", join_and(&missing)),
                )
                .label("incomplete conclusion")
                .help("a conclusion says which controls meet the requirement together (`met-by A, B`), why they suffice (`because \"…\"`), who concluded it (`reviewer \"…\"`) and when (`date \"YYYY-MM-DD\"`)"),
            );
        }
        if let Some((text, _)) = because.filter(|(t, _)| t.value.trim().is_empty()) {
            self.push(
                Diagnostic::error(
                    EMPTY_JUSTIFICATION,
                    text.span,
                    "this conclusion has an empty justification",
                )
                .label("no reason given")
                .help("say why these controls together meet the requirement: auditors read this text beside them"),
            );
        }
        let members = met_by.map_or_else(Vec::new, |(names, span)| {
            self.members(names, span, requirement, &qualified)
        });

        if let Some(&first) = self.concluded.get(&requirement) {
            self.push(
                Diagnostic::error(
                    DUPLICATE_CONCLUSION,
                    conclusion.target.span,
                    format!("`{qualified}` has two conclusions"),
                )
                .label("concluded again here")
                .with_secondary(first, "first concluded here")
                .help("a requirement has one conclusion: list every control that meets it in one `met-by`, and remove the other"),
            );
        } else {
            self.concluded.insert(requirement, conclusion.target.span);
        }

        if self.diagnostics.len() > errors_before {
            return;
        }
        let (Some((because, _)), Some((reviewer, _)), Some((date, _))) = (because, reviewer, date)
        else {
            return;
        };
        self.model.conclusions.push(Conclusion {
            requirement,
            members,
            because: because.value.clone(),
            reviewer: reviewer.value.clone(),
            date: date.value.clone(),
            status: status.map(|(s, _)| s),
            span: conclusion.target.span,
            because_span: because.span,
        });
    }

    /// The controls of a `met-by`, each checked: defined, named once, and
    /// mapped to the requirement with a relationship that meets some of it.
    fn members(
        &mut self,
        names: &[ast::Name],
        met_by: Span,
        requirement: RequirementId,
        qualified: &str,
    ) -> Vec<Member> {
        let mut members: Vec<Member> = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for name in names {
            if let Some(&first) = seen.get(name.value.as_str()) {
                self.push(
                    Diagnostic::error(
                        CONCLUSION_NEEDS_CONTROLS,
                        name.span,
                        format!(
                            "the conclusion on `{qualified}` names `{}` twice",
                            name.value
                        ),
                    )
                    .label("named again here")
                    .with_secondary(first, "first named here")
                    .help("name each control once"),
                );
                continue;
            }
            seen.insert(&name.value, name.span);
            let Some(&control_id) = self.control_ids.get(&name.value) else {
                if self.catalog.names.broken.control(&name.value) {
                    continue;
                }
                let help = self.unknown_control_help(&name.value);
                self.push(
                    Diagnostic::error(
                        UNKNOWN_CONTROL,
                        name.span,
                        format!("the conclusion on `{qualified}` names `{}`, which is not a defined control", name.value),
                    )
                    .label("unknown control")
                    .help(help),
                );
                continue;
            };
            self.record(name.span, Symbol::Control(control_id));
            let control = self.model.control(control_id);
            let mapping = control
                .satisfies
                .iter()
                .position(|m| m.requirement == requirement);
            match mapping.map(|m| (m, &control.satisfies[m])) {
                None => {
                    let diagnostic = Diagnostic::error(
                        CONCLUSION_CONTROL_UNMAPPED,
                        name.span,
                        format!("control `{}` does not map to `{qualified}`", name.value),
                    )
                    .label("not mapped to the requirement")
                    .with_secondary(control.span, "control defined here")
                    .help(format!(
                        "a conclusion combines the controls that map to its requirement: add `satisfies {qualified} subset` (or the relationship that holds) to `{}`, or remove it from `met-by`",
                        name.value
                    ));
                    self.push(diagnostic);
                }
                Some((_, m)) if !m.relationship.meets() => {
                    let diagnostic = Diagnostic::error(
                        CONCLUSION_CONTROL_UNMAPPED,
                        name.span,
                        format!(
                            "control `{}` maps to `{qualified}` as `{}`, which meets none of it",
                            name.value, m.relationship
                        ),
                    )
                    .label("meets none of the requirement")
                    .with_secondary(m.span, "mapped here")
                    .help("only controls that meet part of the requirement (`subset`, `intersects`) or all of it can meet it together: correct the relationship, or remove the control from `met-by`");
                    self.push(diagnostic);
                }
                Some((m, _)) => members.push(Member {
                    control: control_id,
                    mapping: MappingId::from_index(m),
                    span: name.span,
                }),
            }
        }
        if seen.len() == 1 {
            let only = &names[0].value;
            self.push(
                Diagnostic::error(
                    CONCLUSION_NEEDS_CONTROLS,
                    met_by,
                    format!("the conclusion on `{qualified}` names one control"),
                )
                .label("one control")
                .help(format!(
                    "a conclusion says that several controls meet a requirement together; if `{only}` meets it alone, map it `equal` or `superset` and remove the conclusion"
                )),
            );
        }
        members
    }

    fn unknown_control_help(&self, name: &str) -> String {
        let suggested = if self.catalog.suggestions.take() {
            let mut names: Vec<&str> = self.control_ids.keys().map(String::as_str).collect();
            names.sort_unstable();
            did_you_mean(&suggest_word(name, &names))
        } else {
            None
        };
        suggested.unwrap_or_else(|| {
            "name a control defined with `control ID \"Title\" { … }`; `crosswalk explain ID` shows one".to_owned()
        })
    }

    /// Reports a control that maps to one requirement more than once: the
    /// relationships would contradict each other, or say the same twice.
    pub(super) fn mapped_twice(&mut self, control: &Control) {
        let mut first: HashMap<RequirementId, usize> = HashMap::new();
        for (i, mapping) in control.satisfies.iter().enumerate() {
            let Some(&earlier) = first.get(&mapping.requirement) else {
                first.insert(mapping.requirement, i);
                continue;
            };
            let earlier = &control.satisfies[earlier];
            let qualified = self.model.qualified_id(mapping.requirement);
            let (message, help) = if earlier.relationship == mapping.relationship {
                (
                    format!(
                        "control `{}` maps to `{qualified}` twice as `{}`",
                        control.id, mapping.relationship
                    ),
                    "keep one of the two mappings".to_owned(),
                )
            } else {
                (
                    format!(
                        "control `{}` maps to `{qualified}` as both `{}` and `{}`",
                        control.id, earlier.relationship, mapping.relationship
                    ),
                    "a control's scope compares with a requirement's in one way: keep the relationship that holds and remove the other".to_owned(),
                )
            };
            self.push(
                Diagnostic::error(DUPLICATE_MAPPING, mapping.span, message)
                    .label("mapped again here")
                    .with_secondary(earlier.span, "first mapped here")
                    .help(help),
            );
        }
    }

    /// Reports a requirement excluded twice: by two `exclude` statements, or
    /// by its own and by one of a group that holds it.
    pub(super) fn exclusions_given_twice(&mut self) {
        let mut by_entry: HashMap<RequirementId, usize> = HashMap::new();
        let mut found = Vec::new();
        for (i, exclusion) in self.model.exclusions.iter().enumerate() {
            if let Some(&first) = by_entry.get(&exclusion.requirement) {
                found.push((i, first, false));
            } else {
                by_entry.insert(exclusion.requirement, i);
            }
        }
        for (i, exclusion) in self.model.exclusions.iter().enumerate() {
            let mut parent = self.model.requirement(exclusion.requirement).parent;
            while let Some(group) = parent {
                if let Some(&outer) = by_entry.get(&group) {
                    found.push((i, outer, true));
                    break;
                }
                parent = self.model.requirement(group).parent;
            }
        }
        for (i, first, through_group) in found {
            let exclusion = &self.model.exclusions[i];
            let other = &self.model.exclusions[first];
            let id = self.model.qualified_id(exclusion.requirement);
            let diagnostic = if through_group {
                let group = self.model.qualified_id(other.requirement);
                Diagnostic::error(
                    DUPLICATE_EXCLUSION,
                    exclusion.span,
                    format!("`{id}` is excluded twice: on its own and with its group `{group}`"),
                )
                .label("excluded again here")
                .with_secondary(other.span, "its group is excluded here")
                .help("excluding a group excludes everything in it: remove one exclusion, so the Statement of Applicability gives one justification")
            } else {
                Diagnostic::error(
                    DUPLICATE_EXCLUSION,
                    exclusion.span,
                    format!("`{id}` is excluded twice"),
                )
                .label("excluded again here")
                .with_secondary(other.span, "first excluded here")
                .help("keep one exclusion with one justification: the Statement of Applicability shows one")
            };
            self.push(diagnostic);
        }
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::join_and;

    #[test]
    fn lists_read_as_a_sentence() {
        assert_eq!(join_and(&["`a`"]), "`a`");
        assert_eq!(join_and(&["`a`", "`b`"]), "`a` and `b`");
        assert_eq!(join_and(&["`a`", "`b`", "`c`"]), "`a`, `b` and `c`");
    }
}

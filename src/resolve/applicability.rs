//! The ISO/IEC 42001 Statement of Applicability: `statement-of-applicability`
//! blocks (one per framework version) and `include` statements, and the
//! contradictions resolution can see between inclusions and exclusions.

use std::collections::HashMap;

use super::catalog::Target;
use super::error::{
    DUPLICATE_INCLUSION, DUPLICATE_STATEMENT_OF_APPLICABILITY, EMPTY_JUSTIFICATION,
    INCLUDED_AND_EXCLUDED,
};
use super::model::{ApplicabilityStatement, Inclusion, RequirementId};
use super::{Block, Resolver, duplicate};
use crate::diagnostic::Diagnostic;
use crate::syntax::ast::{self, SoaStmt};

impl Resolver {
    /// Resolves a `statement-of-applicability` block; a second one for the
    /// same framework version is reported and left out.
    pub(super) fn statement_of_applicability(&mut self, soa: &ast::StatementOfApplicability) {
        let framework = match self.catalog.framework(&soa.framework) {
            Ok(f) => f,
            Err(u) => {
                self.unresolved(Some(u));
                return;
            }
        };
        let key = self.model.framework(framework).key();
        if let Some(first) = self.model.applicability_statement(framework) {
            let first = first.span;
            self.push(duplicate(
                DUPLICATE_STATEMENT_OF_APPLICABILITY,
                format!("the Statement of Applicability of `{key}` is stated twice"),
                "one framework version has one Statement of Applicability: merge the two blocks",
                first,
                soa.framework.span,
            ));
            return;
        }
        let owner = format!("the statement of applicability of `{key}`");
        let mut block = Block::new(&owner);
        let (mut version, mut date, mut approver, mut scope) = (None, None, None, None);
        for stmt in &soa.body {
            let (slot, text, property) = match &stmt.kind {
                SoaStmt::Version(t) => (&mut version, t, "version"),
                SoaStmt::Date(t) => (&mut date, t, "date"),
                SoaStmt::Approver(t) => (&mut approver, t, "approver"),
                SoaStmt::Scope(t) => (&mut scope, t, "scope"),
            };
            block.set(slot, text.value.clone(), stmt.span, property);
        }
        self.diagnostics.extend(block.diagnostics);
        // An empty value says nothing: the document marks it missing.
        let given =
            |slot: Option<(String, _)>| slot.map(|(v, _)| v).filter(|v| !v.trim().is_empty());
        self.model
            .applicability_statements
            .push(ApplicabilityStatement {
                framework,
                version: given(version),
                date: given(date),
                approver: given(approver),
                scope: given(scope),
                span: soa.framework.span,
            });
    }

    /// Resolves an `include`: a group or a requirement, as `exclude` takes.
    pub(super) fn include(&mut self, include: &ast::Include) {
        if include.reason.value.trim().is_empty() {
            self.push(
                Diagnostic::error(
                    EMPTY_JUSTIFICATION,
                    include.reason.span,
                    "this inclusion has an empty justification",
                )
                .label("no reason given")
                .help("say why the control is included (the risk it treats, the obligation it meets); auditors read this text in the Statement of Applicability"),
            );
        }
        match self
            .catalog
            .requirement(&self.model, &include.target, Target::Entry)
        {
            Ok(requirement) => self.model.inclusions.push(Inclusion {
                requirement,
                status: include.status.as_ref().map(|s| s.value),
                reason: include.reason.value.clone(),
                span: include.target.span,
            }),
            Err(u) => self.unresolved(Some(u)),
        }
    }

    /// Reports a requirement included twice (by two `include`s, or on its
    /// own and with its group) and one both included and excluded.
    pub(super) fn inclusions_checked(&mut self) {
        let parent = |model: &super::Model, id: RequirementId| model.requirement(id).parent;
        let mut by_entry: HashMap<RequirementId, usize> = HashMap::new();
        let mut twice = Vec::new();
        for (i, inclusion) in self.model.inclusions.iter().enumerate() {
            if let Some(&first) = by_entry.get(&inclusion.requirement) {
                twice.push((i, first, false));
            } else {
                by_entry.insert(inclusion.requirement, i);
            }
        }
        for (i, inclusion) in self.model.inclusions.iter().enumerate() {
            let mut group = parent(&self.model, inclusion.requirement);
            while let Some(g) = group {
                if let Some(&outer) = by_entry.get(&g) {
                    twice.push((i, outer, true));
                    break;
                }
                group = parent(&self.model, g);
            }
        }
        for (i, first, through_group) in twice {
            let inclusion = &self.model.inclusions[i];
            let other = &self.model.inclusions[first];
            let id = self.model.qualified_id(inclusion.requirement);
            let diagnostic = if through_group {
                let group = self.model.qualified_id(other.requirement);
                Diagnostic::error(
                    DUPLICATE_INCLUSION,
                    inclusion.span,
                    format!("`{id}` is included twice: on its own and with its group `{group}`"),
                )
                .label("included again here")
                .with_secondary(other.span, "its group is included here")
                .help("including a group includes everything in it: remove one inclusion, so the Statement of Applicability gives one justification")
            } else {
                Diagnostic::error(
                    DUPLICATE_INCLUSION,
                    inclusion.span,
                    format!("`{id}` is included twice"),
                )
                .label("included again here")
                .with_secondary(other.span, "first included here")
                .help("keep one inclusion with one justification: the Statement of Applicability shows one")
            };
            self.push(diagnostic);
        }

        let mut excluded: HashMap<RequirementId, usize> = HashMap::new();
        for (e, exclusion) in self.model.exclusions.iter().enumerate() {
            excluded.entry(exclusion.requirement).or_insert(e);
        }
        // (inclusion, exclusion, the one of the two that names a group, if
        // either does).
        let mut both = Vec::new();
        for (i, inclusion) in self.model.inclusions.iter().enumerate() {
            let mut entry = Some(inclusion.requirement);
            while let Some(id) = entry {
                if let Some(&e) = excluded.get(&id) {
                    let group = (id != inclusion.requirement).then_some(Side::Excluded);
                    both.push((i, e, group));
                    break;
                }
                entry = parent(&self.model, id);
            }
        }
        for (e, exclusion) in self.model.exclusions.iter().enumerate() {
            let mut group = parent(&self.model, exclusion.requirement);
            while let Some(g) = group {
                if let Some(&i) = by_entry.get(&g) {
                    both.push((i, e, Some(Side::Included)));
                    break;
                }
                group = parent(&self.model, g);
            }
        }
        for (i, e, group) in both {
            let inclusion = &self.model.inclusions[i];
            let exclusion = &self.model.exclusions[e];
            let help = "a control of the Statement of Applicability is either included or excluded, with one justification: remove one of the two";
            let diagnostic = match group {
                None => Diagnostic::error(
                    INCLUDED_AND_EXCLUDED,
                    inclusion.span,
                    format!(
                        "`{}` is both included and excluded",
                        self.model.qualified_id(inclusion.requirement)
                    ),
                )
                .label("included here")
                .with_secondary(exclusion.span, "excluded here"),
                Some(Side::Excluded) => Diagnostic::error(
                    INCLUDED_AND_EXCLUDED,
                    inclusion.span,
                    format!(
                        "`{}` is included, and excluded with its group `{}`",
                        self.model.qualified_id(inclusion.requirement),
                        self.model.qualified_id(exclusion.requirement)
                    ),
                )
                .label("included here")
                .with_secondary(exclusion.span, "its group is excluded here"),
                Some(Side::Included) => Diagnostic::error(
                    INCLUDED_AND_EXCLUDED,
                    exclusion.span,
                    format!(
                        "`{}` is excluded, and included with its group `{}`",
                        self.model.qualified_id(exclusion.requirement),
                        self.model.qualified_id(inclusion.requirement)
                    ),
                )
                .label("excluded here")
                .with_secondary(inclusion.span, "its group is included here"),
            };
            self.push(diagnostic.help(help));
        }
    }
}

/// Which of an inclusion and an exclusion names the group the other's
/// requirement belongs to.
#[derive(Debug, Clone, Copy)]
enum Side {
    Included,
    Excluded,
}

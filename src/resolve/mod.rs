//! Stage 2, resolution: the ASTs of every file (built-in catalogs first) →
//! one [`Model`] in which every name is looked up and every reference is an
//! index. Each failed lookup is a diagnostic; resolution carries on, so one
//! run reports them all.

mod applicability;
mod catalog;
mod conclusions;
pub mod error;
pub mod model;
pub mod names;
pub mod retention;
pub mod symbol;
pub mod tables;

use std::collections::{HashMap, HashSet};

use catalog::{Catalog, Target, Unresolved};
use error::{
    AMBIGUOUS_RETENTION, CONTRADICTORY_TOUCHES, CROSSWALK_PAIRS_DROPPED, DUPLICATE_CONTROL,
    DUPLICATE_FRAMEWORK, DUPLICATE_PROPERTY, DUPLICATE_REQUIREMENT, DUPLICATE_RISK,
    EMPTY_JUSTIFICATION, INVALID_RETENTION, NOT_A_CLASSIFICATION_BASIS, RISK_TOUCHES_DROPPED,
    SELF_CROSSWALK, UNKNOWN_RISK, UNKNOWN_TAG_VALUE,
};
pub use model::Model;
use model::{
    Basis, Complementary, Component, Control, ControlId, Crosswalk, CrosswalkPair, EdgeAttributes,
    EntryKind, Evidence, Exclusion, Framework, FrameworkId, Implication, Mapping, Report,
    Requirement, RequirementId, Risk, RiskId, Statement, Subservice, System, Touch, TouchesNone,
};
pub use symbol::{Occurrence, Role, Symbol};
pub use tables::{BrokenNames, Names};

use crate::diagnostic::Diagnostic;
use crate::source::{SourceSet, Span};
use crate::suggest::{did_you_mean, suggest_word};
use crate::syntax::ast::{
    self, Ast, CatalogNode, CatalogStmt, ComponentStmt, ControlStmt, CrosswalkStmt, EdgeAttribute,
    EvidenceStmt, Item, RiskStmt, Stmt, SubserviceStmt, SystemStmt,
};
use crate::vocabulary::{ComponentKind, EuBasis, EuRole, EuTier, EuUse, TrustCategory, Vocabulary};

/// What resolution gives: the model, the name tables it looked names up
/// in, every name's occurrence, and the diagnostics.
#[derive(Debug, Default)]
pub struct Resolution {
    /// The resolved model.
    pub model: Model,
    /// The name tables.
    pub names: Names,
    /// Every resolved reference and every definition in the model, in no
    /// particular order.
    pub occurrences: Vec<Occurrence>,
    /// Resolution's diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// Resolves the parsed files into one model. `asts` must be in precedence
/// order: built-in catalogs first, then the project's files sorted by path.
/// Names that the files' broken items ([`ast::BrokenItem`]) were declaring
/// are not reported unknown where they are used.
pub fn resolve(asts: &[&Ast], sources: &SourceSet) -> Resolution {
    let mut resolver = Resolver {
        model: Model::default(),
        catalog: Catalog::default(),
        diagnostics: Vec::new(),
        control_ids: HashMap::new(),
        concluded: HashMap::new(),
    };
    resolver.catalog.names.broken = BrokenNames::of(asts.iter().copied());
    resolver.frameworks(asts, sources);
    let risk_ids = resolver.risks(asts, sources);
    resolver.implications(asts, &risk_ids);
    resolver.controls(asts, &risk_ids);
    for ast in asts {
        let builtin = sources.get(ast.file).builtin;
        for item in &ast.items {
            match &item.kind {
                Item::Crosswalk(c) => resolver.crosswalk(c, item.span, builtin),
                Item::System(s) => resolver.system(s, item.span),
                Item::Exclude(e) => resolver.exclude(e),
                Item::Conclusion(c) => resolver.conclusion(c),
                Item::StatementOfApplicability(s) => resolver.statement_of_applicability(s),
                Item::Include(i) => resolver.include(i),
                _ => {}
            }
        }
    }
    resolver.exclusions_given_twice();
    resolver.inclusions_checked();
    let Resolver {
        model,
        catalog,
        diagnostics,
        control_ids,
        ..
    } = resolver;
    let Catalog {
        mut names,
        mut occurrences,
        ..
    } = catalog;
    names.controls = control_ids;
    names.risks = risk_ids;
    for implication in &model.implications {
        names
            .kinds
            .entry(implication.kind)
            .or_default()
            .push(implication.risk);
    }
    occurrences.extend(definitions(&model));
    Resolution {
        model,
        names,
        occurrences,
        diagnostics,
    }
}

/// The name of every framework, entry, control and risk of the model where
/// it is declared.
fn definitions(model: &Model) -> impl Iterator<Item = Occurrence> + '_ {
    let definition = |span, symbol| Occurrence {
        span,
        symbol,
        role: Role::Definition,
    };
    let frameworks = model
        .frameworks
        .iter()
        .enumerate()
        .map(move |(i, f)| definition(f.span, Symbol::Framework(FrameworkId::from_index(i))));
    let requirements =
        model.requirements.iter().enumerate().map(move |(i, r)| {
            definition(r.span, Symbol::Requirement(RequirementId::from_index(i)))
        });
    let controls = model
        .controls
        .iter()
        .enumerate()
        .map(move |(i, c)| definition(c.span, Symbol::Control(ControlId::from_index(i))));
    let risks = model
        .risks
        .iter()
        .enumerate()
        .map(move |(i, r)| definition(r.span, Symbol::Risk(RiskId::from_index(i))));
    frameworks.chain(requirements).chain(controls).chain(risks)
}

struct Resolver {
    model: Model,
    catalog: Catalog,
    diagnostics: Vec<Diagnostic>,
    /// Every control's identifier (filled by [`Resolver::controls`]).
    control_ids: HashMap<String, ControlId>,
    /// The first conclusion written on each requirement, valid or not.
    concluded: HashMap<RequirementId, Span>,
}

/// Reports a duplicate definition: the second one, pointing back at the first.
fn duplicate(
    code: &'static str,
    message: String,
    help: &str,
    first: Span,
    second: Span,
) -> Diagnostic {
    Diagnostic::error(code, second, message)
        .label("defined again here")
        .with_secondary(first, "first defined here")
        .help(help)
}

/// The one-value properties of one block: the first value of each is
/// kept, and a second one is reported (`duplicate_property`).
struct Block<'o> {
    /// The block, as messages name it ("control `AI-01`").
    owner: &'o str,
    /// Whether messages name it as `` `owner` `` (an entry of a catalog,
    /// by its identifier: formatted only when a message needs it).
    quoted: bool,
    diagnostics: Vec<Diagnostic>,
}

impl<'o> Block<'o> {
    fn new(owner: &'o str) -> Self {
        Self {
            owner,
            quoted: false,
            diagnostics: Vec::new(),
        }
    }

    /// A block that messages name by `id`, in backticks.
    fn quoted(id: &'o str) -> Self {
        Self {
            quoted: true,
            ..Self::new(id)
        }
    }

    /// Keeps `value` in `slot` unless the property was given already.
    fn set<T>(&mut self, slot: &mut Option<(T, Span)>, value: T, span: Span, property: &str) {
        if let Some((_, first)) = slot {
            self.diagnostics.push(
                Diagnostic::error(DUPLICATE_PROPERTY, span, {
                    let quote = if self.quoted { "`" } else { "" };
                    format!("{quote}{}{quote} gives `{property}` twice", self.owner)
                })
                .label("given again here")
                .with_secondary(*first, "first given here")
                .help(format!("`{property}` takes one value: keep one of the two")),
            );
        } else {
            *slot = Some((value, span));
        }
    }
}

impl Resolver {
    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Reports a reference that did not resolve (unless a broken item
    /// declares its name).
    fn unresolved(&mut self, unresolved: Option<Unresolved>) {
        if let Some(Unresolved(Some(diagnostic))) = unresolved {
            self.push(*diagnostic);
        }
    }

    /// Records that `span` names `symbol`.
    fn record(&mut self, span: Span, symbol: Symbol) {
        self.catalog.record(span, symbol);
    }

    // --- frameworks -----------------------------------------------------

    /// Registers every framework version. A project's framework replaces a
    /// built-in one of the same name and version; two of the project's own
    /// with the same name and version are an error.
    fn frameworks(&mut self, asts: &[&Ast], sources: &SourceSet) {
        let mut chosen: Vec<(&ast::Framework, bool)> = Vec::new();
        let mut by_key: HashMap<(String, String), usize> = HashMap::new();
        for ast in asts {
            let builtin = sources.get(ast.file).builtin;
            for item in &ast.items {
                let Item::Framework(framework) = &item.kind else {
                    continue;
                };
                let key = (
                    framework.name.value.clone(),
                    framework.version.value.clone(),
                );
                match by_key.get(&key) {
                    Some(&i) if chosen[i].1 && !builtin => chosen[i] = (framework, builtin),
                    Some(&i) => {
                        let first = chosen[i].0;
                        self.push(duplicate(
                            DUPLICATE_FRAMEWORK,
                            format!("framework `{}@{}` is defined twice", key.0, key.1),
                            "give the second one another name or version, or remove it",
                            first.name.span,
                            framework.name.span,
                        ));
                    }
                    None => {
                        by_key.insert(key, chosen.len());
                        chosen.push((framework, builtin));
                    }
                }
            }
        }
        let kept: Vec<&ast::Framework> = chosen.iter().map(|&(f, _)| f).collect();
        self.diagnostics.extend(names::check(&kept));
        for (framework, builtin) in chosen {
            self.framework(framework, builtin);
        }
    }

    fn framework(&mut self, framework: &ast::Framework, builtin: bool) {
        let id = FrameworkId::from_index(self.model.frameworks.len());
        let mut fw = Framework {
            name: framework.name.value.clone(),
            version: framework.version.value.clone(),
            title: framework.title.value.clone(),
            publisher: None,
            licence: None,
            source: None,
            url: None,
            summary: None,
            builtin,
            entries: Vec::new(),
            span: framework.name.span,
        };
        let owner = format!("framework `{}`", fw.key());
        let mut block = Block::new(&owner);
        let mut slots: [Option<(String, Span)>; 5] = Default::default();
        for stmt in &framework.body {
            let (index, property, text) = match &stmt.kind {
                CatalogStmt::Publisher(t) => (0, "publisher", t),
                CatalogStmt::Licence(t) => (1, "licence", t),
                CatalogStmt::Source(t) => (2, "source", t),
                CatalogStmt::Url(t) => (3, "url", t),
                CatalogStmt::Summary(t) => (4, "summary", t),
                _ => continue,
            };
            block.set(&mut slots[index], text.value.clone(), stmt.span, property);
        }
        self.diagnostics.extend(block.diagnostics);
        let [publisher, licence, source, url, summary] = slots;
        fw.publisher = publisher.map(|(v, _)| v);
        fw.licence = licence.map(|(v, _)| v);
        fw.source = source.map(|(v, _)| v);
        fw.url = url.map(|(v, _)| v);
        fw.summary = summary.map(|(v, _)| v);
        self.catalog.add_framework(&fw.name, &fw.version, id);
        self.model.frameworks.push(fw);
        self.catalog_entries(id, None, &framework.body);
    }

    fn catalog_entries(
        &mut self,
        framework: FrameworkId,
        parent: Option<RequirementId>,
        body: &[Stmt<CatalogStmt>],
    ) {
        for stmt in body {
            let (node, kind) = match &stmt.kind {
                CatalogStmt::Group(n) => (n, EntryKind::Group),
                CatalogStmt::Requirement(n) => (n, EntryKind::Requirement),
                _ => continue,
            };
            let id = self.catalog_entry(framework, parent, node, kind);
            self.catalog_entries(framework, Some(id), &node.body);
        }
    }

    fn catalog_entry(
        &mut self,
        framework: FrameworkId,
        parent: Option<RequirementId>,
        node: &CatalogNode,
        kind: EntryKind,
    ) -> RequirementId {
        let id = RequirementId::from_index(self.model.requirements.len());
        let mut block = Block::quoted(&node.id.value);
        let mut display = None;
        let mut summary = None;
        let mut statement = None;
        let mut guidance = None;
        let mut withdrawn = None;
        let mut informative = None;
        let mut applies_from = None;
        let mut by_basis: Vec<Option<(String, Span)>> = vec![None; EuBasis::ALL.len()];
        let mut tags = Vec::new();
        for stmt in &node.body {
            match &stmt.kind {
                CatalogStmt::Display(t) => {
                    block.set(&mut display, t.value.clone(), stmt.span, "display");
                }
                CatalogStmt::Summary(t) => {
                    block.set(&mut summary, t.value.clone(), stmt.span, "summary");
                }
                CatalogStmt::Statement(t) => {
                    block.set(&mut statement, t.value.clone(), stmt.span, "statement");
                }
                CatalogStmt::Guidance(t) => {
                    block.set(&mut guidance, t.value.clone(), stmt.span, "guidance");
                }
                CatalogStmt::Withdrawn => {
                    block.set(&mut withdrawn, true, stmt.span, "withdrawn");
                }
                CatalogStmt::Informative => {
                    block.set(&mut informative, true, stmt.span, "informative");
                }
                CatalogStmt::AppliesFrom { date, basis: None } => block.set(
                    &mut applies_from,
                    date.value.clone(),
                    stmt.span,
                    "applies-from",
                ),
                CatalogStmt::AppliesFrom {
                    date,
                    basis: Some(basis),
                } => {
                    let slot = EuBasis::ALL
                        .iter()
                        .position(|&b| b == basis.value)
                        .expect("every basis is in ALL");
                    block.set(
                        &mut by_basis[slot],
                        date.value.clone(),
                        stmt.span,
                        &format!("applies-from … for {}", basis.value),
                    );
                }
                CatalogStmt::Tags(list) => {
                    for tag in list {
                        if let Some(d) = check_tag(tag) {
                            self.push(d);
                        }
                        tags.push(tag.value.clone());
                    }
                }
                _ => {}
            }
        }
        self.diagnostics.extend(block.diagnostics);
        let display = display.map(|(v, _)| v);
        if let Some(first) = self.catalog.add_entry(framework, &node.id.value, id) {
            let key = self.model.framework(framework).key();
            let first_span = self.model.requirement(first).span;
            self.push(duplicate(
                DUPLICATE_REQUIREMENT,
                format!("`{}` is defined twice in {key}", node.id.value),
                "each group and requirement of a framework needs its own identifier",
                first_span,
                node.id.span,
            ));
        }
        if let Some(shown) = &display {
            self.catalog.add_alias(framework, shown, id);
        }
        self.model.requirements.push(Requirement {
            framework,
            id: node.id.value.clone(),
            display,
            title: node.title.value.clone(),
            summary: summary.map(|(v, _)| v),
            statement: statement.map(|(v, _)| v),
            guidance: guidance.map(|(v, _)| v),
            withdrawn: withdrawn.is_some(),
            informative: informative.is_some(),
            applies_from: applies_from.map(|(v, _)| v),
            applies_from_by_basis: EuBasis::ALL
                .iter()
                .zip(by_basis)
                .filter_map(|(&basis, date)| date.map(|(date, _)| (basis, date)))
                .collect(),
            tags,
            parent,
            kind,
            span: node.id.span,
        });
        self.model.frameworks[framework.index()].entries.push(id);
        id
    }

    // --- crosswalks -----------------------------------------------------

    /// Resolves a crosswalk. A built-in crosswalk whose framework the project
    /// replaced with its own catalog keeps the pairs that still resolve and
    /// reports the rest once, as a warning on the project's catalog: the
    /// user cannot edit a built-in file.
    fn crosswalk(&mut self, crosswalk: &ast::Crosswalk, span: Span, builtin: bool) {
        let from = self.catalog.framework(&crosswalk.from);
        let to = self.catalog.framework(&crosswalk.to);
        let (from, to) = match (from, to) {
            (Ok(from), Ok(to)) => (from, to),
            (from, to) => {
                self.unresolved(from.err());
                self.unresolved(to.err());
                return;
            }
        };
        if from == to {
            self.push(
                Diagnostic::error(
                    SELF_CROSSWALK,
                    crosswalk.to.span,
                    format!(
                        "this crosswalk leads from `{}` to itself",
                        self.model.framework(from).key()
                    ),
                )
                .label("same framework version as the source")
                .help("a crosswalk joins two different framework versions"),
            );
            return;
        }
        let overridden = [from, to]
            .into_iter()
            .find(|&f| builtin && !self.model.framework(f).builtin);
        let mut dropped = 0;
        let mut source = None;
        let mut pairs = Vec::with_capacity(crosswalk.body.len());
        let mut block = Block::new("this crosswalk");
        for stmt in &crosswalk.body {
            match &stmt.kind {
                CrosswalkStmt::Source(t) => {
                    block.set(&mut source, t.value.clone(), stmt.span, "source");
                }
                CrosswalkStmt::Pair(pair) => {
                    let a = self.catalog.entry(
                        &self.model,
                        from,
                        &pair.from.value,
                        pair.from.span,
                        Target::Entry,
                    );
                    let b = self.catalog.entry(
                        &self.model,
                        to,
                        &pair.to.value,
                        pair.to.span,
                        Target::Entry,
                    );
                    match (a, b) {
                        (Ok(a), Ok(b)) => pairs.push(CrosswalkPair {
                            from: a,
                            relationship: pair.relationship.value,
                            to: b,
                            attributes: self.attributes(&pair.attributes),
                            span: stmt.span,
                        }),
                        _ if overridden.is_some() => dropped += 1,
                        (a, b) => {
                            self.unresolved(a.err());
                            self.unresolved(b.err());
                        }
                    }
                }
            }
        }
        self.diagnostics.extend(block.diagnostics);
        if let (Some(framework), true) = (overridden, dropped > 0) {
            let (total, key) = (pairs.len() + dropped, self.model.framework(framework).key());
            let name = format!(
                "{} -> {}",
                self.model.framework(from).key(),
                self.model.framework(to).key()
            );
            self.push(
                Diagnostic::warning(
                    CROSSWALK_PAIRS_DROPPED,
                    self.model.framework(framework).span,
                    format!("the built-in crosswalk {name} lost {dropped} of its {total} pairs: this catalog replaces the built-in {key} and lacks their identifiers"),
                )
                .label("replaces the built-in catalog")
                .help("keep the official identifiers in your copy of the catalog so built-in crosswalks still apply"),
            );
        }
        self.model.crosswalks.push(Crosswalk {
            from,
            to,
            source: source.map(|(v, _)| v),
            pairs,
            builtin,
            span,
        });
    }

    fn attributes(&mut self, attributes: &[Stmt<EdgeAttribute>]) -> EdgeAttributes {
        let mut block = Block::new("this mapping");
        let mut rationale = None;
        let mut strength = None;
        let mut status = None;
        let mut note = None;
        let mut scope = None;
        for stmt in attributes {
            match &stmt.kind {
                EdgeAttribute::Rationale(v) => {
                    block.set(&mut rationale, v.value, stmt.span, "rationale");
                }
                EdgeAttribute::Strength(v) => {
                    block.set(&mut strength, v.value, stmt.span, "strength");
                }
                EdgeAttribute::Status(v) => {
                    block.set(&mut status, v.value, stmt.span, "status");
                }
                EdgeAttribute::Note(v) => {
                    block.set(&mut note, v.value.clone(), stmt.span, "note");
                }
                EdgeAttribute::Scope(v) => {
                    block.set(&mut scope, v.value.clone(), stmt.span, "scope");
                }
            }
        }
        self.diagnostics.extend(block.diagnostics);
        EdgeAttributes {
            rationale: rationale.map(|(v, _)| v),
            strength: strength.map(|(v, _)| v),
            status: status.map(|(v, _)| v),
            note: note.map(|(v, _)| v),
            scope: scope.map(|(v, _)| v),
        }
    }

    // --- risks and controls ---------------------------------------------

    /// Registers every risk. A project's risk replaces a built-in one with
    /// the same identifier (in place, so implications still reach it); two
    /// of the project's own, or two built-in ones, are an error.
    fn risks(&mut self, asts: &[&Ast], sources: &SourceSet) -> HashMap<String, RiskId> {
        let mut ids: HashMap<String, RiskId> = HashMap::new();
        // Links of built-in risks to catalogs the project replaced and
        // that lack their identifiers: dropped, counted per framework.
        let mut dropped: Vec<(FrameworkId, usize)> = Vec::new();
        for ast in asts {
            let builtin = sources.get(ast.file).builtin;
            for item in &ast.items {
                let Item::Risk(risk) = &item.kind else {
                    continue;
                };
                let replaces = match ids.get(&risk.id.value) {
                    Some(&first) if self.model.risk(first).builtin && !builtin => Some(first),
                    Some(&first) => {
                        let first = self.model.risk(first).span;
                        self.push(duplicate(
                            DUPLICATE_RISK,
                            format!("risk `{}` is defined twice", risk.id.value),
                            "give each risk its own identifier, or remove one of the two",
                            first,
                            risk.id.span,
                        ));
                        continue;
                    }
                    None => None,
                };
                let resolved = self.risk(risk, builtin, &mut dropped);
                if let Some(id) = replaces {
                    self.model.risks[id.index()] = resolved;
                } else {
                    let id = RiskId::from_index(self.model.risks.len());
                    ids.insert(risk.id.value.clone(), id);
                    self.model.risks.push(resolved);
                }
            }
        }
        for (framework, count) in dropped {
            let fw = self.model.framework(framework);
            self.push(
                Diagnostic::warning(
                    RISK_TOUCHES_DROPPED,
                    fw.span,
                    format!("the built-in AI risk library lost {count} of its links to {}: this catalog replaces the built-in one and lacks their identifiers", fw.key()),
                )
                .label("replaces the built-in catalog")
                .help("keep the official identifiers in your copy of the catalog so the risk library still reaches them"),
            );
        }
        ids
    }

    fn risk(
        &mut self,
        risk: &ast::Risk,
        builtin: bool,
        dropped: &mut Vec<(FrameworkId, usize)>,
    ) -> Risk {
        let owner = format!("risk `{}`", risk.id.value);
        let mut block = Block::new(&owner);
        let mut category = None;
        let mut description = None;
        let mut touches = Vec::new();
        let mut touches_none = Vec::new();
        for stmt in &risk.body {
            match &stmt.kind {
                RiskStmt::Category(c) => {
                    block.set(&mut category, c.value.clone(), stmt.span, "category");
                }
                RiskStmt::Description(t) => {
                    block.set(&mut description, t.value.clone(), stmt.span, "description");
                }
                RiskStmt::Touches(list) => {
                    for r in &list.targets {
                        match self
                            .catalog
                            .requirement(&self.model, r, Target::Requirement)
                        {
                            Ok(requirement) => touches.push(Touch {
                                requirement,
                                because: list.because.as_ref().map(|t| t.value.clone()),
                            }),
                            Err(u) => {
                                let replaced = self
                                    .catalog
                                    .find_framework(&r.framework)
                                    .ok()
                                    .filter(|&f| builtin && !self.model.framework(f).builtin);
                                match replaced {
                                    Some(f) => match dropped.iter_mut().find(|(g, _)| *g == f) {
                                        Some((_, n)) => *n += 1,
                                        None => dropped.push((f, 1)),
                                    },
                                    None => self.unresolved(Some(u)),
                                }
                            }
                        }
                    }
                }
                RiskStmt::TouchesNone(none) => match self.catalog.framework(&none.framework) {
                    Ok(framework) => {
                        if none.because.value.trim().is_empty() {
                            self.push(
                                Diagnostic::error(
                                    EMPTY_JUSTIFICATION,
                                    none.because.span,
                                    "this `touches-none` has an empty justification",
                                )
                                .label("no reason given")
                                .help("say why nothing in the framework bears on the risk"),
                            );
                        }
                        touches_none.push(TouchesNone {
                            framework,
                            because: none.because.value.clone(),
                            span: stmt.span,
                            because_span: none.because.span,
                        });
                    }
                    Err(u) => self.unresolved(Some(u)),
                },
            }
        }
        self.diagnostics.extend(block.diagnostics);
        for none in &touches_none {
            if let Some(touch) = touches
                .iter()
                .find(|t| self.model.requirement(t.requirement).framework == none.framework)
            {
                let key = self.model.framework(none.framework).key();
                self.push(
                    Diagnostic::error(
                        CONTRADICTORY_TOUCHES,
                        none.span,
                        format!(
                            "risk `{}` says it touches nothing in {key}, but it touches `{}`",
                            risk.id.value,
                            self.model.qualified_id(touch.requirement)
                        ),
                    )
                    .label("says it touches nothing here")
                    .help(format!(
                        "keep either the `touches` into {key} or this `touches-none`, not both"
                    )),
                );
            }
        }
        Risk {
            id: risk.id.value.clone(),
            title: risk.title.value.clone(),
            category: category.map(|(v, _)| v),
            description: description.map(|(v, _)| v),
            touches,
            touches_none,
            builtin,
            span: risk.id.span,
        }
    }

    /// Resolves `component-kind K implies R, …`; a kind and risk named
    /// twice count once.
    fn implications(&mut self, asts: &[&Ast], risk_ids: &HashMap<String, RiskId>) {
        let mut seen: HashSet<(ComponentKind, RiskId)> = HashSet::new();
        for item in asts.iter().flat_map(|a| &a.items) {
            let Item::Implies(implies) = &item.kind else {
                continue;
            };
            self.record(implies.kind.span, Symbol::ComponentKind(implies.kind.value));
            for risk in &implies.risks {
                let Some(&id) = risk_ids.get(&risk.value) else {
                    if self.catalog.names.broken.risk(&risk.value) {
                        continue;
                    }
                    let help = self.unknown_risk_help(&risk.value, risk_ids);
                    self.push(
                        Diagnostic::error(
                            UNKNOWN_RISK,
                            risk.span,
                            format!(
                                "component kind `{}` implies `{}`, which is not a defined risk",
                                implies.kind.value, risk.value
                            ),
                        )
                        .label("unknown risk")
                        .help(help),
                    );
                    continue;
                };
                self.record(risk.span, Symbol::Risk(id));
                if seen.insert((implies.kind.value, id)) {
                    self.model.implications.push(Implication {
                        kind: implies.kind.value,
                        risk: id,
                        span: risk.span,
                    });
                }
            }
        }
    }

    /// Help for a risk name that is not defined: a near name, or how to
    /// declare it.
    fn unknown_risk_help(&self, name: &str, risk_ids: &HashMap<String, RiskId>) -> String {
        let suggested = if self.catalog.suggestions.take() {
            #[allow(clippy::iter_over_hash_type)] // Sorted on the next line.
            let mut names: Vec<&str> = risk_ids.keys().map(String::as_str).collect();
            names.sort_unstable();
            did_you_mean(&suggest_word(name, &names))
        } else {
            None
        };
        suggested.unwrap_or_else(|| {
            if risk_ids.is_empty() {
                "no risks are defined yet: declare it with `risk ID \"Title\" { … }`".to_owned()
            } else {
                format!("declare it with `risk {name} \"Title\" {{ … }}`, or name a defined risk")
            }
        })
    }

    fn controls(&mut self, asts: &[&Ast], risk_ids: &HashMap<String, RiskId>) {
        let mut ids: HashMap<String, ControlId> = HashMap::new();
        for item in asts.iter().flat_map(|a| &a.items) {
            let Item::Control(control) = &item.kind else {
                continue;
            };
            if let Some(&first) = ids.get(&control.id.value) {
                let first = self.model.control(first).span;
                self.push(duplicate(
                    DUPLICATE_CONTROL,
                    format!("control `{}` is defined twice", control.id.value),
                    "give each control its own identifier, or remove one of the two",
                    first,
                    control.id.span,
                ));
                continue;
            }
            let resolved = self.control(control, risk_ids);
            ids.insert(
                control.id.value.clone(),
                ControlId::from_index(self.model.controls.len()),
            );
            self.model.controls.push(resolved);
        }
        self.control_ids = ids;
    }

    fn control(&mut self, control: &ast::Control, risk_ids: &HashMap<String, RiskId>) -> Control {
        let name = &control.id.value;
        let owner_of = format!("control `{name}`");
        let mut block = Block::new(&owner_of);
        let mut owner = None;
        let mut frequency = None;
        let mut nature = None;
        let mut automation = None;
        let mut description = None;
        let mut resolved = Control {
            id: name.clone(),
            title: control.title.value.clone(),
            owner: None,
            frequency: None,
            nature: None,
            automation: None,
            description: None,
            mitigates: Vec::new(),
            evidence: Vec::new(),
            tests: Vec::new(),
            test_spans: Vec::new(),
            // Sized once: a control of the generated corpus maps to 65.
            satisfies: Vec::with_capacity(
                control
                    .body
                    .iter()
                    .filter(|s| matches!(s.kind, ControlStmt::Satisfies(_)))
                    .count(),
            ),
            span: control.id.span,
        };
        for stmt in &control.body {
            match &stmt.kind {
                ControlStmt::Owner(t) => block.set(&mut owner, t.value.clone(), stmt.span, "owner"),
                ControlStmt::Frequency(v) => {
                    block.set(&mut frequency, v.value, stmt.span, "frequency");
                }
                ControlStmt::Nature(v) => {
                    block.set(&mut nature, v.value, stmt.span, "nature");
                }
                ControlStmt::Automation(v) => {
                    block.set(&mut automation, v.value, stmt.span, "automation");
                }
                ControlStmt::Description(t) => {
                    block.set(&mut description, t.value.clone(), stmt.span, "description");
                }
                ControlStmt::Test(t) => {
                    resolved.tests.push(t.value.clone());
                    resolved.test_spans.push(t.span);
                }
                ControlStmt::Evidence(e) => {
                    resolved.evidence.push(evidence(e, &mut block.diagnostics));
                }
                ControlStmt::Mitigates(risks) => {
                    for risk in risks {
                        if let Some(&id) = risk_ids.get(&risk.value) {
                            self.record(risk.span, Symbol::Risk(id));
                            resolved.mitigates.push(id);
                        } else if !self.catalog.names.broken.risk(&risk.value) {
                            let help = self.unknown_risk_help(&risk.value, risk_ids);
                            self.diagnostics.push(
                                Diagnostic::error(UNKNOWN_RISK, risk.span, format!("control `{name}` mitigates `{}`, which is not a defined risk", risk.value))
                                    .label("unknown risk")
                                    .help(help),
                            );
                        }
                    }
                }
                ControlStmt::Satisfies(s) => {
                    match self
                        .catalog
                        .requirement(&self.model, &s.target, Target::Requirement)
                    {
                        Ok(requirement) => {
                            let attributes = self.attributes(&s.attributes);
                            resolved.satisfies.push(Mapping {
                                requirement,
                                relationship: s.relationship.value,
                                attributes,
                                span: stmt.span,
                            });
                        }
                        Err(u) => self.unresolved(Some(u)),
                    }
                }
            }
        }
        self.diagnostics.extend(block.diagnostics);
        self.mapped_twice(&resolved);
        resolved.owner = owner.map(|(v, _)| v);
        resolved.frequency = frequency.map(|(v, _)| v);
        resolved.nature = nature.map(|(v, _)| v);
        resolved.automation = automation.map(|(v, _)| v);
        resolved.description = description.map(|(v, _)| v);
        resolved
    }

    // --- systems and exclusions -----------------------------------------

    fn system(&mut self, system: &ast::System, span: Span) {
        let owner = format!("system `{}`", system.name.value);
        let mut block = Block::new(&owner);
        let mut resolved = System {
            name: system.name.value.clone(),
            span,
            ..System::default()
        };
        let mut description = None;
        let mut company = None;
        let mut report = None;
        let mut system_basis = None;
        let mut system_because = None;
        for stmt in &system.body {
            match &stmt.kind {
                SystemStmt::Description(t) => {
                    block.set(&mut description, t.value.clone(), stmt.span, "description");
                }
                SystemStmt::Soc2Report(r) => {
                    let (from, to) = match &r.dates {
                        ast::ReportDates::Period { from, to } => {
                            (Some(from.value.clone()), to.value.clone())
                        }
                        ast::ReportDates::On(on) => (None, on.value.clone()),
                    };
                    let value = Report {
                        kind: r.kind.value,
                        from,
                        to,
                        span: stmt.span,
                    };
                    block.set(&mut report, value, stmt.span, "soc2 report");
                }
                SystemStmt::Soc2Criteria(list) => resolved
                    .trust_categories
                    .extend(list.iter().map(|c| c.value)),
                SystemStmt::EuAiAct(scope) => {
                    resolved
                        .eu_roles
                        .extend(scope.roles.iter().map(|r| r.value));
                    resolved
                        .eu_tiers
                        .extend(scope.tiers.iter().map(|t| t.value));
                    resolved.eu_uses.extend(scope.uses.iter().map(|u| u.value));
                    resolved.eu_span.get_or_insert(stmt.span);
                    if let Some(reference) = &scope.basis {
                        let basis = self.basis(reference);
                        block.set(&mut system_basis, basis, reference.span, "basis");
                    }
                    if let Some(because) = &scope.because {
                        block.set(
                            &mut system_because,
                            because.value.clone(),
                            because.span,
                            "because",
                        );
                    }
                }
                SystemStmt::Component(c) => {
                    let mut description = None;
                    let mut component_owner = None;
                    let mut category = None;
                    let mut eu_ai_act = None;
                    let of = format!("component `{}`", c.name.value);
                    let mut inner = Block::new(&of);
                    for s in &c.body {
                        match &s.kind {
                            ComponentStmt::Description(t) => {
                                inner.set(&mut description, t.value.clone(), s.span, "description");
                            }
                            ComponentStmt::Owner(t) => {
                                inner.set(&mut component_owner, t.value.clone(), s.span, "owner");
                            }
                            ComponentStmt::Category(c) => {
                                inner.set(&mut category, c.value, s.span, "category");
                            }
                            ComponentStmt::EuAiAct(scope) => {
                                inner.set(&mut eu_ai_act, scope, s.span, "eu-ai-act");
                            }
                        }
                    }
                    block.diagnostics.extend(inner.diagnostics);
                    self.record(c.kind.span, Symbol::ComponentKind(c.kind.value));
                    let mut component = Component {
                        name: c.name.value.clone(),
                        kind: c.kind.value,
                        category: category.map(|(v, _)| v),
                        description: description.map(|(v, _)| v),
                        owner: component_owner.map(|(v, _)| v),
                        eu_roles: Vec::new(),
                        eu_tiers: Vec::new(),
                        eu_basis: None,
                        eu_uses: Vec::new(),
                        eu_because: None,
                        eu_span: None,
                        span: c.name.span,
                    };
                    if let Some((scope, span)) = eu_ai_act {
                        component.eu_roles = scope.roles.iter().map(|r| r.value).collect();
                        component.eu_tiers = scope.tiers.iter().map(|t| t.value).collect();
                        component.eu_uses = scope.uses.iter().map(|u| u.value).collect();
                        component.eu_uses.sort_unstable();
                        component.eu_uses.dedup();
                        component.eu_because = scope.because.as_ref().map(|t| t.value.clone());
                        component.eu_basis = scope.basis.as_ref().and_then(|r| self.basis(r));
                        component.eu_span = Some(span);
                    }
                    resolved.components.push(component);
                }
                SystemStmt::Subservice(s) => {
                    let mut description = None;
                    let mut csocs = Vec::new();
                    let of = format!("subservice `{}`", s.name.value);
                    let mut inner = Block::new(&of);
                    for st in &s.body {
                        match &st.kind {
                            SubserviceStmt::Description(t) => {
                                inner.set(
                                    &mut description,
                                    t.value.clone(),
                                    st.span,
                                    "description",
                                );
                            }
                            SubserviceStmt::Csoc(c) => csocs.push(self.complementary(c)),
                        }
                    }
                    block.diagnostics.extend(inner.diagnostics);
                    resolved.subservices.push(Subservice {
                        name: s.name.value.clone(),
                        treatment: s.treatment.value,
                        description: description.map(|(v, _)| v),
                        csocs,
                        span: s.name.span,
                    });
                }
                SystemStmt::Cuec(c) => {
                    let cuec = self.complementary(c);
                    resolved.cuecs.push(cuec);
                }
                SystemStmt::Commitment(t) => resolved.commitments.push(Statement {
                    text: t.value.clone(),
                    span: stmt.span,
                }),
                SystemStmt::SystemRequirement(t) => {
                    resolved.system_requirements.push(Statement {
                        text: t.value.clone(),
                        span: stmt.span,
                    });
                }
                SystemStmt::Boundary(t) => resolved.boundaries.push(t.value.clone()),
                SystemStmt::Incident(t) => resolved.incidents.push(t.value.clone()),
                SystemStmt::Change(t) => resolved.changes.push(t.value.clone()),
                SystemStmt::Company(t) => {
                    block.set(&mut company, t.value.clone(), stmt.span, "company");
                }
                SystemStmt::Exclude(e) => self.exclude(e),
            }
        }
        self.diagnostics.extend(block.diagnostics);
        resolved.trust_categories.sort_unstable();
        resolved.trust_categories.dedup();
        resolved.eu_uses.sort_unstable();
        resolved.eu_uses.dedup();
        resolved.eu_basis = system_basis.and_then(|(b, _)| b);
        resolved.eu_because = system_because.map(|(v, _)| v);
        resolved.description = description.map(|(v, _)| v);
        resolved.company = company.map(|(v, _)| v);
        resolved.report = report.map(|(v, _)| v);
        self.model.systems.push(resolved);
    }

    /// A `csoc` or `cuec`: its text and the requirements it supports, each
    /// reference resolved (and recorded) like a control's mapping.
    fn complementary(&mut self, c: &ast::Complementary) -> Complementary {
        let mut supports = Vec::new();
        for reference in &c.supports {
            match self
                .catalog
                .requirement(&self.model, reference, Target::Requirement)
            {
                Ok(requirement) => {
                    if !supports.contains(&requirement) {
                        supports.push(requirement);
                    }
                }
                Err(u) => self.unresolved(Some(u)),
            }
        }
        Complementary {
            text: c.text.value.clone(),
            supports,
            span: c.text.span,
        }
    }

    /// Resolves the reference of `basis REF`: it must name an entry that
    /// carries, itself or through one of its groups, a `basis:` tag, whose
    /// value is the classification basis.
    fn basis(&mut self, reference: &ast::RequirementRef) -> Option<Basis> {
        let entry = match self
            .catalog
            .requirement(&self.model, reference, Target::Entry)
        {
            Ok(entry) => entry,
            Err(u) => {
                self.unresolved(Some(u));
                return None;
            }
        };
        let mut at = Some(entry);
        while let Some(id) = at {
            let r = self.model.requirement(id);
            if let Some(value) = r.tags.iter().find_map(|t| t.strip_prefix("basis:")) {
                // A value outside the vocabulary was reported with the tag.
                return EuBasis::from_word(value).map(|basis| Basis {
                    entry,
                    basis,
                    span: reference.span,
                });
            }
            at = r.parent;
        }
        let framework = self.model.requirement(entry).framework;
        let key = self.model.framework(framework).key();
        let bases: Vec<String> = self
            .model
            .framework(framework)
            .entries
            .iter()
            .map(|&e| self.model.requirement(e))
            .filter(|e| e.tags.iter().any(|t| t.starts_with("basis:")))
            .map(|e| format!("`{}`", e.id))
            .collect();
        let help = if bases.is_empty() {
            format!(
                "{key} marks no entry as a classification basis; `basis` names an entry tagged `basis:{}` (itself or through its group)",
                EuBasis::words().join("` or `basis:")
            )
        } else {
            format!(
                "name an entry tagged `basis:` (itself or through its group): in {key}, {} and the entries they hold",
                bases.join(", ")
            )
        };
        self.push(
            Diagnostic::error(
                NOT_A_CLASSIFICATION_BASIS,
                reference.id.span,
                format!(
                    "`{}` is not a classification basis of {key}",
                    reference.id.value
                ),
            )
            .label("no `basis:` tag here or on its groups")
            .help(help),
        );
        None
    }

    fn exclude(&mut self, exclude: &ast::Exclude) {
        if exclude.reason.value.trim().is_empty() {
            self.push(
                Diagnostic::error(EMPTY_JUSTIFICATION, exclude.reason.span, "this exclusion has an empty justification")
                    .label("no reason given")
                    .help("say why the requirement does not apply; auditors read this text in the Statement of Applicability"),
            );
        }
        match self
            .catalog
            .requirement(&self.model, &exclude.target, Target::Entry)
        {
            Ok(requirement) => self.model.exclusions.push(Exclusion {
                requirement,
                reason: exclude.reason.value.clone(),
                span: exclude.target.span,
                reason_span: exclude.reason.span,
            }),
            Err(u) => self.unresolved(Some(u)),
        }
    }
}

/// Checks the value of a tag whose key has a vocabulary: `role:` (EU AI
/// Act roles), `tier:` (EU AI Act tiers), `basis:` (EU AI Act
/// classification bases), `use:` (EU AI Act Art. 50 use cases) and
/// `category:` (SOC 2 trust services categories).
fn check_tag(tag: &ast::Name) -> Option<Diagnostic> {
    let (key, value) = tag.value.split_once(':')?;
    let words = match key {
        "role" => EuRole::words(),
        "tier" => EuTier::words(),
        "basis" => EuBasis::words(),
        "use" => EuUse::words(),
        "category" => TrustCategory::words(),
        _ => return None,
    };
    if words.contains(&value) {
        return None;
    }
    let help = did_you_mean(&suggest_word(value, &words))
        .unwrap_or_else(|| format!("a `{key}:` tag is one of: {}", words.join(", ")));
    Some(
        Diagnostic::error(
            UNKNOWN_TAG_VALUE,
            tag.span,
            format!("`{value}` is not a known `{key}:` value"),
        )
        .label(format!("unknown {key}"))
        .help(help),
    )
}

fn evidence(e: &ast::Evidence, diagnostics: &mut Vec<Diagnostic>) -> Evidence {
    let owner = format!("evidence `{}`", e.name.value);
    let mut block = Block::new(&owner);
    let mut system = None;
    let mut retention = None;
    let mut description = None;
    let mut frequency = None;
    for stmt in &e.body {
        match &stmt.kind {
            EvidenceStmt::System(t) => block.set(&mut system, t.value.clone(), stmt.span, "system"),
            EvidenceStmt::Retention(t) => {
                block.set(&mut retention, t, stmt.span, "retention");
            }
            EvidenceStmt::Description(t) => {
                block.set(&mut description, t.value.clone(), stmt.span, "description");
            }
            EvidenceStmt::Frequency(v) => {
                block.set(&mut frequency, v.value, stmt.span, "frequency");
            }
        }
    }
    diagnostics.extend(block.diagnostics);
    let retention = retention.and_then(|(t, _)| match retention::parse(&t.value) {
        Ok(r) => Some(r),
        Err(error) => {
            diagnostics.push(retention_error(&e.name.value, t, &error));
            None
        }
    });
    Evidence {
        name: e.name.value.clone(),
        system: system.map(|(v, _)| v),
        retention,
        frequency: frequency.map(|(v, _)| v),
        description: description.map(|(v, _)| v),
    }
}

/// The diagnostic for a retention string that is not a duration.
fn retention_error(
    evidence: &str,
    text: &ast::Text,
    error: &retention::RetentionError,
) -> Diagnostic {
    match error {
        retention::RetentionError::Ambiguous(number) => Diagnostic::error(
            AMBIGUOUS_RETENTION,
            text.span,
            format!(
                "the retention of evidence `{evidence}` is ambiguous: is `{}` months or minutes?",
                text.value.trim()
            ),
        )
        .label("months or minutes?")
        .help(format!("write {number}mo or {number} months")),
        retention::RetentionError::Invalid => Diagnostic::error(
            INVALID_RETENTION,
            text.span,
            format!(
                "the retention of evidence `{evidence}` is not a duration: `{}`",
                text.value
            ),
        )
        .label("not a duration")
        .help(format!("a retention is {}", retention::ACCEPTED_FORMS)),
    }
}

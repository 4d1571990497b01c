//! Lowering: pest's pairs → the AST. Checks what the grammar accepts loosely
//! (vocabulary words, numbers) and decodes text literals.

use std::ops::Range;

use pest::iterators::Pair;

use super::ast::{
    Ast, CatalogNode, CatalogStmt, Complementary, Component, ComponentStmt, Conclusion,
    ConclusionStmt, Control, ControlStmt, Crosswalk, CrosswalkStmt, EdgeAttribute, EuAiAct,
    Evidence, EvidenceStmt, Exclude, Framework, FrameworkRef, Implies, Include, Item, Name,
    Pair as CrosswalkPair, ReportDates, RequirementRef, Risk, RiskStmt, Satisfies, SoaStmt,
    Soc2Report, Spanned, StatementOfApplicability, Stmt, Subservice, SubserviceStmt, System,
    SystemStmt, Text, Touches, TouchesNone,
};
use super::error::{
    INVALID_DATE, REPORT_DATES_MISMATCH, REPORT_PERIOD_REVERSED, STRENGTH_OUT_OF_RANGE,
    UNKNOWN_VALUE,
};
use super::grammar::Rule;
use super::items::comments;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, Span};
use crate::suggest::{did_you_mean, suggest_word};
use crate::vocabulary::{ReportKind, Vocabulary};

/// Lowers the `file` pair of one source file, or of one piece of it.
pub(super) struct Lowerer {
    file: FileId,
    /// Where the parsed text starts in the file: pest's offsets are relative
    /// to the text it parsed, spans to the whole file.
    base: usize,
    /// Every comment of the parsed text, in order, relative to it: the
    /// grammar's comments (`items::comments` reads them as it does), for
    /// the tree and to find where a statement's last token ends.
    comments: Vec<Range<usize>>,
    pub(super) diagnostics: Vec<Diagnostic>,
}

/// Keywords, punctuation and comments: matched by the grammar, not needed
/// in the tree.
fn is_noise(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::COMMENT
            | Rule::EOI
            | Rule::lbrace
            | Rule::rbrace
            | Rule::arrow
            | Rule::comma
            | Rule::kw_framework
            | Rule::kw_version
            | Rule::kw_publisher
            | Rule::kw_licence
            | Rule::kw_source
            | Rule::kw_url
            | Rule::kw_group
            | Rule::kw_requirement
            | Rule::kw_display
            | Rule::kw_summary
            | Rule::kw_tags
            | Rule::kw_applies_from
            | Rule::kw_statement
            | Rule::kw_guidance
            | Rule::kw_withdrawn
            | Rule::kw_informative
            | Rule::kw_for
            | Rule::kw_crosswalk
            | Rule::kw_risk
            | Rule::kw_category
            | Rule::kw_touches
            | Rule::kw_touches_none
            | Rule::kw_component_kind
            | Rule::kw_implies
            | Rule::kw_tier
            | Rule::kw_control
            | Rule::kw_owner
            | Rule::kw_frequency
            | Rule::kw_nature
            | Rule::kw_automation
            | Rule::kw_description
            | Rule::kw_mitigates
            | Rule::kw_evidence
            | Rule::kw_system
            | Rule::kw_retention
            | Rule::kw_test
            | Rule::kw_satisfies
            | Rule::kw_rationale
            | Rule::kw_strength
            | Rule::kw_status
            | Rule::kw_note
            | Rule::kw_scope
            | Rule::kw_criteria
            | Rule::kw_role
            | Rule::kw_component
            | Rule::kw_kind
            | Rule::kw_subservice
            | Rule::kw_csoc
            | Rule::kw_cuec
            | Rule::kw_commitment
            | Rule::kw_company
            | Rule::kw_boundary
            | Rule::kw_system_requirement
            | Rule::kw_exclude
            | Rule::kw_because
            | Rule::kw_basis
            | Rule::kw_uses
            | Rule::kw_conclusion
            | Rule::kw_met_by
            | Rule::kw_reviewer
            | Rule::kw_date
            | Rule::kw_soc2
            | Rule::kw_eu_ai_act
            | Rule::kw_statement_of_applicability
            | Rule::kw_include
            | Rule::kw_approver
            | Rule::kw_report
            | Rule::kw_from
            | Rule::kw_to
            | Rule::kw_on
            | Rule::kw_supports
            | Rule::kw_incident
            | Rule::kw_change
    )
}

/// The meaningful children of a pair, in order.
fn children(pair: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    pair.into_inner().filter(|p| !is_noise(p.as_rule()))
}

/// The end of the last token of a pair, the slow way: the last token of
/// its last child, recursively. [`Lowerer::stmt_span`] must agree with it.
#[cfg(test)]
fn end_of(pair: &Pair<'_, Rule>) -> usize {
    if matches!(pair.as_rule(), Rule::string | Rule::text_block) {
        // Tokens: their closing quotes are part of them.
        return pair.as_span().end();
    }
    pair.clone()
        .into_inner()
        .filter(|p| p.as_rule() != Rule::COMMENT)
        .last()
        .map_or_else(|| pair.as_span().end(), |last| end_of(&last))
}

/// The meaningful children of a pair, and how many children it has in all
/// (enough room for a block's statements, known before they are lowered).
fn counted_children(pair: Pair<'_, Rule>) -> (usize, impl Iterator<Item = Pair<'_, Rule>>) {
    let inner = pair.into_inner();
    (inner.len(), inner.filter(|p| !is_noise(p.as_rule())))
}

/// Takes the next child; the grammar guarantees it is there.
fn next<'i>(children: &mut impl Iterator<Item = Pair<'i, Rule>>) -> Pair<'i, Rule> {
    children.next().expect("the grammar guarantees this child")
}

impl Lowerer {
    /// A lowerer for `text`, which starts at byte `base` of `file`.
    pub(super) fn new(file: FileId, base: usize, text: &str) -> Self {
        Self {
            file,
            base,
            comments: comments(text),
            diagnostics: Vec::new(),
        }
    }

    /// The span of a token.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.base + s.start(), self.base + s.end())
    }

    /// The span of a statement, ending at its last token: pest lets a rule
    /// that ends in an optional part swallow the white space and comments
    /// before it, which belong to what follows. Only layout lies between
    /// the last token and the pair's end, so the end is found by stepping
    /// back over white space and comments, without visiting the children.
    fn stmt_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = pair.as_span();
        let input = pair.get_input().as_bytes();
        let (start, mut end) = (span.start(), span.end());
        loop {
            while end > start && matches!(input[end - 1], b' ' | b'\t' | b'\r' | b'\n') {
                end -= 1;
            }
            // The comment that holds the byte before `end`, if one does.
            let next = self.comments.partition_point(|c| c.end < end);
            match self.comments.get(next) {
                Some(comment) if comment.start < end && comment.start >= start => {
                    end = comment.start;
                }
                _ => break,
            }
        }
        Span::new(self.file, self.base + start, self.base + end)
    }

    /// Lowers the whole file.
    pub(super) fn file(&mut self, pair: Pair<'_, Rule>) -> Ast {
        let comments = self
            .comments
            .iter()
            .map(|c| Span::new(self.file, self.base + c.start, self.base + c.end))
            .collect();
        let inner = pair.into_inner();
        let mut items = Vec::with_capacity(inner.len());
        items.extend(
            inner
                .filter(|p| !is_noise(p.as_rule()))
                .filter_map(|p| self.item(p)),
        );
        Ast {
            file: self.file,
            items,
            comments,
            broken: Vec::new(),
        }
    }

    fn item(&mut self, pair: Pair<'_, Rule>) -> Option<Stmt<Item>> {
        let span = self.stmt_span(&pair);
        let kind = match pair.as_rule() {
            Rule::framework => Item::Framework(self.framework(pair)),
            Rule::crosswalk => Item::Crosswalk(self.crosswalk(pair)),
            Rule::risk => Item::Risk(self.risk(pair)),
            Rule::implies => Item::Implies(self.implies(pair)?),
            Rule::control => Item::Control(self.control(pair)),
            Rule::system => Item::System(self.system(pair)),
            Rule::exclude => Item::Exclude(self.exclude(pair)),
            Rule::conclusion => Item::Conclusion(self.conclusion(pair)),
            Rule::statement_of_applicability => {
                Item::StatementOfApplicability(self.statement_of_applicability(pair))
            }
            Rule::include => Item::Include(self.include(pair)?),
            _ => return None,
        };
        Some(Stmt { kind, span })
    }

    // --- tokens ---------------------------------------------------------

    /// An `ident`, `name` (identifier or string) or `framework_name`.
    fn name(&self, pair: Pair<'_, Rule>) -> Name {
        match pair.as_rule() {
            Rule::name => self.name(next(&mut pair.into_inner())),
            Rule::string => self.text(pair),
            _ => Spanned {
                value: pair.as_str().to_owned(),
                span: self.span(&pair),
            },
        }
    }

    /// A `string` or `text_block`, decoded.
    fn text(&self, pair: Pair<'_, Rule>) -> Text {
        let span = self.span(&pair);
        let value = match pair.as_rule() {
            Rule::text_block => dedent(next(&mut pair.into_inner()).as_str()),
            _ => unescape(next(&mut pair.into_inner()).as_str()),
        };
        Spanned { value, span }
    }

    /// A vocabulary word, or a diagnostic naming the valid words.
    fn word<V: Vocabulary>(&mut self, pair: &Pair<'_, Rule>) -> Option<Spanned<V>> {
        let span = self.span(pair);
        let word = pair.as_str();
        if let Some(value) = V::from_word(word) {
            return Some(Spanned { value, span });
        }
        let words = V::words();
        let what = with_article(V::WHAT);
        let help = did_you_mean(&suggest_word(word, &words)).map_or_else(
            || format!("{what} is one of: {}", words.join(", ")),
            |d| {
                format!(
                    "{d} {}{} is one of: {}",
                    what[..1].to_ascii_uppercase(),
                    &what[1..],
                    words.join(", ")
                )
            },
        );
        self.diagnostics.push(
            Diagnostic::error(UNKNOWN_VALUE, span, format!("`{word}` is not {what}"))
                .label(format!("unknown {}", V::WHAT))
                .help(help),
        );
        None
    }

    fn strength(&mut self, pair: &Pair<'_, Rule>) -> Option<Spanned<u8>> {
        let span = self.span(pair);
        if let Ok(value @ 1..=10) = pair.as_str().parse::<u8>() {
            Some(Spanned { value, span })
        } else {
            self.diagnostics.push(
                Diagnostic::error(
                    STRENGTH_OUT_OF_RANGE,
                    span,
                    format!("strength `{}` is out of range", pair.as_str()),
                )
                .label("not between 1 and 10")
                .help("strength is a whole number from 1 (weak) to 10 (strong)"),
            );
            None
        }
    }

    /// A date written `YYYY-MM-DD` with a real month and day.
    fn date(&mut self, text: Text) -> Option<Text> {
        if is_date(&text.value) {
            return Some(text);
        }
        self.diagnostics.push(
            Diagnostic::error(
                INVALID_DATE,
                text.span,
                format!("`{}` is not a date", text.value),
            )
            .label("not YYYY-MM-DD")
            .help("write dates as YYYY-MM-DD, for example \"2026-08-02\""),
        );
        None
    }

    fn framework_ref(&self, pair: &Pair<'_, Rule>) -> FrameworkRef {
        self.split_framework_ref(pair.as_str(), self.base + pair.as_span().start())
    }

    /// `name` or `name@version` written at byte `start` (the grammar
    /// guarantees the shape: neither part holds `@` or `:`).
    fn split_framework_ref(&self, text: &str, start: usize) -> FrameworkRef {
        let at = |from: usize, value: &str| Spanned {
            value: value.to_owned(),
            span: Span::new(self.file, start + from, start + from + value.len()),
        };
        let (name, version) = match text.split_once('@') {
            Some((name, version)) => (at(0, name), Some(at(name.len() + 1, version))),
            None => (at(0, text), None),
        };
        FrameworkRef {
            name,
            version,
            span: Span::new(self.file, start, start + text.len()),
        }
    }

    /// `framework@version:ID` or `framework@version:"ID"`, split at the first
    /// `:` (framework names and versions have none).
    fn requirement_ref(&self, pair: &Pair<'_, Rule>) -> RequirementRef {
        let span = self.span(pair);
        let text = pair.as_str();
        let start = self.base + pair.as_span().start();
        let (framework, id) = text.split_once(':').expect("the grammar guarantees a `:`");
        let id_start = start + framework.len() + 1;
        let id_span = Span::new(self.file, id_start, start + text.len());
        let value = match id.strip_prefix('"').and_then(|i| i.strip_suffix('"')) {
            Some(quoted) => unescape(quoted),
            None => id.to_owned(),
        };
        RequirementRef {
            framework: self.split_framework_ref(framework, start),
            id: Spanned {
                value,
                span: id_span,
            },
            span,
        }
    }

    // --- frameworks -----------------------------------------------------

    fn framework(&mut self, pair: Pair<'_, Rule>) -> Framework {
        let (room, mut inner) = counted_children(pair);
        let name = self.name(next(&mut inner));
        let version = self.text(next(&mut inner));
        let title = self.text(next(&mut inner));
        let mut body = Vec::with_capacity(room);
        body.extend(inner.filter_map(|p| self.catalog_stmt(p)));
        Framework {
            name,
            version,
            title,
            body,
        }
    }

    fn catalog_node(&mut self, pair: Pair<'_, Rule>) -> CatalogNode {
        let (room, mut inner) = counted_children(pair);
        let id = self.name(next(&mut inner));
        let title = self.text(next(&mut inner));
        let mut body = Vec::with_capacity(room);
        body.extend(inner.filter_map(|p| self.catalog_stmt(p)));
        CatalogNode { id, title, body }
    }

    fn catalog_stmt(&mut self, pair: Pair<'_, Rule>) -> Option<Stmt<CatalogStmt>> {
        let span = self.stmt_span(&pair);
        let rule = pair.as_rule();
        let kind = match rule {
            Rule::group => CatalogStmt::Group(self.catalog_node(pair)),
            Rule::requirement => CatalogStmt::Requirement(self.catalog_node(pair)),
            Rule::tags => CatalogStmt::Tags(children(pair).map(|p| self.name(p)).collect()),
            Rule::withdrawn => CatalogStmt::Withdrawn,
            Rule::informative => CatalogStmt::Informative,
            Rule::applies_from => {
                let mut inner = children(pair);
                let date = self.date(self.text(next(&mut inner)));
                // Both are checked before either is dropped, so one run
                // reports a bad date and a bad basis alike.
                let basis = inner.next().map(|word| self.word(&word));
                let basis = match basis {
                    Some(None) => return None,
                    Some(Some(basis)) => Some(basis),
                    None => None,
                };
                CatalogStmt::AppliesFrom { date: date?, basis }
            }
            _ => {
                let text = self.text(next(&mut children(pair)));
                match rule {
                    Rule::publisher => CatalogStmt::Publisher(text),
                    Rule::licence => CatalogStmt::Licence(text),
                    Rule::source => CatalogStmt::Source(text),
                    Rule::url => CatalogStmt::Url(text),
                    Rule::summary => CatalogStmt::Summary(text),
                    Rule::display => CatalogStmt::Display(text),
                    Rule::statement => CatalogStmt::Statement(text),
                    Rule::guidance => CatalogStmt::Guidance(text),
                    _ => return None,
                }
            }
        };
        Some(Stmt { kind, span })
    }

    // --- crosswalks -----------------------------------------------------

    fn crosswalk(&mut self, pair: Pair<'_, Rule>) -> Crosswalk {
        let mut inner = children(pair);
        let from = self.framework_ref(&next(&mut inner));
        let to = self.framework_ref(&next(&mut inner));
        let body = inner
            .filter_map(|p| {
                let span = self.stmt_span(&p);
                let kind = match p.as_rule() {
                    Rule::source => CrosswalkStmt::Source(self.text(next(&mut children(p)))),
                    Rule::pair => CrosswalkStmt::Pair(self.pair(p)?),
                    _ => return None,
                };
                Some(Stmt { kind, span })
            })
            .collect();
        Crosswalk { from, to, body }
    }

    fn pair(&mut self, pair: Pair<'_, Rule>) -> Option<CrosswalkPair> {
        let mut inner = children(pair);
        let from = self.name(next(&mut inner));
        let relationship = self.word(&next(&mut inner));
        let to = self.name(next(&mut inner));
        let attributes = inner
            .next()
            .map(|p| self.edge_attributes(p))
            .unwrap_or_default();
        Some(CrosswalkPair {
            from,
            relationship: relationship?,
            to,
            attributes,
        })
    }

    fn edge_attributes(&mut self, pair: Pair<'_, Rule>) -> Vec<Stmt<EdgeAttribute>> {
        children(pair)
            .filter_map(|p| {
                let span = self.stmt_span(&p);
                let rule = p.as_rule();
                let value = next(&mut children(p));
                let kind = match rule {
                    Rule::rationale => EdgeAttribute::Rationale(self.word(&value)?),
                    Rule::strength => EdgeAttribute::Strength(self.strength(&value)?),
                    Rule::status => EdgeAttribute::Status(self.word(&value)?),
                    Rule::note => EdgeAttribute::Note(self.text(value)),
                    Rule::scope => EdgeAttribute::Scope(self.text(value)),
                    _ => return None,
                };
                Some(Stmt { kind, span })
            })
            .collect()
    }

    // --- risks and controls ---------------------------------------------

    fn risk(&mut self, pair: Pair<'_, Rule>) -> Risk {
        let mut inner = children(pair);
        let id = self.name(next(&mut inner));
        let title = self.text(next(&mut inner));
        let body = inner
            .filter_map(|p| {
                let span = self.stmt_span(&p);
                let kind = match p.as_rule() {
                    Rule::category => RiskStmt::Category(self.name(next(&mut children(p)))),
                    Rule::description => RiskStmt::Description(self.text(next(&mut children(p)))),
                    Rule::touches => {
                        let mut targets = Vec::new();
                        let mut because = None;
                        for child in children(p) {
                            match child.as_rule() {
                                Rule::requirement_ref => targets.push(self.requirement_ref(&child)),
                                _ => because = Some(self.text(child)),
                            }
                        }
                        RiskStmt::Touches(Touches { targets, because })
                    }
                    Rule::touches_none => {
                        let mut inner = children(p);
                        let framework = self.framework_ref(&next(&mut inner));
                        let because = self.text(next(&mut inner));
                        RiskStmt::TouchesNone(TouchesNone { framework, because })
                    }
                    _ => return None,
                };
                Some(Stmt { kind, span })
            })
            .collect();
        Risk { id, title, body }
    }

    fn implies(&mut self, pair: Pair<'_, Rule>) -> Option<Implies> {
        let mut inner = children(pair);
        let kind = self.word(&next(&mut inner));
        let risks = inner.map(|p| self.name(p)).collect();
        Some(Implies { kind: kind?, risks })
    }

    fn control(&mut self, pair: Pair<'_, Rule>) -> Control {
        let (room, mut inner) = counted_children(pair);
        let id = self.name(next(&mut inner));
        let title = self.text(next(&mut inner));
        let mut body = Vec::with_capacity(room);
        body.extend(inner.filter_map(|p| self.control_stmt(p)));
        Control { id, title, body }
    }

    fn control_stmt(&mut self, pair: Pair<'_, Rule>) -> Option<Stmt<ControlStmt>> {
        let span = self.stmt_span(&pair);
        let rule = pair.as_rule();
        let kind = match rule {
            Rule::mitigates => {
                ControlStmt::Mitigates(children(pair).map(|p| self.name(p)).collect())
            }
            Rule::evidence => {
                let mut inner = children(pair);
                let name = self.text(next(&mut inner));
                let body = inner.filter_map(|p| self.evidence_stmt(p)).collect();
                ControlStmt::Evidence(Evidence { name, body })
            }
            Rule::satisfies => {
                let mut inner = children(pair);
                let target = self.requirement_ref(&next(&mut inner));
                let relationship = self.word(&next(&mut inner));
                let attributes = inner
                    .next()
                    .map(|p| self.edge_attributes(p))
                    .unwrap_or_default();
                ControlStmt::Satisfies(Satisfies {
                    target,
                    relationship: relationship?,
                    attributes,
                })
            }
            _ => {
                let value = next(&mut children(pair));
                match rule {
                    Rule::owner => ControlStmt::Owner(self.text(value)),
                    Rule::frequency => ControlStmt::Frequency(self.word(&value)?),
                    Rule::nature => ControlStmt::Nature(self.word(&value)?),
                    Rule::automation => ControlStmt::Automation(self.word(&value)?),
                    Rule::description => ControlStmt::Description(self.text(value)),
                    Rule::test => ControlStmt::Test(self.text(value)),
                    _ => return None,
                }
            }
        };
        Some(Stmt { kind, span })
    }

    fn evidence_stmt(&mut self, pair: Pair<'_, Rule>) -> Option<Stmt<EvidenceStmt>> {
        let span = self.stmt_span(&pair);
        let rule = pair.as_rule();
        let value = next(&mut children(pair));
        let kind = match rule {
            Rule::evidence_system => EvidenceStmt::System(self.text(value)),
            Rule::retention => EvidenceStmt::Retention(self.text(value)),
            Rule::description => EvidenceStmt::Description(self.text(value)),
            Rule::frequency => EvidenceStmt::Frequency(self.word(&value)?),
            _ => return None,
        };
        Some(Stmt { kind, span })
    }

    // --- systems and exclusions -----------------------------------------

    fn system(&mut self, pair: Pair<'_, Rule>) -> System {
        let (room, mut inner) = counted_children(pair);
        let name = self.text(next(&mut inner));
        let mut body = Vec::with_capacity(room);
        body.extend(inner.filter_map(|p| self.system_stmt(p)));
        System { name, body }
    }

    fn system_stmt(&mut self, pair: Pair<'_, Rule>) -> Option<Stmt<SystemStmt>> {
        let span = self.stmt_span(&pair);
        let kind = match pair.as_rule() {
            Rule::description => SystemStmt::Description(self.text(next(&mut children(pair)))),
            Rule::cuec => SystemStmt::Cuec(self.complementary(pair)),
            Rule::soc2_report => SystemStmt::Soc2Report(self.soc2_report(pair)?),
            Rule::commitment => SystemStmt::Commitment(self.text(next(&mut children(pair)))),
            Rule::company => SystemStmt::Company(self.text(next(&mut children(pair)))),
            Rule::system_requirement => {
                SystemStmt::SystemRequirement(self.text(next(&mut children(pair))))
            }
            Rule::boundary => SystemStmt::Boundary(self.text(next(&mut children(pair)))),
            Rule::incident => SystemStmt::Incident(self.text(next(&mut children(pair)))),
            Rule::change => SystemStmt::Change(self.text(next(&mut children(pair)))),
            Rule::exclude => SystemStmt::Exclude(self.exclude(pair)),
            Rule::soc2_criteria => {
                SystemStmt::Soc2Criteria(children(pair).filter_map(|p| self.word(&p)).collect())
            }
            Rule::eu_ai_act_scope => SystemStmt::EuAiAct(self.eu_ai_act(pair)),
            Rule::component => {
                let mut inner = children(pair);
                let name = self.text(next(&mut inner));
                let kind = self.word(&next(&mut inner));
                let body = inner
                    .filter_map(|p| {
                        let span = self.stmt_span(&p);
                        let kind = match p.as_rule() {
                            Rule::description => {
                                ComponentStmt::Description(self.text(next(&mut children(p))))
                            }
                            Rule::owner => ComponentStmt::Owner(self.text(next(&mut children(p)))),
                            Rule::category => {
                                ComponentStmt::Category(self.word(&next(&mut children(p)))?)
                            }
                            Rule::component_eu_ai_act => {
                                ComponentStmt::EuAiAct(Box::new(self.eu_ai_act(p)))
                            }
                            _ => return None,
                        };
                        Some(Stmt { kind, span })
                    })
                    .collect();
                SystemStmt::Component(Component {
                    name,
                    kind: kind?,
                    body,
                })
            }
            Rule::subservice => {
                let mut inner = children(pair);
                let name = self.text(next(&mut inner));
                let treatment = self.word(&next(&mut inner));
                let body = inner
                    .filter_map(|p| {
                        let span = self.stmt_span(&p);
                        let kind = match p.as_rule() {
                            Rule::description => {
                                SubserviceStmt::Description(self.text(next(&mut children(p))))
                            }
                            Rule::csoc => SubserviceStmt::Csoc(self.complementary(p)),
                            _ => return None,
                        };
                        Some(Stmt { kind, span })
                    })
                    .collect();
                SystemStmt::Subservice(Subservice {
                    name,
                    treatment: treatment?,
                    body,
                })
            }
            _ => return None,
        };
        Some(Stmt { kind, span })
    }

    /// `csoc "…" supports REF, …` or `cuec "…" supports REF, …`.
    fn complementary(&self, pair: Pair<'_, Rule>) -> Complementary {
        let mut inner = children(pair);
        let text = self.text(next(&mut inner));
        let supports = inner
            .next()
            .map(|s| children(s).map(|r| self.requirement_ref(&r)).collect())
            .unwrap_or_default();
        Complementary { text, supports }
    }

    /// `soc2 report type-2 from "…" to "…"` or `soc2 report type-1 on
    /// "…"`: the type, the dates, that the period runs forwards and that
    /// the dates fit the type, all checked before any is dropped.
    fn soc2_report(&mut self, pair: Pair<'_, Rule>) -> Option<Soc2Report> {
        let mut inner = children(pair);
        let kind = self.word::<ReportKind>(&next(&mut inner));
        let dates_pair = next(&mut inner);
        let dates_span = self.stmt_span(&dates_pair);
        let rule = dates_pair.as_rule();
        let texts: Vec<Text> = children(dates_pair).map(|p| self.text(p)).collect();
        let mut texts = texts.into_iter();
        let first = texts.next().expect("the grammar guarantees a date");
        let second = texts.next();
        let first_date = self.date(first);
        let second_date = second.map(|t| self.date(t));
        let dates = match (rule, first_date, second_date) {
            (Rule::report_period, Some(from), Some(Some(to))) => {
                if from.value > to.value {
                    self.diagnostics.push(
                        Diagnostic::error(
                            REPORT_PERIOD_REVERSED,
                            to.span,
                            format!(
                                "the report period ends on {} before it starts on {}",
                                to.value, from.value
                            ),
                        )
                        .label("before the `from` date")
                        .with_secondary(from.span, "the period starts here")
                        .help("write the first day of the period after `from` and the last after `to`"),
                    );
                    return None;
                }
                ReportDates::Period { from, to }
            }
            (Rule::report_on, Some(on), None) => ReportDates::On(on),
            _ => return None,
        };
        let kind = kind?;
        let mismatch = match (kind.value, &dates) {
            (ReportKind::Type1, ReportDates::Period { .. }) => Some((
                "a Type I report is as of one date, not for a period",
                "write `soc2 report type-1 on \"YYYY-MM-DD\"`, or `type-2` for a report on a period",
            )),
            (ReportKind::Type2, ReportDates::On(_)) => Some((
                "a Type II report covers a period, not one date",
                "write `soc2 report type-2 from \"YYYY-MM-DD\" to \"YYYY-MM-DD\"`, or `type-1` for a report as of one date",
            )),
            _ => None,
        };
        if let Some((message, help)) = mismatch {
            self.diagnostics.push(
                Diagnostic::error(REPORT_DATES_MISMATCH, dates_span, message)
                    .label(format!(
                        "dates of a {} report",
                        if kind.value == ReportKind::Type1 {
                            "Type II"
                        } else {
                            "Type I"
                        }
                    ))
                    .with_secondary(kind.span, "the report type")
                    .help(help),
            );
            return None;
        }
        Some(Soc2Report { kind, dates })
    }

    /// `eu-ai-act [role R, …] [tier T, …] [basis REF] [uses U, …]
    /// [because "…"]` in a system or component: roles come first, the
    /// words after `tier` are tiers.
    fn eu_ai_act(&mut self, pair: Pair<'_, Rule>) -> EuAiAct {
        let mut scope = EuAiAct {
            roles: Vec::new(),
            tiers: Vec::new(),
            basis: None,
            uses: Vec::new(),
            because: None,
        };
        let mut in_tiers = false;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_tier => in_tiers = true,
                Rule::word if in_tiers => scope.tiers.extend(self.word(&p)),
                Rule::word => scope.roles.extend(self.word(&p)),
                Rule::eu_basis => {
                    scope.basis = Some(self.requirement_ref(&next(&mut children(p))));
                }
                Rule::eu_uses => {
                    for word in children(p) {
                        scope.uses.extend(self.word(&word));
                    }
                }
                Rule::string | Rule::text_block => scope.because = Some(self.text(p)),
                _ => {}
            }
        }
        scope
    }

    fn conclusion(&mut self, pair: Pair<'_, Rule>) -> Conclusion {
        let mut inner = children(pair);
        let target = self.requirement_ref(&next(&mut inner));
        let body = inner
            .filter_map(|p| {
                let span = self.stmt_span(&p);
                let rule = p.as_rule();
                let kind = match rule {
                    Rule::met_by => {
                        ConclusionStmt::MetBy(children(p).map(|c| self.name(c)).collect())
                    }
                    Rule::status => ConclusionStmt::Status(self.word(&next(&mut children(p)))?),
                    _ => {
                        let text = self.text(next(&mut children(p)));
                        match rule {
                            Rule::reasoning => ConclusionStmt::Because(text),
                            Rule::reviewer => ConclusionStmt::Reviewer(text),
                            // A date that is not one is reported, and kept, so the
                            // conclusion is not also reported without a date.
                            Rule::conclusion_date => {
                                ConclusionStmt::Date(self.date(text.clone()).unwrap_or(text))
                            }
                            _ => return None,
                        }
                    }
                };
                Some(Stmt { kind, span })
            })
            .collect();
        Conclusion { target, body }
    }

    fn exclude(&self, pair: Pair<'_, Rule>) -> Exclude {
        let mut inner = children(pair);
        let target = self.requirement_ref(&next(&mut inner));
        let reason = self.text(next(&mut inner));
        Exclude { target, reason }
    }
}

// --- the Statement of Applicability -------------------------------------

impl Lowerer {
    fn statement_of_applicability(&mut self, pair: Pair<'_, Rule>) -> StatementOfApplicability {
        let mut inner = children(pair);
        let framework = self.framework_ref(&next(&mut inner));
        let body = inner
            .filter_map(|p| {
                let span = self.stmt_span(&p);
                let rule = p.as_rule();
                let text = self.text(next(&mut children(p)));
                let kind = match rule {
                    Rule::soa_version => SoaStmt::Version(text),
                    // A date that is not one is reported, and kept, so the
                    // statement is not also reported without a date.
                    Rule::soa_date => SoaStmt::Date(self.date(text.clone()).unwrap_or(text)),
                    Rule::approver => SoaStmt::Approver(text),
                    Rule::scope => SoaStmt::Scope(text),
                    _ => return None,
                };
                Some(Stmt { kind, span })
            })
            .collect();
        StatementOfApplicability { framework, body }
    }

    /// `include REF [status WORD] because TEXT`; `None` (reported) when
    /// the status is not one.
    fn include(&mut self, pair: Pair<'_, Rule>) -> Option<Include> {
        let mut target = None;
        let mut status = None;
        let mut reason = None;
        for child in children(pair) {
            match child.as_rule() {
                Rule::requirement_ref => target = Some(self.requirement_ref(&child)),
                Rule::include_status => {
                    status = Some(self.word(&next(&mut children(child)))?);
                }
                _ => reason = Some(self.text(child)),
            }
        }
        Some(Include {
            target: target.expect("the grammar guarantees a reference"),
            status,
            reason: reason.expect("the grammar guarantees a justification"),
        })
    }
}

/// Whether `text` is a calendar date `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(year, 4), number(month, 2), number(day, 2))
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// "a frequency", "an automation level".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}

/// Decodes the escapes of a quoted string's inside: `\"`, `\\`, `\n`, `\t`.
pub(super) fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The value of a text block: the new line after the opening `"""` and the
/// white space before the closing one are dropped, and the indentation the
/// non-blank lines share is removed. Text blocks have no escapes.
pub(crate) fn dedent(raw: &str) -> String {
    let raw = raw
        .strip_prefix("\r\n")
        .or_else(|| raw.strip_prefix('\n'))
        .unwrap_or(raw);
    let mut lines: Vec<&str> = raw
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    if lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    let dedented: Vec<&str> = lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                ""
            } else {
                &l[indent..]
            }
        })
        .collect();
    dedented.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::grammar::CrosswalkParser;
    use pest::Parser as _;

    /// The built-in catalogs, every `.cw` fixture, and a file whose
    /// statements end in optional parts followed by comments.
    fn texts() -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .expect("the fixtures")
                .map(|e| e.expect("an entry").path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "cw") {
                    out.push(std::fs::read_to_string(&path).expect("a fixture"));
                }
            }
        }
        let mut texts: Vec<String> = crate::frameworks::builtin_sources()
            .iter()
            .map(|f| f.text.to_string())
            .collect();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
            &mut texts,
        );
        texts.push(
            "control A \"a\" { # one\n  mitigates r1, r2 # two\n  # three\n\n  satisfies x@1:Y equal # four\r\n}\n\
             risk r \"t\"   # after an item with no body\n# and another\nrisk s \"u\"#\n"
                .to_owned(),
        );
        texts
    }

    #[test]
    fn statement_spans_end_at_the_last_token_and_comments_are_the_grammars() {
        let mut pairs_seen = 0;
        for text in texts() {
            let Ok(mut pairs) = CrosswalkParser::parse(Rule::file, &text) else {
                continue;
            };
            let root = pairs.next().expect("the file");
            let lowerer = Lowerer::new(FileId(0), 0, &text);
            let grammar_comments: Vec<Range<usize>> = root
                .clone()
                .into_inner()
                .flatten()
                .filter(|p| p.as_rule() == Rule::COMMENT)
                .map(|p| p.as_span().start()..p.as_span().end())
                .collect();
            assert_eq!(lowerer.comments, grammar_comments);
            for pair in root
                .into_inner()
                .flatten()
                // The insides of literals are not statements.
                .filter(|p| {
                    !matches!(
                        p.as_rule(),
                        Rule::COMMENT | Rule::string_inner | Rule::text_block_inner
                    )
                })
            {
                let span = lowerer.stmt_span(&pair);
                assert_eq!(
                    span.end as usize,
                    end_of(&pair),
                    "{:?} in {text}",
                    pair.as_rule()
                );
                pairs_seen += 1;
            }
        }
        assert!(pairs_seen > 30_000, "{pairs_seen}");
    }

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2026-08-02"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2025-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("2026-8-2"));
        assert!(!is_date("next year"));
    }

    #[test]
    fn strings_unescape() {
        assert_eq!(unescape(r#"a\"b\\c\nd\te"#), "a\"b\\c\nd\te");
    }

    #[test]
    fn text_blocks_lose_shared_indentation_only() {
        let raw = "\n    Every model version\n      is approved.\n\n    Done.\n  ";
        assert_eq!(dedent(raw), "Every model version\n  is approved.\n\nDone.");
        assert_eq!(dedent("one line"), "one line");
        assert_eq!(dedent("\r\n  a\r\n  b\r\n"), "a\nb");
    }
}

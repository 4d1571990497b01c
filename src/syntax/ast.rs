//! The syntax tree: plain data, no pest types. Every node keeps its span.
//!
//! Blocks keep their statements in source order as a list, so `fmt` can
//! print them back in the user's order and resolution can report a property
//! given twice. Serializing a tree leaves the spans out: two trees that
//! serialize alike say the same thing.

use serde::{Serialize, Serializer};

use crate::source::{FileId, Span};
use crate::vocabulary::{
    Automation, ComponentCategory, ComponentKind, EuBasis, EuRole, EuTier, EuUse, Frequency,
    ImplementationStatus, Nature, Rationale, Relationship, ReportKind, ReviewStatus,
    SubserviceTreatment, TrustCategory,
};

/// A value with the span it was written at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// A name as written: an identifier or the value of a quoted string.
pub type Name = Spanned<String>;

/// A text value (quoted string or triple-quoted block), already unescaped
/// and dedented; its span covers the literal as written.
pub type Text = Spanned<String>;

/// A statement of a block: what it says and the span of the whole statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stmt<K> {
    /// What the statement says.
    pub kind: K,
    /// The whole statement, keyword to end.
    pub span: Span,
}

impl<K: Serialize> Serialize for Stmt<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.kind.serialize(serializer)
    }
}

/// One parsed `.cw` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ast {
    /// The file it was parsed from.
    #[serde(skip)]
    pub file: FileId,
    /// The top-level items, in source order.
    pub items: Vec<Stmt<Item>>,
    /// Every comment's span, in source order (for `fmt`).
    #[serde(skip)]
    pub comments: Vec<Span>,
    /// The top-level items that did not parse, in source order: each has
    /// its own syntax diagnostic, and the names they were declaring are
    /// not reported as unknown where they are used.
    #[serde(skip)]
    pub broken: Vec<BrokenItem>,
}

/// A top-level item that did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenItem {
    /// The keyword it starts with (`control`, `risk`, `framework`, …), when
    /// it starts with one.
    pub keyword: Option<String>,
    /// The name it declares, when its header parses (`control AC-1 {` …
    /// gives `AC-1`; for a framework, its `name@version`).
    pub name: Option<String>,
    /// The whole item: from its first token to the end of its last one
    /// before the next item starts (the comments and white space after it
    /// left out). Its diagnostic may point just past it, where the next
    /// item starts, when that is where the grammar gave up (a block left
    /// open).
    pub span: Span,
}

/// A top-level item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    /// A framework catalog.
    Framework(Framework),
    /// A crosswalk between two framework versions.
    Crosswalk(Crosswalk),
    /// A risk.
    Risk(Risk),
    /// `component-kind K implies a, b`: the risks a kind of component brings.
    Implies(Implies),
    /// A control.
    Control(Control),
    /// A system in the audit's scope.
    System(System),
    /// A requirement scoped out.
    Exclude(Exclude),
    /// Controls that together meet one requirement.
    Conclusion(Conclusion),
    /// `statement-of-applicability fw@v { … }`: the details of an ISO/IEC
    /// 42001 Statement of Applicability.
    StatementOfApplicability(StatementOfApplicability),
    /// `include fw@v:ID status S because "…"`: a control included in the
    /// Statement of Applicability, with the organisation's justification.
    Include(Include),
}

/// `framework ID version "V" "Title" { … }`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Framework {
    /// Short name (`soc2`).
    pub name: Name,
    /// Version (`2017`).
    pub version: Text,
    /// Full title.
    pub title: Text,
    /// Statements.
    pub body: Vec<Stmt<CatalogStmt>>,
}

/// A statement in a framework, group or requirement block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CatalogStmt {
    /// `publisher "…"`
    Publisher(Text),
    /// `licence "…"`
    Licence(Text),
    /// `source "…"`
    Source(Text),
    /// `url "…"`
    Url(Text),
    /// `summary "…"`
    Summary(Text),
    /// `display "GOVERN 1.1"`
    Display(Text),
    /// `statement """…"""`: the official text (public-domain catalogs).
    Statement(Text),
    /// `guidance """…"""`: the official discussion or guidance.
    Guidance(Text),
    /// `withdrawn`: the requirement was withdrawn from its catalog.
    Withdrawn,
    /// `informative`: the entry defines, classifies, presumes or empowers
    /// rather than obliges; it never counts as a gap.
    Informative,
    /// `tags a, b:c`
    Tags(Vec<Name>),
    /// `applies-from "2026-08-02"` or `applies-from "2028-08-02" for annex-i`
    AppliesFrom {
        /// The date, `YYYY-MM-DD`.
        date: Text,
        /// The classification basis the date holds for (`None`: the
        /// general date).
        basis: Option<Spanned<EuBasis>>,
    },
    /// A nested group.
    Group(CatalogNode),
    /// A requirement.
    Requirement(CatalogNode),
}

/// A group or requirement: `group ID "Title" { … }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogNode {
    /// Identifier.
    pub id: Name,
    /// Short heading.
    pub title: Text,
    /// Statements; empty when the block was left out.
    pub body: Vec<Stmt<CatalogStmt>>,
}

/// A reference to a framework: `soc2@2017` or `soc2`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FrameworkRef {
    /// Short name.
    pub name: Name,
    /// Version, when given.
    pub version: Option<Name>,
    /// The whole reference.
    #[serde(skip)]
    pub span: Span,
}

/// A reference to a requirement: `soc2@2017:CC8.1`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequirementRef {
    /// The framework.
    pub framework: FrameworkRef,
    /// The requirement's identifier.
    pub id: Name,
    /// The whole reference.
    #[serde(skip)]
    pub span: Span,
}

/// `crosswalk A@1 -> B@2 { … }`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Crosswalk {
    /// The framework the pairs start from.
    pub from: FrameworkRef,
    /// The framework the pairs lead to.
    pub to: FrameworkRef,
    /// Statements.
    pub body: Vec<Stmt<CrosswalkStmt>>,
}

/// A statement in a crosswalk block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CrosswalkStmt {
    /// `source "…"`: who published the mapping, or `authored` and why.
    Source(Text),
    /// `CC8.1 intersects A.6.2.5`
    Pair(Pair),
}

/// One pair of a crosswalk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    /// Requirement in the `from` framework.
    pub from: Name,
    /// How `from`'s scope compares with `to`'s.
    pub relationship: Spanned<Relationship>,
    /// Requirement in the `to` framework.
    pub to: Name,
    /// Edge attributes.
    pub attributes: Vec<Stmt<EdgeAttribute>>,
}

/// An attribute of a mapping edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeAttribute {
    /// `rationale semantic`
    Rationale(Spanned<Rationale>),
    /// `strength 8` (1–10)
    Strength(Spanned<u8>),
    /// `status reviewed`
    Status(Spanned<ReviewStatus>),
    /// `note "…"`
    Note(Text),
    /// `scope "…"`: how the control is in scope for this framework.
    Scope(Text),
}

/// `risk ID "Title" { … }`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Risk {
    /// Identifier.
    pub id: Name,
    /// Short title.
    pub title: Text,
    /// Statements.
    pub body: Vec<Stmt<RiskStmt>>,
}

/// A statement in a risk block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskStmt {
    /// `category security`
    Category(Name),
    /// `description "…"`
    Description(Text),
    /// `touches soc2@2017:CC6.1, … because "…"`: requirements the risk
    /// bears on, and why.
    Touches(Touches),
    /// `touches-none soc2@2017 because "…"`: a framework reviewed and found
    /// to hold nothing the risk bears on, and why.
    TouchesNone(TouchesNone),
}

/// `touches REF, REF because "…"`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Touches {
    /// The requirements.
    pub targets: Vec<RequirementRef>,
    /// Why the risk bears on them.
    pub because: Option<Text>,
}

/// `touches-none FRAMEWORK@VERSION because "…"`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TouchesNone {
    /// The framework reviewed.
    pub framework: FrameworkRef,
    /// Why nothing in it bears on the risk.
    pub because: Text,
}

/// `component-kind K implies RISK, RISK`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Implies {
    /// The kind of component.
    pub kind: Spanned<ComponentKind>,
    /// The risks every component of that kind brings.
    pub risks: Vec<Name>,
}

/// `control ID "Title" { … }`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Control {
    /// Identifier.
    pub id: Name,
    /// Short title.
    pub title: Text,
    /// Statements.
    pub body: Vec<Stmt<ControlStmt>>,
}

/// A statement in a control block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlStmt {
    /// `owner "…"`
    Owner(Text),
    /// `frequency per-change`
    Frequency(Spanned<Frequency>),
    /// `nature preventive`
    Nature(Spanned<Nature>),
    /// `automation manual`
    Automation(Spanned<Automation>),
    /// `description """…"""`
    Description(Text),
    /// `mitigates a, b`
    Mitigates(Vec<Name>),
    /// `evidence "…" { … }`
    Evidence(Evidence),
    /// `test "…"`
    Test(Text),
    /// `satisfies fw@v:ID relationship { … }`
    Satisfies(Satisfies),
}

/// An evidence item of a control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// What is collected.
    pub name: Text,
    /// Statements.
    pub body: Vec<Stmt<EvidenceStmt>>,
}

/// A statement in an evidence block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceStmt {
    /// `system "…"`: where it is kept.
    System(Text),
    /// `retention "7y"`
    Retention(Text),
    /// `description "…"`
    Description(Text),
    /// `frequency monthly`: how often the item is produced (the control's
    /// frequency when absent).
    Frequency(Spanned<Frequency>),
}

/// A mapping edge from a control to a requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Satisfies {
    /// The requirement.
    pub target: RequirementRef,
    /// How the control's scope compares with the requirement's.
    pub relationship: Spanned<Relationship>,
    /// Edge attributes.
    pub attributes: Vec<Stmt<EdgeAttribute>>,
}

/// `system "Name" { … }`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct System {
    /// The system's name.
    pub name: Text,
    /// Statements.
    pub body: Vec<Stmt<SystemStmt>>,
}

/// A statement in a system block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SystemStmt {
    /// `description "…"`
    Description(Text),
    /// `soc2 criteria security, availability`
    Soc2Criteria(Vec<Spanned<TrustCategory>>),
    /// `soc2 report type-2 from "…" to "…"` or `soc2 report type-1 on "…"`
    Soc2Report(Soc2Report),
    /// `eu-ai-act role provider tier high-risk basis … uses … because "…"`
    EuAiAct(EuAiAct),
    /// `component "…" kind K { … }`
    Component(Component),
    /// `subservice "…" carve-out { … }`
    Subservice(Subservice),
    /// `company "…"`
    Company(Text),
    /// `cuec "…" supports REF, …`
    Cuec(Complementary),
    /// `commitment "…"`
    Commitment(Text),
    /// `system-requirement "…"`
    SystemRequirement(Text),
    /// `boundary "…"`
    Boundary(Text),
    /// `incident "…"`: a significant incident during the period.
    Incident(Text),
    /// `change "…"`: a significant change to the system during the period.
    Change(Text),
    /// `exclude fw@v:ID because "…"`
    Exclude(Exclude),
}

/// A component of a system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Component {
    /// Its name.
    pub name: Text,
    /// What it is.
    pub kind: Spanned<ComponentKind>,
    /// Statements: `description`, `owner`, `category`, `eu-ai-act`.
    pub body: Vec<Stmt<ComponentStmt>>,
}

/// A statement in a component block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentStmt {
    /// `description "…"`
    Description(Text),
    /// `owner "…"`
    Owner(Text),
    /// `category data`: the SOC 2 component category it is filed under.
    Category(Spanned<ComponentCategory>),
    /// `eu-ai-act role provider tier high-risk basis … because "…"`: the
    /// component's own EU AI Act classification (no roles: the system's).
    EuAiAct(Box<EuAiAct>),
}

/// An `eu-ai-act` line of a system or component: `eu-ai-act role provider
/// tier high-risk basis eu-ai-act@2026:AnnexIII.5(b) uses interaction
/// because "…"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EuAiAct {
    /// Operator roles (in a component, empty: the system's).
    pub roles: Vec<Spanned<EuRole>>,
    /// Risk tiers.
    pub tiers: Vec<Spanned<EuTier>>,
    /// `basis REF`: the catalog entry the classification rests on (an
    /// Annex III point, or Art. 6(1) for a product under Annex I).
    pub basis: Option<RequirementRef>,
    /// `uses a, b`: the Art. 50 transparency use cases.
    pub uses: Vec<Spanned<EuUse>>,
    /// `because "…"`: the reason for the classification, in words.
    pub because: Option<Text>,
}

/// A subservice organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subservice {
    /// Its name.
    pub name: Text,
    /// Carved out or inclusive.
    pub treatment: Spanned<SubserviceTreatment>,
    /// Statements: `description`, `csoc`.
    pub body: Vec<Stmt<SubserviceStmt>>,
}

/// A statement in a subservice block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubserviceStmt {
    /// `description "…"`
    Description(Text),
    /// `csoc "…" supports REF, …`: a control of the subservice organisation.
    Csoc(Complementary),
}

/// A complementary control (`csoc` or `cuec`): its text and the criteria it
/// supports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Complementary {
    /// What the control does.
    pub text: Text,
    /// `supports REF, …`: the requirements it supports (empty: none named).
    pub supports: Vec<RequirementRef>,
}

/// `soc2 report type-2 from "…" to "…"` or `soc2 report type-1 on "…"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Soc2Report {
    /// Type I or Type II.
    pub kind: Spanned<ReportKind>,
    /// The dates as written.
    pub dates: ReportDates,
}

/// The dates of a SOC 2 report, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportDates {
    /// `from "…" to "…"`: a period.
    Period {
        /// The first day.
        from: Text,
        /// The last day.
        to: Text,
    },
    /// `on "…"`: a point in time.
    On(Text),
}

/// `exclude fw@v:ID because "…"`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exclude {
    /// The requirement scoped out.
    pub target: RequirementRef,
    /// The written justification.
    pub reason: Text,
}

/// `conclusion fw@v:ID { met-by A, B because "…" reviewer "…" date "…" }`:
/// a person's judgement that several controls together meet a requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conclusion {
    /// The requirement met.
    pub target: RequirementRef,
    /// Statements.
    pub body: Vec<Stmt<ConclusionStmt>>,
}

/// A statement in a conclusion block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConclusionStmt {
    /// `met-by A, B`: the controls that together meet the requirement.
    MetBy(Vec<Name>),
    /// `because "…"`: why they suffice together.
    Because(Text),
    /// `reviewer "…"`: who concluded it.
    Reviewer(Text),
    /// `date "YYYY-MM-DD"`: when.
    Date(Text),
    /// `status approved`: how far the conclusion is in review.
    Status(Spanned<ReviewStatus>),
}

/// `statement-of-applicability fw@v { version "…" date "…" approver "…"
/// scope "…" }`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementOfApplicability {
    /// The framework version it is the statement for.
    pub framework: FrameworkRef,
    /// Statements.
    pub body: Vec<Stmt<SoaStmt>>,
}

/// A statement in a `statement-of-applicability` block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SoaStmt {
    /// `version "2.1"`: the document's version.
    Version(Text),
    /// `date "YYYY-MM-DD"`: when it was approved.
    Date(Text),
    /// `approver "…"`: who approved it.
    Approver(Text),
    /// `scope "…"`: the scope of the AI management system.
    Scope(Text),
}

/// `include fw@v:ID status S because "…"`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Include {
    /// The control (or group of controls) included.
    pub target: RequirementRef,
    /// How far it is implemented, when stated.
    pub status: Option<Spanned<ImplementationStatus>>,
    /// The organisation's justification for including it.
    pub reason: Text,
}

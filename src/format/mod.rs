//! The canonical printer behind `crosswalk fmt`.
//!
//! Layout: two spaces per level, one statement per line, one blank line
//! between top-level items, at most one blank line kept where the author put
//! blank lines inside a block. Every comment is kept: own-line comments stay
//! on their own line before what followed them, and a comment at the end of
//! a line stays at the end of that line; a comment written between the
//! tokens of a statement goes on its own line after it. A comment is printed
//! byte for byte (trailing spaces, tabs and no-break spaces included); only
//! the indentation before it changes, and carriage returns at its end, which
//! belong to the line ending, are dropped. Every text and quoted name is
//! printed exactly as written (escapes and `"""` blocks included), so no
//! text changes by a byte. A byte order mark at the start of the file is
//! kept. Printing is idempotent.

use crate::source::{SourceFile, Span};
use crate::syntax::ast::{
    Ast, CatalogNode, CatalogStmt, Complementary, ComponentStmt, ConclusionStmt, ControlStmt,
    CrosswalkStmt, EdgeAttribute, EuAiAct, EvidenceStmt, Exclude, FrameworkRef, Include, Item,
    ReportDates, RequirementRef, RiskStmt, SoaStmt, Stmt, SubserviceStmt, SystemStmt,
};

const INDENT: &str = "  ";

/// The UTF-8 byte order mark, which the grammar accepts at the start of a
/// file.
const BOM: char = '\u{feff}';

/// The first line of a statement that may open a block.
struct Header {
    /// The whole statement.
    span: Span,
    /// The line as printed, without the `{`.
    text: String,
    /// Where the header's last token ends in the source.
    end: usize,
    /// Whether the grammar requires the braces.
    braces: Braces,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Braces {
    Required,
    Optional,
}

/// The text of `source` (held under `file`) in the canonical layout, or
/// its syntax diagnostics: a file with any is left alone, since its tree
/// may lack a statement and printing it would lose text.
pub fn formatted(
    file: crate::source::FileId,
    source: &SourceFile,
) -> Result<String, Vec<crate::diagnostic::Diagnostic>> {
    let parsed = crate::syntax::parse(file, source);
    match parsed.ast {
        Some(ast) if parsed.diagnostics.is_empty() => Ok(format(source, &ast)),
        _ => Err(parsed.diagnostics),
    }
}

/// Prints a parsed file in the canonical layout.
///
/// `ast` must be the tree parsed from `source` without errors; printing a
/// tree whose statements were dropped by a diagnostic would lose text.
pub fn format(source: &SourceFile, ast: &Ast) -> String {
    let bom = if source.text.starts_with(BOM) {
        BOM.len_utf8()
    } else {
        0
    };
    let mut printer = Printer {
        text: &source.text,
        source,
        comments: &ast.comments,
        next_comment: 0,
        out: String::with_capacity(source.text.len() + source.text.len() / 8),
        depth: 0,
        last_end: bom,
        at_block_start: true,
    };
    if bom > 0 {
        printer.out.push(BOM);
    }
    for (i, item) in ast.items.iter().enumerate() {
        // A run of one-line `component-kind` statements stays together, as
        // written; every other item starts after a blank line.
        let in_run = i > 0
            && matches!(item.kind, Item::Implies(_))
            && matches!(ast.items[i - 1].kind, Item::Implies(_));
        printer.item(item, i > 0 && !in_run);
    }
    printer.flush_comments_before(source.text.len(), false);
    printer.out
}

/// A comment as printed: as written, without the carriage returns that end
/// its line (the printer writes `\n` line endings).
fn comment_text(raw: &str) -> &str {
    raw.trim_end_matches('\r')
}

struct Printer<'a> {
    text: &'a str,
    source: &'a SourceFile,
    comments: &'a [Span],
    next_comment: usize,
    out: String,
    depth: usize,
    /// Source offset of the end of the last thing printed.
    last_end: usize,
    /// Whether nothing has been printed in the current block yet.
    at_block_start: bool,
}

impl Printer<'_> {
    fn raw(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    fn line_of(&self, offset: usize) -> usize {
        self.source.line(u32::try_from(offset).unwrap_or(u32::MAX))
    }

    /// Whether the author left a blank line between `from` and `to`.
    fn blank_between(&self, from: usize, to: usize) -> bool {
        let gap = &self.text[from.min(to)..to];
        let mut newlines = 0;
        for c in gap.chars() {
            match c {
                '\n' => {
                    newlines += 1;
                    if newlines >= 2 {
                        return true;
                    }
                }
                ' ' | '\t' | '\r' => {}
                _ => newlines = 0,
            }
        }
        false
    }

    fn write_indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str(INDENT);
        }
    }

    /// Starts a new line for something that begins at `start`: a blank line
    /// first where the author had one (or always, for `force_blank`).
    fn begin_line(&mut self, start: usize, force_blank: bool) {
        let blank =
            force_blank || (!self.at_block_start && self.blank_between(self.last_end, start));
        if blank && !self.out.is_empty() {
            self.out.push('\n');
        }
        self.write_indent();
        self.at_block_start = false;
    }

    /// Prints, each on its own line, every comment that starts before `pos`.
    /// With `force_blank`, a blank line comes before the first of them;
    /// returns whether it was used.
    fn flush_comments_before(&mut self, pos: usize, force_blank: bool) -> bool {
        let mut force = force_blank;
        while let Some(&comment) = self.comments.get(self.next_comment) {
            if comment.start as usize >= pos {
                break;
            }
            self.next_comment += 1;
            self.begin_line(comment.start as usize, force);
            force = false;
            let raw = comment_text(self.raw(comment)).to_owned();
            self.out.push_str(&raw);
            self.out.push('\n');
            // A comment from inside a statement ends before the statement:
            // blank lines are looked for after both.
            self.last_end = self.last_end.max(comment.end as usize);
        }
        force_blank && !force
    }

    /// Starts the line of a statement at `start`, after the comments that
    /// lead up to it; `force_blank` puts a blank line before the comments or,
    /// when there are none, before the statement.
    fn leading(&mut self, start: usize, force_blank: bool) {
        let used = self.flush_comments_before(start, force_blank);
        self.begin_line(start, force_blank && !used);
    }

    /// Ends the current line, keeping a comment that follows on the same
    /// source line as `end` as a trailing comment.
    fn end_line(&mut self, end: usize) {
        if let Some(&comment) = self.comments.get(self.next_comment) {
            let start = comment.start as usize;
            // Only white space may stand between the end and the comment:
            // a comment after a later statement on the same line is that
            // statement's.
            let follows = start >= end && self.text[end..start].trim().is_empty();
            if follows && self.line_of(start) == self.line_of(end.saturating_sub(1)) {
                self.next_comment += 1;
                self.out.push(' ');
                let raw = comment_text(self.raw(comment)).to_owned();
                self.out.push_str(&raw);
                self.last_end = comment.end as usize;
                self.out.push('\n');
                return;
            }
        }
        self.last_end = self.last_end.max(end);
        self.out.push('\n');
    }

    /// Prints a one-line statement.
    fn simple(&mut self, span: Span, content: &str, force_blank: bool) {
        let (start, end) = (span.start as usize, span.end as usize);
        self.leading(start, force_blank);
        self.out.push_str(content);
        // Comments written inside the statement (between its tokens) go on
        // their own lines after it, printed with whatever comes next as if
        // they led up to it, which is where they are found when the output
        // is read again; a comment after the statement on its last line
        // stays at the end of the line.
        let inside_first = self
            .comments
            .get(self.next_comment)
            .is_some_and(|c| (c.start as usize) < end);
        if inside_first {
            self.out.push('\n');
        } else {
            self.end_line(end);
        }
        self.last_end = self.last_end.max(end);
    }

    /// The offset of the `{` that opens a block whose header ends at `from`.
    fn brace_after(&self, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            match bytes[i] {
                b'{' => return i,
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        from
    }

    /// Whether any comment starts inside `from..to`.
    fn has_comment_in(&self, from: usize, to: usize) -> bool {
        self.comments[self.next_comment..]
            .iter()
            .any(|c| (c.start as usize) >= from && (c.start as usize) < to)
    }

    /// Prints a statement with an optional block. The body is printed with
    /// braces when it has statements, when a comment sits inside its braces,
    /// or when the grammar requires the braces.
    fn block(
        &mut self,
        header: &Header,
        has_body: bool,
        force_blank: bool,
        body: impl FnOnce(&mut Self),
    ) {
        let Header {
            span,
            ref text,
            end: header_end,
            braces,
        } = *header;
        let header = text.as_str();
        let braces = braces == Braces::Required;
        let (start, end) = (span.start as usize, span.end as usize);
        let has_brace = self.text[header_end..end].contains('{');
        let keep_braces = braces || has_body || (has_brace && self.has_comment_in(header_end, end));
        if !keep_braces {
            self.simple(span, header, force_blank);
            return;
        }
        self.leading(start, force_blank);
        self.out.push_str(header);
        if !(has_body || has_brace && self.has_comment_in(header_end, end)) {
            self.out.push_str(" {}");
            self.end_line(end);
            return;
        }
        self.out.push_str(" {");
        let brace = if has_brace {
            self.brace_after(header_end)
        } else {
            header_end
        };
        // Comments between the header's tokens move into the block.
        let misplaced = self
            .comments
            .get(self.next_comment)
            .is_some_and(|c| (c.start as usize) < brace);
        self.depth += 1;
        if misplaced {
            self.out.push('\n');
            self.at_block_start = true;
            self.flush_comments_before(brace, false);
        } else {
            self.end_line(brace + 1);
        }
        self.last_end = brace + 1;
        self.at_block_start = true;
        body(self);
        let close = end.saturating_sub(1);
        self.flush_comments_before(close, false);
        self.depth -= 1;
        self.write_indent();
        self.out.push('}');
        self.at_block_start = false;
        self.last_end = close;
        self.end_line(end);
        self.last_end = self.last_end.max(end);
    }

    // --- items ----------------------------------------------------------

    fn item(&mut self, item: &Stmt<Item>, not_first: bool) {
        match &item.kind {
            Item::Framework(f) => {
                let header = format!(
                    "framework {} version {} {}",
                    self.raw(f.name.span),
                    self.raw(f.version.span),
                    self.raw(f.title.span)
                );
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: f.title.span.end as usize,
                        braces: Braces::Required,
                    },
                    !f.body.is_empty(),
                    not_first,
                    |p| p.catalog_body(&f.body),
                );
            }
            Item::Crosswalk(c) => {
                let header = format!(
                    "crosswalk {} -> {}",
                    self.framework_ref(&c.from),
                    self.framework_ref(&c.to)
                );
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: c.to.span.end as usize,
                        braces: Braces::Required,
                    },
                    !c.body.is_empty(),
                    not_first,
                    |p| {
                        for stmt in &c.body {
                            p.crosswalk_stmt(stmt);
                        }
                    },
                );
            }
            Item::Risk(r) => {
                let header = format!("risk {} {}", self.raw(r.id.span), self.raw(r.title.span));
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: r.title.span.end as usize,
                        braces: Braces::Optional,
                    },
                    !r.body.is_empty(),
                    not_first,
                    |p| {
                        for stmt in &r.body {
                            p.risk_stmt(stmt);
                        }
                    },
                );
            }
            Item::Control(c) => {
                let header = format!("control {} {}", self.raw(c.id.span), self.raw(c.title.span));
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: c.title.span.end as usize,
                        braces: Braces::Required,
                    },
                    !c.body.is_empty(),
                    not_first,
                    |p| {
                        for stmt in &c.body {
                            p.control_stmt(stmt);
                        }
                    },
                );
            }
            Item::System(s) => {
                let header = format!("system {}", self.raw(s.name.span));
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: s.name.span.end as usize,
                        braces: Braces::Required,
                    },
                    !s.body.is_empty(),
                    not_first,
                    |p| {
                        for stmt in &s.body {
                            p.system_stmt(stmt);
                        }
                    },
                );
            }
            Item::Exclude(e) => {
                let line = self.exclude(e);
                self.simple(item.span, &line, not_first);
            }
            Item::Conclusion(c) => {
                let header = format!("conclusion {}", self.requirement_ref(&c.target));
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: c.target.span.end as usize,
                        braces: Braces::Required,
                    },
                    !c.body.is_empty(),
                    not_first,
                    |p| {
                        for stmt in &c.body {
                            p.conclusion_stmt(stmt);
                        }
                    },
                );
            }
            Item::StatementOfApplicability(soa) => {
                let header = format!(
                    "statement-of-applicability {}",
                    self.framework_ref(&soa.framework)
                );
                self.block(
                    &Header {
                        span: item.span,
                        text: header,
                        end: soa.framework.span.end as usize,
                        braces: Braces::Required,
                    },
                    !soa.body.is_empty(),
                    not_first,
                    |p| {
                        for stmt in &soa.body {
                            p.soa_stmt(stmt);
                        }
                    },
                );
            }
            Item::Include(i) => {
                let line = self.include(i);
                self.simple(item.span, &line, not_first);
            }
            Item::Implies(i) => {
                let line = format!(
                    "component-kind {} implies {}",
                    i.kind.value,
                    i.risks
                        .iter()
                        .map(|r| self.raw(r.span))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                self.simple(item.span, &line, not_first);
            }
        }
    }

    fn framework_ref(&self, r: &FrameworkRef) -> String {
        self.raw(r.span).to_owned()
    }

    fn requirement_ref(&self, r: &RequirementRef) -> String {
        self.raw(r.span).to_owned()
    }

    fn exclude(&self, e: &Exclude) -> String {
        format!(
            "exclude {} because {}",
            self.requirement_ref(&e.target),
            self.raw(e.reason.span)
        )
    }

    // --- the Statement of Applicability ----------------------------------

    fn include(&self, i: &Include) -> String {
        let status = i
            .status
            .as_ref()
            .map(|s| format!(" status {}", s.value))
            .unwrap_or_default();
        format!(
            "include {}{status} because {}",
            self.requirement_ref(&i.target),
            self.raw(i.reason.span)
        )
    }

    fn soa_stmt(&mut self, stmt: &Stmt<SoaStmt>) {
        let line = match &stmt.kind {
            SoaStmt::Version(t) => format!("version {}", self.raw(t.span)),
            SoaStmt::Date(t) => format!("date {}", self.raw(t.span)),
            SoaStmt::Approver(t) => format!("approver {}", self.raw(t.span)),
            SoaStmt::Scope(t) => format!("scope {}", self.raw(t.span)),
        };
        self.simple(stmt.span, &line, false);
    }

    fn catalog_body(&mut self, body: &[Stmt<CatalogStmt>]) {
        for stmt in body {
            match &stmt.kind {
                CatalogStmt::Group(node) => {
                    self.catalog_node("group", stmt.span, node, Braces::Required);
                }
                CatalogStmt::Requirement(node) => {
                    self.catalog_node("requirement", stmt.span, node, Braces::Optional);
                }
                other => {
                    let line = match other {
                        CatalogStmt::Publisher(t) => format!("publisher {}", self.raw(t.span)),
                        CatalogStmt::Licence(t) => format!("licence {}", self.raw(t.span)),
                        CatalogStmt::Source(t) => format!("source {}", self.raw(t.span)),
                        CatalogStmt::Url(t) => format!("url {}", self.raw(t.span)),
                        CatalogStmt::Summary(t) => format!("summary {}", self.raw(t.span)),
                        CatalogStmt::Display(t) => format!("display {}", self.raw(t.span)),
                        CatalogStmt::Statement(t) => format!("statement {}", self.raw(t.span)),
                        CatalogStmt::Guidance(t) => format!("guidance {}", self.raw(t.span)),
                        CatalogStmt::Withdrawn => "withdrawn".to_owned(),
                        CatalogStmt::Informative => "informative".to_owned(),
                        CatalogStmt::AppliesFrom { date, basis } => match basis {
                            Some(basis) => {
                                format!("applies-from {} for {}", self.raw(date.span), basis.value)
                            }
                            None => format!("applies-from {}", self.raw(date.span)),
                        },
                        CatalogStmt::Tags(tags) => format!(
                            "tags {}",
                            tags.iter()
                                .map(|t| self.raw(t.span))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                        CatalogStmt::Group(_) | CatalogStmt::Requirement(_) => {
                            unreachable!("matched above")
                        }
                    };
                    self.simple(stmt.span, &line, false);
                }
            }
        }
    }

    fn catalog_node(&mut self, keyword: &str, span: Span, node: &CatalogNode, braces: Braces) {
        let header = format!(
            "{keyword} {} {}",
            self.raw(node.id.span),
            self.raw(node.title.span)
        );
        self.block(
            &Header {
                span,
                text: header,
                end: node.title.span.end as usize,
                braces,
            },
            !node.body.is_empty(),
            false,
            |p| p.catalog_body(&node.body),
        );
    }

    fn crosswalk_stmt(&mut self, stmt: &Stmt<CrosswalkStmt>) {
        match &stmt.kind {
            CrosswalkStmt::Source(t) => {
                let line = format!("source {}", self.raw(t.span));
                self.simple(stmt.span, &line, false);
            }
            CrosswalkStmt::Pair(pair) => {
                let header = format!(
                    "{} {} {}",
                    self.raw(pair.from.span),
                    pair.relationship.value,
                    self.raw(pair.to.span)
                );
                self.edge(
                    stmt.span,
                    &header,
                    pair.to.span.end as usize,
                    &pair.attributes,
                );
            }
        }
    }

    fn edge(
        &mut self,
        span: Span,
        header: &str,
        header_end: usize,
        attributes: &[Stmt<EdgeAttribute>],
    ) {
        self.block(
            &Header {
                span,
                text: header.to_owned(),
                end: header_end,
                braces: Braces::Optional,
            },
            !attributes.is_empty(),
            false,
            |p| {
                for attribute in attributes {
                    let line = match &attribute.kind {
                        EdgeAttribute::Rationale(v) => format!("rationale {}", v.value),
                        EdgeAttribute::Strength(v) => format!("strength {}", v.value),
                        EdgeAttribute::Status(v) => format!("status {}", v.value),
                        EdgeAttribute::Note(t) => format!("note {}", p.raw(t.span)),
                        EdgeAttribute::Scope(t) => format!("scope {}", p.raw(t.span)),
                    };
                    p.simple(attribute.span, &line, false);
                }
            },
        );
    }

    fn risk_stmt(&mut self, stmt: &Stmt<RiskStmt>) {
        let line = match &stmt.kind {
            RiskStmt::Category(c) => format!("category {}", c.value),
            RiskStmt::Description(t) => format!("description {}", self.raw(t.span)),
            RiskStmt::Touches(touches) => {
                let mut line = format!(
                    "touches {}",
                    touches
                        .targets
                        .iter()
                        .map(|r| self.requirement_ref(r))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                if let Some(because) = &touches.because {
                    line.push_str(" because ");
                    line.push_str(self.raw(because.span));
                }
                line
            }
            RiskStmt::TouchesNone(none) => format!(
                "touches-none {} because {}",
                self.framework_ref(&none.framework),
                self.raw(none.because.span)
            ),
        };
        self.simple(stmt.span, &line, false);
    }

    fn conclusion_stmt(&mut self, stmt: &Stmt<ConclusionStmt>) {
        let line = match &stmt.kind {
            ConclusionStmt::MetBy(controls) => format!(
                "met-by {}",
                controls
                    .iter()
                    .map(|c| self.raw(c.span))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ConclusionStmt::Because(t) => format!("because {}", self.raw(t.span)),
            ConclusionStmt::Reviewer(t) => format!("reviewer {}", self.raw(t.span)),
            ConclusionStmt::Date(t) => format!("date {}", self.raw(t.span)),
            ConclusionStmt::Status(v) => format!("status {}", v.value),
        };
        self.simple(stmt.span, &line, false);
    }

    fn control_stmt(&mut self, stmt: &Stmt<ControlStmt>) {
        let line = match &stmt.kind {
            ControlStmt::Owner(t) => format!("owner {}", self.raw(t.span)),
            ControlStmt::Frequency(v) => format!("frequency {}", v.value),
            ControlStmt::Nature(v) => format!("nature {}", v.value),
            ControlStmt::Automation(v) => format!("automation {}", v.value),
            ControlStmt::Description(t) => format!("description {}", self.raw(t.span)),
            ControlStmt::Test(t) => format!("test {}", self.raw(t.span)),
            ControlStmt::Mitigates(risks) => format!(
                "mitigates {}",
                risks
                    .iter()
                    .map(|r| self.raw(r.span))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ControlStmt::Evidence(e) => {
                let header = format!("evidence {}", self.raw(e.name.span));
                self.block(
                    &Header {
                        span: stmt.span,
                        text: header,
                        end: e.name.span.end as usize,
                        braces: Braces::Optional,
                    },
                    !e.body.is_empty(),
                    false,
                    |p| {
                        for s in &e.body {
                            let line = match &s.kind {
                                EvidenceStmt::System(t) => format!("system {}", p.raw(t.span)),
                                EvidenceStmt::Retention(t) => {
                                    format!("retention {}", p.raw(t.span))
                                }
                                EvidenceStmt::Description(t) => {
                                    format!("description {}", p.raw(t.span))
                                }
                                EvidenceStmt::Frequency(v) => format!("frequency {}", v.value),
                            };
                            p.simple(s.span, &line, false);
                        }
                    },
                );
                return;
            }
            ControlStmt::Satisfies(s) => {
                let header = format!(
                    "satisfies {} {}",
                    self.requirement_ref(&s.target),
                    s.relationship.value
                );
                self.edge(
                    stmt.span,
                    &header,
                    s.relationship.span.end as usize,
                    &s.attributes,
                );
                return;
            }
        };
        self.simple(stmt.span, &line, false);
    }

    /// An `eu-ai-act` line of a system or component, its parts in the
    /// order the grammar takes them.
    fn eu_ai_act(&self, scope: &EuAiAct) -> String {
        let mut line = "eu-ai-act".to_owned();
        if !scope.roles.is_empty() {
            line.push_str(" role ");
            line.push_str(&list(scope.roles.iter().map(|r| r.value)));
        }
        if !scope.tiers.is_empty() {
            line.push_str(" tier ");
            line.push_str(&list(scope.tiers.iter().map(|t| t.value)));
        }
        if let Some(basis) = &scope.basis {
            line.push_str(" basis ");
            line.push_str(&self.requirement_ref(basis));
        }
        if !scope.uses.is_empty() {
            line.push_str(" uses ");
            line.push_str(&list(scope.uses.iter().map(|u| u.value)));
        }
        if let Some(because) = &scope.because {
            line.push_str(" because ");
            line.push_str(self.raw(because.span));
        }
        line
    }

    /// A `csoc` or `cuec` line: its text, then the requirements it
    /// supports.
    fn complementary(&self, keyword: &str, c: &Complementary) -> String {
        let mut line = format!("{keyword} {}", self.raw(c.text.span));
        if !c.supports.is_empty() {
            line.push_str(" supports ");
            line.push_str(
                &c.supports
                    .iter()
                    .map(|r| self.requirement_ref(r))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        line
    }

    fn system_stmt(&mut self, stmt: &Stmt<SystemStmt>) {
        let line = match &stmt.kind {
            SystemStmt::Description(t) => format!("description {}", self.raw(t.span)),
            SystemStmt::Cuec(c) => self.complementary("cuec", c),
            SystemStmt::Soc2Report(r) => match &r.dates {
                ReportDates::Period { from, to } => format!(
                    "soc2 report {} from {} to {}",
                    r.kind.value,
                    self.raw(from.span),
                    self.raw(to.span)
                ),
                ReportDates::On(on) => {
                    format!("soc2 report {} on {}", r.kind.value, self.raw(on.span))
                }
            },
            SystemStmt::Commitment(t) => format!("commitment {}", self.raw(t.span)),
            SystemStmt::Company(t) => format!("company {}", self.raw(t.span)),
            SystemStmt::SystemRequirement(t) => {
                format!("system-requirement {}", self.raw(t.span))
            }
            SystemStmt::Boundary(t) => format!("boundary {}", self.raw(t.span)),
            SystemStmt::Incident(t) => format!("incident {}", self.raw(t.span)),
            SystemStmt::Change(t) => format!("change {}", self.raw(t.span)),
            SystemStmt::Exclude(e) => self.exclude(e),
            SystemStmt::Soc2Criteria(list) => format!(
                "soc2 criteria {}",
                list.iter()
                    .map(|c| c.value.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            SystemStmt::EuAiAct(scope) => self.eu_ai_act(scope),
            SystemStmt::Component(c) => {
                let header = format!("component {} kind {}", self.raw(c.name.span), c.kind.value);
                self.block(
                    &Header {
                        span: stmt.span,
                        text: header,
                        end: c.kind.span.end as usize,
                        braces: Braces::Optional,
                    },
                    !c.body.is_empty(),
                    false,
                    |p| {
                        for s in &c.body {
                            let line = match &s.kind {
                                ComponentStmt::Description(t) => {
                                    format!("description {}", p.raw(t.span))
                                }
                                ComponentStmt::Owner(t) => format!("owner {}", p.raw(t.span)),
                                ComponentStmt::Category(c) => format!("category {}", c.value),
                                ComponentStmt::EuAiAct(scope) => p.eu_ai_act(scope),
                            };
                            p.simple(s.span, &line, false);
                        }
                    },
                );
                return;
            }
            SystemStmt::Subservice(s) => {
                let header = format!("subservice {} {}", self.raw(s.name.span), s.treatment.value);
                self.block(
                    &Header {
                        span: stmt.span,
                        text: header,
                        end: s.treatment.span.end as usize,
                        braces: Braces::Optional,
                    },
                    !s.body.is_empty(),
                    false,
                    |p| {
                        for st in &s.body {
                            let line = match &st.kind {
                                SubserviceStmt::Description(t) => {
                                    format!("description {}", p.raw(t.span))
                                }
                                SubserviceStmt::Csoc(c) => p.complementary("csoc", c),
                            };
                            p.simple(st.span, &line, false);
                        }
                    },
                );
                return;
            }
        };
        self.simple(stmt.span, &line, false);
    }
}

/// Vocabulary words separated by `, `.
fn list<V: std::fmt::Display>(words: impl Iterator<Item = V>) -> String {
    words.map(|w| w.to_string()).collect::<Vec<_>>().join(", ")
}

//! What may be written at an offset: read from the grammar context in the
//! text before it (the open blocks, the keyword the statement started
//! with) and answered from the compilation's name tables.

use crate::Compilation;
use crate::resolve::model::{EntryKind, FrameworkId};
use crate::source::{FileId, Span};
use crate::syntax::ITEM_KEYWORDS;
use crate::vocabulary::{
    Automation, ComponentKind, EuRole, EuTier, EuUse, Frequency, Nature, Rationale, Relationship,
    ReviewStatus, SubserviceTreatment, TrustCategory, Vocabulary,
};

/// One thing that may be written at an offset.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Completion {
    /// The text to write (`soc2@2017`, `CC8.1`, `satisfies`).
    pub label: String,
    /// What it is.
    pub kind: CompletionKind,
    /// A short description (a requirement's or control's title).
    pub detail: Option<String>,
    /// The text it replaces: what was typed of it so far (empty at the
    /// offset itself).
    pub replaces: Span,
}

/// What a completion names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CompletionKind {
    /// A keyword that starts a statement or an item.
    Keyword,
    /// A framework version, `name@version`.
    Framework,
    /// A group or requirement identifier of one framework.
    Requirement,
    /// A control identifier.
    Control,
    /// A risk identifier.
    Risk,
    /// A word of one of the language's vocabularies (a relationship, a
    /// component kind, a frequency…).
    Word,
}

/// The keywords that start a statement in each kind of block (named by
/// the keyword that opens the block; `attributes` for a mapping's or a
/// pair's edge attributes).
const BLOCKS: &[(&str, &[&str])] = &[
    (
        "framework",
        &[
            "publisher",
            "licence",
            "source",
            "url",
            "summary",
            "group",
            "requirement",
        ],
    ),
    (
        "group",
        &[
            "requirement",
            "group",
            "display",
            "summary",
            "informative",
            "tags",
            "applies-from",
        ],
    ),
    (
        "requirement",
        &[
            "display",
            "summary",
            "statement",
            "guidance",
            "withdrawn",
            "informative",
            "tags",
            "applies-from",
        ],
    ),
    ("crosswalk", &["source"]),
    (
        "risk",
        &["category", "description", "touches", "touches-none"],
    ),
    (
        "control",
        &[
            "satisfies",
            "owner",
            "frequency",
            "nature",
            "automation",
            "description",
            "mitigates",
            "evidence",
            "test",
        ],
    ),
    (
        "evidence",
        &["system", "retention", "frequency", "description"],
    ),
    (
        "attributes",
        &["rationale", "strength", "status", "note", "scope"],
    ),
    (
        "system",
        &[
            "description",
            "company",
            "soc2",
            "eu-ai-act",
            "component",
            "subservice",
            "cuec",
            "commitment",
            "system-requirement",
            "boundary",
            "exclude",
        ],
    ),
    ("component", &["description", "owner", "eu-ai-act"]),
    ("subservice", &["description", "csoc"]),
    (
        "conclusion",
        &["met-by", "because", "reviewer", "date", "status"],
    ),
    (
        "statement-of-applicability",
        &["version", "date", "approver", "scope"],
    ),
];

/// A token of the text before the offset (strings and comments are left
/// out: nothing is completed in them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'t> {
    /// An identifier, keyword, reference or number, with its start.
    Word(&'t str, usize),
    Open,
    Close,
    Comma,
    Arrow,
    /// A string or text block.
    Text,
}

/// Whether `c` can be part of a word: identifiers (`AnnexIII.5(b)`),
/// keywords (`met-by`) and references (`soc2@2017:CC8.1`).
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '(' | ')' | '@' | ':')
}

/// The tokens of `text`; `None` when its end lies inside a string or a
/// comment.
fn tokens(text: &str) -> Option<Vec<Token<'_>>> {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let c = bytes[at];
        match c {
            b'#' => match text[at..].find('\n') {
                Some(end) => at += end + 1,
                None => return None,
            },
            b'"' if text[at..].starts_with("\"\"\"") => match text[at + 3..].find("\"\"\"") {
                Some(end) => {
                    tokens.push(Token::Text);
                    at += 3 + end + 3;
                }
                None => return None,
            },
            b'"' => {
                let mut i = at + 1;
                loop {
                    match bytes.get(i) {
                        None => return None,
                        Some(b'\\') => i += 2,
                        Some(b'"') => break,
                        Some(_) => i += 1,
                    }
                }
                tokens.push(Token::Text);
                at = i + 1;
            }
            b'{' => {
                tokens.push(Token::Open);
                at += 1;
            }
            b'}' => {
                tokens.push(Token::Close);
                at += 1;
            }
            b',' => {
                tokens.push(Token::Comma);
                at += 1;
            }
            b'-' if bytes.get(at + 1) == Some(&b'>') => {
                tokens.push(Token::Arrow);
                at += 2;
            }
            _ if is_word_char(char::from(c)) => {
                let len = text[at..]
                    .find(|c: char| !is_word_char(c))
                    .unwrap_or(text.len() - at);
                tokens.push(Token::Word(&text[at..at + len], at));
                at += len;
            }
            _ => {
                // Whitespace, or a character the grammar has no use for
                // (a multi-byte one is skipped whole).
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    Some(tokens)
}

/// The keyword of the innermost open block at the end of `tokens`
/// (`None`: the top level).
fn open_block(tokens: &[Token<'_>]) -> Option<&'static str> {
    let mut stack: Vec<Option<&'static str>> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Open => {
                let enclosing = stack.last().copied().flatten();
                stack.push(block_kind(&tokens[..i], enclosing));
            }
            Token::Close => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.last().copied().flatten()
}

/// What kind of block the `{` after `header` opens: the nearest keyword
/// that opens a block, back to the previous brace; in a crosswalk, a
/// pair's attributes.
fn block_kind(header: &[Token<'_>], enclosing: Option<&str>) -> Option<&'static str> {
    for token in header.iter().rev() {
        match token {
            Token::Open | Token::Close => break,
            Token::Word(word, _) => {
                if *word == "satisfies" {
                    return Some("attributes");
                }
                if let Some(&(kind, _)) = BLOCKS.iter().find(|(k, _)| k == word) {
                    return Some(kind);
                }
            }
            _ => {}
        }
    }
    (enclosing == Some("crosswalk")).then_some("attributes")
}

/// What the context asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Wanted {
    /// `framework@version:ID`: requirements only, or any entry.
    Reference {
        groups: bool,
    },
    /// `framework@version`.
    Framework,
    Risk,
    Control,
    /// A word of a vocabulary.
    Words(Vec<&'static str>),
    /// A statement's keyword in the given block.
    Keyword(Option<&'static str>),
    Nothing,
}

fn words<V: Vocabulary>() -> Vec<&'static str> {
    V::words()
}

/// What may follow the keyword `keyword` (the last keyword before the
/// offset, a list of names after it skipped).
fn after_keyword(keyword: &str) -> Option<Wanted> {
    Some(match keyword {
        "satisfies" | "touches" | "conclusion" => Wanted::Reference { groups: false },
        "exclude" | "include" | "basis" => Wanted::Reference { groups: true },
        "touches-none" | "crosswalk" | "statement-of-applicability" => Wanted::Framework,
        "mitigates" | "implies" => Wanted::Risk,
        "met-by" => Wanted::Control,
        "kind" | "component-kind" => Wanted::Words(words::<ComponentKind>()),
        "frequency" => Wanted::Words(words::<Frequency>()),
        "nature" => Wanted::Words(words::<Nature>()),
        "automation" => Wanted::Words(words::<Automation>()),
        "rationale" => Wanted::Words(words::<Rationale>()),
        "status" => Wanted::Words(words::<ReviewStatus>()),
        "criteria" => Wanted::Words(words::<TrustCategory>()),
        "role" => Wanted::Words(words::<EuRole>()),
        "tier" => Wanted::Words(words::<EuTier>()),
        "uses" => Wanted::Words(words::<EuUse>()),
        // A keyword followed by a name, a string or a number: nothing
        // known to offer.
        "framework" | "version" | "publisher" | "licence" | "license" | "source" | "url"
        | "group" | "requirement" | "display" | "summary" | "statement" | "guidance" | "tags"
        | "applies-from" | "risk" | "category" | "description" | "control" | "owner" | "test"
        | "evidence" | "system" | "retention" | "strength" | "note" | "scope" | "component"
        | "subservice" | "csoc" | "cuec" | "commitment" | "company" | "boundary"
        | "system-requirement" | "because" | "reviewer" | "date" | "soc2" | "for" | "approver" => {
            Wanted::Nothing
        }
        _ => return None,
    })
}

/// What the tokens before the partial word ask for.
fn wanted(context: &[Token<'_>]) -> Wanted {
    let block = open_block(context);
    // Skip a list back to its keyword: `mitigates a, b, |`.
    let mut at = context.len();
    while at >= 2 && context[at - 1] == Token::Comma {
        at -= 2;
    }
    let listing = at < context.len();
    let previous = at.checked_sub(1).map(|i| context[i]);
    match previous {
        Some(Token::Arrow) => Wanted::Framework,
        Some(Token::Word(word, _)) => {
            if let Some(wanted) = after_keyword(word) {
                return wanted;
            }
            if listing {
                return Wanted::Nothing;
            }
            // `satisfies REF |`: the relationship.
            let before = at.checked_sub(2).map(|i| context[i]);
            if matches!(before, Some(Token::Word("satisfies", _))) && word.contains(':') {
                return Wanted::Words(words::<Relationship>());
            }
            if matches!(before, Some(Token::Word("subservice", _))) {
                return Wanted::Nothing;
            }
            // After a value: the next statement.
            Wanted::Keyword(block)
        }
        Some(Token::Text)
            if matches!(
                at.checked_sub(2).map(|i| context[i]),
                Some(Token::Word("subservice", _))
            ) =>
        {
            Wanted::Words(words::<SubserviceTreatment>())
        }
        _ => Wanted::Keyword(block),
    }
}

/// See [`Compilation::completions_at`].
pub(super) fn completions(
    compilation: &Compilation,
    file: FileId,
    offset: usize,
) -> Vec<Completion> {
    if !compilation.sources.contains(file) {
        return Vec::new();
    }
    let text: &str = &compilation.sources.get(file).text;
    if offset > text.len() || !text.is_char_boundary(offset) {
        return Vec::new();
    }
    let Some(tokens) = tokens(&text[..offset]) else {
        return Vec::new();
    };
    // The word being typed, if the offset ends one.
    let (partial, start, context) = match tokens.split_last() {
        Some((Token::Word(word, start), rest)) if start + word.len() == offset => {
            (*word, *start, rest)
        }
        _ => ("", offset, tokens.as_slice()),
    };
    let span = |from: usize| Span::new(file, from, offset);
    let offer = |label: &str, kind, detail: Option<String>, from: usize| Completion {
        label: label.to_owned(),
        kind,
        detail,
        replaces: span(from),
    };
    let names = &compilation.names;
    let model = &compilation.model;
    let mut found = Vec::new();
    match wanted(context) {
        Wanted::Reference { groups } => match partial.split_once(':') {
            Some((framework, typed)) => {
                let (name, version) = match framework.split_once('@') {
                    Some((n, v)) => (n, Some(v)),
                    None => (framework, None),
                };
                let from = start + framework.len() + 1;
                if let Some(id) = names.framework(name, version) {
                    for &entry in &model.framework(id).entries {
                        let r = model.requirement(entry);
                        if (groups || r.kind == EntryKind::Requirement) && r.id.starts_with(typed) {
                            // The official display form first, where it
                            // differs: `GOVERN 1.1 · Legal requirements`.
                            let detail = match &r.display {
                                Some(display) if *display != r.id => {
                                    format!("{display} · {}", r.title)
                                }
                                _ => r.title.clone(),
                            };
                            found.push(offer(
                                &r.id,
                                CompletionKind::Requirement,
                                Some(detail),
                                from,
                            ));
                        }
                    }
                }
            }
            None => found.extend(frameworks(compilation, partial, start, &offer)),
        },
        Wanted::Framework => found.extend(frameworks(compilation, partial, start, &offer)),
        Wanted::Risk => {
            for id in names.risk_ids() {
                if id.starts_with(partial) {
                    let title = names.risk(id).map(|r| model.risk(r).title.clone());
                    found.push(offer(id, CompletionKind::Risk, title, start));
                }
            }
        }
        Wanted::Control => {
            for id in names.control_ids() {
                if id.starts_with(partial) {
                    let title = names.control(id).map(|c| model.control(c).title.clone());
                    found.push(offer(id, CompletionKind::Control, title, start));
                }
            }
        }
        Wanted::Words(words) => {
            for word in words.iter().filter(|w| w.starts_with(partial)) {
                found.push(offer(word, CompletionKind::Word, None, start));
            }
        }
        Wanted::Keyword(block) => {
            let keywords = match block {
                None => ITEM_KEYWORDS,
                Some(kind) => BLOCKS
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .map_or(&[][..], |&(_, keywords)| keywords),
            };
            for keyword in keywords.iter().filter(|k| k.starts_with(partial)) {
                found.push(offer(keyword, CompletionKind::Keyword, None, start));
            }
        }
        Wanted::Nothing => {}
    }
    found
}

/// Every loaded framework version whose `name@version` starts with
/// `partial`, sorted.
fn frameworks<'c>(
    compilation: &'c Compilation,
    partial: &'c str,
    start: usize,
    offer: &'c impl Fn(&str, CompletionKind, Option<String>, usize) -> Completion,
) -> impl Iterator<Item = Completion> + 'c {
    let names = &compilation.names;
    names
        .framework_names()
        .into_iter()
        .flat_map(move |name| {
            names
                .versions(name)
                .iter()
                .map(move |(v, id)| (name, v, *id))
        })
        .map(|(name, version, id): (&str, &String, FrameworkId)| (format!("{name}@{version}"), id))
        .filter(move |(key, _)| key.starts_with(partial))
        .map(move |(key, id)| {
            offer(
                &key,
                CompletionKind::Framework,
                Some(compilation.model.framework(id).title.clone()),
                start,
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted_at_end(text: &str) -> Wanted {
        let tokens = tokens(text).expect("not in a string");
        let context = match tokens.split_last() {
            Some((Token::Word(word, start), rest)) if start + word.len() == text.len() => rest,
            _ => tokens.as_slice(),
        };
        wanted(context)
    }

    #[test]
    fn the_context_comes_from_the_text_before() {
        assert_eq!(wanted_at_end(""), Wanted::Keyword(None));
        assert_eq!(
            wanted_at_end("control A \"T\" {\n  sat"),
            Wanted::Keyword(Some("control"))
        );
        assert_eq!(
            wanted_at_end("control A \"T\" {\n  satisfies soc2@2017:CC"),
            Wanted::Reference { groups: false }
        );
        assert_eq!(
            wanted_at_end("control A \"T\" {\n  mitigates a, b, "),
            Wanted::Risk
        );
        assert_eq!(
            wanted_at_end("control A \"T\" {\n  satisfies soc2@2017:CC8.1 "),
            Wanted::Words(words::<Relationship>())
        );
        assert_eq!(
            wanted_at_end("control A \"T\" {\n  satisfies soc2@2017:CC8.1 subset {\n    "),
            Wanted::Keyword(Some("attributes"))
        );
        assert_eq!(
            wanted_at_end("control A \"T\" { owner \"x\" }\n"),
            Wanted::Keyword(None)
        );
        assert_eq!(
            wanted_at_end("crosswalk a@1 -> b@1 {\n  A-1 subset B-1 {\n    "),
            Wanted::Keyword(Some("attributes"))
        );
        assert_eq!(wanted_at_end("crosswalk a@1 -> "), Wanted::Framework);
        assert_eq!(wanted_at_end("conclusion a@1:X { met-by "), Wanted::Control);
        assert_eq!(
            wanted_at_end("system \"S\" { component \"c\" kind "),
            Wanted::Words(words::<ComponentKind>())
        );
        assert!(tokens("control A \"unfinished").is_none());
        assert!(tokens("# a comment").is_none());
    }
}

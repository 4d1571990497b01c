//! The built-in catalogs' syntax trees, precompiled: a compact binary form
//! of every `frameworks/*.cw` file's [`Ast`], written by
//! `CROSSWALK_BLESS=1 cargo test --lib precompiled` into
//! `frameworks/precompiled.bin` and compiled into the binary, so a start-up
//! decodes the trees (a few allocations per node) instead of parsing 600 KB
//! of catalog text every time.
//!
//! The form is only a cache of the parse: the blob names the hash of the
//! catalog texts and of the grammar it was made from, and a blob made from
//! other texts (a catalog edited, the file not yet regenerated), or one
//! that does not decode, is ignored and the catalogs are parsed as before.
//! A test fails while the blob is stale, and checks that every decoded tree
//! equals its parse, spans included.
//!
//! Layout (all integers LEB128 varints): the magic `CWPC`, the format
//! version, the 64-bit source hash, the number of files, each file's
//! encoded length, then each file: its items, its comment spans. Only the
//! items a catalog file holds are encoded (frameworks, crosswalks, risks,
//! `component-kind … implies`); a built-in file holding anything else, or
//! one that does not parse cleanly, makes [`encode`] fail.

use crate::source::{FileId, Span};
use crate::syntax::ast::{
    Ast, CatalogNode, CatalogStmt, Crosswalk, CrosswalkStmt, EdgeAttribute, Framework,
    FrameworkRef, Implies, Item, Pair, RequirementRef, Risk, RiskStmt, Spanned, Stmt, Touches,
    TouchesNone,
};
use crate::vocabulary::{
    ComponentKind, EuBasis, Rationale, Relationship, ReviewStatus, Vocabulary,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/precompiled.rs"));
}

/// The magic bytes a precompiled blob starts with.
const MAGIC: &[u8; 4] = b"CWPC";
/// The version of the layout; bumped when an encoding below changes.
const FORMAT: u32 = 1;

/// The hash of the catalog texts and the grammar this build embeds
/// (computed by `build.rs`): a blob made from anything else is ignored.
pub fn source_hash() -> u64 {
    embedded::SOURCE_HASH
}

/// The precompiled blob compiled into this binary (empty when the
/// repository had none).
pub fn embedded_blob() -> &'static [u8] {
    embedded::BLOB
}

/// The tree of built-in catalog `index`, held under `id`, decoded from the
/// embedded blob; `None` when the blob is missing, stale or damaged (the
/// caller then parses the catalog).
pub fn builtin_tree(index: usize, id: FileId) -> Option<Ast> {
    decode_file(embedded_blob(), source_hash(), index, id)
}

/// Encodes the trees of the built-in catalogs, in file order, into a blob
/// stamped with `hash`. Fails, saying which, on a file that is not a clean
/// catalog.
pub fn encode(trees: &[(&str, &Ast)], hash: u64) -> Result<Vec<u8>, String> {
    let mut files = Vec::with_capacity(trees.len());
    for (name, ast) in trees {
        if !ast.broken.is_empty() {
            return Err(format!("{name} does not parse cleanly"));
        }
        let mut w = Writer::default();
        w.uint(ast.items.len());
        for item in &ast.items {
            w.span(item.span);
            put_item(&mut w, &item.kind).map_err(|what| format!("{name} holds {what}"))?;
        }
        w.list(&ast.comments, |w, &comment| w.span(comment));
        files.push(w.bytes);
    }
    let mut w = Writer::default();
    w.bytes.extend_from_slice(MAGIC);
    w.uint(FORMAT as usize);
    w.u64(hash);
    w.uint(files.len());
    for file in &files {
        w.uint(file.len());
    }
    for file in files {
        w.bytes.extend_from_slice(&file);
    }
    Ok(w.bytes)
}

/// Decodes file `index` of `blob` as a tree held under `id`, if the blob
/// was made from sources hashing to `hash` and decodes whole.
pub fn decode_file(blob: &[u8], hash: u64, index: usize, id: FileId) -> Option<Ast> {
    let mut r = Reader::new(blob, id);
    if r.take(MAGIC.len())? != MAGIC || r.uint()? != FORMAT as usize || r.u64()? != hash {
        return None;
    }
    let count = r.uint()?;
    if index >= count {
        return None;
    }
    let mut start = 0usize;
    let mut length = 0usize;
    for i in 0..count {
        let len = r.uint()?;
        if i < index {
            start = start.checked_add(len)?;
        } else if i == index {
            length = len;
        }
    }
    let body = r.rest().get(start..start.checked_add(length)?)?;
    let mut r = Reader::new(body, id);
    let items = r.stmts(get_item)?;
    let comments = r.list(Reader::span)?;
    r.at_end().then_some(Ast {
        file: id,
        items,
        comments,
        broken: Vec::new(),
    })
}

/// Appends bytes.
#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    fn u64(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    fn uint(&mut self, value: usize) {
        self.u64(value as u64);
    }

    fn span(&mut self, span: Span) {
        self.uint(span.start as usize);
        self.uint(span.len());
    }

    fn text(&mut self, text: &str) {
        self.uint(text.len());
        self.bytes.extend_from_slice(text.as_bytes());
    }

    fn spanned_text(&mut self, text: &Spanned<String>) {
        self.span(text.span);
        self.text(&text.value);
    }

    /// A variant's tag, then its one text.
    fn tagged_text(&mut self, tag: usize, text: &Spanned<String>) {
        self.uint(tag);
        self.spanned_text(text);
    }

    fn word<V: Vocabulary + PartialEq>(&mut self, word: &Spanned<V>) {
        self.span(word.span);
        let index = V::ALL
            .iter()
            .position(|v| *v == word.value)
            .expect("a vocabulary word is one of ALL");
        self.uint(index);
    }

    fn list<T>(&mut self, items: &[T], mut put: impl FnMut(&mut Self, &T)) {
        self.uint(items.len());
        for item in items {
            put(self, item);
        }
    }

    fn option<T>(&mut self, value: Option<&T>, put: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.uint(0),
            Some(v) => {
                self.uint(1);
                put(self, v);
            }
        }
    }
}

/// Reads bytes; every read is checked, and `None` means a damaged blob.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    file: FileId,
    /// How many groups deep the reader is (bounded by [`MAX_DEPTH`]).
    depth: usize,
}

/// The deepest nesting of groups a blob may hold (the built-in catalogs
/// nest a few levels; a damaged blob must not recurse without end).
const MAX_DEPTH: usize = 64;

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], file: FileId) -> Self {
        Self {
            bytes,
            at: 0,
            file,
            depth: 0,
        }
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }

    fn rest(&self) -> &'a [u8] {
        &self.bytes[self.at..]
    }

    fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    fn u64(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn uint(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.u64()?).ok()
    }

    fn span(&mut self) -> Option<Span> {
        let start = self.u32()?;
        let end = start.checked_add(self.u32()?)?;
        Some(Span {
            file: self.file,
            start,
            end,
        })
    }

    fn text(&mut self) -> Option<String> {
        let len = self.uint()?;
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).ok().map(str::to_owned)
    }

    fn spanned_text(&mut self) -> Option<Spanned<String>> {
        let span = self.span()?;
        Some(Spanned {
            value: self.text()?,
            span,
        })
    }

    fn word<V: Vocabulary>(&mut self) -> Option<Spanned<V>> {
        let span = self.span()?;
        let value = *V::ALL.get(self.uint()?)?;
        Some(Spanned { value, span })
    }

    /// A list; its length is bounded by the bytes left, so a damaged
    /// length cannot ask for a huge allocation.
    fn list<T>(&mut self, mut get: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let len = self.uint()?;
        if len > self.bytes.len() - self.at {
            return None;
        }
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(get(self)?);
        }
        Some(items)
    }

    /// An optional value: `Some(None)` when absent, `None` when damaged.
    #[allow(clippy::option_option)] // The outer option is the reader's.
    fn option<T>(&mut self, get: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.uint()? {
            0 => Some(None),
            1 => get(self).map(Some),
            _ => None,
        }
    }

    fn stmts<K>(&mut self, mut get: impl FnMut(&mut Self) -> Option<K>) -> Option<Vec<Stmt<K>>> {
        self.list(|r| {
            let span = r.span()?;
            Some(Stmt {
                kind: get(r)?,
                span,
            })
        })
    }
}

fn put_stmts<K>(w: &mut Writer, stmts: &[Stmt<K>], mut put: impl FnMut(&mut Writer, &K)) {
    w.list(stmts, |w, s| {
        w.span(s.span);
        put(w, &s.kind);
    });
}

// Item tags.
const FRAMEWORK: usize = 0;
const CROSSWALK: usize = 1;
const RISK: usize = 2;
const IMPLIES: usize = 3;

fn put_item(w: &mut Writer, item: &Item) -> Result<(), &'static str> {
    match item {
        Item::Framework(f) => {
            w.uint(FRAMEWORK);
            w.spanned_text(&f.name);
            w.spanned_text(&f.version);
            w.spanned_text(&f.title);
            put_stmts(w, &f.body, put_catalog_stmt);
        }
        Item::Crosswalk(c) => {
            w.uint(CROSSWALK);
            put_framework_ref(w, &c.from);
            put_framework_ref(w, &c.to);
            put_stmts(w, &c.body, |w, s| match s {
                CrosswalkStmt::Source(t) => w.tagged_text(0, t),
                CrosswalkStmt::Pair(p) => {
                    w.uint(1);
                    w.spanned_text(&p.from);
                    w.word(&p.relationship);
                    w.spanned_text(&p.to);
                    put_stmts(w, &p.attributes, put_edge_attribute);
                }
            });
        }
        Item::Risk(r) => {
            w.uint(RISK);
            w.spanned_text(&r.id);
            w.spanned_text(&r.title);
            put_stmts(w, &r.body, |w, s| match s {
                RiskStmt::Category(n) => w.tagged_text(0, n),
                RiskStmt::Description(t) => w.tagged_text(1, t),
                RiskStmt::Touches(t) => {
                    w.uint(2);
                    w.list(&t.targets, put_requirement_ref);
                    w.option(t.because.as_ref(), Writer::spanned_text);
                }
                RiskStmt::TouchesNone(t) => {
                    w.uint(3);
                    put_framework_ref(w, &t.framework);
                    w.spanned_text(&t.because);
                }
            });
        }
        Item::Implies(i) => {
            w.uint(IMPLIES);
            w.word(&i.kind);
            w.list(&i.risks, Writer::spanned_text);
        }
        Item::Control(_) => return Err("a control"),
        Item::System(_) => return Err("a system"),
        Item::Exclude(_) => return Err("an exclusion"),
        Item::Conclusion(_) => return Err("a conclusion"),
        Item::StatementOfApplicability(_) => return Err("a statement of applicability"),
        Item::Include(_) => return Err("an inclusion"),
    }
    Ok(())
}

fn get_item(r: &mut Reader) -> Option<Item> {
    Some(match r.uint()? {
        FRAMEWORK => Item::Framework(Framework {
            name: r.spanned_text()?,
            version: r.spanned_text()?,
            title: r.spanned_text()?,
            body: r.stmts(get_catalog_stmt)?,
        }),
        CROSSWALK => Item::Crosswalk(Crosswalk {
            from: get_framework_ref(r)?,
            to: get_framework_ref(r)?,
            body: r.stmts(|r| {
                Some(match r.uint()? {
                    0 => CrosswalkStmt::Source(r.spanned_text()?),
                    1 => CrosswalkStmt::Pair(Pair {
                        from: r.spanned_text()?,
                        relationship: r.word::<Relationship>()?,
                        to: r.spanned_text()?,
                        attributes: r.stmts(get_edge_attribute)?,
                    }),
                    _ => return None,
                })
            })?,
        }),
        RISK => Item::Risk(Risk {
            id: r.spanned_text()?,
            title: r.spanned_text()?,
            body: r.stmts(|r| {
                Some(match r.uint()? {
                    0 => RiskStmt::Category(r.spanned_text()?),
                    1 => RiskStmt::Description(r.spanned_text()?),
                    2 => RiskStmt::Touches(Touches {
                        targets: r.list(get_requirement_ref)?,
                        because: r.option(Reader::spanned_text)?,
                    }),
                    3 => RiskStmt::TouchesNone(TouchesNone {
                        framework: get_framework_ref(r)?,
                        because: r.spanned_text()?,
                    }),
                    _ => return None,
                })
            })?,
        }),
        IMPLIES => Item::Implies(Implies {
            kind: r.word::<ComponentKind>()?,
            risks: r.list(Reader::spanned_text)?,
        }),
        _ => return None,
    })
}

fn put_catalog_stmt(w: &mut Writer, stmt: &CatalogStmt) {
    match stmt {
        CatalogStmt::Publisher(t) => w.tagged_text(0, t),
        CatalogStmt::Licence(t) => w.tagged_text(1, t),
        CatalogStmt::Source(t) => w.tagged_text(2, t),
        CatalogStmt::Url(t) => w.tagged_text(3, t),
        CatalogStmt::Summary(t) => w.tagged_text(4, t),
        CatalogStmt::Display(t) => w.tagged_text(5, t),
        CatalogStmt::Statement(t) => w.tagged_text(6, t),
        CatalogStmt::Guidance(t) => w.tagged_text(7, t),
        CatalogStmt::Withdrawn => w.uint(8),
        CatalogStmt::Informative => w.uint(9),
        CatalogStmt::Tags(tags) => {
            w.uint(10);
            w.list(tags, Writer::spanned_text);
        }
        CatalogStmt::AppliesFrom { date, basis } => {
            w.uint(11);
            w.spanned_text(date);
            w.option(basis.as_ref(), Writer::word::<EuBasis>);
        }
        CatalogStmt::Group(node) => {
            w.uint(12);
            put_catalog_node(w, node);
        }
        CatalogStmt::Requirement(node) => {
            w.uint(13);
            put_catalog_node(w, node);
        }
    }
}

fn get_catalog_stmt(r: &mut Reader) -> Option<CatalogStmt> {
    Some(match r.uint()? {
        0 => CatalogStmt::Publisher(r.spanned_text()?),
        1 => CatalogStmt::Licence(r.spanned_text()?),
        2 => CatalogStmt::Source(r.spanned_text()?),
        3 => CatalogStmt::Url(r.spanned_text()?),
        4 => CatalogStmt::Summary(r.spanned_text()?),
        5 => CatalogStmt::Display(r.spanned_text()?),
        6 => CatalogStmt::Statement(r.spanned_text()?),
        7 => CatalogStmt::Guidance(r.spanned_text()?),
        8 => CatalogStmt::Withdrawn,
        9 => CatalogStmt::Informative,
        10 => CatalogStmt::Tags(r.list(Reader::spanned_text)?),
        11 => CatalogStmt::AppliesFrom {
            date: r.spanned_text()?,
            basis: r.option(Reader::word::<EuBasis>)?,
        },
        12 => CatalogStmt::Group(get_catalog_node(r)?),
        13 => CatalogStmt::Requirement(get_catalog_node(r)?),
        _ => return None,
    })
}

fn put_catalog_node(w: &mut Writer, node: &CatalogNode) {
    w.spanned_text(&node.id);
    w.spanned_text(&node.title);
    put_stmts(w, &node.body, put_catalog_stmt);
}

/// A group or requirement, at most [`MAX_DEPTH`] deep.
fn get_catalog_node(r: &mut Reader) -> Option<CatalogNode> {
    if r.depth == MAX_DEPTH {
        return None;
    }
    r.depth += 1;
    let node = CatalogNode {
        id: r.spanned_text()?,
        title: r.spanned_text()?,
        body: r.stmts(get_catalog_stmt)?,
    };
    r.depth -= 1;
    Some(node)
}

fn put_edge_attribute(w: &mut Writer, attribute: &EdgeAttribute) {
    match attribute {
        EdgeAttribute::Rationale(v) => {
            w.uint(0);
            w.word(v);
        }
        EdgeAttribute::Strength(v) => {
            w.uint(1);
            w.span(v.span);
            w.uint(usize::from(v.value));
        }
        EdgeAttribute::Status(v) => {
            w.uint(2);
            w.word(v);
        }
        EdgeAttribute::Note(t) => w.tagged_text(3, t),
        EdgeAttribute::Scope(t) => w.tagged_text(4, t),
    }
}

fn get_edge_attribute(r: &mut Reader) -> Option<EdgeAttribute> {
    Some(match r.uint()? {
        0 => EdgeAttribute::Rationale(r.word::<Rationale>()?),
        1 => {
            let span = r.span()?;
            let value = u8::try_from(r.uint()?).ok()?;
            EdgeAttribute::Strength(Spanned { value, span })
        }
        2 => EdgeAttribute::Status(r.word::<ReviewStatus>()?),
        3 => EdgeAttribute::Note(r.spanned_text()?),
        4 => EdgeAttribute::Scope(r.spanned_text()?),
        _ => return None,
    })
}

fn put_framework_ref(w: &mut Writer, reference: &FrameworkRef) {
    w.span(reference.span);
    w.spanned_text(&reference.name);
    w.option(reference.version.as_ref(), Writer::spanned_text);
}

fn get_framework_ref(r: &mut Reader) -> Option<FrameworkRef> {
    let span = r.span()?;
    Some(FrameworkRef {
        name: r.spanned_text()?,
        version: r.option(Reader::spanned_text)?,
        span,
    })
}

fn put_requirement_ref(w: &mut Writer, reference: &RequirementRef) {
    w.span(reference.span);
    put_framework_ref(w, &reference.framework);
    w.spanned_text(&reference.id);
}

fn get_requirement_ref(r: &mut Reader) -> Option<RequirementRef> {
    let span = r.span()?;
    Some(RequirementRef {
        framework: get_framework_ref(r)?,
        id: r.spanned_text()?,
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frameworks::builtin_files;
    use crate::syntax;

    /// Where the blob is kept in the repository.
    const BLOB_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/frameworks/precompiled.bin");

    fn parsed_builtins() -> Vec<(String, Ast)> {
        builtin_files()
            .iter()
            .enumerate()
            .map(|(i, file)| {
                let id = FileId(u32::try_from(i).unwrap());
                let parsed = syntax::parse(id, file);
                assert!(parsed.diagnostics.is_empty(), "{} parses", file.name);
                (file.name.clone(), parsed.ast.expect("a tree"))
            })
            .collect()
    }

    fn fresh_blob() -> Vec<u8> {
        let trees = parsed_builtins();
        let refs: Vec<(&str, &Ast)> = trees.iter().map(|(n, a)| (n.as_str(), a)).collect();
        encode(&refs, source_hash()).expect("the built-in files are catalogs")
    }

    /// The blob in the repository is the one these catalogs, this grammar
    /// and this lowering give; `CROSSWALK_BLESS=1` rewrites it.
    #[test]
    fn the_precompiled_catalogs_are_current() {
        let fresh = fresh_blob();
        if std::env::var_os("CROSSWALK_BLESS").is_some() {
            std::fs::write(BLOB_PATH, &fresh).expect("the repository is writable");
            return;
        }
        let kept = std::fs::read(BLOB_PATH).unwrap_or_default();
        assert!(
            kept == fresh,
            "frameworks/precompiled.bin is stale (a catalog, the grammar or the \
             lowering changed): run `CROSSWALK_BLESS=1 cargo test --lib precompiled` \
             and commit it"
        );
        assert_eq!(
            embedded_blob(),
            kept.as_slice(),
            "the binary embeds the repository's blob (rebuild)"
        );
    }

    /// Every decoded tree equals its parse, spans and comments included.
    #[test]
    fn decoding_gives_the_parse() {
        let blob = fresh_blob();
        for (i, (name, parsed)) in parsed_builtins().into_iter().enumerate() {
            let decoded = decode_file(&blob, source_hash(), i, parsed.file).expect(&name);
            assert!(decoded == parsed, "{name} decodes as it parses");
        }
    }

    #[test]
    fn a_blob_from_other_sources_is_ignored() {
        let blob = fresh_blob();
        let id = FileId(0);
        assert!(decode_file(&blob, source_hash(), 0, id).is_some());
        assert!(decode_file(&blob, source_hash() ^ 1, 0, id).is_none());
        assert!(decode_file(&blob, source_hash(), builtin_files().len(), id).is_none());
        assert!(decode_file(&[], source_hash(), 0, id).is_none());
    }

    /// A damaged blob (cut short anywhere, or a byte changed) decodes to
    /// `None` or to some tree, never to a panic or a huge allocation.
    #[test]
    fn a_damaged_blob_never_panics() {
        let blob = fresh_blob();
        let count = builtin_files().len();
        for cut in (0..blob.len()).step_by(997) {
            for i in 0..count {
                let _ = decode_file(&blob[..cut], source_hash(), i, FileId(0));
            }
        }
        for at in (0..blob.len()).step_by(499) {
            let mut damaged = blob.clone();
            damaged[at] ^= 0xff;
            for i in 0..count {
                let _ = decode_file(&damaged, source_hash(), i, FileId(0));
            }
        }
    }

    #[test]
    fn only_clean_catalogs_are_encoded() {
        let text = "control C \"C\" { owner \"o\" }\n";
        let file = crate::source::SourceFile::new("c.cw", text, false);
        let ast = syntax::parse(FileId(0), &file).ast.unwrap();
        let error = encode(&[("c.cw", &ast)], 0).unwrap_err();
        assert_eq!(error, "c.cw holds a control");
    }
}

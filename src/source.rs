//! Source files and byte spans: what every diagnostic points into.

use std::sync::Arc;

/// The index of a file in a [`SourceSet`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The file the range is in.
    pub file: FileId,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` in `file`.
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Self {
            file,
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    /// The byte range, for slicing the file's text.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether this span holds all of `inner` (in the same file).
    pub fn holds(self, inner: Span) -> bool {
        self.file == inner.file && self.start <= inner.start && inner.end <= self.end
    }
}

/// One `.cw` file: its display name (a path relative to the project, or
/// `builtin:frameworks/…` for catalogs compiled into the binary) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics, with `/` separators.
    pub name: String,
    /// The whole text.
    pub text: Arc<str>,
    /// Whether the file is a built-in catalog.
    pub builtin: bool,
    /// The line index, made on first use: most built-in catalogs are
    /// never asked for a line.
    index: std::sync::OnceLock<LineIndex>,
}

/// Where a file's lines start, and how many characters come before each
/// chunk of it.
#[derive(Debug, Clone)]
struct LineIndex {
    line_starts: Vec<u32>,
    /// For text that is not all ASCII: how many characters start before
    /// each [`CHAR_COUNT_STRIDE`]-byte chunk, so columns are found without
    /// counting a long line from its start.
    char_counts: Vec<u32>,
    /// Whether the text holds a character outside the Basic Multilingual
    /// Plane (two UTF-16 code units).
    astral: bool,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(
                text.match_indices('\n')
                    .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
            )
            .collect();
        let char_counts = if text.is_ascii() {
            Vec::new()
        } else {
            let mut count = 0u32;
            text.as_bytes()
                .chunks(CHAR_COUNT_STRIDE)
                .map(|chunk| {
                    let before = count;
                    count += u32::try_from(chunk.iter().filter(|&&b| !is_continuation(b)).count())
                        .unwrap_or(u32::MAX);
                    before
                })
                .collect()
        };
        Self {
            line_starts,
            char_counts,
            // A four-byte UTF-8 sequence starts with 0xF0 or more.
            astral: text.bytes().any(|b| b >= 0xF0),
        }
    }
}

/// The chunk size of [`SourceFile`]'s character counts.
const CHAR_COUNT_STRIDE: usize = 4096;

/// Whether `byte` continues a multi-byte UTF-8 character.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

impl SourceFile {
    /// A source file named `name` holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>, builtin: bool) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
            builtin,
            index: std::sync::OnceLock::new(),
        }
    }

    fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }

    /// The 1-based line and column (in characters) of a byte offset. Takes
    /// time bounded by a constant, however long the line.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let line_starts = &self.index().line_starts;
        let line = line_starts.partition_point(|&s| s <= offset) - 1;
        let start = line_starts[line] as usize;
        let end = (offset as usize).min(self.text.len()).max(start);
        (
            line + 1,
            self.chars_before(end) - self.chars_before(start) + 1,
        )
    }

    /// The 0-based line of a byte offset and its column in UTF-16 code
    /// units (as the Language Server Protocol counts). Takes time bounded
    /// by a constant, however long the line, unless the file holds a
    /// character outside the Basic Multilingual Plane.
    /// An offset inside a character is the character's start.
    pub fn utf16_line_col(&self, offset: u32) -> (usize, usize) {
        let mut end = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let (line, column) = self.line_col(u32::try_from(end).unwrap_or(u32::MAX));
        if !self.index().astral {
            return (line - 1, column - 1);
        }
        let start = self.line_start(line - 1);
        let units = self.text[start..end].chars().map(char::len_utf16).sum();
        (line - 1, units)
    }

    /// How many characters start before byte `offset`.
    fn chars_before(&self, offset: usize) -> usize {
        let char_counts = &self.index().char_counts;
        if char_counts.is_empty() {
            return offset;
        }
        let chunk = offset / CHAR_COUNT_STRIDE;
        let from = chunk * CHAR_COUNT_STRIDE;
        let counted = char_counts.get(chunk).map_or(0, |&c| c as usize);
        counted
            + self.text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> usize {
        self.index().line_starts.partition_point(|&s| s <= offset)
    }

    /// The byte offset where the 0-based line `line` starts (the end of the
    /// text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.index()
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&s| s as usize)
    }
}

/// All source files of one compilation, each under its [`FileId`]. In a
/// [`Workspace`](crate::workspace::Workspace) an id is stable: it is never
/// reused, so a removed file leaves a hole. Precedence (built-in catalogs
/// first, then the project's files by path) is not the order of ids: see
/// [`Workspace`](crate::workspace::Workspace).
#[derive(Debug, Clone, Default)]
pub struct SourceSet {
    files: Vec<Option<Arc<SourceFile>>>,
}

impl SourceSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file under the next unused id and returns that id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.add_shared(Arc::new(file))
    }

    /// Adds a shared file under the next unused id and returns that id.
    pub fn add_shared(&mut self, file: Arc<SourceFile>) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).expect("fewer than 4 billion files"));
        self.files.push(Some(file));
        id
    }

    /// Puts a shared file under `id` (a workspace's stable id), replacing
    /// what was there.
    pub(crate) fn put(&mut self, id: FileId, file: Arc<SourceFile>) {
        let index = id.0 as usize;
        if self.files.len() <= index {
            self.files.resize(index + 1, None);
        }
        self.files[index] = Some(file);
    }

    /// The file with this id. Panics on an id that names no file of the
    /// set.
    pub fn get(&self, id: FileId) -> &SourceFile {
        self.shared(id)
    }

    /// The file with this id, shared.
    pub fn shared(&self, id: FileId) -> &Arc<SourceFile> {
        self.files[id.0 as usize]
            .as_ref()
            .expect("the file id names a file of the set")
    }

    /// Whether `id` names a file of the set.
    pub fn contains(&self, id: FileId) -> bool {
        self.files.get(id.0 as usize).is_some_and(Option::is_some)
    }

    /// Every file with its id, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().filter_map(|(i, f)| {
            f.as_deref()
                .map(|f| (FileId(u32::try_from(i).unwrap_or(u32::MAX)), f))
        })
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.get(span.file).text[span.range()]
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.iter().flatten().count()
    }

    /// Whether the set holds no file.
    pub fn is_empty(&self) -> bool {
        self.files.iter().all(Option::is_none)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile::new("a.cw", "ab\nçd\n\nx", false);
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        // `d` follows a two-byte character: byte 5, column 2.
        assert_eq!(file.line_col(5), (2, 2));
        assert_eq!(file.line_col(7), (3, 1));
        assert_eq!(file.line_col(8), (4, 1));
        assert_eq!(file.line(8), 4);
        assert_eq!(file.line_start(1), 3);
        assert_eq!(file.line_start(9), 9);
    }

    #[test]
    fn columns_on_long_non_ascii_lines_count_characters() {
        let text = format!("x\n{}{}", "é".repeat(5000), "a".repeat(5000));
        let file = SourceFile::new("a.cw", text.as_str(), false);
        let after = u32::try_from(2 + 10_000 + 10).unwrap();
        assert_eq!(file.line_col(after), (2, 5011));
        let brute = text[2..after as usize].chars().count() + 1;
        assert_eq!(file.line_col(after).1, brute);
    }
}

//! The part of a file a text diagnostic shows.
//!
//! miette reads the source it is given from byte 0 to find a label's line,
//! and prints whole lines: a diagnostic near the end of a 4 MB file costs a
//! scan of 4 MB, and a label past column 65,535 of one long line overflows
//! its formatting width and panics. An [`Excerpt`] holds only the lines a
//! diagnostic's labels need (each label's line with one line of context on
//! either side), found through the file's line index, with every line longer
//! than [`SHOWN_LINE`] cut to a window around its label and marked with `…`.
//! Control characters and bidirectional overrides in the shown text are
//! written as escapes, so a file cannot drive the terminal. miette then reads
//! the excerpt, which reports the real line numbers and columns.

use miette::{MietteError, SourceCode, SourceSpan, SpanContents};

use super::Label;
use crate::source::SourceFile;
use crate::terminal;

/// Lines of at most this many bytes are shown whole.
const SHOWN_LINE: usize = 160;
/// How many bytes of a long line are shown before its label starts.
const LEAD: usize = 40;
/// A label over more lines than this is shown on its first line only.
const MAX_LABEL_LINES: usize = 8;
/// Lines of context miette asks for around a label.
const CONTEXT: usize = 1;
/// The mark for text left out of a long line.
const ELLIPSIS: &str = "…";

/// A few lines of one file, windowed and escaped, that miette reads in
/// place of the file.
pub(super) struct Excerpt {
    name: String,
    text: String,
    lines: Vec<Shown>,
}

/// One shown line of the excerpt.
struct Shown {
    /// Which run of consecutive file lines it belongs to.
    block: usize,
    /// 0-based line number in the file.
    line: usize,
    /// Byte offset in the file where the line starts.
    line_start: usize,
    /// Where the line starts in the excerpt's text.
    start: usize,
    /// Where it ends in the excerpt's text (its newline).
    end: usize,
    /// How many characters of the line come before the shown window.
    first_column: usize,
    /// File offset and excerpt offset of each shown character's start, and
    /// of the window's end, in order.
    map: Vec<(usize, usize)>,
}

impl Shown {
    /// The excerpt offset of a file offset on this line, clamped to the
    /// shown window.
    fn to_excerpt(&self, offset: usize) -> usize {
        match self.map.binary_search_by_key(&offset, |&(file, _)| file) {
            Ok(i) => self.map[i].1,
            Err(0) => self.map.first().map_or(self.start, |&(_, at)| at),
            Err(i) => self.map[i - 1].1,
        }
    }

    /// The file offset of an excerpt offset on this line.
    fn to_file(&self, at: usize) -> usize {
        match self.map.binary_search_by_key(&at, |&(_, excerpt)| excerpt) {
            Ok(i) => self.map[i].0,
            Err(0) => self.map.first().map_or(self.line_start, |&(file, _)| file),
            Err(i) => self.map[i - 1].0,
        }
    }
}

impl Excerpt {
    /// The excerpt of `file` that shows `labels` (all in that file), and the
    /// labels' spans moved into it.
    pub(super) fn new(file: &SourceFile, labels: &[&Label]) -> (Self, Vec<(usize, usize)>) {
        let text: &str = &file.text;
        let spans: Vec<(usize, usize, usize, usize)> = labels
            .iter()
            .map(|label| {
                let start = (label.span.start as usize).min(text.len());
                let mut end = (label.span.end as usize).clamp(start, text.len());
                let first = file.line(to_u32(start)) - 1;
                let mut last = last_line(file, start, end);
                if last - first >= MAX_LABEL_LINES {
                    end = line_end(file, first);
                    last = first;
                }
                (start, end, first, last)
            })
            .collect();

        // The file lines to show, as sorted runs of consecutive lines.
        // The empty "line" after a final newline is shown only when a label
        // is on it, as miette does.
        let mut last_line = file.line(to_u32(text.len())) - 1;
        if text.ends_with('\n') {
            last_line -= 1;
        }
        let mut ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|&(_, _, first, last)| {
                (
                    first.saturating_sub(CONTEXT),
                    (last + CONTEXT).min(last_line).max(last),
                )
            })
            .collect();
        ranges.sort_unstable();
        let mut blocks: Vec<(usize, usize)> = Vec::new();
        for (first, last) in ranges {
            match blocks.last_mut() {
                Some(block) if first <= block.1 + 1 => block.1 = block.1.max(last),
                _ => blocks.push((first, last)),
            }
        }

        let mut excerpt = Excerpt {
            name: terminal::line(&file.name).into_owned(),
            text: String::new(),
            lines: Vec::new(),
        };
        for (block, &(first, last)) in blocks.iter().enumerate() {
            for line in first..=last {
                // A long line is shown from a little before the first label
                // that starts (or ends) on it.
                let start = file.line_start(line);
                let anchor = spans
                    .iter()
                    .filter_map(|&(s, e, f, l)| {
                        if f == line {
                            Some(s)
                        } else if l == line {
                            Some(e)
                        } else {
                            None
                        }
                    })
                    .min()
                    .unwrap_or(start);
                excerpt.push_line(file, block, line, anchor);
            }
        }
        let moved = spans
            .iter()
            .map(|&(start, end, first, last)| {
                let from = excerpt.to_excerpt(first, start);
                let to = excerpt.to_excerpt(last, end).max(from);
                (from, to - from)
            })
            .collect();
        (excerpt, moved)
    }

    fn push_line(&mut self, file: &SourceFile, block: usize, line: usize, anchor: usize) {
        let text: &str = &file.text;
        let line_start = file.line_start(line);
        let line_end = line_end(file, line);
        let (from, to) = if line_end - line_start <= SHOWN_LINE {
            (line_start, line_end)
        } else {
            let from = floor_char(text, anchor.saturating_sub(LEAD).max(line_start));
            let to = floor_char(text, (from + SHOWN_LINE).min(line_end));
            (from, to)
        };
        let start = self.text.len();
        if from > line_start {
            self.text.push_str(ELLIPSIS);
        }
        let mut map = Vec::with_capacity(to - from + 1);
        for (i, c) in text[from..to].char_indices() {
            map.push((from + i, self.text.len()));
            push_visible(&mut self.text, c);
        }
        map.push((to, self.text.len()));
        if to < line_end {
            self.text.push_str(ELLIPSIS);
        }
        let end = self.text.len();
        self.text.push('\n');
        let first_column = file.line_col(to_u32(from)).1 - 1;
        self.lines.push(Shown {
            block,
            line,
            line_start,
            start,
            end,
            first_column,
            map,
        });
    }

    /// The excerpt offset of file offset `offset`, which is on file line
    /// `line` (a line the excerpt shows).
    fn to_excerpt(&self, line: usize, offset: usize) -> usize {
        self.lines
            .iter()
            .find(|shown| shown.line == line)
            .map_or(0, |shown| shown.to_excerpt(offset))
    }

    /// The index of the shown line holding excerpt offset `at`.
    fn shown_at(&self, at: usize) -> usize {
        self.lines
            .partition_point(|shown| shown.start <= at)
            .saturating_sub(1)
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if self.lines.is_empty() || span.offset() + span.len() > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first = self.shown_at(span.offset());
        let last = self.shown_at(
            (span.offset() + span.len())
                .saturating_sub(1)
                .max(span.offset()),
        );
        let block = self.lines[first].block;
        let mut from = first;
        while from > 0 && first - from < context_lines_before && self.lines[from - 1].block == block
        {
            from -= 1;
        }
        let mut to = last;
        let block = self.lines[last].block;
        while to + 1 < self.lines.len()
            && to - last < context_lines_after
            && self.lines[to + 1].block == block
        {
            to += 1;
        }
        let start = self.lines[from].start;
        let end = (self.lines[to].end + 1).min(self.text.len());
        // The column in characters, as `--format json` counts it.
        let shown = &self.lines[first];
        let at = shown.to_file(span.offset());
        let column = shown.first_column + shown.map.partition_point(|&(file, _)| file < at);
        Ok(Box::new(Contents {
            name: &self.name,
            data: &self.text.as_bytes()[start..end],
            span: SourceSpan::from((start, end - start)),
            line: self.lines[from].line,
            column: if from == first { column } else { 0 },
            line_count: to - from + 1,
        }))
    }
}

/// What [`Excerpt::read_span`] gives miette.
struct Contents<'a> {
    name: &'a str,
    data: &'a [u8],
    span: SourceSpan,
    line: usize,
    column: usize,
    line_count: usize,
}

impl<'a> SpanContents<'a> for Contents<'a> {
    fn data(&self) -> &'a [u8] {
        self.data
    }

    fn span(&self) -> &SourceSpan {
        &self.span
    }

    fn name(&self) -> Option<&str> {
        Some(self.name)
    }

    fn line(&self) -> usize {
        self.line
    }

    fn column(&self) -> usize {
        self.column
    }

    fn line_count(&self) -> usize {
        self.line_count
    }
}

/// Pushes `c`, or its terminal escape when it is a control character or a
/// bidirectional control (tabs stay).
fn push_visible(out: &mut String, c: char) {
    if c == '\t' || !terminal::is_control(c) {
        out.push(c);
    } else {
        out.push_str(&terminal::line(c.encode_utf8(&mut [0; 4])));
    }
}

fn to_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// The 0-based line of a label's last byte.
fn last_line(file: &SourceFile, start: usize, end: usize) -> usize {
    let last = if end > start { end - 1 } else { start };
    file.line(to_u32(last)) - 1
}

/// The offset of the end of `line`: before its `\n` (or `\r\n`), or the
/// end of the file.
fn line_end(file: &SourceFile, line: usize) -> usize {
    let start = file.line_start(line);
    let text = &file.text[start..file.line_start(line + 1)];
    let body = match text.strip_suffix('\n') {
        Some(body) => body.strip_suffix('\r').unwrap_or(body),
        None => text,
    };
    start + body.len()
}

fn floor_char(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::source::{FileId, Span};

    fn label(start: usize, end: usize) -> Label {
        Label {
            span: Span::new(FileId(0), start, end),
            text: String::new(),
        }
    }

    #[test]
    fn short_lines_are_shown_whole_with_one_line_of_context() {
        let file = SourceFile::new("a.cw", "one\ntwo\nthree\nfour\nfive\n", false);
        let l = label(8, 13);
        let (excerpt, spans) = Excerpt::new(&file, &[&l]);
        assert_eq!(excerpt.text, "two\nthree\nfour\n");
        assert_eq!(spans, vec![(4, 5)]);
        let contents = excerpt.read_span(&SourceSpan::from((4, 5)), 0, 0).unwrap();
        assert_eq!((contents.line(), contents.column()), (2, 0));
    }

    #[test]
    fn a_long_line_is_cut_to_a_window_around_its_label() {
        let text = format!("{}}}{}\n", " ".repeat(70_000), "x".repeat(10_000));
        let file = SourceFile::new("a.cw", text, false);
        let l = label(70_000, 70_001);
        let (excerpt, spans) = Excerpt::new(&file, &[&l]);
        assert!(
            excerpt.text.len() < SHOWN_LINE * 2,
            "{}",
            excerpt.text.len()
        );
        assert!(excerpt.text.starts_with(ELLIPSIS));
        let (at, len) = spans[0];
        assert_eq!(&excerpt.text[at..at + len], "}");
        let contents = excerpt
            .read_span(&SourceSpan::from(spans[0]), 0, 0)
            .unwrap();
        assert_eq!((contents.line(), contents.column()), (0, 70_000));
    }

    #[test]
    fn columns_count_characters_and_names_are_escaped() {
        let file = SourceFile::new("a\u{1b}[2J.cw", "ééé x\n", false);
        let at = file.text.find('x').unwrap();
        let l = label(at, at + 1);
        let (excerpt, spans) = Excerpt::new(&file, &[&l]);
        let contents = excerpt
            .read_span(&SourceSpan::from(spans[0]), 0, 0)
            .unwrap();
        assert_eq!(contents.column(), 4);
        assert_eq!(contents.name(), Some("a\\e[2J.cw"));
    }

    #[test]
    fn far_apart_labels_get_separate_runs_of_lines() {
        let text = (0..100).fold(String::new(), |mut text, i| {
            writeln!(text, "line {i}").unwrap();
            text
        });
        let file = SourceFile::new("a.cw", text.as_str(), false);
        let near = label(
            text.find("line 3").unwrap(),
            text.find("line 3").unwrap() + 4,
        );
        let far = label(
            text.find("line 90").unwrap(),
            text.find("line 90").unwrap() + 4,
        );
        let (excerpt, spans) = Excerpt::new(&file, &[&near, &far]);
        assert_eq!(excerpt.lines.len(), 6);
        let contents = excerpt
            .read_span(&SourceSpan::from(spans[1]), 1, 1)
            .unwrap();
        assert_eq!(contents.line(), 89);
        assert_eq!(
            std::str::from_utf8(contents.data()).unwrap(),
            "line 89\nline 90\nline 91\n"
        );
    }

    /// A report with a source and labels, as miette reads it.
    struct Probe<'a> {
        source: &'a dyn SourceCode,
        labels: Vec<(usize, usize)>,
    }

    impl std::fmt::Debug for Probe<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("probe")
        }
    }

    impl std::fmt::Display for Probe<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("probe")
        }
    }

    impl std::error::Error for Probe<'_> {}

    impl miette::Diagnostic for Probe<'_> {
        fn source_code(&self) -> Option<&dyn SourceCode> {
            Some(self.source)
        }

        fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
            Some(Box::new(self.labels.iter().enumerate().map(
                |(i, &span)| {
                    let text = Some(format!("label {i}"));
                    if i == 0 {
                        miette::LabeledSpan::new_primary_with_span(text, span)
                    } else {
                        miette::LabeledSpan::new_with_span(text, span)
                    }
                },
            )))
        }
    }

    /// The whole file as miette reads a string, named, with columns
    /// counted in characters as the excerpt (and `--format json`) counts
    /// them rather than in bytes.
    struct WholeFile<'a>(&'a SourceFile);

    impl SourceCode for WholeFile<'_> {
        fn read_span<'a>(
            &'a self,
            span: &SourceSpan,
            before: usize,
            after: usize,
        ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
            let text: &str = &self.0.text;
            let contents = text.read_span(span, before, after)?;
            let line_start = text[..span.offset()]
                .rfind(['\n', '\r'])
                .map_or(0, |i| i + 1);
            let column = if contents.column() == 0 {
                0
            } else {
                text[line_start..span.offset()].chars().count()
            };
            Ok(Box::new(miette::MietteSpanContents::new_named(
                self.0.name.clone(),
                contents.data(),
                *contents.span(),
                contents.line(),
                column,
                contents.line_count(),
            )))
        }
    }

    fn render(source: &dyn SourceCode, labels: Vec<(usize, usize)>) -> String {
        let handler =
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
                .with_width(80)
                .with_links(false);
        let mut out = String::new();
        handler
            .render_report(&mut out, &Probe { source, labels })
            .unwrap();
        out
    }

    /// The report through the excerpt, and through the whole file. miette
    /// draws no label at the very end of a file, the excerpt (whose every
    /// line ends in a line break) draws it on the last line, or on the empty
    /// line after a final line break, as it always has: the whole file gets
    /// one more line break for the comparison when it has none, or when a
    /// label is at its end.
    fn both(file: &SourceFile, spans: &[(usize, usize)]) -> (String, String) {
        let labels: Vec<Label> = spans.iter().map(|&(s, e)| label(s, e)).collect();
        let refs: Vec<&Label> = labels.iter().collect();
        let (excerpt, moved) = Excerpt::new(file, &refs);
        let windowed = render(&excerpt, moved);
        let at_end = spans.iter().any(|&(s, _)| s == file.text.len());
        let whole = if file.text.ends_with('\n') && !at_end {
            file.clone()
        } else {
            SourceFile::new(file.name.as_str(), format!("{}\n", file.text), false)
        };
        let whole = render(
            &WholeFile(&whole),
            spans.iter().map(|&(s, e)| (s, e - s)).collect(),
        );
        (windowed, whole)
    }

    #[test]
    fn the_excerpt_renders_as_the_whole_file_does() {
        let cases: &[(&str, &[(usize, usize)])] = &[
            ("one\n\ttwo\tx\nthree\n", &[(5, 8)]),
            ("one\r\ntwo\r\nthree\r\n", &[(5, 8), (12, 14)]),
            ("é中😀 x\nnext\n", &[(10, 11)]),
            ("last line", &[(9, 9)]),
            ("last line\n", &[(10, 10)]),
            ("ab\ncd\nef\ngh\n", &[(1, 7)]),
            ("x\n", &[(0, 1), (0, 1)]),
            ("", &[(0, 0)]),
            ("a\nb\nc\nd\n", &[(2, 3), (6, 7)]),
        ];
        for &(text, spans) in cases {
            let file = SourceFile::new("a.cw", text, false);
            let (windowed, whole) = both(&file, spans);
            assert_eq!(windowed, whole, "{text:?} {spans:?}");
        }
    }

    /// Whether the excerpt is meant to draw a label over `start..end` of
    /// `text` as miette draws it from the whole file, or knowingly draws it
    /// otherwise.
    fn drawn_alike(text: &str, start: usize, end: usize) -> bool {
        // A span that ends on a line break (`\n`, or either byte of a
        // `\r\n`): miette's read of the whole file takes the next line as
        // the span's last (one more line of context, and the same when it
        // joins two labels' spans into one ending there) and underlines the
        // break; the excerpt ends the span with the text of its line.
        !text[..end].ends_with(['\n', '\r'])
            // A span that starts in a `\r\n`: miette's read of the whole
            // file gives it column 1, the excerpt the column of the line's
            // end.
            && !text[start..].starts_with('\r')
            && !text[..start].ends_with('\r')
            // An empty span at the very start of a file whose first line is
            // empty: miette's read of the whole file shows two lines after
            // it, the excerpt one (`an_empty_label_on_an_empty_first_line`).
            && (end != 0 || !text.starts_with(['\n', '\r']))
    }

    /// Found by the property test below (CI, seed not kept): an empty label
    /// at offset 0 of a file that starts with a line break is shown with
    /// one line of context after it, as every other label is.
    #[test]
    fn an_empty_label_on_an_empty_first_line() {
        for text in ["\n\n\n", "\r\n\r\n\r\n", "\n\nx\n"] {
            let file = SourceFile::new("a.cw", text, false);
            let l = label(0, 0);
            let (excerpt, spans) = Excerpt::new(&file, &[&l]);
            assert_eq!(spans, vec![(0, 0)]);
            let shown: Vec<usize> = excerpt.lines.iter().map(|s| s.line).collect();
            assert_eq!(shown, vec![0, 1], "{text:?}");
            let drawn = render(&excerpt, spans);
            assert!(drawn.contains(" 2 │") && !drawn.contains(" 3 │"), "{drawn}");
        }
    }

    proptest::proptest! {
        /// On text the excerpt shows as it is (lines of at most
        /// [`SHOWN_LINE`] bytes, no control character but tabs, labels over
        /// at most [`MAX_LABEL_LINES`] lines), miette draws the same report
        /// from the excerpt as from the whole file.
        #[test]
        fn windowed_and_whole_renderings_agree(
            lines in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec!["a", "b", " ", "\t", "é", "中", "😀", "{", "-"]),
                    0..30,
                ),
                0..40,
            ),
            crlf in proptest::bool::ANY,
            final_newline in proptest::bool::ANY,
            first in 0.0..=1.0f64,
            picks in proptest::collection::vec((-50isize..50, 0usize..12), 1..4),
        ) {
            let newline = if crlf { "\r\n" } else { "\n" };
            let mut text = lines
                .iter()
                .map(|line| line.concat())
                .collect::<Vec<_>>()
                .join(newline);
            if final_newline && !text.is_empty() {
                text.push_str(newline);
            }
            let file = SourceFile::new("a.cw", text.as_str(), false);
            // Spans from character boundary to character boundary: the
            // first anywhere, each further one near the one before.
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .collect();
            let last = boundaries.len() - 1;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
            let mut at = (last as f64 * first) as usize;
            let mut spans: Vec<(usize, usize)> = Vec::new();
            for &(step, len) in &picks {
                at = at.saturating_add_signed(step).min(last);
                let (start, end) = (boundaries[at], boundaries[(at + len).min(last)]);
                let first_line = file.line(to_u32(start)) - 1;
                let last_line = last_line(&file, start, end);
                // Labels far apart: miette's read of the whole file counts
                // lines from the start of the file where it means the lines
                // it read, and so joins two labels' snippets into one when
                // they are fewer lines apart than the first is from the
                // start of the file; the excerpt shows them apart
                // (`far_apart_labels_get_separate_runs_of_lines`).
                let near = spans.iter().all(|&(s, e)| {
                    let (f, l) = (file.line(to_u32(s)) - 1, self::last_line(&file, s, e));
                    first_line <= l + 3 && f <= last_line + 3
                });
                if last_line - first_line < MAX_LABEL_LINES && drawn_alike(&text, start, end) && near {
                    spans.push((start, end));
                }
            }
            proptest::prop_assume!(!spans.is_empty());
            let (windowed, whole) = both(&file, &spans);
            proptest::prop_assert_eq!(windowed, whole, "{:?} {:?}", text, spans);
        }
    }

    #[test]
    fn control_characters_are_escaped_and_spans_follow_them() {
        let file = SourceFile::new("a.cw", "a \u{1b}[2J \u{202e}b x\n", false);
        let at = file.text.find('x').unwrap();
        let l = label(at, at + 1);
        let (excerpt, spans) = Excerpt::new(&file, &[&l]);
        assert!(!excerpt.text.contains('\u{1b}') && !excerpt.text.contains('\u{202e}'));
        assert!(excerpt.text.contains("\\e[2J") && excerpt.text.contains("\\u{202e}"));
        let (from, len) = spans[0];
        assert_eq!(&excerpt.text[from..from + len], "x");
    }
}

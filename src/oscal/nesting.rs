//! A cheap pass over JSON and YAML text, before the parser sees it, that
//! finds where nesting first goes deeper than [`MAX_NESTING`] levels, and
//! YAML aliases.
//!
//! The parsers have limits of their own, but not the right ones: libyaml
//! (under `serde_yaml_ng`) scans every flow collection (`[`, `{`) before the
//! deserializer counts depth, in time that grows with the square of the
//! depth (100,000 `[` took 37 s), and an alias (`*name`) repeats its anchor
//! wherever it appears, so ten levels of ten aliases ask for 10¹⁰ groups
//! (a 400 KB file took 32 s and 4.6 GB). OSCAL catalogs need neither.
//!
//! The YAML scan follows libyaml's scanner (`scanner.rs` of
//! `unsafe-libyaml`) where it decides what is a token: plain scalars end
//! where libyaml ends them (`: `, ` #`, a flow indicator in flow context, a
//! line indented no more than the collection), quoted scalars and block
//! scalars (`|`, `>`) are skipped with libyaml's rules for their end and
//! indentation, and block collections are counted by libyaml's indentation
//! stack. It never needs to be exact about anything else: it reports a
//! position, and the parser is not run.

use super::error::MAX_NESTING;

/// What the scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    /// The byte offset of the bracket (or YAML collection) one level deeper
    /// than [`MAX_NESTING`].
    TooDeep(usize),
    /// The byte offset of a YAML alias (`*`).
    Alias(usize),
}

/// The first place JSON nests deeper than [`MAX_NESTING`].
pub fn json(text: &str) -> Option<Finding> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(Finding::TooDeep(i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The first place YAML nests deeper than [`MAX_NESTING`] (flow and block
/// collections together), or its first alias.
pub fn yaml(text: &str) -> Option<Finding> {
    let mut scanner = Yaml {
        bytes: text.as_bytes(),
        i: usize::from(text.starts_with('\u{feff}')) * 3,
        column: 0,
        flow: 0,
        indents: Vec::new(),
        key_allowed: true,
        key_column: None,
    };
    scanner.scan().err()
}

struct Yaml<'t> {
    bytes: &'t [u8],
    i: usize,
    /// The column of `i`, in characters as libyaml counts them.
    column: usize,
    /// Open flow collections.
    flow: usize,
    /// libyaml's indentation stack: the columns of the open block
    /// collections.
    indents: Vec<usize>,
    /// Whether the next token may start a simple key (libyaml's
    /// `simple_key_allowed`).
    key_allowed: bool,
    /// The column of the token that may be a simple key, on this line.
    key_column: Option<usize>,
}

impl Yaml<'_> {
    fn at(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// The length of the line break at `i` (LF, CR, CRLF, NEL, LS, PS), or 0.
    fn break_len(&self, i: usize) -> usize {
        match (self.at(i), self.at(i + 1), self.at(i + 2)) {
            (b'\r', b'\n', _) | (0xC2, 0x85, _) => 2,
            (b'\r' | b'\n', _, _) => 1,
            (0xE2, 0x80, 0xA8 | 0xA9) => 3,
            _ => 0,
        }
    }

    fn is_end(&self, i: usize) -> bool {
        i >= self.bytes.len()
    }

    fn is_blank(&self, i: usize) -> bool {
        matches!(self.at(i), b' ' | b'\t')
    }

    /// Blank, line break or end (libyaml's `IS_BLANKZ`).
    fn is_blankz(&self, i: usize) -> bool {
        self.is_end(i) || self.is_blank(i) || self.break_len(i) > 0 || self.at(i) == 0
    }

    /// One character forward (not a line break).
    fn advance(&mut self) {
        self.i += 1;
        while self.i < self.bytes.len() && self.bytes[self.i] & 0xC0 == 0x80 {
            self.i += 1;
        }
        self.column += 1;
    }

    /// Past the line break at `i`, if there is one.
    fn advance_break(&mut self) -> bool {
        let n = self.break_len(self.i);
        if n == 0 {
            return false;
        }
        self.i += n;
        self.column = 0;
        self.key_column = None;
        true
    }

    fn skip_to_line_end(&mut self) {
        while !self.is_end(self.i) && self.break_len(self.i) == 0 {
            self.advance();
        }
    }

    fn depth(&self) -> usize {
        self.flow + self.indents.len()
    }

    fn too_deep(&self, at: usize) -> Result<(), Finding> {
        if self.depth() > MAX_NESTING {
            Err(Finding::TooDeep(at))
        } else {
            Ok(())
        }
    }

    /// libyaml's `roll_indent`: a block collection starts at `column`.
    fn roll(&mut self, column: usize, at: usize) -> Result<(), Finding> {
        if self.flow == 0 && self.indents.last().is_none_or(|&top| top < column) {
            self.indents.push(column);
            self.too_deep(at)?;
        }
        Ok(())
    }

    /// libyaml's `unroll_indent`: block collections deeper than `column`
    /// end.
    fn unroll(&mut self, column: usize) {
        if self.flow == 0 {
            while self.indents.last().is_some_and(|&top| top > column) {
                self.indents.pop();
            }
        }
    }

    /// The column a plain scalar's next line must reach to continue it, and
    /// a block scalar's content at least (libyaml's `indent + 1`).
    fn min_indent(&self) -> usize {
        self.indents.last().map_or(0, |&top| top + 1)
    }

    /// A token that may be a simple key starts here.
    fn token(&mut self) {
        if self.key_allowed {
            self.key_column = Some(self.column);
        }
        self.key_allowed = false;
    }

    fn scan(&mut self) -> Result<(), Finding> {
        loop {
            self.skip_to_next_token();
            if self.is_end(self.i) {
                return Ok(());
            }
            let at = self.i;
            let c = self.bytes[at];
            let column = self.column;
            self.unroll(column);
            if column == 0 && c == b'%' {
                self.skip_to_line_end();
                continue;
            }
            if column == 0
                && (self.bytes[at..].starts_with(b"---") || self.bytes[at..].starts_with(b"..."))
                && self.is_blankz(at + 3)
            {
                self.unroll_all();
                self.advance();
                self.advance();
                self.advance();
                continue;
            }
            match c {
                b'[' | b'{' => {
                    self.token();
                    self.flow += 1;
                    self.too_deep(at)?;
                    self.key_allowed = true;
                    self.advance();
                }
                b']' | b'}' => {
                    self.flow = self.flow.saturating_sub(1);
                    self.key_allowed = false;
                    self.advance();
                }
                b',' => {
                    self.key_allowed = true;
                    self.advance();
                }
                b'-' if self.is_blankz(at + 1) => {
                    self.roll(column, at)?;
                    self.key_allowed = true;
                    self.advance();
                }
                b'?' if self.flow > 0 || self.is_blankz(at + 1) => {
                    self.roll(column, at)?;
                    self.key_allowed = self.flow == 0;
                    self.advance();
                }
                b':' if self.flow > 0 || self.is_blankz(at + 1) => {
                    if let Some(key) = self.key_column.take() {
                        self.roll(key, at)?;
                    }
                    self.key_allowed = self.flow == 0;
                    self.advance();
                }
                b'*' => return Err(Finding::Alias(at)),
                b'&' => {
                    self.token();
                    self.advance();
                    while self.at(self.i).is_ascii_alphanumeric()
                        || matches!(self.at(self.i), b'-' | b'_')
                    {
                        self.advance();
                    }
                }
                b'!' => {
                    self.token();
                    self.advance();
                    if self.at(self.i) == b'<' {
                        while !self.is_blankz(self.i) && self.at(self.i) != b'>' {
                            self.advance();
                        }
                    } else {
                        // Stopping at a flow indicator libyaml would take
                        // into the tag only counts more, never less.
                        while !self.is_blankz(self.i)
                            && !matches!(self.at(self.i), b',' | b'[' | b']' | b'{' | b'}')
                        {
                            self.advance();
                        }
                    }
                }
                b'|' | b'>' if self.flow == 0 => {
                    self.block_scalar();
                    self.key_allowed = true;
                }
                b'\'' | b'"' => {
                    self.token();
                    self.quoted(c);
                }
                _ => {
                    self.token();
                    if self.plain() {
                        self.key_allowed = true;
                    }
                }
            }
        }
    }

    fn unroll_all(&mut self) {
        if self.flow == 0 {
            self.indents.clear();
        }
    }

    /// libyaml's `scan_to_next_token`: blanks, comments and line breaks.
    fn skip_to_next_token(&mut self) {
        loop {
            while self.is_blank(self.i) {
                self.advance();
            }
            if self.at(self.i) == b'#' {
                self.skip_to_line_end();
            }
            if !self.advance_break() {
                return;
            }
            if self.flow == 0 {
                self.key_allowed = true;
            }
        }
    }

    /// A single- or double-quoted scalar, to its closing quote.
    fn quoted(&mut self, quote: u8) {
        self.advance();
        while !self.is_end(self.i) {
            let c = self.bytes[self.i];
            if quote == b'\'' && c == b'\'' && self.at(self.i + 1) == b'\'' {
                self.advance();
                self.advance();
            } else if c == quote {
                self.advance();
                return;
            } else if quote == b'"' && c == b'\\' {
                self.advance();
                if !self.advance_break() && !self.is_end(self.i) {
                    self.advance();
                }
            } else if !self.advance_break() {
                self.advance();
            }
        }
    }

    /// A plain scalar, where libyaml's `scan_plain_scalar` ends it. Returns
    /// whether it went past a line break.
    fn plain(&mut self) -> bool {
        let mut leading_blanks = false;
        loop {
            if self.column == 0
                && (self.bytes[self.i..].starts_with(b"---")
                    || self.bytes[self.i..].starts_with(b"..."))
                && self.is_blankz(self.i + 3)
            {
                return leading_blanks;
            }
            if self.at(self.i) == b'#' {
                return leading_blanks;
            }
            while !self.is_blankz(self.i) {
                let c = self.bytes[self.i];
                let ends = (c == b':' && self.is_blankz(self.i + 1))
                    || (self.flow > 0
                        && (matches!(c, b',' | b'[' | b']' | b'{' | b'}')
                            || (c == b':'
                                && matches!(
                                    self.at(self.i + 1),
                                    b',' | b'?' | b'[' | b']' | b'{' | b'}'
                                ))));
                if ends {
                    return leading_blanks;
                }
                self.advance();
            }
            if self.is_end(self.i) {
                return leading_blanks;
            }
            while self.is_blank(self.i) || self.break_len(self.i) > 0 {
                if self.advance_break() {
                    leading_blanks = true;
                } else {
                    self.advance();
                }
            }
            if self.flow == 0 && self.column < self.min_indent() {
                return leading_blanks;
            }
        }
    }

    /// A literal or folded block scalar, with libyaml's rule for its
    /// indentation (`scan_block_scalar`): given by a digit after the
    /// indicator, or that of its first line that is not blank, and at least
    /// one more than the collection's.
    fn block_scalar(&mut self) {
        self.advance();
        let mut increment = 0;
        for _ in 0..2 {
            match self.at(self.i) {
                b'+' | b'-' => self.advance(),
                digit @ b'1'..=b'9' => {
                    increment = usize::from(digit - b'0');
                    self.advance();
                }
                _ => {}
            }
        }
        self.skip_to_line_end();
        if !self.advance_break() {
            return;
        }
        let least = self.min_indent().max(1);
        let mut indent = if increment > 0 {
            self.indents
                .last()
                .map_or(increment, |&top| top + increment)
        } else {
            0
        };
        if indent == 0 {
            let mut widest = 0;
            loop {
                while self.at(self.i) == b' ' {
                    self.advance();
                }
                widest = widest.max(self.column);
                if !self.advance_break() {
                    break;
                }
            }
            indent = widest.max(least);
            if self.column < indent || self.is_end(self.i) {
                return;
            }
            self.skip_to_line_end();
            if !self.advance_break() {
                return;
            }
        }
        loop {
            while self.column < indent && self.at(self.i) == b' ' {
                self.advance();
            }
            if self.advance_break() {
                continue;
            }
            if self.is_end(self.i) || self.column < indent {
                return;
            }
            self.skip_to_line_end();
            if !self.advance_break() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, close: &str, depth: usize) -> String {
        format!("{}{}", open.repeat(depth), close.repeat(depth))
    }

    #[test]
    fn json_nesting_is_counted_outside_strings() {
        assert_eq!(json(&nested("[", "]", MAX_NESTING)), None);
        assert_eq!(
            json(&nested("[", "]", MAX_NESTING + 1)),
            Some(Finding::TooDeep(MAX_NESTING))
        );
        let quoted = format!("[\"{}\\\"{}\"]", "[".repeat(500), "{".repeat(500));
        assert_eq!(json(&quoted), None);
        assert_eq!(
            json(&"{\"a\":".repeat(MAX_NESTING + 1)),
            Some(Finding::TooDeep(5 * MAX_NESTING))
        );
    }

    #[test]
    fn yaml_flow_nesting_is_counted() {
        assert_eq!(yaml(&nested("[", "]", MAX_NESTING)), None);
        assert_eq!(
            yaml(&nested("[", "]", MAX_NESTING + 1)),
            Some(Finding::TooDeep(MAX_NESTING))
        );
        assert_eq!(
            yaml(&format!("a: {}", "{b: ".repeat(MAX_NESTING + 1))),
            Some(Finding::TooDeep(3 + 4 * (MAX_NESTING - 1)))
        );
    }

    #[test]
    fn yaml_block_nesting_is_counted() {
        let mut text = String::new();
        for level in 0..=MAX_NESTING {
            text.push_str(&" ".repeat(level));
            text.push_str("a:\n");
        }
        assert!(matches!(yaml(&text), Some(Finding::TooDeep(_))));
        let mut text = String::new();
        for level in 0..MAX_NESTING {
            text.push_str(&" ".repeat(level));
            text.push_str("a:\n");
        }
        assert_eq!(yaml(&text), None);
        // Siblings are not nested.
        assert_eq!(yaml(&"- a: 1\n  b: 2\n".repeat(1000)), None);
    }

    #[test]
    fn brackets_in_yaml_text_do_not_count() {
        let many = "[".repeat(MAX_NESTING + 1);
        for text in [
            format!("a: '{many}'\n"),
            format!("a: \"{many}\\\"\"\n"),
            format!("a: x {many}\n"),
            format!("a: x\n  {many}\n"),
            format!("a: |\n  {many}\n  {many}\nb: 1\n"),
            format!("- >-\n   {many}\n- 1\n"),
            format!("a: 1 # {many}\n"),
            format!("# {many}\n"),
            format!("a: b#{many}\n"),
        ] {
            assert_eq!(yaml(&text), None, "{text}");
        }
    }

    #[test]
    fn brackets_yaml_would_read_are_counted() {
        let many = "[".repeat(MAX_NESTING + 1);
        for text in [
            // A quote inside a plain scalar's next line is text, so what
            // follows it is read.
            format!("a: x\n  'y\nb: {many}\nc: '\n"),
            // The block scalar ends at a line no more indented than the
            // mapping it is in.
            format!("- k: |\n    text\n  b: {many}\n"),
            format!("a: |\nb: {many}\n"),
            format!("a: [x\n'y, {many}]\n"),
            format!("a: \"\\\"\"\nb: {many}\n"),
        ] {
            assert!(matches!(yaml(&text), Some(Finding::TooDeep(_))), "{text}");
        }
    }

    #[test]
    fn yaml_aliases_are_found() {
        assert_eq!(yaml("a: &x [1]\nb: *x\n"), Some(Finding::Alias(13)));
        assert_eq!(yaml("a: '*x'\nb: x*y\n"), None);
    }
}

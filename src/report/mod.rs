//! Results as the commands print them: text for people (user text shown
//! with its control characters escaped, [`crate::terminal`]), JSON for
//! machines, and for `diff --base` Markdown for a pull request comment
//! (escaped by [`crate::render::escape`]) and SARIF. Each function takes an
//! analysis's result and returns the whole output; nothing here prints.

pub mod coverage;
pub mod diff;
pub mod explain;
pub mod frameworks;
pub mod risks;

use crate::terminal;

/// Pretty-printed JSON with a final new line.
pub fn json(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("plain data serializes");
    text.push('\n');
    text
}

/// A column of user text escaped for the terminal ([`terminal::line`]),
/// with the width of its widest cell in characters, for aligning what
/// follows it.
fn escaped_column<'a>(cells: impl IntoIterator<Item = &'a str>) -> (Vec<String>, usize) {
    let cells: Vec<String> = cells
        .into_iter()
        .map(|cell| terminal::line(cell).into_owned())
        .collect();
    let width = cells.iter().map(|c| c.chars().count()).max().unwrap_or(0);
    (cells, width)
}

/// Columns separated by two spaces; a left-aligned last column is not
/// padded. `right` marks the columns aligned right (counts). Cells are user
/// text: their control characters are shown escaped ([`terminal`]).
pub fn table(header: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| terminal::line(cell).into_owned())
                .collect()
        })
        .collect();
    let rows = rows.as_slice();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let last = row.len() - 1;
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| match (right[i], i == last) {
                (true, _) => format!("{cell:>width$}", width = widths[i]),
                (false, true) => cell.clone(),
                (false, false) => format!("{cell:width$}", width = widths[i]),
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_counts_right_and_leave_the_last_column_unpadded() {
        let rows = vec![
            vec!["a".to_owned(), "7".to_owned(), "short".to_owned()],
            vec!["longer".to_owned(), "12".to_owned(), "x".to_owned()],
        ];
        assert_eq!(
            table(&["NAME", "N", "NOTE"], &rows, &[false, true, false]),
            "NAME     N  NOTE\na        7  short\nlonger  12  x\n"
        );
    }

    #[test]
    fn table_cells_show_control_characters_escaped() {
        let rows = vec![vec!["\u{1b}[2Jx".to_owned(), "y".to_owned()]];
        let text = table(&["A", "B"], &rows, &[false, false]);
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(text.contains("\\e[2Jx"), "{text}");
    }

    #[test]
    fn json_is_pretty_with_a_final_line_break() {
        assert_eq!(
            json(&serde_json::json!({ "a": [1] })),
            "{\n  \"a\": [\n    1\n  ]\n}\n"
        );
    }
}

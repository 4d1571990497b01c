//! Tabular documents: one table becomes a CSV file or a sheet of an XLSX
//! workbook. Cells are text or whole numbers (numeric cells in XLSX); each
//! writer neutralises text cells that a spreadsheet would run as a formula.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

use super::escape;

/// A table: a header row and rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The sheet name in a workbook (at most 31 characters, made safe when
    /// written).
    pub name: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text, neutralised against formula injection when written.
    Text(String),
    /// A whole number: a numeric cell in XLSX, its digits in CSV.
    Number(u32),
}

impl Cell {
    /// A number cell when `text` is a whole number written in ASCII digits
    /// only (`52`), a text cell otherwise (`about 250 working days`).
    pub fn count(text: &str) -> Self {
        match text.parse::<u32>() {
            Ok(n) if text.bytes().all(|b| b.is_ascii_digit()) => Self::Number(n),
            _ => Self::Text(text.to_owned()),
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

/// A column: its header and width in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header.
    pub header: String,
    /// Width in characters (long text wraps).
    pub width: u16,
}

impl Table {
    /// An empty table with these columns.
    pub fn new<S: Into<String>>(
        name: impl Into<String>,
        columns: impl IntoIterator<Item = (S, u16)>,
    ) -> Self {
        Self {
            name: name.into(),
            columns: columns
                .into_iter()
                .map(|(header, width)| Column {
                    header: header.into(),
                    width,
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row of text cells (one per column).
    pub fn push(&mut self, row: Vec<String>) {
        self.push_cells(row.into_iter().map(Cell::Text).collect());
    }

    /// Adds a row of typed cells (one per column).
    pub fn push_cells(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "one cell per column");
        self.rows.push(row);
    }

    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields
    /// quoted when needed), cells neutralised against formula injection.
    pub fn to_csv(&self) -> String {
        let mut out = Vec::new();
        self.write_csv(&mut out)
            .expect("writing into memory does not fail");
        String::from_utf8(out).expect("the fields are text")
    }

    /// Writes the table as CSV ([`Table::to_csv`]) into `out`, a row at a
    /// time.
    pub fn write_csv(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut line = String::new();
        for (i, column) in self.columns.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            line.push_str(&escape::csv_field(&column.header));
        }
        line.push_str("\r\n");
        out.write_all(line.as_bytes())?;
        for row in &self.rows {
            line.clear();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push(',');
                }
                match cell {
                    Cell::Text(text) => line.push_str(&escape::csv_field(text)),
                    Cell::Number(n) => {
                        use std::fmt::Write as _;
                        let _ = write!(line, "{n}");
                    }
                }
            }
            line.push_str("\r\n");
            out.write_all(line.as_bytes())?;
        }
        Ok(())
    }
}

/// Writes tables as the sheets of one XLSX workbook: a bold frozen header
/// with filters, set column widths and wrapped text. Cells that would start
/// a formula are written as text with Excel's quote prefix, as Excel does
/// when a user types `'=…`. The document's dates are `created`, so the same
/// input gives the same bytes. Sheets are written in `rust_xlsxwriter`'s
/// constant-memory mode: each row goes to a temporary file as it is
/// written, so a workbook of many large sheets is never held in memory.
///
/// Tables are taken one at a time, so a caller may build each only when its
/// sheet is written.
pub fn to_xlsx(
    tables: impl IntoIterator<Item = Table>,
    title: &str,
    created: i64,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let created =
        ExcelDateTime::from_timestamp(created).or_else(|_| ExcelDateTime::from_ymd(1980, 1, 1))?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author("crosswalk")
            .set_creation_datetime(&created),
    );
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(0x00D9_E1F2);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let quoted = cell.clone().set_quote_prefix();
    let mut used: Vec<String> = Vec::new();
    for table in tables {
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(sheet_name(&table.name, &mut used))?;
        for (c, column) in table.columns.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            sheet.set_column_width(c, column.width)?;
            // Cells written without a format take the column's: one format
            // lookup per column instead of one per cell.
            sheet.set_column_format(c, &cell)?;
            sheet.write_string_with_format(0, c, &column.header, &header)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                let text = match cell {
                    Cell::Number(n) => {
                        sheet.write_number(r, c, f64::from(*n))?;
                        continue;
                    }
                    Cell::Text(text) => text,
                };
                let shown;
                let text = if text.chars().any(escape::is_bidi_control) {
                    shown = escape::bidi_visible(text);
                    &shown
                } else {
                    text
                };
                if escape::starts_formula(text) {
                    sheet.write_string_with_format(r, c, text, &quoted)?;
                } else {
                    sheet.write_string(r, c, text)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
        let last_column = u16::try_from(table.columns.len().saturating_sub(1)).unwrap_or(0);
        sheet.autofilter(0, 0, last_row, last_column)?;
    }
    workbook.save_to_buffer()
}

/// Excel's limit on the length of a sheet name, in UTF-16 units.
const SHEET_NAME_MAX: usize = 31;

/// A valid, unique sheet name, by Excel's rules: at most 31 UTF-16 units,
/// none of `[]:*?/\` nor a control character, no apostrophe first or last,
/// not `History` (Excel's own), and not the name of an earlier sheet in any
/// case (a second `soc2@2017` becomes `soc2@2017 (2)`).
fn sheet_name(wanted: &str, used: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    let clean = fit(&clean, SHEET_NAME_MAX);
    let clean = if clean.trim().is_empty() || clean.to_lowercase() == "history" {
        "Sheet".to_owned()
    } else {
        clean
    };
    let mut name = clean.clone();
    let mut n = 2;
    while used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) {
        let suffix = format!(" ({n})");
        name = format!("{}{suffix}", fit(&clean, SHEET_NAME_MAX - suffix.len()));
        n += 1;
    }
    used.push(name.clone());
    name
}

/// `text` cut to at most `max` UTF-16 units, with no apostrophe at either
/// end.
fn fit(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut units = 0;
    for c in text.trim_start_matches('\'').chars() {
        units += c.len_utf16();
        if units > max {
            break;
        }
        out.push(c);
    }
    out.trim_end_matches('\'').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralises() {
        let mut table = Table::new("t", [("A", 10), ("B", 10)]);
        table.push(vec!["=cmd|' /C calc'!A0".to_owned(), "a, \"b\"".to_owned()]);
        assert_eq!(
            table.to_csv(),
            "A,B\r\n'=cmd|' /C calc'!A0,\"a, \"\"b\"\"\"\r\n"
        );
    }

    #[test]
    fn number_cells_are_digits_in_csv_and_only_whole_numbers_count() {
        let mut table = Table::new("t", [("A", 10), ("B", 10), ("C", 10)]);
        table.push_cells(vec![
            Cell::count("52"),
            Cell::count("+5"),
            Cell::count("about 250 working days"),
        ]);
        assert_eq!(
            table.rows[0],
            [
                Cell::Number(52),
                Cell::Text("+5".to_owned()),
                Cell::Text("about 250 working days".to_owned())
            ]
        );
        assert_eq!(table.to_csv(), "A,B,C\r\n52,'+5,about 250 working days\r\n");
        assert_eq!(Cell::count(""), Cell::Text(String::new()));
        assert_eq!(
            Cell::count("99999999999"),
            Cell::Text("99999999999".to_owned())
        );
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut used = Vec::new();
        assert_eq!(sheet_name("soc2@2017", &mut used), "soc2@2017");
        assert_eq!(sheet_name("a/b:c", &mut used), "a-b-c");
        let long = "x".repeat(40);
        assert_eq!(sheet_name(&long, &mut used).len(), 31);
        assert_eq!(
            sheet_name(&long, &mut used),
            format!("{} (2)", "x".repeat(27))
        );
    }

    #[test]
    fn sheet_names_follow_excels_rules() {
        let mut used = Vec::new();
        assert_eq!(sheet_name("'acme@1'", &mut used), "acme@1");
        assert_eq!(sheet_name("ACME@1", &mut used), "ACME@1 (2)");
        assert_eq!(sheet_name("''", &mut used), "Sheet");
        assert_eq!(sheet_name("History", &mut used), "Sheet (2)");
        assert_eq!(sheet_name("a\nb", &mut used), "a-b");
        // Cut to 31 UTF-16 units, and the cut does not end in an apostrophe.
        let cut = sheet_name(&format!("{}'x", "y".repeat(30)), &mut used);
        assert_eq!(cut, "y".repeat(30));
        let wide = sheet_name(&"😀".repeat(20), &mut used);
        assert_eq!(wide.encode_utf16().count(), 30);
        // Each one is a name rust_xlsxwriter takes.
        let tables = used
            .iter()
            .map(|name| Table::new(name.clone(), [("A", 10)]));
        to_xlsx(tables, "T", 0).unwrap();
    }

    #[test]
    fn the_same_tables_give_the_same_bytes() {
        let mut table = Table::new("t", [("A", 10)]);
        table.push(vec!["x".to_owned()]);
        let first = to_xlsx([table.clone()], "T", 0).unwrap();
        let second = to_xlsx([table], "T", 0).unwrap();
        assert_eq!(first, second);
    }
}

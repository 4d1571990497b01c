//! Retention periods: the string of `retention "5y"` read as a whole number
//! and a unit that cannot be misread (days, weeks, months, years). `25m`
//! (months or minutes?) is refused as ambiguous.

use std::fmt;

use serde::Serialize;

/// The unit of a retention period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RetentionUnit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

impl RetentionUnit {
    /// Every unit, shortest first.
    pub const ALL: [Self; 4] = [Self::Day, Self::Week, Self::Month, Self::Year];

    /// The unit's name in the singular (`"year"`).
    pub fn singular(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    /// The spellings a retention string may use for it, lower case.
    fn spellings(self) -> &'static [&'static str] {
        match self {
            Self::Day => &["d", "day", "days"],
            Self::Week => &["w", "week", "weeks"],
            Self::Month => &["mo", "month", "months"],
            Self::Year => &["y", "yr", "year", "years"],
        }
    }

    fn from_spelling(word: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|unit| unit.spellings().contains(&word))
    }
}

/// How long an evidence item is kept: a whole number of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Retention {
    /// How many units (at least 1).
    pub amount: u32,
    /// The unit.
    pub unit: RetentionUnit,
}

impl fmt::Display for Retention {
    /// Normalised: `5 years`, `25 months`, `1 year`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = if self.amount == 1 { "" } else { "s" };
        write!(f, "{} {}{s}", self.amount, self.unit.singular())
    }
}

impl Serialize for Retention {
    /// As its normalised text (`"5 years"`).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a retention string is not a retention period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetentionError {
    /// `N m`: months or minutes? The number is kept for the help.
    Ambiguous(String),
    /// Anything else that is not `N UNIT`.
    Invalid,
}

/// The forms a retention string takes, for help text.
pub const ACCEPTED_FORMS: &str = "a whole number and a unit: `90d`, `6w`, `18mo`, `5y` (or `yr`), or in words `90 days`, `6 weeks`, `18 months`, `5 years`";

/// Reads a retention string: a whole number of at least 1, optional
/// spaces, and a unit (`d`/`day`/`days`, `w`/`week`/`weeks`,
/// `mo`/`month`/`months`, `y`/`yr`/`year`/`years`, in any case), with
/// spaces allowed around it.
pub fn parse(text: &str) -> Result<Retention, RetentionError> {
    let text = text.trim();
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, unit) = text.split_at(digits);
    let unit = unit.trim_start().to_ascii_lowercase();
    if number.is_empty() {
        return Err(RetentionError::Invalid);
    }
    if unit == "m" {
        return Err(RetentionError::Ambiguous(number.to_owned()));
    }
    let unit = RetentionUnit::from_spelling(&unit).ok_or(RetentionError::Invalid)?;
    match number.parse::<u32>() {
        Ok(amount) if amount >= 1 => Ok(Retention { amount, unit }),
        _ => Err(RetentionError::Invalid),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn every_spelling_of_every_unit_with_or_without_a_space() {
        use RetentionUnit::{Day, Month, Week, Year};
        let cases = [
            ("90d", 90, Day),
            ("1 day", 1, Day),
            ("90 days", 90, Day),
            ("6w", 6, Week),
            ("1week", 1, Week),
            ("6 weeks", 6, Week),
            ("18mo", 18, Month),
            ("1 month", 1, Month),
            ("18months", 18, Month),
            ("5y", 5, Year),
            ("5yr", 5, Year),
            ("1 year", 1, Year),
            ("5 years", 5, Year),
            (" 7Y ", 7, Year),
            ("25 Months", 25, Month),
        ];
        for (text, amount, unit) in cases {
            assert_eq!(parse(text), Ok(Retention { amount, unit }), "{text:?}");
        }
    }

    #[test]
    fn a_bare_m_is_ambiguous() {
        for text in ["25m", "25 m", "25M"] {
            assert_eq!(
                parse(text),
                Err(RetentionError::Ambiguous("25".to_owned())),
                "{text:?}"
            );
        }
    }

    #[test]
    fn junk_is_invalid() {
        for text in [
            "",
            "y",
            "5",
            "five years",
            "0y",
            "0 days",
            "-1y",
            "1.5y",
            "5 yearz",
            "5 min",
            "5 minutes",
            "5h",
            "5 y s",
            "y5",
            "5y 2mo",
            "99999999999y",
            "5yrs",
            "5 ys",
        ] {
            assert_eq!(parse(text), Err(RetentionError::Invalid), "{text:?}");
        }
    }

    #[test]
    fn display_is_normalised_and_singular_for_one() {
        assert_eq!(parse("5y").unwrap().to_string(), "5 years");
        assert_eq!(parse("25mo").unwrap().to_string(), "25 months");
        assert_eq!(parse("1yr").unwrap().to_string(), "1 year");
        assert_eq!(parse("1w").unwrap().to_string(), "1 week");
        assert_eq!(parse("90d").unwrap().to_string(), "90 days");
    }

    fn unit() -> impl Strategy<Value = RetentionUnit> {
        proptest::sample::select(RetentionUnit::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn parse_of_display_round_trips(amount in 1u32.., unit in unit()) {
            let retention = Retention { amount, unit };
            prop_assert_eq!(parse(&retention.to_string()), Ok(retention));
        }

        #[test]
        fn every_spelling_reads_the_same(amount in 1u32..100_000, unit in unit(), space in any::<bool>()) {
            for spelling in unit.spellings() {
                let gap = if space { " " } else { "" };
                let text = format!("{amount}{gap}{spelling}");
                prop_assert_eq!(parse(&text), Ok(Retention { amount, unit }));
            }
        }

        #[test]
        fn whatever_parses_displays_as_itself(text in "\\PC{0,12}") {
            if let Ok(retention) = parse(&text) {
                prop_assert_eq!(parse(&retention.to_string()), Ok(retention));
            }
        }
    }
}

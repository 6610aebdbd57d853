//! One link evaluated as the page evaluates it, and written as JSON (one link) or as a CSV row
//! (a batch): the normalised link, every named output with its raw number, and the notices.

use frontier_cost_model::link::{self, Notice};
use frontier_cost_model::outputs::{named_values, Named};

/// What the page shows for one link: its normalised form, every named output and the notices.
pub struct Report {
    /// The link the page writes for the state it opens (`link::encode`).
    pub link: String,
    /// Every named output in [`Named::ALL`] order; `None` where the page shows no number.
    pub values: Vec<(&'static str, Option<f64>)>,
    /// What the page would say about the values it could not use.
    pub notices: Vec<Notice>,
}

/// The query of a link as given on the command line: a query (`v=1&preset=gpt-4`), the same
/// with a leading `?`, or a whole address (`https://…/?v=1&preset=gpt-4#results`). As in a
/// browser, `#` starts the fragment, which is not part of the query.
pub fn link_query(input: &str) -> &str {
    let input = input.trim();
    let input = input.split_once('#').map_or(input, |(before, _)| before);
    match input.split_once('?') {
        // What precedes the first `?` is an address when it holds no pair of a query.
        Some((address, query)) if !address.contains(['=', '&']) => query,
        Some(_) => input,
        // An address without a query opens the default, as the bare page does.
        None if input.contains("://") => "",
        None => input,
    }
}

impl Report {
    /// Decodes and evaluates a link as the page does: what cannot be used is replaced, with a
    /// notice, and the rest evaluates.
    pub fn of(input: &str) -> Report {
        let decoded = link::decode(link_query(input));
        let scenario = &decoded.state.scenario;
        Report {
            link: link::encode(&decoded.state),
            values: named_values(scenario, &scenario.evaluate()),
            notices: decoded.notices,
        }
    }

    /// The report as one pretty-printed JSON object: `link`, every output, `notices`.
    pub fn json(&self) -> String {
        let mut out = String::with_capacity(2048);
        out.push_str("{\n  \"link\": ");
        json_string(&mut out, &self.link);
        for (name, value) in &self.values {
            out.push_str(",\n  ");
            json_string(&mut out, name);
            out.push_str(": ");
            out.push_str(&value.map_or_else(|| "null".to_string(), number));
        }
        out.push_str(",\n  \"notices\": [");
        for (i, notice) in self.notices.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            out.push_str("{\"key\": ");
            json_string(&mut out, &notice.key);
            out.push_str(", \"given\": ");
            json_string(&mut out, &notice.given);
            out.push_str(", \"used\": ");
            json_string(&mut out, &notice.used);
            // Further notices of the same key and outcome, merged into this one.
            out.push_str(&format!(", \"more\": {}}}", notice.more));
        }
        out.push_str(if self.notices.is_empty() {
            "]"
        } else {
            "\n  ]"
        });
        out.push_str("\n}\n");
        out
    }

    /// The report as one CSV row (without its line end), in the columns of [`csv_header`].
    pub fn csv_row(&self) -> String {
        let mut out = String::with_capacity(1024);
        csv_field(&mut out, &self.link);
        for (_, value) in &self.values {
            out.push(',');
            if let Some(value) = value {
                out.push_str(&number(*value));
            }
        }
        out.push(',');
        // Every notice, those merged into another ("and N more like it") included.
        let count: usize = self.notices.iter().map(|notice| 1 + notice.more).sum();
        out.push_str(&count.to_string());
        out
    }
}

/// The CSV's header: `link`, every output name, `notices` (how many there were).
pub fn csv_header() -> String {
    let mut columns = vec!["link"];
    columns.extend(Named::ALL.iter().map(|named| named.code()));
    columns.push("notices");
    columns.join(",")
}

/// A number as JavaScript writes it, which is what the page's `data-value` holds: the
/// shortest digits that read back to exactly the same double, plain from 10⁻⁶ to 10²¹ and
/// scientific beyond (`3.8e+25`). Finite numbers only: the model gives nothing else.
pub fn number(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude == 0.0 {
        // JavaScript writes −0 as "0".
        "0".to_string()
    } else if (1e-6..1e21).contains(&magnitude) {
        format!("{value}")
    } else {
        let text = format!("{value:e}");
        match text.split_once('e') {
            Some((digits, exponent)) if !exponent.starts_with('-') => {
                format!("{digits}e+{exponent}")
            }
            _ => text,
        }
    }
}

/// The one JSON string writer, shared with the page's exports.
pub use frontier_cost_model::text::json_string;

/// Appends a CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_addresses_and_fragments() {
        assert_eq!(link_query("v=1&preset=gpt-4"), "v=1&preset=gpt-4");
        assert_eq!(link_query("?v=1&preset=gpt-4"), "v=1&preset=gpt-4");
        assert_eq!(link_query("  v=1&preset=gpt-4\r"), "v=1&preset=gpt-4");
        assert_eq!(
            link_query("https://calc.example/x/?v=1&preset=gpt-4#who-can-afford"),
            "v=1&preset=gpt-4"
        );
        assert_eq!(link_query("https://calc.example/"), "");
        assert_eq!(link_query("?"), "");
        assert_eq!(link_query(""), "");
        // A `?` inside a query's value is the query's (the page gets it too).
        assert_eq!(link_query("v=1&n=5?"), "v=1&n=5?");
        assert_eq!(link_query("v=1&preset=gpt-4#x"), "v=1&preset=gpt-4");
    }

    #[test]
    fn numbers_read_back_exactly_in_javascripts_spelling() {
        for (value, text) in [
            (0.0, "0"),
            (-0.0, "0"),
            (2.0, "2"),
            (0.4, "0.4"),
            (418726590.9346289, "418726590.9346289"),
            (8.360000000000001e25, "8.360000000000001e+25"),
            (3.8e25, "3.8e+25"),
            (1e21, "1e+21"),
            (123456789012345680000.0, "123456789012345680000"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (0.1 + 0.2, "0.30000000000000004"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(number(value), text);
            assert_eq!(text.parse::<f64>(), Ok(value.abs()));
        }
    }

    #[test]
    fn json_strings_and_csv_fields_are_escaped() {
        let mut out = String::new();
        json_string(&mut out, "a\"b\\c\n\u{1}\u{2028}é");
        assert_eq!(out, r#""a\"b\\c\n\u0001\u2028é""#);
        let mut out = String::new();
        csv_field(&mut out, "plain");
        out.push(',');
        csv_field(&mut out, "a,\"b\"");
        assert_eq!(out, "plain,\"a,\"\"b\"\"\"");
    }

    #[test]
    fn a_report_has_every_output_and_its_notices() {
        let report = Report::of("?v=1&preset=gpt-4&n=-5");
        assert_eq!(report.link, "v=1&preset=gpt-4");
        assert_eq!(report.values.len(), Named::ALL.len());
        assert_eq!(report.notices.len(), 1);
        assert_eq!(report.notices[0].key, "n");
        let header = csv_header();
        assert_eq!(
            header.split(',').count(),
            report.csv_row().split(',').count()
        );
        assert!(header.starts_with("link,total,capital,"));
        assert!(header.ends_with(",trajectory_beyond_year,notices"));
        assert!(report.csv_row().ends_with(",1"));
    }
}

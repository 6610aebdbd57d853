//! What a newsroom takes away: every input and result as CSV (with a header naming the
//! permalink, the date and the link schema version), the calculation as a JSON file that the
//! page imports again, and the checks an imported file passes before its link is decoded.
//!
//! Values are raw numbers in US dollars and the units named in the `unit` column, whatever
//! currency the page shows; labels are in the reader's language. Pure: tested natively.

use crate::i18n::{export as t, page, uncertainty};
use crate::model::barrier::BarrierOut;
use crate::model::cost::{OutKey, Outputs};
use crate::model::currency::Currency;
use crate::model::decimal::shortest;
use crate::model::link::{self, LinkState};
use crate::model::outputs::barrier_value;
use crate::model::params::{Kind, Unit};
use crate::model::scenario::MAX_PINNED;
use crate::model::text::{fill, Text};
use crate::model::uncertainty::{MonteCarlo, Ranges, UNCERTAIN};
use crate::model::{evaluate, ParamKey, Scenario, Value};

/// Everything an export says about one calculation.
pub struct Snapshot<'a> {
    /// The page's title in the reader's language.
    pub title: &'a str,
    /// The full address of the calculation.
    pub permalink: &'a str,
    /// The day of the export, `YYYY-MM-DD`.
    pub date: &'a str,
    pub state: &'a LinkState,
    pub outputs: &'a Outputs,
    /// Whether the uncertainty is shown, and the ranges it draws from.
    pub uncertainty: bool,
    pub ranges: &'a Ranges,
    /// The Monte Carlo run of these inputs, when there is one.
    pub simulation: Option<&'a MonteCarlo>,
    /// Pinned scenarios by name.
    pub pinned: &'a [(&'a str, Scenario)],
}

/// One line of the export: `section,key,label,value,unit`.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub section: &'static str,
    pub key: String,
    pub label: String,
    /// Empty when the page shows no number for it.
    pub value: String,
    pub unit: &'static str,
}

/// The CSV's column names: part of the file format, never translated.
pub const CSV_COLUMNS: &str = "section,key,label,value,unit";

/// A file larger than this is not one of our exports.
pub const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

/// The unit column for a parameter's stored value.
pub const fn unit_code(unit: Unit) -> &'static str {
    match unit {
        Unit::Billions => "billion",
        Unit::Trillions => "trillion",
        Unit::Flop => "FLOP",
        Unit::AccelHours => "accelerator-hours",
        Unit::Percent => "fraction",
        Unit::Ratio => "ratio",
        Unit::Count => "count",
        Unit::Usd => "USD",
        Unit::UsdPerHour => "USD/hour",
        Unit::UsdPerYear => "USD/year",
        Unit::UsdPerKwh => "USD/kWh",
        Unit::UsdPerMw => "USD/MW",
        Unit::UsdPerKwMonth => "USD/kW-month",
        Unit::Watts => "W",
        Unit::Years => "years",
        Unit::Months => "months",
        Unit::Hours => "hours",
        Unit::OomsPerYear => "orders of magnitude per year",
    }
}

const fn out_unit(key: OutKey) -> &'static str {
    match key {
        OutKey::FlopFinal | OutKey::FlopTotal => "FLOP",
        OutKey::AccelHoursFinal | OutKey::AccelHours => "accelerator-hours",
        OutKey::DaysFinal => "days",
        OutKey::EnergyMwh => "MWh",
        OutKey::PowerMw => "MW",
        OutKey::ShareData
        | OutKey::ShareCompute
        | OutKey::ShareEnergy
        | OutKey::ShareFacility
        | OutKey::ShareStaff => "fraction",
        _ => "USD",
    }
}

/// A barrier result's label, unit and value (the model's, as the page shows it).
fn barrier_row(
    out: BarrierOut,
    scenario: &Scenario,
    outputs: &Outputs,
) -> (Text, &'static str, Option<f64>) {
    let (label, unit) = match out {
        BarrierOut::Level => (t::OUT_LEVEL, "level"),
        BarrierOut::FundableCount => (t::OUT_FUNDABLE, "count"),
        BarrierOut::VsMetaFleet => (t::OUT_VS_META, "fraction"),
        BarrierOut::VsUniversity => (t::OUT_VS_UNIVERSITY, "ratio"),
        BarrierOut::VsCluster => (t::OUT_VS_CLUSTER, "ratio"),
        BarrierOut::LicenceShare => (t::OUT_LICENCE_SHARE, "fraction"),
        BarrierOut::LicenceDeals => (t::OUT_LICENCE_DEALS, "per year"),
        BarrierOut::ProgrammeMonths => (t::OUT_PROGRAMME, "months"),
        BarrierOut::TrajectoryFiveYears => (t::OUT_FIVE_YEARS, "USD"),
        BarrierOut::TrajectoryBeyondYear => (t::OUT_BEYOND_YEAR, "year"),
    };
    (label, unit, barrier_value(out, scenario, outputs))
}

/// A number as the export writes it: exact, and plain (`430000`, `0.08`) unless that would be
/// absurdly long (`3.8e25`), so that spreadsheets and readers take it as it is.
pub fn number_text(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude == 0.0 || (1e-6..1e15).contains(&magnitude) {
        crate::model::decimal::plain_text(value)
    } else {
        shortest(value)
    }
}

/// A parameter's value as the export writes it: a number in its stored unit, `auto`, a code.
fn value_text(value: Value) -> String {
    match value {
        Value::Number(v) => number_text(v),
        Value::Auto => "auto".to_string(),
        Value::Choice(code) => code.to_string(),
    }
}

/// Every row of the export, in order: inputs, display settings, the uncertain inputs' ranges,
/// results, the simulated intervals, the barrier indicators and the pinned scenarios' totals.
pub fn rows(snapshot: &Snapshot) -> Vec<Row> {
    let state = snapshot.state;
    let lang = state.lang;
    let scenario = &state.scenario;
    let mut rows = Vec::with_capacity(80);
    let mut push = |section, key: &str, label: &str, value: String, unit| {
        rows.push(Row {
            section,
            key: key.to_string(),
            label: label.to_string(),
            value,
            unit,
        })
    };
    push(
        "input",
        "preset",
        page::PRESET.get(lang),
        scenario.preset.id.to_string(),
        "",
    );
    for key in ParamKey::ALL {
        let meta = key.meta();
        let unit = match meta.kind {
            Kind::Choice(_) => "",
            Kind::Number(_) => unit_code(meta.unit),
        };
        let value = value_text(scenario.params.get(key));
        push("input", key.code(), meta.label.get(lang), value, unit);
    }
    push(
        "setting",
        "lang",
        page::LANGUAGE.get(lang),
        lang.code().to_string(),
        "",
    );
    push(
        "setting",
        "cur",
        page::CURRENCY.get(lang),
        state.currency.code().to_string(),
        "",
    );
    // The rate's unit names the currency: "CNY per USD".
    let rate_unit = match state.currency {
        Currency::Usd => "USD per USD",
        Currency::Cny => "CNY per USD",
        Currency::Eur => "EUR per USD",
    };
    push(
        "setting",
        "fx",
        page::FX_RATE.get(lang),
        number_text(state.fx),
        rate_unit,
    );
    push(
        "setting",
        "unc",
        uncertainty::UNC_TOGGLE.get(lang),
        u8::from(snapshot.uncertainty).to_string(),
        "",
    );
    // The uncertain inputs' ranges, as multiples of their values (`mfu_low`, `mfu_high`).
    for (key, range) in UNCERTAIN.iter().zip(snapshot.ranges.0) {
        let name = key.meta().label.get(lang);
        for (end, template, multiple) in [
            ("_low", uncertainty::RANGE_LOW_LABEL, range.low),
            ("_high", uncertainty::RANGE_HIGH_LABEL, range.high),
        ] {
            let code = format!("{}{end}", key.code());
            let label = fill(template.get(lang), &[name]);
            push("range", &code, &label, number_text(multiple), "multiple");
        }
    }
    let outputs = snapshot.outputs;
    for key in OutKey::ALL {
        let value = number_text(outputs.value(key));
        push(
            "output",
            key.code(),
            key.label().get(lang),
            value,
            out_unit(key),
        );
    }
    if let Some(run) = snapshot.simulation {
        for (name, interval, label) in [
            ("total", run.total, OutKey::Total.label()),
            ("capital", run.capital, OutKey::Capital.label()),
        ] {
            for (suffix, template, value) in [
                ("_p5", t::OUT_P5, interval.p5),
                ("_p50", t::OUT_P50, interval.p50),
                ("_p95", t::OUT_P95, interval.p95),
            ] {
                let key = format!("{name}{suffix}");
                let label = fill(template.get(lang), &[label.get(lang)]);
                push("uncertainty", &key, &label, number_text(value), "USD");
            }
        }
    }
    for out in BarrierOut::ALL {
        let (label, unit, value) = barrier_row(out, scenario, outputs);
        let value = value.map(number_text).unwrap_or_default();
        push("barrier", out.code(), label.get(lang), value, unit);
    }
    deeper_rows(state, outputs, &mut push);
    for (i, (name, pinned)) in snapshot.pinned.iter().enumerate() {
        let results = evaluate(&pinned.params);
        for key in [OutKey::Total, OutKey::Capital] {
            let code = format!("pinned{}_{}", i + 1, key.code());
            let label = fill(t::OUT_PINNED.get(lang), &[name, key.label().get(lang)]);
            push(
                "pinned",
                &code,
                &label,
                number_text(results.value(key)),
                "USD",
            );
        }
    }
    rows
}

/// The deeper panels' settings and results (`model::deeper`): the same numbers the panels
/// show, under the names of their `data-out`.
fn deeper_rows(
    state: &LinkState,
    outputs: &Outputs,
    push: &mut impl FnMut(&'static str, &str, &str, String, &'static str),
) {
    let lang = state.lang;
    let settings = state.deeper;
    push(
        "setting",
        "budget",
        t::SET_BUDGET.get(lang),
        link::deeper::budget_text(settings.budget),
        match settings.budget {
            crate::model::budget::BudgetSpec::Usd(_) => "USD",
            crate::model::budget::BudgetSpec::Organisation(_) => "organisation",
        },
    );
    push(
        "setting",
        "halving",
        t::SET_HALVING.get(lang),
        number_text(settings.halving_months),
        "months",
    );
    push(
        "setting",
        "grid",
        t::SET_GRID.get(lang),
        settings.grid.code().to_string(),
        "",
    );
    let edition = state.edition();
    let deeper = crate::model::deeper::evaluate(&state.scenario.params, outputs, settings, edition);
    for (key, value) in deeper.values() {
        let (name, item) = key.split_once('.').unwrap_or((key.as_str(), ""));
        let (label, unit) = match name {
            "cost_final_run_cloud" => (t::OUT_CLOUD_COST.get(lang).to_string(), "USD"),
            "rule_ratio" => {
                let rule = crate::model::rules::by_id(item).map_or("", |r| r.name.get(lang));
                (fill(t::OUT_RULE_RATIO.get(lang), &[rule]), "ratio")
            }
            "days_to" => (fill(t::OUT_DAYS_TO.get(lang), &[item]), "days"),
            "budget_flop" => (t::OUT_BUDGET_FLOP.get(lang).to_string(), "FLOP"),
            "budget_params_b" => (t::OUT_BUDGET_PARAMS.get(lang).to_string(), "billion"),
            "budget_tokens_t" => (t::OUT_BUDGET_TOKENS.get(lang).to_string(), "trillion"),
            "budget_days" => (t::OUT_BUDGET_DAYS.get(lang).to_string(), "days"),
            "catchup_cost_3y" => (t::OUT_CATCHUP_3Y.get(lang).to_string(), "USD"),
            "catchup_year" => {
                let who =
                    crate::model::barrier::budget(edition, item).map_or("", |b| b.who.get(lang));
                (fill(t::OUT_CATCHUP_YEAR.get(lang), &[who]), "year")
            }
            _ => (t::OUT_CO2.get(lang).to_string(), "tCO2e"),
        };
        push("deeper", &key, &label, number_text(value), unit);
    }
    // Whether each rule applies (every condition crossed), and RAISE's cost test.
    for crossing in &deeper.crossings {
        let rule = crossing.rule.name.get(lang);
        push(
            "deeper",
            &format!("rule_crossed.{}", crossing.rule.id),
            &fill(t::OUT_RULE_CROSSED.get(lang), &[rule]),
            u8::from(crossing.crossed).to_string(),
            "0 or 1",
        );
        if let Some(ratio) = crossing.cost_ratio {
            push(
                "deeper",
                &format!("rule_cost_ratio.{}", crossing.rule.id),
                &fill(t::OUT_RULE_COST_RATIO.get(lang), &[rule]),
                number_text(ratio),
                "ratio",
            );
        }
    }
}

/// A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). Text that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first: a scenario's name is the
/// reader's own text) is prefixed with an apostrophe.
fn csv_field(out: &mut String, field: &str, text: bool) {
    let formula = text && field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = formula || field.contains([',', '"', '\n', '\r']) || field.trim() != field;
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

/// The calculation as CSV: UTF-8 with a byte-order mark (so that spreadsheets read Chinese
/// labels right), CRLF line ends, three `#` header lines, the column names, then [`rows`].
pub fn csv(snapshot: &Snapshot) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push('\u{feff}');
    for line in [
        format!("# {} — permalink: {}", snapshot.title, snapshot.permalink),
        format!("# date: {}", snapshot.date),
        format!(
            "# link schema version: {}",
            snapshot.state.edition().version
        ),
        CSV_COLUMNS.to_string(),
    ] {
        out.push_str(&line);
        out.push_str("\r\n");
    }
    for row in rows(snapshot) {
        csv_field(&mut out, row.section, false);
        out.push(',');
        csv_field(&mut out, &row.key, false);
        out.push(',');
        csv_field(&mut out, &row.label, true);
        out.push(',');
        csv_field(&mut out, &row.value, false);
        out.push(',');
        csv_field(&mut out, row.unit, false);
        out.push_str("\r\n");
    }
    out
}

/// The one JSON string writer (the model's: the command line writes the same).
pub(crate) use crate::model::text::json_string;

/// `"key": value` pairs of one section of rows, as a JSON object (numbers stay numbers).
fn json_object(out: &mut String, rows: &[Row], section: &str, indent: &str) {
    out.push('{');
    let mut first = true;
    for row in rows.iter().filter(|row| row.section == section) {
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        out.push_str(indent);
        out.push_str("  ");
        json_string(out, &row.key);
        out.push_str(": ");
        let numeric = crate::model::decimal::parse(&row.value).is_some_and(f64::is_finite);
        match (numeric, row.value.is_empty()) {
            (true, _) => out.push_str(&row.value),
            (false, true) => out.push_str("null"),
            (false, false) => json_string(out, &row.value),
        }
    }
    if !first {
        out.push('\n');
        out.push_str(indent);
    }
    out.push('}');
}

/// The calculation as a JSON file: `schema` (the link schema version), `link` (the query
/// that reproduces it: what [`import_query`] reads back), then readable copies of the state
/// and results. `query` is the link without `?`.
pub fn json(snapshot: &Snapshot, query: &str) -> String {
    let rows = rows(snapshot);
    let mut out = String::with_capacity(4 * 1024);
    out.push_str("{\n  \"schema\": ");
    // The version the calculation's link is written in (an older link keeps its own).
    out.push_str(&snapshot.state.edition().version.to_string());
    out.push_str(",\n  \"link\": ");
    json_string(&mut out, query);
    out.push_str(",\n  \"permalink\": ");
    json_string(&mut out, snapshot.permalink);
    out.push_str(",\n  \"date\": ");
    json_string(&mut out, snapshot.date);
    out.push_str(",\n  \"state\": {\n    \"inputs\": ");
    json_object(&mut out, &rows, "input", "    ");
    out.push_str(",\n    \"settings\": ");
    json_object(&mut out, &rows, "setting", "    ");
    out.push_str(",\n    \"pinned\": [");
    for (i, (name, scenario)) in snapshot.pinned.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str("      {\"name\": ");
        json_string(&mut out, name);
        out.push_str(", \"link\": ");
        let pinned = LinkState {
            scenario: *scenario,
            ..LinkState::default()
        };
        json_string(&mut out, &link::encode(&pinned));
        out.push('}');
    }
    out.push_str(if snapshot.pinned.is_empty() {
        "]"
    } else {
        "\n    ]"
    });
    out.push_str("\n  },\n  \"outputs\": ");
    let mut results: Vec<Row> = rows;
    for row in &mut results {
        if matches!(row.section, "uncertainty" | "barrier" | "deeper" | "pinned") {
            row.section = "output";
        }
    }
    json_object(&mut out, &results, "output", "  ");
    out.push_str("\n}\n");
    out
}

/// Why an imported file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or JSON without our `schema` and `link`.
    NotOurs,
    /// Written by a later version of the calculator, whose links this one cannot read.
    Newer(u32),
}

/// The link query of an imported file, given its `schema` and `link` fields as read from the
/// JSON (`None` when missing or of the wrong type). The query then goes through the link
/// codec like any link, with the same validation and notices.
pub fn import_query(schema: Option<f64>, link: Option<&str>) -> Result<&str, ImportError> {
    let (Some(schema), Some(query)) = (schema, link) else {
        return Err(ImportError::NotOurs);
    };
    if !(schema >= 1.0 && schema.fract() == 0.0 && schema < 1e6) {
        return Err(ImportError::NotOurs);
    }
    if schema > f64::from(link::VERSION) {
        return Err(ImportError::Newer(schema as u32));
    }
    // No link we write is longer than the bound of a link pinning every scenario it may
    // (`link::max_len(MAX_PINNED)` characters); anything longer is not ours.
    if query.len() > link::max_len(MAX_PINNED) {
        return Err(ImportError::NotOurs);
    }
    Ok(query)
}

/// The file name of an export: `frontier-ai-cost-<preset>[-<what>]-<date>.<extension>`.
pub fn file_name(preset: &str, date: &str, what: &str, extension: &str) -> String {
    let mut name = format!("frontier-ai-cost-{preset}");
    if !what.is_empty() {
        name.push('-');
        name.push_str(what);
    }
    name.push('-');
    name.push_str(date);
    name.push('.');
    name.push_str(extension);
    name
}

#[cfg(test)]
mod tests;

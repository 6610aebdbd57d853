//! The frontier AI cost calculator on the command line, on the page's own engine: evaluates a
//! link (JSON) or a batch of links (CSV), and lists the presets. `--help` says it all.
#![forbid(unsafe_code)]

mod report;

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use frontier_cost_model::{edition, link};
use report::{csv_header, json_string, Report};

const HELP: &str = "\
frontier-cost-cli: the frontier AI cost calculator on the command line. It evaluates links
with the page's own engine, so its numbers are the page's.

USAGE
    frontier-cost-cli eval '<link query>'   one link: a JSON object on standard output
    frontier-cost-cli eval -                one link per line of standard input: CSV
    frontier-cost-cli presets [--json]      the presets: id, name and year
    frontier-cost-cli --help | -h           this text
    frontier-cost-cli --version | -V        the version and the link schema it writes

LINKS
    A link query is what follows `?` in the calculator's address, such as
    'v=1&preset=gpt-4&n=32768' (docs/links.md documents every key). A leading `?` or a whole
    address ('https://…/?v=1&preset=gpt-4#who-can-afford') is read too: the part after `?`,
    without `#…`. Quote it in the shell, where `&` would end the command.

eval '<link query>'
    Prints one JSON object:
      \"link\"      the normalised link of the state it opens (render flags kept, as the page's address writes it);
      then one member per result and barrier indicator, under its data-out name, with the raw
      number the page puts in data-value (US dollars for money, whatever the link's currency;
      null where the page shows no number);
      \"notices\"   what the page would say about values it could not use, as
                  [{\"key\": …, \"given\": …, \"used\": …}].
    Numbers are written as JavaScript writes them (3.8e+25), and read back exactly.

eval -
    Reads one link query per line of standard input (blank lines are skipped; `?` alone is
    the bare page) and writes CSV: the header `link,<every output name>,notices`, then one
    row per link: the normalised link, the raw numbers (empty where there is none) and how
    many notices it had. The notices themselves go to standard error, one a line:
    `line 3: \"n\": \"-5\" → \"25,000\"` (merged ones end `(and N more like it)`).

presets [--json]
    One preset per line: id, English name and year of the figures, separated by tabs. With
    --json, a JSON array of {\"id\": …, \"name\": …, \"year\": …}.

EXIT STATUS
    0   done: a link the page would correct still evaluates, with its notices
    1   standard input could not be read, or standard output not written
    2   unusable arguments; the reason is on standard error
";

/// What the arguments ask for.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Eval(String),
    EvalLines,
    Presets { json: bool },
}

/// Reads the arguments (without the program's name); `Err` is the reason they are unusable.
fn parse_args(args: &[String]) -> Result<Command, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if args.iter().any(|arg| matches!(*arg, "-h" | "--help")) {
        return Ok(Command::Help);
    }
    match args.as_slice() {
        [] => Err("a command is needed: eval, presets or --help".to_string()),
        ["help"] => Ok(Command::Help),
        ["--version" | "-V"] => Ok(Command::Version),
        ["eval"] => Err(
            "eval needs a link query (quoted: 'v=1&preset=gpt-4'), or - to read links from standard input"
                .to_string(),
        ),
        ["eval", "-"] => Ok(Command::EvalLines),
        ["eval", query] => Ok(Command::Eval(query.to_string())),
        ["eval", _, extra, ..] => Err(format!(
            "eval takes one link query, and `{extra}` is one too many (quote the link: & ends a shell command)"
        )),
        ["presets"] => Ok(Command::Presets { json: false }),
        ["presets", "--json"] => Ok(Command::Presets { json: true }),
        ["presets", other, ..] => Err(format!("presets takes only --json, not `{other}`")),
        [other, ..] => Err(format!(
            "unknown command `{other}`: the commands are eval, presets and --help"
        )),
    }
}

/// The presets of the latest version (what links without `preset` but with `v` of it and the
/// page's picker offer), tab-separated or as JSON.
fn presets_text(json: bool) -> String {
    let presets = edition::latest().presets;
    let mut out = String::new();
    if json {
        out.push('[');
        for (i, preset) in presets.iter().enumerate() {
            out.push_str(if i == 0 { "\n  " } else { ",\n  " });
            out.push_str("{\"id\": ");
            json_string(&mut out, preset.id);
            out.push_str(", \"name\": ");
            json_string(&mut out, preset.name.en);
            out.push_str(&format!(
                ", \"year\": {}, \"version\": {}}}",
                preset.year, preset.version
            ));
        }
        out.push_str("\n]\n");
    } else {
        for preset in presets {
            out.push_str(&format!(
                "{}\t{}\t{}\n",
                preset.id, preset.name.en, preset.year
            ));
        }
    }
    out
}

/// `eval -`: one CSV row per non-blank line of `input`; notices to `errors`.
fn eval_lines(
    input: impl BufRead,
    output: &mut impl Write,
    errors: &mut impl Write,
) -> io::Result<()> {
    writeln!(output, "{}", csv_header())?;
    for (index, line) in input.split(b'\n').enumerate() {
        // Bytes that are not UTF-8 are part of a bad link, which still evaluates.
        let line = String::from_utf8_lossy(&line?).into_owned();
        if line.trim().is_empty() {
            continue;
        }
        let report = Report::of(&line);
        writeln!(output, "{}", report.csv_row())?;
        for notice in &report.notices {
            // Quoted: what a link said (even its keys) cannot break the one-per-line format.
            let (mut key, mut given, mut used) = (String::new(), String::new(), String::new());
            json_string(&mut key, &notice.key);
            json_string(&mut given, &notice.given);
            json_string(&mut used, &notice.used);
            let more = match notice.more {
                0 => String::new(),
                more => format!(" (and {more} more like it)"),
            };
            writeln!(errors, "line {}: {key}: {given} → {used}{more}", index + 1)?;
        }
    }
    output.flush()
}

fn run(command: Command) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match command {
        Command::Help => out.write_all(HELP.as_bytes())?,
        Command::Version => writeln!(
            out,
            "frontier-cost-cli {} (link schema version {})",
            env!("CARGO_PKG_VERSION"),
            link::VERSION
        )?,
        Command::Eval(query) => out.write_all(Report::of(&query).json().as_bytes())?,
        Command::EvalLines => eval_lines(io::stdin().lock(), &mut out, &mut io::stderr())?,
        Command::Presets { json } => out.write_all(presets_text(json).as_bytes())?,
    }
    out.flush()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let command = match parse_args(&args) {
        Ok(command) => command,
        Err(reason) => {
            eprintln!("frontier-cost-cli: {reason}\nTry `frontier-cost-cli --help`.");
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not an error.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("frontier-cost-cli: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(&args.iter().map(|arg| arg.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn commands_and_their_arguments() {
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
        assert_eq!(parse(&["eval", "-h"]), Ok(Command::Help));
        assert_eq!(parse(&["help"]), Ok(Command::Help));
        assert_eq!(parse(&["-V"]), Ok(Command::Version));
        assert_eq!(parse(&["eval", "-"]), Ok(Command::EvalLines));
        assert_eq!(
            parse(&["eval", "v=1&preset=gpt-4"]),
            Ok(Command::Eval("v=1&preset=gpt-4".to_string()))
        );
        // An empty query is the bare page.
        assert_eq!(parse(&["eval", ""]), Ok(Command::Eval(String::new())));
        assert_eq!(
            parse(&["presets", "--json"]),
            Ok(Command::Presets { json: true })
        );
        for bad in [
            &[][..],
            &["eval"],
            &["eval", "a", "b"],
            &["presets", "--yaml"],
            &["evaluate"],
            &["--json"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn presets_are_listed_with_their_years() {
        let text = presets_text(false);
        assert_eq!(text.lines().count(), edition::latest().presets.len());
        assert!(
            text.contains("gpt-4\tGPT-4 (OpenAI, 2023)\t2023\n"),
            "{text}"
        );
    }

    #[test]
    fn batch_rows_skip_blank_lines_and_report_notices() {
        let input = "v=1&preset=gpt-4\n\n  \n?v=1&preset=gpt-4&n=-5\r\n";
        let (mut output, mut errors) = (Vec::new(), Vec::new());
        eval_lines(input.as_bytes(), &mut output, &mut errors).unwrap();
        let output = String::from_utf8(output).unwrap();
        let rows: Vec<&str> = output.lines().collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], csv_header());
        assert!(rows[1].starts_with("v=1&preset=gpt-4,") && rows[1].ends_with(",0"));
        assert!(rows[2].starts_with("v=1&preset=gpt-4,") && rows[2].ends_with(",1"));
        let errors = String::from_utf8(errors).unwrap();
        assert_eq!(errors, "line 4: \"n\": \"-5\" → \"25,000\"\n");
    }
}

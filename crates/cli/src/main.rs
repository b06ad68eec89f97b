//! The `crosscheck` command-line tool: the engine's analysis of article files as JSON, and the raw
//! quantity recognizer over lines of text.

mod analyze;
mod quantities;

use std::process::ExitCode;

const USAGE: &str = "\
crosscheck — find where news sources agree, conflict, or change their figures

USAGE:
  crosscheck analyze [--json] [--seeds] [--manifest FILE] FILE...
      Analyse article files (plain text, UTF-8) and print documents, claims and findings as JSON
      (the contract in docs/analysis-json.md). --seeds adds the embedded seed corpus. Outlet, title,
      url and date come from the text, or from a manifest (the shape of seeds/manifest.json; a
      manifest.json beside the files is read when --manifest is not given).
  crosscheck quantities [--lang en|es|es-MX] [--mentions]
      Read text from standard input, one text per line; print one JSON array per input line of
      every quantity found ({text, start, end, kind, value, unit, bound}). Without --lang the
      language of each line is detected. --mentions also lists currencies and percentages named
      without a figure (a multibillion-dollar deal), with a null value, as Recognizers-Text does.
  crosscheck --help | --version
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze::run(&args[1..]),
        Some("quantities") => quantities::run(&args[1..]),
        Some("--version") | Some("-V") => {
            println!("crosscheck {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help") | Some("-h") | Some("help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("crosscheck: {message}");
            ExitCode::from(2)
        }
    }
}

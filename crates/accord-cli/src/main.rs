//! `accord`: check treaty clauses against the Tech Accord's principles.
//!
//! Subcommands: `check` (one clause, rendered like a compiler diagnostic),
//! `batch` (JSON Lines in, JSON Lines out, on all cores), `eval` (the corpus
//! metric), `principles` and `explain` (the catalog). Every command accepts
//! `--rules FILE` to use another principle set. Exit codes: 0 nothing
//! violated, 1 a principle is violated or mixed, under the main reading or
//! any other bracket reading analysed (or an eval gate failed),
//! 2 bad input.

mod diff;
mod render;
mod table;

use accord_core::eval;

use accord_core::{Checker, PrincipleSet};
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "accord",
    version,
    about = "Check cybercrime-treaty clauses against the Cybersecurity Tech Accord's principles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
    /// The article × principle matrix, for a spreadsheet.
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse one clause from FILE (or standard input with `-` or no FILE).
    Check {
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Use another principle set (TOML or JSON).
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Compare two versions of a text: provisions matched by label (or by
    /// similarity), a word diff of each changed one, the verdicts that moved.
    /// Exit 0 when no provision's verdict got worse, 1 when one did.
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Analyse JSON Lines from standard input (`{"id": ..., "text": ...}`).
    Batch {
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Score the engine on a labelled corpus (JSON Lines with `expect`).
    Eval {
        corpus: PathBuf,
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Only clauses whose id starts with this prefix.
        #[arg(long)]
        prefix: Option<String>,
        /// A JSON record of minimum figures; fail (exit 1) if any falls below.
        #[arg(long)]
        gate: Option<PathBuf>,
        /// Print the summary figures as JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show every concept found in a clause, with polarity and sentence
    /// (for rule authors).
    Trace {
        file: Option<PathBuf>,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Convert a TOML principle set to JSON (what the WebAssembly package reads).
    RulesJson { file: PathBuf },
    /// List the principles of the set.
    Principles {
        #[arg(long)]
        rules: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Show a principle's documentation and the seed passage it rests on.
    Explain {
        id: String,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
}

/// An error for the user: a message, exit code 2.
struct Fail(String);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Self {
        Fail(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Fail(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn read_file(path: &Path) -> Result<String, Fail> {
    let bytes = std::fs::read(path).map_err(|e| Fail(format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        Fail(format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// FILE, or standard input for `-` or no FILE: (display name, text).
fn read_input(file: Option<&Path>) -> Result<(String, String), Fail> {
    match file {
        Some(p) if p != Path::new("-") => Ok((p.display().to_string(), read_file(p)?)),
        _ => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf)?;
            let text = String::from_utf8(buf).map_err(|e| {
                Fail(format!(
                    "standard input is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ))
            })?;
            Ok(("<stdin>".to_owned(), text))
        }
    }
}

fn checker(rules: Option<&Path>) -> Result<Checker, Fail> {
    match rules {
        None => Ok(Checker::new(PrincipleSet::builtin())),
        Some(p) => {
            let src = read_file(p)?;
            let set = if p.extension().is_some_and(|e| e == "json") {
                PrincipleSet::from_json(&src)
            } else {
                PrincipleSet::from_source(&src)
            };
            set.map(Checker::new)
                .map_err(|e| Fail(format!("invalid principle set {}:\n{e}", p.display())))
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Fail> {
    match cli.command {
        Command::Check { file, format, rules } => {
            let checker = checker(rules.as_deref())?;
            let (name, text) = read_input(file.as_deref())?;
            let report = checker.analyze(&text)?;
            if report.status == accord_core::report::Status::Empty {
                return Err(Fail(format!(
                    "{name}: there is nothing to analyse (the text is empty or only editorial matter)"
                )));
            }
            let out = match format {
                Format::Json => serde_json::to_string_pretty(&report)?,
                Format::Markdown => report.to_markdown(),
                Format::Text => render::text(&name, &text, &report),
                Format::Csv => table::csv(&report).trim_end().to_owned(),
            };
            println!("{out}");
            // Any analysed bracket reading that would violate counts too.
            Ok(
                if report.has_concerns() || report.readings_with_concerns().next().is_some() {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                },
            )
        }
        Command::Diff {
            old,
            new,
            format,
            rules,
        } => {
            let checker = checker(rules.as_deref())?;
            let (old_name, old_text) = read_input(Some(&old))?;
            let (new_name, new_text) = read_input(Some(&new))?;
            let c = checker.compare(&old_text, &new_text)?;
            let out = match format {
                DiffFormat::Json => serde_json::to_string_pretty(&c)?,
                DiffFormat::Markdown => diff::markdown(&c),
                DiffFormat::Text => diff::text(&old_name, &new_name, &c),
            };
            println!("{out}");
            Ok(ExitCode::from(u8::from(c.worse)))
        }
        Command::Trace { file, rules } => {
            let checker = checker(rules.as_deref())?;
            let (_, text) = read_input(file.as_deref())?;
            for h in checker.trace(&text) {
                println!(
                    "s{:<3} {:<28} {:<9} {:?}  \"{}\"{}",
                    h.sentence,
                    h.concept,
                    if h.negated { "negated" } else { "affirmed" },
                    h.modality,
                    h.text.replace('\n', " "),
                    if h.deleted {
                        "  (deleted by the amendment: read inverted)"
                    } else {
                        ""
                    }
                );
            }
            let fired = checker.fired_rules(&text);
            println!("rules fired: {}", fired.join(", "));
            Ok(ExitCode::SUCCESS)
        }
        Command::RulesJson { file } => {
            let src = read_file(&file)?;
            let json = PrincipleSet::toml_to_json(&src)
                .map_err(|e| Fail(format!("invalid principle set {}:\n{e}", file.display())))?;
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Batch { rules } => {
            let checker = checker(rules.as_deref())?;
            let lines: Vec<String> = io::stdin().lock().lines().collect::<Result<_, _>>()?;
            let out: Vec<String> = lines
                .par_iter()
                .enumerate()
                .map(|(n, l)| batch_line(&checker, n + 1, l))
                .collect();
            let mut stdout = io::stdout().lock();
            for l in out {
                writeln!(stdout, "{l}")?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            corpus,
            rules,
            prefix,
            gate,
            json,
        } => {
            let checker = checker(rules.as_deref())?;
            let src = read_file(&corpus)?;
            let result = eval::run(&checker, &src, prefix.as_deref())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&result.summary)?);
            } else {
                print!("{}", result.render());
            }
            if let Some(g) = gate {
                let record: eval::Summary =
                    serde_json::from_str(&read_file(&g)?).map_err(|e| Fail(format!("{}: {e}", g.display())))?;
                let failures = result.summary.below(&record);
                if !failures.is_empty() {
                    for f in &failures {
                        eprintln!("gate: {f}");
                    }
                    return Ok(ExitCode::from(1));
                }
                eprintln!("gate: every figure holds its record ({})", g.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Principles { rules, json } => {
            let checker = checker(rules.as_deref())?;
            let set = checker.set();
            if json {
                println!("{}", serde_json::to_string_pretty(&set.principles)?);
            } else {
                for g in &set.groups {
                    println!("{}", g.name);
                    for p in set.principles.iter().filter(|p| p.group == g.id) {
                        println!("  {:<36} {}", p.id, p.title);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { id, rules } => {
            let checker = checker(rules.as_deref())?;
            let p = checker.set().principle(&id).ok_or_else(|| {
                let ids: Vec<&str> = checker.set().principles.iter().map(|p| p.id.as_str()).collect();
                Fail(format!("no principle \"{id}\"; the set has: {}", ids.join(", ")))
            })?;
            println!("{}", render::explain(p, checker.set()));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn batch_line(checker: &Checker, n: usize, line: &str) -> String {
    #[derive(serde::Deserialize)]
    struct In {
        id: serde_json::Value,
        text: String,
    }
    let err = |id: serde_json::Value, msg: String| serde_json::json!({ "id": id, "line": n, "error": msg }).to_string();
    let input: In = match serde_json::from_str(line) {
        Ok(i) => i,
        Err(e) => {
            return err(
                serde_json::Value::Null,
                format!("line {n}: not a JSON object with `id` and `text`: {e}"),
            )
        }
    };
    match checker.analyze(&input.text) {
        Err(e) => err(input.id, e.to_string()),
        Ok(report) => serde_json::json!({
            "id": input.id,
            "verdicts": report.verdicts(),
            "score": report.alignment.score,
            "report": report,
        })
        .to_string(),
    }
}

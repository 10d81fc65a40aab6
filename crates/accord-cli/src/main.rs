//! `accord`: check treaty clauses against the Tech Accord's principles.
//!
//! Subcommands: `check` (one clause, rendered like a compiler diagnostic),
//! `batch` (JSON Lines in, JSON Lines out, on all cores), `eval` (the corpus
//! metric), `principles` and `explain` (the catalog). Every command accepts
//! `--rules FILE` to use another principle set. Exit codes: 0 nothing
//! violated, 1 a principle is violated or mixed, under the main reading or
//! any other bracket reading analysed (or an eval gate failed),
//! 2 bad input.

mod batch;
mod diff;
mod pretty;
mod progress;
mod render;
mod table;

use accord_core::eval;

use accord_core::{Checker, PrincipleSet, MAX_INPUT_BYTES};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Read, Write};
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
    /// Show a principle's documentation and the seed passage it rests on,
    /// or a rule (by its code, such as ENC003): its principle, verdict and
    /// explanation.
    Explain {
        /// A principle id (`strong-encryption`) or a rule code (`ENC003`).
        id: String,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
}

/// An error for the user: a message, exit code 2. A closed standard output
/// (the reader of a pipe went away, as with `| head`) is not an error: the
/// program ends quietly with exit 0, as ripgrep does.
enum Fail {
    Msg(String),
    ClosedPipe,
}

impl From<String> for Fail {
    fn from(msg: String) -> Self {
        Fail::Msg(msg)
    }
}

impl From<accord_core::InputError> for Fail {
    fn from(e: accord_core::InputError) -> Self {
        Fail::Msg(e.to_string())
    }
}

impl From<serde_json::Error> for Fail {
    fn from(e: serde_json::Error) -> Self {
        Fail::Msg(e.to_string())
    }
}

/// A failed write to standard output.
fn write_error(e: io::Error) -> Fail {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Fail::ClosedPipe
    } else {
        Fail::Msg(format!("cannot write to standard output: {e}"))
    }
}

/// Standard output, buffered; every write error goes through [`write_error`].
struct Out(io::BufWriter<io::StdoutLock<'static>>);

impl Out {
    fn new() -> Self {
        Out(io::BufWriter::with_capacity(64 * 1024, io::stdout().lock()))
    }

    /// Write `s` and a line feed.
    fn line(&mut self, s: &str) -> Result<(), Fail> {
        self.line_bytes(s.as_bytes())
    }

    /// [`Self::line`] for text already in bytes (UTF-8).
    fn line_bytes(&mut self, s: &[u8]) -> Result<(), Fail> {
        self.0.write_all(s).map_err(write_error)?;
        self.0.write_all(b"\n").map_err(write_error)
    }

    fn str(&mut self, s: &str) -> Result<(), Fail> {
        self.0.write_all(s.as_bytes()).map_err(write_error)
    }

    fn flush(&mut self) -> Result<(), Fail> {
        self.0.flush().map_err(write_error)
    }
}

/// A message on standard error; a closed standard error is ignored.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help, version or a usage error, printed by clap; a closed
            // pipe is quiet here too, a full disk is an error.
            return match e.print() {
                Err(w) if w.kind() != io::ErrorKind::BrokenPipe => {
                    note!("error: cannot write the message: {w}");
                    ExitCode::from(2)
                }
                _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
            };
        }
    };
    let mut out = Out::new();
    let result = run(cli, &mut out).and_then(|code| out.flush().map(|()| code));
    match result {
        Ok(code) => code,
        Err(Fail::ClosedPipe) => ExitCode::SUCCESS,
        Err(Fail::Msg(msg)) => {
            let _ = out.flush();
            note!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn read_file(path: &Path) -> Result<String, Fail> {
    let bytes = std::fs::read(path).map_err(|e| Fail::Msg(format!("cannot read {}: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        Fail::Msg(format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// FILE, or standard input for `-` or no FILE: (display name, text). Reads
/// at most one byte past [`MAX_INPUT_BYTES`], so a huge input is refused
/// without being read whole.
fn read_input(file: Option<&Path>) -> Result<(String, String), Fail> {
    let (name, bytes) = match file {
        Some(p) if p != Path::new("-") => {
            let f = std::fs::File::open(p).map_err(|e| Fail::Msg(format!("cannot read {}: {e}", p.display())))?;
            let bytes = read_limited(f).map_err(|e| Fail::Msg(format!("cannot read {}: {e}", p.display())))?;
            (p.display().to_string(), bytes)
        }
        _ => {
            let bytes =
                read_limited(io::stdin().lock()).map_err(|e| Fail::Msg(format!("cannot read standard input: {e}")))?;
            ("standard input".to_owned(), bytes)
        }
    };
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Fail::Msg(format!(
            "{name} is over the limit of {MAX_INPUT_BYTES} bytes (analyse it article by article)"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Fail::Msg(format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let name = if name == "standard input" {
        "<stdin>".to_owned()
    } else {
        name
    };
    Ok((name, text))
}

/// Everything `r` holds up to one byte past the limit.
fn read_limited(r: impl Read) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    r.take(MAX_INPUT_BYTES as u64 + 1).read_to_end(&mut buf)?;
    Ok(buf)
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
                .map_err(|e| Fail::Msg(format!("invalid principle set {}:\n{e}", p.display())))
        }
    }
}

fn run(cli: Cli, out: &mut Out) -> Result<ExitCode, Fail> {
    match cli.command {
        Command::Check { file, format, rules } => {
            let checker = checker(rules.as_deref())?;
            let (name, text) = read_input(file.as_deref())?;
            let report = checker.analyze(&text)?;
            if report.status == accord_core::report::Status::Empty {
                return Err(Fail::Msg(format!(
                    "{name}: there is nothing to analyse (the text is empty or only editorial matter)"
                )));
            }
            let rendered = match format {
                Format::Json => {
                    // The pretty JSON of a draft is about 14 times its text:
                    // one allocation, not a doubling from 128 bytes.
                    let mut json = Vec::with_capacity(4096 + 16 * text.len());
                    pretty::write(&mut json, &report)?;
                    json
                }
                Format::Markdown => report.to_markdown().into_bytes(),
                Format::Text => render::text(&name, &text, &report).into_bytes(),
                Format::Csv => table::csv(&report).trim_end().to_owned().into_bytes(),
            };
            out.line_bytes(&rendered)?;
            // Any analysed bracket reading that would violate counts too.
            let code = if report.has_concerns() || report.readings_with_concerns().next().is_some() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
            // The process ends here: freeing the compiled set and the
            // report piece by piece is a tenth of a one-clause run (and of
            // a megabyte draft's report, 70 M instructions).
            std::mem::forget(checker);
            std::mem::forget(report);
            std::mem::forget(rendered);
            std::mem::forget(text);
            Ok(code)
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
            let rendered = match format {
                DiffFormat::Json => serde_json::to_string_pretty(&c)?,
                DiffFormat::Markdown => diff::markdown(&c),
                DiffFormat::Text => diff::text(&old_name, &new_name, &c),
            };
            out.line(&rendered)?;
            Ok(ExitCode::from(u8::from(c.worse)))
        }
        Command::Trace { file, rules } => {
            let checker = checker(rules.as_deref())?;
            let (_, text) = read_input(file.as_deref())?;
            if let Ok(report) = checker.analyze(&text) {
                for (i, p) in report.provisions.iter().enumerate() {
                    out.line(&format!("provision {} ({}): {}", i + 1, p.name(i), p.kind.id()))?;
                    for s in &p.sentences {
                        let t = &text[s.span.bytes[0]..s.span.bytes[1]];
                        let short: String = t.chars().take(60).collect();
                        out.line(&format!("  sentence {}: \"{}\"", s.kind.id(), short.replace('\n', " ")))?;
                    }
                }
            }
            for h in checker.trace(&text) {
                out.line(&format!(
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
                ))?;
            }
            let fired = checker.fired_rules(&text);
            out.line(&format!("rules fired: {}", fired.join(", ")))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::RulesJson { file } => {
            let src = read_file(&file)?;
            let json = PrincipleSet::toml_to_json(&src)
                .map_err(|e| Fail::Msg(format!("invalid principle set {}:\n{e}", file.display())))?;
            out.line(&json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Batch { rules } => {
            let checker = checker(rules.as_deref())?;
            let totals = batch::run(checker, out)?;
            Ok(ExitCode::from(if totals.errors > 0 {
                2
            } else if totals.concerns > 0 {
                1
            } else {
                0
            }))
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
            let bar = progress::bar(src.lines().count() as u64, "clauses");
            let result = eval::run_with_progress(&checker, &src, prefix.as_deref(), &mut |done, _| {
                if let Some(b) = &bar {
                    b.set_position(done as u64);
                }
            });
            if let Some(b) = bar {
                b.finish_and_clear();
            }
            let result = result?;
            if json {
                out.line(&serde_json::to_string_pretty(&result.summary)?)?;
            } else {
                out.str(&result.render())?;
            }
            if let Some(g) = gate {
                let record: eval::Summary =
                    serde_json::from_str(&read_file(&g)?).map_err(|e| Fail::Msg(format!("{}: {e}", g.display())))?;
                let failures = result.summary.below(&record);
                if !failures.is_empty() {
                    for f in &failures {
                        note!("gate: {f}");
                    }
                    out.flush()?;
                    return Ok(ExitCode::from(1));
                }
                out.flush()?;
                note!("gate: every figure holds its record ({})", g.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Principles { rules, json } => {
            let checker = checker(rules.as_deref())?;
            let set = checker.set();
            if json {
                out.line(&serde_json::to_string_pretty(&set.principles)?)?;
            } else {
                for g in &set.groups {
                    out.line(&g.name)?;
                    for p in set.principles.iter().filter(|p| p.group == g.id) {
                        out.line(&format!("  {:<36} {}", p.id, p.title))?;
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { id, rules } => {
            let checker = checker(rules.as_deref())?;
            let set = checker.set();
            if let Some(p) = set.principle(&id) {
                out.line(&render::explain(p, set))?;
            } else if let Some(r) = set.rules.iter().find(|r| r.id.eq_ignore_ascii_case(&id)) {
                out.line(&render::explain_rule(r, set))?;
            } else {
                return Err(Fail::Msg(unknown_id(&id, set)));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The error for an id that is neither a principle nor a rule: the closest
/// principle id or rule code by edit distance (rule codes compared without
/// regard to case), when one is near enough to be a slip.
fn unknown_id(id: &str, set: &PrincipleSet) -> String {
    let lower = id.to_ascii_lowercase();
    let best = set
        .principles
        .iter()
        .map(|p| (strsim::levenshtein(id, &p.id), p.id.as_str()))
        .chain(
            set.rules
                .iter()
                .map(|r| (strsim::levenshtein(&lower, &r.id.to_ascii_lowercase()), r.id.as_str())),
        )
        .min();
    // Near enough: at most a third of the longer word, and at least 2 edits
    // allowed ("ENC3" → "ENC003").
    let near = best.filter(|(d, c)| *d <= (id.chars().count().max(c.len()) / 3).max(2));
    match near {
        Some((_, c)) => {
            format!("no principle or rule \"{id}\"; did you mean \"{c}\"? (`accord principles` lists the principles)")
        }
        None => format!("no principle or rule \"{id}\" (`accord principles` lists the principles)"),
    }
}

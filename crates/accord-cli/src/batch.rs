//! `accord batch`: JSON Lines in, JSON Lines out, as a pipeline stage.
//!
//! One thread reads standard input line by line, worker threads (one per
//! core) analyse, and the calling thread writes each result as soon as it
//! and every result before it are ready, so output keeps input order and
//! the first record appears while input is still arriving. At most
//! [`IN_FLIGHT_PER_WORKER`] lines per worker are read ahead of the writer,
//! which bounds memory by the work in flight, not by the input.
//!
//! Every line gets its own outcome: a record, an error record naming its
//! line (not UTF-8, not JSON, not an object, no string `text`, too long,
//! nothing to analyse), or nothing for a blank line.

use crate::{progress, Fail, Out};
use accord_core::{Checker, MAX_INPUT_BYTES};
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::io::{self, BufRead};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, sync_channel, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;

/// The longest line read: room for the JSON escapes of a text at the
/// engine's limit. The rest of a longer line is skipped, unread into memory,
/// and the line gets an error record.
pub const MAX_LINE_BYTES: usize = 4 * MAX_INPUT_BYTES;

/// Lines read ahead of the writer, per worker.
const IN_FLIGHT_PER_WORKER: usize = 8;

/// What a line gives.
enum Outcome {
    /// A blank line: nothing is written.
    Skipped,
    Record(String, Kind),
    /// Standard input could not be read: the batch stops here.
    Fatal(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Nothing violated or mixed.
    Clean,
    /// A principle is violated or mixed.
    Concerns,
    /// The line could not be analysed.
    Error,
}

struct Job {
    seq: usize,
    line: Result<Line, String>,
}

struct Line {
    bytes: Vec<u8>,
    too_long: bool,
}

/// What was written: for the exit code.
#[derive(Default)]
pub struct Totals {
    pub concerns: usize,
    pub errors: usize,
}

/// Run the batch over standard input, writing to `out`.
pub fn run(checker: Checker, out: &mut Out) -> Result<Totals, Fail> {
    let checker = Arc::new(checker);
    let workers = thread::available_parallelism().map_or(2, |n| n.get());
    let (job_tx, job_rx) = sync_channel::<Job>(workers);
    // A ticket per line read and not yet written: the reader blocks when
    // the window is full.
    let (ticket_tx, ticket_rx) = sync_channel::<()>(workers * IN_FLIGHT_PER_WORKER);
    let (result_tx, result_rx) = channel::<(usize, Outcome)>();

    thread::spawn(move || {
        let mut stdin = io::stdin().lock();
        let mut seq = 0;
        loop {
            if ticket_tx.send(()).is_err() {
                return;
            }
            let line = match read_line(&mut stdin, MAX_LINE_BYTES) {
                Ok(None) => return,
                Ok(Some(line)) => Ok(line),
                Err(e) => Err(format!("cannot read standard input: {e}")),
            };
            let stop = line.is_err();
            if job_tx.send(Job { seq, line }).is_err() || stop {
                return;
            }
            seq += 1;
        }
    });
    let job_rx = Arc::new(Mutex::new(job_rx));
    for _ in 0..workers {
        let (job_rx, result_tx, checker) = (Arc::clone(&job_rx), result_tx.clone(), Arc::clone(&checker));
        thread::spawn(move || loop {
            let job = match job_rx.lock() {
                Ok(rx) => rx.recv(),
                Err(_) => return,
            };
            let Ok(job) = job else { return };
            let outcome = match job.line {
                Err(msg) => Outcome::Fatal(msg),
                Ok(line) => catch_unwind(AssertUnwindSafe(|| process(&checker, job.seq + 1, line)))
                    .unwrap_or_else(|_| error_record(None, job.seq + 1, "internal error (please report it)")),
            };
            if result_tx.send((job.seq, outcome)).is_err() {
                return;
            }
        });
    }
    drop(result_tx);
    write_in_order(&result_rx, &ticket_rx, out)
}

/// Write outcomes in input order as they arrive; flush whenever nothing
/// more is ready, so a slow producer's records still leave at once.
fn write_in_order(results: &Receiver<(usize, Outcome)>, tickets: &Receiver<()>, out: &mut Out) -> Result<Totals, Fail> {
    let mut totals = Totals::default();
    let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut next = 0;
    let bar = progress::counter("records");
    loop {
        let (seq, outcome) = match results.try_recv() {
            Ok(r) => r,
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => {
                out.flush()?;
                match results.recv() {
                    Ok(r) => r,
                    Err(_) => break,
                }
            }
        };
        pending.insert(seq, outcome);
        while let Some(outcome) = pending.remove(&next) {
            next += 1;
            let _ = tickets.try_recv();
            match outcome {
                Outcome::Skipped => {}
                Outcome::Fatal(msg) => {
                    out.flush()?;
                    return Err(Fail::Msg(msg));
                }
                Outcome::Record(json, kind) => {
                    out.line(&json)?;
                    match kind {
                        Kind::Clean => {}
                        Kind::Concerns => totals.concerns += 1,
                        Kind::Error => totals.errors += 1,
                    }
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                }
            }
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(totals)
}

/// The next line of `r` without its line feed, at most `limit` bytes of it
/// kept (the rest is read and dropped); `None` at the end of input.
fn read_line(r: &mut impl BufRead, limit: usize) -> io::Result<Option<Line>> {
    let mut bytes = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(any.then_some(Line { bytes, too_long }));
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        let room = limit.saturating_sub(bytes.len());
        if chunk.len() > room {
            too_long = true;
        }
        bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = done.unwrap_or(buf.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some(Line { bytes, too_long }));
        }
    }
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a RawValue,
    verdicts: BTreeMap<String, accord_core::Verdict>,
    score: Option<u8>,
    report: &'a accord_core::Report,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a RawValue,
    line: usize,
    error: String,
}

fn null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).expect("null is JSON")
}

fn error_record(id: Option<&RawValue>, n: usize, msg: &str) -> Outcome {
    let null = null();
    let rec = ErrorRecord {
        id: id.unwrap_or(&null),
        line: n,
        error: format!("line {n}: {msg}"),
    };
    match serde_json::to_string(&rec) {
        Ok(json) => Outcome::Record(json, Kind::Error),
        Err(e) => Outcome::Fatal(format!("line {n}: cannot write its record: {e}")),
    }
}

/// A serde_json message without its " at line 1 column 27" (the record
/// names the line itself), with the column kept.
fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match msg.strip_suffix(&suffix) {
        Some(m) if e.column() > 0 => format!("{m} (column {})", e.column()),
        Some(m) => m.to_owned(),
        None => msg,
    }
}

/// The outcome of line `n`.
fn process(checker: &Checker, n: usize, line: Line) -> Outcome {
    if line.too_long {
        return error_record(
            None,
            n,
            &format!(
                "the line is over {MAX_LINE_BYTES} bytes (a record's text may hold at most {MAX_INPUT_BYTES} bytes)"
            ),
        );
    }
    let mut bytes = &line.bytes[..];
    if let Some(b) = bytes.strip_suffix(b"\r") {
        bytes = b;
    }
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            return error_record(
                None,
                n,
                &format!("not UTF-8 text (invalid byte at offset {})", e.valid_up_to()),
            )
        }
    };
    let s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
    if s.trim().is_empty() {
        return Outcome::Skipped;
    }
    #[derive(serde::Deserialize)]
    struct In<'a> {
        #[serde(borrow, default)]
        id: Option<&'a RawValue>,
        #[serde(borrow, default)]
        text: Option<&'a RawValue>,
    }
    if let Err(e) = serde_json::from_str::<&RawValue>(s) {
        return error_record(None, n, &format!("not JSON: {}", json_message(&e)));
    }
    if !s.trim_start().starts_with('{') {
        return error_record(None, n, "not an object (each line is {\"id\": …, \"text\": \"…\"})");
    }
    let input: In = match serde_json::from_str(s) {
        Ok(i) => i,
        Err(e) => return error_record(None, n, &format!("not a record: {}", json_message(&e))),
    };
    let Some(raw_text) = input.text else {
        return error_record(input.id, n, "the record has no `text`");
    };
    let Ok(text) = serde_json::from_str::<String>(raw_text.get()) else {
        return error_record(input.id, n, "`text` is not a string");
    };
    let report = match checker.analyze(&text) {
        Ok(r) => r,
        Err(e) => return error_record(input.id, n, &e.to_string()),
    };
    if report.status == accord_core::report::Status::Empty {
        return error_record(
            input.id,
            n,
            "there is nothing to analyse (the text is empty or only editorial matter)",
        );
    }
    let null = null();
    let rec = Record {
        id: input.id.unwrap_or(&null),
        verdicts: report.verdicts(),
        score: report.alignment.score,
        report: &report,
    };
    let kind = if report.has_concerns() {
        Kind::Concerns
    } else {
        Kind::Clean
    };
    match serde_json::to_string(&rec) {
        Ok(json) => Outcome::Record(json, kind),
        Err(e) => Outcome::Fatal(format!("line {n}: cannot write its record: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_and_marked() {
        let mut r = io::BufReader::with_capacity(4, &b"abcdefgh\nxy\n\nz"[..]);
        let l = read_line(&mut r, 5).unwrap().unwrap();
        assert_eq!((&l.bytes[..], l.too_long), (&b"abcde"[..], true));
        let l = read_line(&mut r, 5).unwrap().unwrap();
        assert_eq!((&l.bytes[..], l.too_long), (&b"xy"[..], false));
        assert!(read_line(&mut r, 5).unwrap().unwrap().bytes.is_empty());
        assert_eq!(read_line(&mut r, 5).unwrap().unwrap().bytes, b"z");
        assert!(read_line(&mut r, 5).unwrap().is_none());
    }

    #[test]
    fn json_messages_lose_their_position() {
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": }").unwrap_err();
        assert_eq!(json_message(&e), "expected value (column 7)");
    }
}

//! Throughput of `analyze` on a 60-article treaty of about 200 KB, built from
//! labelled clauses: `benches/clauses.jsonl`, a frozen copy of the 118 clauses
//! of `tests/cases.jsonl` when the target was set, so that figures stay
//! comparable while the test corpus grows (the browser budget test builds
//! the same treaty from the same file).
//!
//! Target (issue: the engine): under 10 ms per treaty on one core, i.e. at
//! least 20 MB/s. Run with `cargo bench -p accord-core`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// Build a treaty of `articles` articles and about `bytes` bytes.
fn treaty(articles: usize, bytes: usize) -> String {
    let cases = include_str!("clauses.jsonl");
    let clauses: Vec<String> = cases
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    let mut out = String::new();
    let mut i = 0;
    for a in 1..=articles {
        out.push_str(&format!("Article {a}. Provision {a}\n"));
        let target = bytes * a / articles;
        while out.len() < target {
            out.push_str(&clauses[i % clauses.len()]);
            out.push('\n');
            i += 1;
        }
        out.push('\n');
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = treaty(60, 200_000);
    let checker = accord_core::builtin();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("treaty-60-articles", |b| {
        b.iter(|| checker.analyze(black_box(&text)).unwrap())
    });
    g.bench_function("single-clause", |b| {
        let clause = "Each State Party shall require service providers to maintain the technical capability to provide the content of communications in an intelligible form.";
        b.iter(|| checker.analyze(black_box(clause)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

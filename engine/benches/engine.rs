//! Engine benchmarks (criterion): load + validate a canon (throughput per byte of
//! TOML), build one profile's four frames, build every profile, each renderer.
//!
//! Run through `cargo xtask bench`, which first writes the synthetic canons
//! (10, 100 and 1,000 families) into target/synthetic-canon-N; sizes whose canon
//! is missing are skipped.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use goalframes_engine::canon::load::load_dir;
use goalframes_engine::render::{render, Format};
use goalframes_engine::search::SearchIndex;
use goalframes_engine::{build_frames, FrameKind, Values};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn toml_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                total += entry.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    total
}

fn canons() -> Vec<(String, PathBuf)> {
    let mut out = vec![("shipped".to_string(), root().join("canon"))];
    for n in [10, 100, 1000] {
        let dir = root().join(format!("target/synthetic-canon-{n}"));
        if dir.join("canon.toml").exists() {
            out.push((format!("{n}-families"), dir));
        }
    }
    out
}

fn load_and_validate(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_validate");
    group.sample_size(10);
    for (name, dir) in canons() {
        group.throughput(Throughput::Bytes(toml_bytes(&dir)));
        group.bench_with_input(BenchmarkId::from_parameter(&name), &dir, |b, dir| {
            b.iter(|| load_dir(dir).expect("valid canon"))
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build_frames");
    group.sample_size(20);
    for (name, dir) in canons() {
        let canon = load_dir(&dir).expect("valid canon").canon;
        let first = canon.profiles().next().expect("a profile");
        group.throughput(Throughput::Elements(1));
        group.bench_function(BenchmarkId::new("one_profile", &name), |b| {
            b.iter(|| build_frames(&first))
        });
        let count = canon.profiles().count() as u64;
        group.throughput(Throughput::Elements(count));
        group.bench_function(BenchmarkId::new("every_profile", &name), |b| {
            b.iter(|| {
                canon
                    .profiles()
                    .map(|p| build_frames(&p).frames.len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

fn renderers(c: &mut Criterion) {
    let canon = load_dir(&root().join("canon")).expect("valid canon").canon;
    let profile = canon
        .profile("database-engineering", "P4")
        .expect("the specified profile");
    let frames = build_frames(&profile);
    let mut group = c.benchmark_group("render_database_engineering_p4");
    for format in Format::ALL {
        group.bench_function(format.id(), |b| {
            b.iter(|| render(&frames, &FrameKind::ALL, &Values::new(), format))
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for (name, dir) in canons() {
        let canon = load_dir(&dir).expect("valid canon").canon;
        group.bench_function(BenchmarkId::new("build_index", &name), |b| {
            b.iter(|| SearchIndex::new(&canon))
        });
        let index = SearchIndex::new(&canon);
        // A word that matches names, and one found only in canon text (the slow path).
        for query in ["engineering p4", "observability"] {
            group.bench_function(BenchmarkId::new(query.replace(' ', "_"), &name), |b| {
                b.iter(|| index.search(query, 20).len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, load_and_validate, build, renderers, search);
criterion_main!(benches);

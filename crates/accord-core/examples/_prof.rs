fn main() {
    let t = std::time::Instant::now();
    for _ in 0..20 { std::hint::black_box(accord_core::set::PrincipleSet::builtin()); }
    eprintln!("builtin x20: {:?}", t.elapsed());
}

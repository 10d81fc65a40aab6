//! How long compiling the built-in principle set takes (the startup cost
//! that the WebAssembly package pays on its first call).
fn main() {
    let t = std::time::Instant::now();
    let set = accord_core::PrincipleSet::builtin();
    println!("built-in set: {} rules compiled in {:?}", set.rules.len(), t.elapsed());
}

//! Any bytes given as a principle set (TOML or JSON) load or fail with
//! errors, never a panic; a set that loads analyses a clause.
#![no_main]

use accord_core::{Checker, PrincipleSet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    for set in [PrincipleSet::from_source(src), PrincipleSet::from_json(src)] {
        if let Ok(set) = set {
            let _ = Checker::new(set).analyze("Each State Party shall require service providers to decrypt communications.");
        }
    }
});

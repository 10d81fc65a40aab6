//! The built-in set's embedded forms agree with its sources.

use accord_core::lexicon::{Analyzer, Lexicon};
use accord_core::set::{PrincipleSet, ACCORD_LEXICON, ACCORD_TOML};

/// build.rs compiles the phrases into [`ACCORD_LEXICON`]; compiling the
/// set's TOML at run time (which numbers concepts and collects phrases the
/// ordinary way) must give the very same trie.
#[test]
fn the_embedded_lexicon_is_the_compiled_phrases_of_the_set() {
    let set = PrincipleSet::from_toml(ACCORD_TOML).expect("the set's TOML is valid");
    let phrases: Vec<(usize, String)> = (set.concepts.iter().enumerate())
        .flat_map(|(i, c)| c.phrases.iter().map(move |p| (i, p.clone())))
        .collect();
    let compiled = Lexicon::compile(&Analyzer::default(), &phrases).expect("every phrase can match");
    assert_eq!(
        compiled.to_bytes(),
        ACCORD_LEXICON,
        "build.rs and the run-time compilation disagree"
    );
    let loaded = Lexicon::from_bytes(ACCORD_LEXICON).expect("the embedded lexicon loads");
    assert_eq!(
        loaded.to_bytes(),
        ACCORD_LEXICON,
        "loading and writing again is the identity"
    );
}

/// The built-in set (embedded lexicon) and the same set compiled from its
/// TOML give the same report.
#[test]
fn the_builtin_set_reads_like_its_toml() {
    let from_toml = accord_core::Checker::new(PrincipleSet::from_toml(ACCORD_TOML).unwrap());
    let texts = [
        "Each State Party shall require service providers to decrypt communications.",
        "States shall not require providers to retain ... traffic data; the use of freely available, strong encryption shall not be restricted.",
        "Article 3. Scope\nThis Convention applies to offences committed by means of a computer system, including the dissemination of false information.",
    ];
    for text in texts {
        let a = serde_json::to_string(&accord_core::builtin().analyze(text).unwrap()).unwrap();
        let b = serde_json::to_string(&from_toml.analyze(text).unwrap()).unwrap();
        assert_eq!(a, b, "{text}");
    }
}

#[test]
fn malformed_bytes_are_refused() {
    assert!(Lexicon::from_bytes(b"").is_none());
    assert!(Lexicon::from_bytes(b"ACLX2\x81").is_none());
    let truncated: &'static [u8] = &ACCORD_LEXICON[..ACCORD_LEXICON.len() - 1];
    assert!(Lexicon::from_bytes(truncated).is_none());
}

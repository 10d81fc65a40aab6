//! Snapshot tests of whole reports on real-shaped fixtures (insta). Review
//! changes with `cargo insta review` (or accept with INSTA_UPDATE=always).

use accord_core::analyze;

fn snap(name: &str, text: &str) {
    let report = analyze(text).unwrap();
    insta::assert_json_snapshot!(name, report);
}

#[test]
fn decryption_mandate_with_brackets() {
    snap(
        "decryption_mandate_with_brackets",
        "Each State Party [shall][may] require service providers operating in its territory to maintain the technical capability to provide the content of communications, upon lawful request, in an intelligible form[, including where such content has been encrypted by the service provider itself].¹\n¹ Bracketed text reflects proposals on which no agreement has yet been reached.",
    );
}

#[test]
fn interception_with_partial_safeguards() {
    snap(
        "interception_with_partial_safeguards",
        "1. Each State Party shall empower its competent authorities, in respect of serious offences, to collect content data of specified communications.\n2. An order under paragraph 1 shall be issued only by a judge.\n3. Such an order may be extended without any maximum duration.",
    );
}

#[test]
fn final_clause_engages_nothing() {
    snap("final_clause_engages_nothing", "This Convention shall enter into force on the ninetieth day after the deposit of the fortieth instrument of ratification.");
}

#[test]
fn amendment_deleting_a_harm() {
    snap(
        "amendment_deleting_a_harm",
        "Article 30: Delete the words “and to decrypt such communications where encrypted”.",
    );
}

#[test]
fn draft_of_articles() {
    snap(
        "draft_of_articles",
        "Chapter I\nArticle 1. Purpose\nThe purposes of this Convention are to promote cooperation in preventing and combating cybercrime.\n\nArticle 2\nProtection of encryption\nNothing in this Convention shall be interpreted as requiring a State Party to compel a provider to introduce back doors that weaken encryption.\n\nArticle 3 - Decryption\nEach State Party shall require service providers to decrypt communications upon request.\n\nArticle 4\n",
    );
}

//! Any bytes, read as text (lossily), are analysed without a panic, and
//! every evidence span lies on char boundaries of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(report) = accord_core::analyze(&text) else { return };
    for p in &report.principles {
        for e in &p.evidence {
            for s in &e.spans {
                let [a, b] = s.bytes;
                assert!(a <= b && b <= text.len());
                assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                assert_eq!(&text[a..b], s.text);
            }
        }
    }
    // The same text with Windows line endings reads the same.
    if text.len() < 4096 {
        let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
        if let (Ok(a), Ok(b)) = (accord_core::analyze(&text.replace("\r\n", "\n")), accord_core::analyze(&crlf)) {
            assert_eq!(a.verdicts(), b.verdicts());
        }
    }
});

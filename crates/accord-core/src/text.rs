//! Normalisation that keeps every offset into the original text.
//!
//! The engine never reads the user's text directly: it reads a [`Normalized`]
//! copy in which typographic variants are folded (curly quotes, dashes,
//! ligatures, non-breaking spaces), footnote markers are blanked, and words
//! split across a line break by a hyphen are joined again. Every byte of the
//! normalised copy maps back to a byte of the original, so evidence spans are
//! always reported against what the user wrote.
//!
//! Masking (editorial notes, rejected bracket alternatives) replaces bytes with
//! ASCII spaces, which keeps the copy's length and its offset map intact.

/// A normalised copy of a text with a map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// `map[i]` is the byte offset in the original of the char that produced
    /// byte `i` of `text`; `map[text.len()]` is the original's length.
    map: Vec<usize>,
}

/// The compatibility forms legal text actually meets, folded as NFKC would
/// fold them: fullwidth ASCII, Latin ligatures, the ellipsis and "№". (Full
/// NFKC tables would add ~90 KB to the WebAssembly build for nothing an
/// English clause uses.)
fn compatibility(c: char) -> Option<String> {
    Some(match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)?.to_string(),
        '\u{FB00}' => "ff".into(),
        '\u{FB01}' => "fi".into(),
        '\u{FB02}' => "fl".into(),
        '\u{FB03}' => "ffi".into(),
        '\u{FB04}' => "ffl".into(),
        '\u{FB05}' | '\u{FB06}' => "st".into(),
        '\u{2026}' => "...".into(),
        '\u{2116}' => "No".into(),
        _ => return None,
    })
}

/// Printable ASCII other than the backtick, or a line feed: needs no folding.
fn plain_ascii(b: u8) -> bool {
    (0x20..0x7f).contains(&b) && b != b'`' || b == b'\n'
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => "-",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => " ",
        '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        // Zero-width characters and the soft hyphen vanish.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        // Footnote markers: superscript digits and daggers are not clause text.
        '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2020}' | '\u{2021}' => " ",
        c if c.is_control() && c != '\n' => " ",
        _ => return None,
    })
}

impl Normalized {
    /// Normalise `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let push = |text: &mut String, map: &mut Vec<usize>, s: &str, at: usize| {
            text.push_str(s);
            map.extend(std::iter::repeat_n(at, s.len()));
        };
        let bytes = original.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Fast path: a run of printable ASCII (and line feeds) is copied
            // as it is.
            if plain_ascii(bytes[at]) {
                let end = bytes[at..]
                    .iter()
                    .position(|&b| !plain_ascii(b))
                    .map_or(bytes.len(), |p| at + p);
                text.push_str(&original[at..end]);
                map.extend(at..end);
                at = end;
                continue;
            }
            let Some(c) = original[at..].chars().next() else { break };
            if c == '\r' && bytes.get(at + 1) == Some(&b'\n') {
                // "\r\n" is one line break, as "\n" is (a lone "\r" folds
                // to "\n" below): Windows line endings change nothing.
                at += 1;
                continue;
            }
            if let Some(folded) = fold_char(c) {
                push(&mut text, &mut map, folded, at);
            } else if c.is_ascii() {
                text.push(c);
                map.push(at);
            } else if let Some(folded) = compatibility(c) {
                push(&mut text, &mut map, &folded, at);
            } else {
                let mut buf = [0u8; 4];
                push(&mut text, &mut map, c.encode_utf8(&mut buf), at);
            }
            at += c.len_utf8();
        }
        map.push(original.len());
        let mut n = Normalized { text, map };
        n.join_hyphenated_breaks();
        n
    }

    /// "encryp-\ntion" → "encryption": a hyphen at the end of a line between
    /// two letters, the next starting lower-case, is line-break hyphenation.
    fn join_hyphenated_breaks(&mut self) {
        let bytes = self.text.as_bytes();
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'-' && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'\n' {
                    j += 1;
                    while j < bytes.len() && bytes[j] == b' ' {
                        j += 1;
                    }
                    if j < bytes.len() && bytes[j].is_ascii_lowercase() {
                        cuts.push((i, j));
                        i = j;
                        continue;
                    }
                }
            }
            i += 1;
        }
        if cuts.is_empty() {
            return;
        }
        let mut text = String::with_capacity(self.text.len());
        let mut map = Vec::with_capacity(self.map.len());
        let mut from = 0;
        for (a, b) in cuts {
            text.push_str(&self.text[from..a]);
            map.extend_from_slice(&self.map[from..a]);
            from = b;
        }
        text.push_str(&self.text[from..]);
        map.extend_from_slice(&self.map[from..]);
        self.text = text;
        self.map = map;
    }

    /// Original byte offset of normalised byte `i` (clamped to the end).
    pub(crate) fn map_at(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)]
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Original byte range of the normalised byte range `start..end`.
    ///
    /// The end maps to the end of the original char that produced the last
    /// byte, so the range always lies on char boundaries of the original.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        let s = self.map[start.min(self.text.len())];
        if end <= start {
            return (s, s);
        }
        let last = self.map[(end - 1).min(self.text.len())];
        let e = original[last..]
            .chars()
            .next()
            .map_or(original.len(), |c| last + c.len_utf8());
        (s, e.max(s))
    }

    /// The normalised range `range` as a text of its own; its offset map
    /// still points into the original.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Normalized {
        let mut map = self.map[range.clone()].to_vec();
        map.push(self.map[range.end]);
        Normalized {
            text: self.text[range].to_owned(),
            map,
        }
    }

    /// This text with the ranges `from` copied back from `original` (both of
    /// the same normalised text): un-masks inserted words in an instruction.
    pub fn restore(mut self, original: &Normalized, ranges: &[std::ops::Range<usize>]) -> Normalized {
        for r in ranges {
            let (s, e) = (r.start.min(self.text.len()), r.end.min(self.text.len()));
            if s < e
                && self.text.is_char_boundary(s)
                && self.text.is_char_boundary(e)
                && original.text.is_char_boundary(s)
                && original.text.is_char_boundary(e)
            {
                self.text.replace_range(s..e, &original.text[s..e]);
            }
        }
        self
    }

    /// A copy with everything outside `keep` blanked.
    pub fn keep_only(&self, keep: &[std::ops::Range<usize>]) -> Normalized {
        let mut out = self.clone();
        let mut ranges: Vec<(usize, usize)> = keep.iter().map(|r| (r.start, r.end)).collect();
        crate::sort::by_key(&mut ranges, |&(start, _)| start as u64);
        let mut at = 0;
        for (start, end) in ranges {
            out.mask(at, start);
            at = at.max(end);
        }
        out.mask(at, self.text.len());
        out
    }

    /// Blank the normalised range `start..end` (masking keeps offsets).
    pub fn mask(&mut self, start: usize, end: usize) {
        let end = end.min(self.text.len());
        if start >= end {
            return;
        }
        // Safety of the str invariant: we only write ASCII spaces over whole
        // chars, so the range must lie on char boundaries.
        let (s, e) = (floor_boundary(&self.text, start), ceil_boundary(&self.text, end));
        if self.text.as_bytes()[s..e].iter().all(|&b| b == b' ' || b == b'\n') {
            return;
        }
        // Same length in, same length out: `replace_range` writes in place.
        let blank: String = self.text[s..e]
            .chars()
            .flat_map(|c| std::iter::repeat_n(if c == '\n' { '\n' } else { ' ' }, c.len_utf8()))
            .collect();
        self.text.replace_range(s..e, &blank);
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// UTF-16 offsets of many byte offsets in one pass over `s` (a report has
/// many spans; converting each from the start would be quadratic).
pub fn utf16_offsets(s: &str, bytes: &[usize]) -> rustc_hash::FxHashMap<usize, usize> {
    let mut sorted: Vec<usize> = bytes.to_vec();
    crate::sort::by_key(&mut sorted, |&b| b as u64);
    sorted.dedup();
    let mut out = rustc_hash::FxHashMap::with_capacity_and_hasher(sorted.len(), Default::default());
    let (mut at, mut units) = (0usize, 0usize);
    for b in sorted {
        units += s[at..b].chars().map(char::len_utf16).sum::<usize>();
        at = b;
        out.insert(b, units);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_quotes_and_dashes_keeping_offsets() {
        let src = "the “back door” — weakened";
        let n = Normalized::new(src);
        assert_eq!(n.as_str(), "the \"back door\" - weakened");
        let at = n.as_str().find("weakened").unwrap();
        let (s, e) = n.original_range(src, at, at + "weakened".len());
        assert_eq!(&src[s..e], "weakened");
    }

    #[test]
    fn joins_line_break_hyphenation() {
        let src = "shall decryp-\n tion keys";
        let n = Normalized::new(src);
        assert_eq!(n.as_str(), "shall decryption keys");
        let at = n.as_str().find("decryption").unwrap();
        let (s, e) = n.original_range(src, at, at + "decryption".len());
        assert_eq!(&src[s..e], "decryp-\n tion");
    }

    #[test]
    fn every_line_ending_is_one_line_feed() {
        for src in ["a\nb", "a\r\nb", "a\rb", "a\u{2028}b"] {
            let n = Normalized::new(src);
            assert_eq!(n.as_str(), "a\nb", "{src:?}");
            let at = n.as_str().find('b').unwrap();
            let (s, e) = n.original_range(src, at, at + 1);
            assert_eq!(&src[s..e], "b");
        }
        assert_eq!(Normalized::new("a\r\n\r\nb").as_str(), "a\n\nb");
    }

    #[test]
    fn keeps_real_hyphens() {
        let n = Normalized::new("cyber-dependent\nSecurity-by-design");
        assert_eq!(n.as_str(), "cyber-dependent\nSecurity-by-design");
    }

    #[test]
    fn blanks_footnote_markers_and_folds_compatibility_forms() {
        let n = Normalized::new("activity¹ of ﬁrms under ＩＣＴ law…");
        assert_eq!(n.as_str(), "activity  of firms under ICT law...");
        let src = "ﬁrms";
        let n = Normalized::new(src);
        assert_eq!(n.original_range(src, 0, 2), (0, 3));
    }
}

//! One sort for the whole engine.
//!
//! Every sort of the engine goes through [`by_key`], which sorts
//! `(u64 key, index)` pairs and then moves the elements into place. The
//! standard library's sort is then instantiated once instead of once per
//! element type and key: the eight instances it replaced were 34 KB of
//! WebAssembly (sorting networks compress badly), which is what let the
//! engine be compiled for speed (`opt-level = "s"`) within the npm size
//! budget.

/// Sort `v` by `key`, ascending; equal keys keep no particular order.
#[inline]
pub(crate) fn by_key<T: Copy>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    // Most lists sorted (a rule's candidate triggers in a short provision)
    // are empty or hold one element: nothing to call.
    if v.len() > 1 {
        sort_by_key(v, key);
    }
}

#[inline(never)]
fn sort_by_key<T: Copy>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if v.len() <= SMALL {
        // Most lists (a sentence's hits) are short: an insertion sort on
        // the keys, in place, allocates nothing.
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && key(&v[j - 1]) > key(&v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut keyed: Vec<(u64, usize)> = v.iter().map(&key).zip(0..).collect();
    keyed.sort_unstable();
    let sorted: Vec<T> = keyed.into_iter().map(|(_, i)| v[i]).collect();
    *v = sorted;
}

/// Lists this long or shorter are sorted in place.
const SMALL: usize = 24;

/// Bits for each token index in a packed key: far more tokens than a text
/// of [`crate::MAX_INPUT_BYTES`] can hold.
pub(crate) const TOKEN_BITS: u32 = 22;
/// Bits for a concept index in a packed key.
pub(crate) const CONCEPT_BITS: u32 = 64 - 2 * TOKEN_BITS;

/// `value` in `bits` bits (saturating: keys stay ordered for every input
/// the engine accepts).
pub(crate) fn field(value: usize, bits: u32) -> u64 {
    (value as u64).min((1u64 << bits) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_every_element() {
        let mut v = vec!["d", "a", "c", "b", "a"];
        by_key(&mut v, |s| s.as_bytes()[0] as u64);
        assert_eq!(v, vec!["a", "a", "b", "c", "d"]);
        // Past the in-place size too.
        let mut long: Vec<u64> = (0..100).map(|i| (i * 37) % 101).collect();
        let mut expected = long.clone();
        expected.sort_unstable();
        by_key(&mut long, |&x| x);
        assert_eq!(long, expected);
        let mut e: Vec<u8> = Vec::new();
        by_key(&mut e, |_| 0);
        assert!(e.is_empty());
    }

    #[test]
    fn packed_fields_saturate() {
        assert_eq!(field(5, 4), 5);
        assert_eq!(field(99, 4), 15);
        assert_eq!(CONCEPT_BITS + 2 * TOKEN_BITS, 64);
    }
}

//! Pretty JSON, byte for byte what `serde_json::to_writer_pretty` writes
//! (two-space indentation), with each line's indentation written at once
//! rather than two bytes per level (a megabyte draft's report is half a
//! million lines, most of them four or five levels deep).

use serde_json::ser::Formatter;
use std::io::{self, Write};

/// `serde_json`'s `PrettyFormatter` with a two-space indent.
#[derive(Default)]
pub struct Pretty {
    depth: usize,
    has_value: bool,
}

/// Spaces for the deepest usual line; deeper ones are written in pieces.
const SPACES: &[u8; 64] = b"                                                                ";

fn newline_and_indent<W: ?Sized + Write>(w: &mut W, lead: &[u8], depth: usize) -> io::Result<()> {
    w.write_all(lead)?;
    let mut n = 2 * depth;
    while n > 0 {
        let k = n.min(SPACES.len());
        w.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

impl Pretty {
    /// Open an array or object: one level deeper, nothing in it yet.
    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// Close it: a non-empty one ends on its own line at the outer depth.
    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            newline_and_indent(w, b"\n", self.depth)?;
        }
        w.write_all(bracket)
    }

    /// Before an element or key: a comma after the first, a new line, the indentation.
    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        newline_and_indent(w, if first { b"\n" } else { b",\n" }, self.depth)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `value` as pretty JSON into `out`.
pub fn write<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut ser)
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_what_serde_json_writes() {
        let deep = (0..40).fold(
            serde_json::json!("x"),
            |v, i| serde_json::json!({ "k": [v, i, {}, []] }),
        );
        for v in [
            serde_json::json!(null),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!({"a": [1, {"b": "c\n\"é"}, [], {}], "d": {"e": [[]]}}),
            deep,
        ] {
            let mut ours = Vec::new();
            super::write(&mut ours, &v).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string_pretty(&v).unwrap()
            );
        }
    }
}

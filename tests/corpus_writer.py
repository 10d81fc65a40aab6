"""Shared by the make_*.py scripts: collect labelled clauses and write them
as a corpus (JSON Lines, the format of shared/spec/corpus-format.md)."""
import json
import pathlib

S, V, M = "supports", "violates", "mixed"


class Corpus:
    def __init__(self):
        self.cases = []

    def case(self, cid, text, **expect):
        """One clause; keyword arguments name principles with `_` for `-`."""
        self.cases.append({"id": cid, "text": text, "expect": {k.replace("_", "-"): v for k, v in expect.items()}})

    def write(self, script, name):
        path = pathlib.Path(script).with_name(name)
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in self.cases), encoding="utf-8")
        print(f"wrote {len(self.cases)} cases to {path}")

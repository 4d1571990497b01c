"""Loads every document of a `crosswalk export oscal` folder with the model
classes of compliance-trestle (the reference OSCAL library), which reject
unknown fields, missing required fields and malformed values (UUIDs, tokens,
dates). Prints one JSON line per file: its path, model and a few counts read
back from the loaded objects; exits 1 on the first file that fails.

Usage: python trestle_validate.py EXPORT_DIR
"""
import json
import pathlib
import sys

from trestle.oscal.catalog import Catalog
from trestle.oscal.component import ComponentDefinition
from trestle.oscal.mapping import MappingCollection


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    files = sorted(p for p in root.rglob("*.json"))
    if not files:
        print(f"no JSON files under {root}", file=sys.stderr)
        return 1
    for path in files:
        relative = path.relative_to(root).as_posix()
        try:
            if relative == "component-definition.json":
                doc = ComponentDefinition.oscal_read(path)
                counts = {
                    "components": len(doc.components or []),
                    "implemented_requirements": sum(
                        len(ci.implemented_requirements)
                        for c in doc.components or []
                        for ci in c.control_implementations or []
                    ),
                }
            elif relative.startswith("mappings/"):
                doc = MappingCollection.oscal_read(path)
                mappings = doc.mappings if isinstance(doc.mappings, list) else [doc.mappings]
                gaps = [m.target_gap_summary for m in mappings if m.target_gap_summary]
                counts = {
                    "maps": sum(len(m.maps) for m in mappings),
                    "relationships": sorted({mp.relationship for m in mappings for mp in m.maps}),
                    "unmapped": sum(len(s.with_ids or []) for g in gaps for s in g.unmapped_controls),
                }
            elif relative.startswith("catalogs/"):
                doc = Catalog.oscal_read(path)
                counts = {"groups": len(doc.groups or [])}
            else:
                print(f"{relative}: not a file export writes", file=sys.stderr)
                return 1
        except Exception as error:  # trestle raises several error types
            print(f"{relative}: {error}", file=sys.stderr)
            return 1
        print(json.dumps({"file": relative, "model": type(doc).__name__, **counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Derives the ISO/IEC 42001:2023 identifier list the catalog test checks.

Usage: derive_ids.py PATH/TO/iso42001-2023.yaml > iso42001-2023-ids.csv

Reads the CISO Assistant outline (`objects.framework.requirement_nodes`) and
keeps only each node's `ref_id` and its parent's `ref_id`: no headings and no
descriptions. Then it makes the two changes the catalog makes on purpose:

- it adds 6.1.1-6.1.4 under 6.1, which the outline lacks (so 6.1 becomes a
  group, like 7.5, 9.2 and 9.3);
- it puts the Annex A objectives A.2-A.10 in one group `A`, which the
  outline does not have.

`kind` is `group` for an entry with children and `requirement` otherwise.
The rows keep the outline's order.
"""

import csv
import sys

import yaml

ADDED_UNDER_6_1 = ["6.1.1", "6.1.2", "6.1.3", "6.1.4"]


def main(path):
    with open(path, encoding="utf-8") as f:
        library = yaml.safe_load(f)
    nodes = library["objects"]["framework"]["requirement_nodes"]
    ref_of = {n["urn"]: str(n["ref_id"]) for n in nodes}

    rows = []  # (id, parent)
    for node in nodes:
        ref = str(node["ref_id"])
        parent = ref_of.get(node.get("parent_urn"), "")
        if ref.startswith("A.") and parent == "":
            if not any(r == "A" for r, _ in rows):
                rows.append(("A", ""))
            parent = "A"
        rows.append((ref, parent))
        if ref == "6.1":
            rows.extend((added, "6.1") for added in ADDED_UNDER_6_1)

    ids = [r for r, _ in rows]
    assert len(ids) == len(set(ids)), "identifiers are unique"
    parents = {p for _, p in rows if p}

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "parent", "kind"])
    for ref, parent in rows:
        out.writerow([ref, parent, "group" if ref in parents else "requirement"])


if __name__ == "__main__":
    main(sys.argv[1])

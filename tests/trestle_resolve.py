"""Resolves an OSCAL profile with compliance-trestle's profile resolver and
prints a JSON digest of the resolved catalog, for comparison with crosswalk's
own resolution: the control ids in document order, and per control its
parameters (id and values) and its parts (name and id, nested parts
included, in document order).

trestle resolves inside a trestle workspace, so one is made in a temporary
folder (`trestle init`); the profile is copied into it with its one import
pointed at CATALOG.json (also copied), since trestle reads JSON and YAML
catalogs only and the 5.0.1 profile imports the XML form. Nothing is fetched.

Usage: python trestle_resolve.py PROFILE.json CATALOG.json
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from trestle.core.profile_resolver import ProfileResolver


def controls(control_list, out):
    for control in control_list or []:
        out.append(
            {
                "id": control.id,
                "params": [
                    [p.id, list(getattr(p, "values", None) or [])] for p in getattr(control, "params", None) or []
                ],
                "parts": parts(getattr(control, "parts", None), []),
            }
        )
        controls(getattr(control, "controls", None), out)


def parts(part_list, out):
    for part in part_list or []:
        out.append([part.name, part.id])
        parts(getattr(part, "parts", None), out)
    return out


def groups(group_list, out):
    for group in group_list or []:
        controls(getattr(group, "controls", None), out)
        groups(getattr(group, "groups", None), out)


def main() -> int:
    profile_path = pathlib.Path(sys.argv[1]).resolve()
    catalog_path = pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as workspace:
        root = pathlib.Path(workspace)
        subprocess.run(
            [sys.executable, "-m", "trestle", "init"],
            cwd=workspace,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        document = json.loads(profile_path.read_text(encoding="utf-8"))
        imports = document["profile"]["imports"]
        if len(imports) != 1:
            print("the profile must have exactly one import", file=sys.stderr)
            return 1
        local_catalog = root / "catalog.json"
        shutil.copyfile(catalog_path, local_catalog)
        imports[0]["href"] = str(local_catalog)
        local_profile = root / "profile.json"
        local_profile.write_text(json.dumps(document), encoding="utf-8")
        os.chdir(workspace)
        catalog = ProfileResolver.get_resolved_profile_catalog(root, str(local_profile))
    out = []
    controls(getattr(catalog, "controls", None), out)
    groups(getattr(catalog, "groups", None), out)
    json.dump({"controls": out}, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

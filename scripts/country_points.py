"""Write src/newsgraph/data/country_points.tsv: one representative point per country.

The points are the "latlng" of the countryinfo package (MIT licence, Copyright (c) Porimol Chandro;
`pip install countryinfo==1.0.1` to rerun), the CIA World Factbook's geographic coordinates of the
country, which is also where GeoNames puts most countries' own entries. One exception: for the
United States the Factbook's 38N 97W lies 230 km from the geographic centre of the contiguous
states (39.76N 98.5W), which is GeoNames' point and what a map of "the U.S." means.

Run: python scripts/country_points.py
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "data" / "country_points.tsv"
OVERRIDES = {"USA": (39.76, -98.5)}


def main() -> None:
    rows = {}
    for f in resources.files("countryinfo").joinpath("data").iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        a3 = (d.get("ISO") or {}).get("alpha3")
        ll = d.get("latlng")
        if a3 and isinstance(ll, list) and len(ll) == 2:
            rows[a3] = OVERRIDES.get(a3, (float(ll[0]), float(ll[1])))
    lines = ["# Country points (alpha-3, lat, lon), written by scripts/country_points.py from the countryinfo",
             "# package (MIT licence, Copyright (c) Porimol Chandro): the CIA World Factbook's coordinates."]
    lines += [f"{a3}\t{lat:g}\t{lon:g}" for a3, (lat, lon) in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main()

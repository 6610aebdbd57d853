#!/usr/bin/env python3
"""Writes crates/model/data/epoch-points.tsv from Epoch AI's cost estimates
(epoch-frontier-costs.csv, joined from epoch-research/training-cost-trends; CC BY 4.0,
credit "Epoch AI"): one model a line, tab-separated, in the CSV's order.

Columns: name, organisation, date as a fractional year (3 decimals), training FLOP,
amortised hardware + energy of the final run (2023 USD, 0 when Epoch gives none), cloud price
of the final run (2023 USD, 0 when none), Epoch's confidence (C confident, L likely,
S speculative, U unknown). Usage: scripts/epoch-points.py ../shared/reference/epoch-frontier-costs.csv
"""
import csv
import datetime
import sys


def fractional_year(iso):
    day = datetime.date.fromisoformat(iso)
    start = datetime.date(day.year, 1, 1)
    length = (datetime.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def money(text):
    return "0" if not text else "%.4g" % float(text)


rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
for row in rows:
    confidence = {"Confident": "C", "Likely": "L", "Speculative": "S", "Unknown": "U"}[row["confidence"]]
    fields = [
        row["model"],
        row["organization"],
        "%.3f" % fractional_year(row["date"]),
        "%.3g" % float(row["flop"]),
        money(row["amortised_hw_energy_2023usd"]),
        money(row["cloud_2023usd"]),
        confidence,
    ]
    assert all("\t" not in f and "\n" not in f for f in fields)
    print("\t".join(fields))

"""Instruction counts of a warm pasted audit (issue 12), which the load of a shared machine does
not move: the first 30 eval pages pasted, audited once to warm (patterns compiled, models read),
then counted on a second pass:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no python bench/callgrind_pass.py

The instrumentation is switched on after the warm pass and off after the counted one
(callgrind_control); compare the "Collected" totals of two checkouts.
"""
import os, subprocess, sys
from pathlib import Path
sys.path.insert(0, '.')
from audit.pipeline import audit_article
from audit.segment.evaluation import labelled_pages
from audit.settings import Settings
from audit.extract import rates
pages = labelled_pages(Path(__file__).resolve().parent.parent.parent / 'shared' / 'eval' / 'trafilatura')[:30]
text = [(f"{p.file}.txt", p.flattened()) for p in pages]
s = Settings()
for n, t in text: audit_article(t, n, s)
rates.history()
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
for n, t in text: audit_article(t, n, s)
subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], check=True, capture_output=True)

"""One turn of a speed comparison, in CPU time (issue 12): a pasted page (best of 3 passes
over the first 150 eval pages, warm) and the full HTML audit against trafilatura.extract
(taking turns page by page), for the code of the current folder. Run it from two checkouts in
turn; CPU time moves less with the load of a shared machine than wall time.

    python bench/cpu_turn.py
"""
import sys, time, os
from pathlib import Path
sys.path.insert(0, '.')
from audit.pipeline import audit_article
from audit.segment.evaluation import labelled_pages
from audit.settings import Settings
from audit.extract import rates
import trafilatura
pages = labelled_pages(Path(__file__).resolve().parent.parent.parent / 'shared' / 'eval' / 'trafilatura')[:150]
text = [(f"{p.file}.txt", p.flattened()) for p in pages]
html = [(f"{p.file}.html", p.html) for p in pages]
s = Settings()
for n, t in text + html: audit_article(t, n, s)
rates.history()
for p in pages[:20]: trafilatura.extract(p.html, include_comments=False)
pt = time.process_time
best = 1e9
for _ in range(3):
    a = pt()
    for n, t in text: audit_article(t, n, s)
    best = min(best, pt() - a)
ours = theirs = 0.0
for i, p in enumerate(pages):
    runs = [("ours", lambda p=p: audit_article(p.html, "page.html", s)),
            ("theirs", lambda p=p: trafilatura.extract(p.html, include_comments=False))]
    for who, f in (runs if i % 2 else runs[::-1]):
        a = pt(); f(); d = pt() - a
        if who == "ours": ours += d
        else: theirs += d
print(f"{os.getcwd().split('/')[-1]}\tpasted {1000*best/len(text):.2f}\thtml {1000*ours/len(pages):.2f}\ttraf {1000*theirs/len(pages):.2f}\tratio {ours/theirs:.3f}\tload {os.getloadavg()[0]:.1f}", flush=True)

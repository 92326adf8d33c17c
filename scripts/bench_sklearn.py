#!/usr/bin/env python3
"""The scikit-learn side of Lede's benchmark: the same tasks on the same files as
dev.lede.bench.LedeBench, printing the same lines:
  RESULT <task> <corpus> <rep> <seconds> <info>   (one per measured repetition)
  PEAK <MB>                                         (peak resident memory of this process)
Usage: bench_sklearn.py TASK BENCH_DIR WARMUP REPS
Tasks: count-<label> (kjv-<label>.txt, one document per line), tfidf-<corpus>, cosine-chapters,
kmeans-fortunes, hclust-chapters, hclust-fortunes (the first 5,000 cookies), nb-fortunes and logreg-fortunes (5-fold cross-validation of
MultinomialNB and LogisticRegression on the fortunes' categories), svd-chapters (TruncatedSVD, arpack)
and tsne-chapters (TSNE on cosine distances); --dump-counts FILE writes term<TAB>count of count-<label> instead.

Tokens: CountVectorizer's token_pattern below is the closest regular expression to Lede's
UAX #29 tokenizer on ASCII text: letters/digits/_ runs joined across . : ' between letters and
. , ; ' between digits, hyphen-joined parts, a trailing 's dropped; lower-cased. It differs from
Lede on URLs, on runs of only '_' and on non-ASCII text (no dictionary segmentation, no emoji).
"""
import csv
import os
import resource
import sys
import time
import warnings

L = r"[^\W\d_]"
SEG = r"\w+(?:(?<=%s)(?:[.:]|'(?![sS](?!\w)))(?=%s)\w+|(?<=\d)[.,;'](?=\d)\w+)*" % (L, L)
TOKEN_PATTERN = r"(%s(?:-%s)*)(?:(?<=%s)'[sS](?!\w))?" % (SEG, SEG, L)
DEFAULT_PATTERN = r"(?u)\b\w\w+\b"  # CountVectorizer's default: words of 2+ characters
SEED = 42
K = 20
FOLDS = 5  # folds of the classifiers' cross-validation; categories with fewer fortunes are left out
# logreg-fortunes (as LedeBench): terms in at least 2 cookies (this pattern keeps every run of Chinese
# characters as one term, tens of thousands seen once), LogisticRegression's defaults (max_iter=100,
# tol=1e-4, lbfgs keeping 10 corrections), which Lede is given explicitly
LOGISTIC_MIN_DF = 2
LOGISTIC_MAX_ITER = 100
SVD_TOPICS = 20
HCLUST_DOCUMENTS = 5000  # hclust-fortunes: the first this many cookies


def read_csv(path):
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        next(r)
        rows = list(r)
    return [row[0] for row in rows], [row[2] for row in rows]


def tfidf(texts):
    from sklearn.feature_extraction.text import TfidfVectorizer
    return TfidfVectorizer(token_pattern=TOKEN_PATTERN).fit_transform(texts)


def task_fn(task, bench):
    """(corpus name, prepare() -> state, run(state) -> info)"""
    if task.startswith("count-"):
        label = task[len("count-"):]
        path = os.path.join(bench, "kjv-%s.txt" % label)

        def run(_, pattern=TOKEN_PATTERN):
            from sklearn.feature_extraction.text import CountVectorizer
            with open(path, encoding="utf-8") as f:
                cv = CountVectorizer(token_pattern=pattern)
                x = cv.fit_transform(f)
            return "vocabulary=%d tokens=%d documents=%d" % (len(cv.vocabulary_), x.sum(), x.shape[0])
        return "kjv-%s.txt" % label, lambda: None, run
    if task.startswith("tfidf-"):
        name = task[len("tfidf-"):]
        _, texts = read_csv(os.path.join(bench, name + ".csv"))

        def run(_):
            x = tfidf(texts)
            return "rows=%d columns=%d nonzeros=%d" % (x.shape[0], x.shape[1], x.nnz)
        return name, lambda: None, run
    if task == "cosine-chapters":
        _, texts = read_csv(os.path.join(bench, "chapters.csv"))

        def run(x):
            from sklearn.metrics.pairwise import cosine_similarity
            s = cosine_similarity(x)
            return "pairs=%d" % (s.shape[0] * (s.shape[0] - 1) // 2)
        return "chapters", lambda: tfidf(texts), run
    if task == "kmeans-fortunes":
        _, texts = read_csv(os.path.join(bench, "fortunes.csv"))

        def run(x):
            from sklearn.cluster import KMeans
            km = KMeans(n_clusters=K, n_init=1, random_state=SEED).fit(x)
            return "k=%d iterations=%d" % (K, km.n_iter_)
        return "fortunes", lambda: tfidf(texts), run
    if task == "hclust-chapters":
        _, texts = read_csv(os.path.join(bench, "chapters.csv"))

        def prepare():
            from sklearn.metrics.pairwise import cosine_distances
            d = cosine_distances(tfidf(texts))
            d[d < 0] = 0
            return d

        def run(d):
            from sklearn.cluster import AgglomerativeClustering
            a = AgglomerativeClustering(n_clusters=K, metric="precomputed", linkage="average").fit(d)
            return "clusters=%d" % len(set(a.labels_))
        return "chapters", prepare, run
    if task == "hclust-fortunes":
        # the first HCLUST_DOCUMENTS cookies, as LedeBench: average linkage where it takes measurable time
        _, texts = read_csv(os.path.join(bench, "fortunes.csv"))
        texts = texts[:HCLUST_DOCUMENTS]

        def prepare():
            from sklearn.metrics.pairwise import cosine_distances
            d = cosine_distances(tfidf(texts))
            d[d < 0] = 0
            return d

        def run(d):
            from sklearn.cluster import AgglomerativeClustering
            a = AgglomerativeClustering(n_clusters=K, metric="precomputed", linkage="average").fit(d)
            return "documents=%d clusters=%d" % (d.shape[0], len(set(a.labels_)))
        return "fortunes-%d" % len(texts), prepare, run
    if task in ("nb-fortunes", "logreg-fortunes"):
        csv.field_size_limit(1 << 30)
        with open(os.path.join(bench, "fortunes.csv"), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))[1:]

        def prepare():
            import collections
            import numpy as np
            from sklearn.feature_extraction.text import CountVectorizer
            x = CountVectorizer(token_pattern=TOKEN_PATTERN,
                                min_df=LOGISTIC_MIN_DF if task == "logreg-fortunes" else 1).fit_transform([r[2] for r in rows])
            n = collections.Counter(r[1] for r in rows)
            keep = np.array([n[r[1]] >= FOLDS for r in rows])
            y = np.array([r[1] for r in rows])[keep]
            x = x[keep]
            if task == "logreg-fortunes":
                x = (x > 0).astype(float)  # Lede's maximum entropy uses which terms a cookie has
            return x, y

        def run(state):
            import numpy as np
            from sklearn.model_selection import StratifiedKFold
            from sklearn.metrics import f1_score
            x, y = state
            pred = np.empty(len(y), dtype=object)
            iterations = []
            for train, test in StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED).split(x, y):
                if task == "nb-fortunes":
                    from sklearn.naive_bayes import MultinomialNB
                    m = MultinomialNB(alpha=1.0)
                else:
                    from sklearn.linear_model import LogisticRegression
                    m = LogisticRegression(C=1.0, max_iter=LOGISTIC_MAX_ITER, tol=1e-4)
                with warnings.catch_warnings():  # ConvergenceWarning at the cap: the row says the iterations
                    warnings.simplefilter("ignore")
                    pred[test] = m.fit(x[train], y[train]).predict(x[test])
                if task == "logreg-fortunes":
                    iterations.append(int(m.n_iter_[0]))
            return "documents=%d classes=%d terms=%d accuracy=%.4f macro_f1=%.4f%s" % (
                len(y), len(set(y)), x.shape[1], float((pred == y).mean()), f1_score(y, pred.astype(str), average="macro"),
                " iterations=%s" % "/".join(map(str, iterations)) if iterations else "")
        return "fortunes", prepare, run
    if task == "svd-chapters":
        _, texts = read_csv(os.path.join(bench, "chapters.csv"))

        def run(x):
            from sklearn.decomposition import TruncatedSVD
            k = min(SVD_TOPICS, min(x.shape) - 1)
            s = TruncatedSVD(n_components=k, algorithm="arpack").fit(x).singular_values_
            return "k=%d s1=%.6f s%d=%.6f" % (k, s[0], k, s[-1])
        return "chapters", lambda: tfidf(texts), run
    if task == "tsne-chapters":
        _, texts = read_csv(os.path.join(bench, "chapters.csv"))

        def prepare():
            from sklearn.metrics.pairwise import cosine_distances
            d = cosine_distances(tfidf(texts))
            d[d < 0] = 0
            return d

        def run(d):
            from sklearn.manifold import TSNE
            n = d.shape[0]
            y = TSNE(n_components=2, metric="precomputed", init="random", random_state=SEED,
                     perplexity=min(30.0, (n - 1) / 3.0), learning_rate=200.0).fit_transform(d)
            return "points=%d iterations=1000" % len(y)
        return "chapters", prepare, run
    sys.exit("bench_sklearn: unknown task %r" % task)


def measure(task, corpus, run, state, rep):
    t0 = time.perf_counter()
    info = run(state)
    dt = time.perf_counter() - t0
    print("RESULT\t%s\t%s\t%d\t%.6f\t%s" % (task, corpus, rep, dt, info), flush=True)


def main():
    args = sys.argv[1:]
    if "--dump-counts" in args:
        i = args.index("--dump-counts")
        out, path = args[i + 1], args[i + 2]
        from sklearn.feature_extraction.text import CountVectorizer
        with open(path, encoding="utf-8") as f:
            cv = CountVectorizer(token_pattern=TOKEN_PATTERN)
            x = cv.fit_transform(f)
        totals = x.sum(axis=0).A1
        with open(out, "w", encoding="utf-8") as f:
            for term, col in sorted(cv.vocabulary_.items()):
                f.write("%s\t%d\n" % (term, totals[col]))
        return
    if len(args) == 3 and args[0] == "--serve":
        # prepare, print READY, then one repetition per line "run" on stdin until "quit"
        task, bench = args[1], args[2]
        corpus, prepare, run = task_fn(task, bench)
        state = prepare()
        print("READY", flush=True)
        rep = 0
        for line in sys.stdin:
            if line.strip() == "quit":
                break
            rep += 1
            if line.split()[1:] == ["default"]:  # CountVectorizer's own token_pattern, for comparison
                measure(task, corpus, lambda st: run(st, DEFAULT_PATTERN), state, rep)
            else:
                measure(task, corpus, run, state, rep)
        print("PEAK\t%.1f" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0), flush=True)
        return
    if len(args) != 4:
        sys.exit(__doc__)
    task, bench, warmup, reps = args[0], args[1], int(args[2]), int(args[3])
    corpus, prepare, run = task_fn(task, bench)
    state = prepare()
    for _ in range(warmup):
        run(state)
    for rep in range(reps):
        measure(task, corpus, run, state, rep + 1)
    print("PEAK\t%.1f" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))


if __name__ == "__main__":
    main()

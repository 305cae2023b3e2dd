"""Batch throughput and memory: clean_many with 1 and 2 workers, and RSS over a long stream.

    python benchmarks/batch_bench.py                  # 20,000 docs for speed, 100,000 for memory
    python benchmarks/batch_bench.py --docs 2000 --stream 10000   # a quick look

The corpus is the seed texts (fixtures/seeds, else ../shared/seeds) repeated. Throughput is
measured on the same corpus for each worker count (``workers=1`` runs in-process, as users get
it without asking for processes). Memory is the resident set size of this process plus its
worker processes, sampled while a generator streams ``--stream`` documents through
``clean_many(workers=2)``; growth is the last sample minus the first one taken after warm-up.

Targets (issue 6): 2 workers >= 1.8x one; memory growth < 50 MB. CPU times are printed too:
on a shared machine they tell contention (wall time) apart from overhead (CPU time).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsclean import clean, clean_many  # noqa: E402


def seed_texts() -> list[str]:
    for d in (ROOT / "fixtures" / "seeds", ROOT.parent / "shared" / "seeds"):
        paths = sorted(d.glob("*.txt"))
        if paths:
            return [p.read_bytes().decode("utf-8") for p in paths]
    raise SystemExit("no seed texts in fixtures/seeds or ../shared/seeds")


def corpus(texts: list[str], n: int) -> Iterator[str]:
    """``n`` documents, the seeds repeated (a generator: nothing is materialised)."""
    for i in range(n):
        yield texts[i % len(texts)]


def rss_mb() -> float:
    """Resident memory of this process and all its children, in MB."""
    try:
        import psutil
    except ImportError:
        return _proc_rss_mb()
    me = psutil.Process()
    total = 0
    for p in [me, *me.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total / 2**20


def _proc_rss_mb() -> float:
    pids = [os.getpid()]
    seen = 0
    while seen < len(pids):
        pid = pids[seen]
        seen += 1
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            pids += [int(c) for c in task.read_text().split()]
    kb = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    kb += int(line.split()[1])
        except OSError:
            pass
    return kb / 1024


def throughput(texts: list[str], n: int, workers: int, chunksize: int) -> dict[str, float]:
    mb = sum(len(texts[i % len(texts)].encode()) for i in range(n)) / 1e6
    t0, c0 = time.perf_counter(), os.times()
    failed = 0
    for r in clean_many(corpus(texts, n), workers=workers, chunksize=chunksize):
        failed += not r.ok
    wall, c1 = time.perf_counter() - t0, os.times()
    parent = (c1.user - c0.user) + (c1.system - c0.system)
    children = (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system)
    return {
        "wall": wall,
        "docs_s": n / wall,
        "mb_s": mb / wall,
        "parent_cpu_ms_doc": parent / n * 1e3,
        "worker_cpu_ms_doc": children / n * 1e3,
        "failed": failed,
    }


def memory(texts: list[str], n: int, workers: int, chunksize: int) -> dict[str, float]:
    every = max(1, n // 20)
    warm = max(every, n // 10)
    samples: list[tuple[int, float]] = []
    for i, r in enumerate(clean_many(corpus(texts, n), workers=workers, chunksize=chunksize), 1):
        del r
        if i % every == 0 or i == n:
            samples.append((i, rss_mb()))
    after_warmup = [mb for i, mb in samples if i >= warm]
    return {
        "first": after_warmup[0],
        "last": after_warmup[-1],
        "peak": max(after_warmup),
        "growth": after_warmup[-1] - after_warmup[0],
        "samples": len(samples),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20_000, help="documents for throughput")
    ap.add_argument("--stream", type=int, default=100_000, help="documents for memory")
    ap.add_argument("--chunksize", type=int, default=64)
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()

    texts = seed_texts()
    t = time.perf_counter()
    clean(texts[0])  # build the default pipeline once, outside the timings
    build = time.perf_counter() - t
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"corpus: {len(texts)} seed texts repeated; {os.cpu_count()} CPUs; "
        f"load average {load:.2f}; pipeline build {build:.2f} s"
    )
    print()
    print(f"throughput on {args.docs:,} documents (chunksize {args.chunksize})")
    print(
        f"{'workers':>7} {'docs/s':>9} {'MB/s':>7} {'wall s':>8} {'parent ms/doc':>14} "
        f"{'worker ms/doc':>14} {'failed':>6}"
    )
    res = {}
    for w in (1, 2):
        r = res[w] = throughput(texts, args.docs, w, args.chunksize)
        print(
            f"{w:>7} {r['docs_s']:>9,.0f} {r['mb_s']:>7.2f} {r['wall']:>8.1f} "
            f"{r['parent_cpu_ms_doc']:>14.3f} {r['worker_cpu_ms_doc']:>14.3f} "
            f"{r['failed']:>6.0f}"
        )
    speedup = res[2]["docs_s"] / res[1]["docs_s"]
    print(
        f"speed-up 2 workers / 1: {speedup:.2f}x (target >= 1.8x) "
        f"{'OK' if speedup >= 1.8 else 'BELOW TARGET'}"
    )
    # what the CPU times allow on 2 idle cores: the serial CPU per document against the
    # parallel run's CPU (parent + workers) spread over 2 cores. On a loaded machine the
    # wall-clock ratio is set by what other processes leave; this is not.
    cpu1 = res[1]["parent_cpu_ms_doc"]
    cpu2 = res[2]["parent_cpu_ms_doc"] + res[2]["worker_cpu_ms_doc"]
    overhead = res[2]["parent_cpu_ms_doc"] / max(res[2]["worker_cpu_ms_doc"], 1e-9)
    print(
        f"CPU: serial {cpu1:.3f} ms/doc; 2 workers {cpu2:.3f} ms/doc in all "
        f"(parent overhead {overhead:.1%} of the work); "
        f"speed-up the CPU times allow on 2 idle cores: {cpu1 / (cpu2 / 2):.2f}x"
    )
    if not args.skip_memory:
        print()
        m = memory(texts, args.stream, 2, args.chunksize)
        print(f"memory over a {args.stream:,}-document stream, 2 workers, parent + children RSS:")
        print(
            f"  after warm-up {m['first']:.1f} MB, at the end {m['last']:.1f} MB, "
            f"peak {m['peak']:.1f} MB; growth {m['growth']:+.1f} MB (target < 50 MB) "
            f"{'OK' if m['growth'] < 50 else 'ABOVE TARGET'}"
        )


if __name__ == "__main__":
    main()

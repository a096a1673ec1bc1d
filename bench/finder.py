"""How well and how fast the figures finder reads: `python -m bench.finder [--real DIR] [--blind DIR] [--quick]`.

1. Precision, recall and qualifier accuracy on the sentences written for the tests (bench/finder_cases.py).
2. With --real DIR: the same on a set of real news texts annotated by hand, kept outside the repository (third-party
   text is never committed). Each file DIR/*.txt holds blocks:

       ### t01 | https://example.org/the/article
       the text, as published
       ---
       352 at_least civilians      value qualifier [unit]; a range as 500~1800 range; qualifier * accepts any
       opt 2                       a value the finder may report or not (an age, a dual that repeats a count)
       vague عشرات                 a vague quantity («عشرات», «مئات الآلاف»)

   Every third text (the 3rd, 6th, …) is the held-out part, scored apart: keep it unseen while fixing the finder.
   With --blind DIR: a set annotated apart and never seen while fixing, in the same format, held out whole.
3. Speed: one megabyte of dense Arabic news text (the written sentences, repeated) read in at most TARGET_SECONDS.

Prints one JSON object per measure; exits 1 when a target is missed (never with --quick). The lead calls measure().
"""

from __future__ import annotations

import json
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from airwars import extract
from bench.finder_cases import CASES

TARGET_SECONDS = 2.0
TARGET_SCORE = 0.95


@dataclass
class Gold:
    """One annotated text: its figures (value, value_max, qualifier, unit), optional values and vague phrases."""

    name: str
    text: str
    figures: list[tuple[float, float | None, str, str | None]]
    optional: list[float] = field(default_factory=list)
    vague: int = 0


@dataclass
class Score:
    """Counts over a set of texts, and the misses to look at."""

    texts: int = 0
    true: int = 0
    false: int = 0
    missed: int = 0
    qualifiers: int = 0
    vague_found: int = 0
    vague_annotated: int = 0
    unread: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        """Precision, recall and qualifier accuracy, rounded, with the counts behind them."""
        return {
            "texts": self.texts,
            "figures": self.true + self.missed,
            "found": self.true + self.false,
            "precision": round(self.true / max(self.true + self.false, 1), 3),
            "recall": round(self.true / max(self.true + self.missed, 1), 3),
            "qualifier_accuracy": round(self.qualifiers / max(self.true, 1), 3),
            "vague": f"{self.vague_found}/{self.vague_annotated}",
            "unread": self.unread,
        }


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-3)


def score(golds: list[Gold]) -> Score:
    """Match each value found to an annotated one (value and upper bound); the rest are wrong values or misses."""
    result = Score(texts=len(golds))
    for gold in golds:
        left, optional = list(gold.figures), list(gold.optional)
        result.vague_annotated += gold.vague
        for figure in extract.find(gold.text):
            if figure.status == extract.VAGUE_STATUS:
                result.vague_found += 1
                continue
            if figure.status == extract.UNREAD:
                result.unread += 1  # blank, not wrong
                continue
            hit = next((g for g in left if _same(g[0], figure.value) and _same(g[1], figure.value_max)), None)
            if hit:
                left.remove(hit)
                result.true += 1
                result.qualifiers += hit[2] in ("*", figure.qualifier)
            elif any(_same(o, figure.value) for o in optional):
                optional.remove(next(o for o in optional if _same(o, figure.value)))
            else:
                result.false += 1
                result.errors.append(f"{gold.name}: wrong {figure.phrase!r} = {figure.value}")
        result.missed += len(left)
        result.errors += [f"{gold.name}: missed {g}" for g in left]
    return result


def written() -> list[Gold]:
    """The written sentences as annotated texts."""
    return [
        Gold(
            name,
            sentence,
            [(v, h, q, u) for v, h, u, q, s in expected if s == "figure" and v is not None],
            vague=sum(s == "vague" for *_, s in expected),
        )
        for name, (sentence, expected) in CASES.items()
    ]


def read_annotated(directory: Path) -> list[Gold]:
    """The hand-annotated texts of a folder, in file and block order."""
    golds = []
    for path in sorted(directory.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("### ")[1:]:
            head, rest = block.split("\n", 1)
            body, annotations = rest.rsplit("\n---\n", 1)
            gold = Gold(head.split("|")[0].strip(), body, [])
            for line in annotations.splitlines():
                parts = line.split()
                if not parts:
                    continue
                if parts[0] == "opt":
                    gold.optional.append(float(parts[1]))
                elif parts[0] == "vague":
                    gold.vague += 1
                else:
                    low, _, high = parts[0].partition("~")
                    gold.figures.append(
                        (float(low), float(high) if high else None, parts[1], parts[2] if len(parts) > 2 else None)
                    )
            golds.append(gold)
    return golds


def megabyte() -> str:
    """About one megabyte (UTF-8) of dense Arabic news text: the written sentences, one after another."""
    sentences = " ".join(sentence for sentence, _ in CASES.values()) + "\n"
    size = len(sentences.encode())
    return (sentences * (extract.MAX_BYTES // size + 1)).encode()[: extract.MAX_BYTES].decode("utf-8", "ignore")


def speed(runs: int = 3) -> dict:
    """The best of a few runs reading one megabyte."""
    text = megabyte()
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        found = extract.scan(text).figures
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    # The processor time says what the finder costs when other work shares the machine's cores (wall time does not).
    return {
        "bytes": len(text.encode()),
        "figures": len(found),
        "seconds": round(min(times), 3),
        "cpu_seconds": round(min(cpu), 3),
        "target_seconds": TARGET_SECONDS,
    }


def measure(real: Path | None = None, quick: bool = False, blind: Path | None = None) -> dict:
    """Every measure, as one dictionary (see the module's docstring)."""
    results = {"written": score(written()).summary(), "speed": speed(1 if quick else 3)}
    if real is not None:
        golds = read_annotated(real)
        results["real_development"] = score([g for i, g in enumerate(golds) if i % 3 != 2]).summary()
        results["real_held_out"] = score([g for i, g in enumerate(golds) if i % 3 == 2]).summary()
    if blind is not None:
        results["real_blind"] = score(read_annotated(blind)).summary()
    return results


def missed_targets(results: dict) -> list[str]:
    """The targets a measure missed, in words."""
    missed = (
        [f"speed: {results['speed']['seconds']} s > {TARGET_SECONDS} s"]
        if results["speed"]["seconds"] > TARGET_SECONDS
        else []
    )
    for key in ("written", "real_held_out", "real_blind"):
        for metric in ("precision", "recall"):
            if key in results and results[key][metric] < TARGET_SCORE:
                missed.append(f"{key} {metric}: {results[key][metric]} < {TARGET_SCORE}")
    return missed


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    real = Path(argv[argv.index("--real") + 1]) if "--real" in argv else None
    blind = Path(argv[argv.index("--blind") + 1]) if "--blind" in argv else None
    results = measure(real, quick, blind)
    for key, value in results.items():
        print(json.dumps({key: value}, ensure_ascii=False))
    if "--errors" in argv:
        for error in score(written()).errors:
            print(error)
    missed = missed_targets(results)
    for line in missed:
        print(f"missed: {line}", file=sys.stderr)
    return 1 if missed and not quick else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""TextRank: how central each unit of a text is, by PageRank over a similarity graph."""

from __future__ import annotations

import math
from typing import Sequence

DAMPING = 0.85
ITERATIONS = 40
TOLERANCE = 1e-6


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse weighted vectors."""
    if len(b) < len(a):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values())))


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """TextRank's similarity (Mihalcea & Tarau 2004), weighted: shared weight over the log
    lengths, so a long idea is not favoured just for having many words."""
    if len(b) < len(a):
        a, b = b, a
    shared = sum(min(w, b[k]) for k, w in a.items() if k in b)
    return shared / (math.log(1 + len(a)) + math.log(1 + len(b))) if shared else 0.0


def similarity_matrix(vectors: Sequence[dict[str, float]]) -> list[list[float]]:
    """Symmetric matrix of pairwise ``overlap``, zero on the diagonal."""
    n = len(vectors)
    m = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j] = m[j][i] = overlap(vectors[i], vectors[j])
    return m


def pagerank(weights: Sequence[Sequence[float]], damping: float = DAMPING) -> list[float]:
    """Stationary score of each node of a weighted undirected graph; scores sum to 1.

    A node with no edges keeps only the teleport share, so it ranks last.
    """
    n = len(weights)
    if not n:
        return []
    out_sums = [sum(row) for row in weights]
    rank = [1.0 / n] * n
    for _ in range(ITERATIONS):
        new = [(1 - damping) / n] * n
        for j in range(n):
            if not out_sums[j]:
                continue
            share = damping * rank[j] / out_sums[j]
            for i, w in enumerate(weights[j]):
                if w:
                    new[i] += w * share
        total = sum(new)
        new = [r / total for r in new]
        if max(abs(a - b) for a, b in zip(new, rank)) < TOLERANCE:
            return new
        rank = new
    return rank

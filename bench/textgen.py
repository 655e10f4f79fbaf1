"""Original filler prose of any length, for benchmarks: varied sentences, figures and names."""

from __future__ import annotations

import random

_SUBJECTS = ["The provincial government", "Rural households", "The central bank", "Coastal cities",
             "Small manufacturers", "Public universities", "The health ministry", "Farmers in the delta",
             "Regional lenders", "Young graduates", "The Meridian Trade Council", "Port authorities"]
_VERBS = ["expanded", "reconsidered", "financed", "postponed", "modernised", "questioned", "protected",
          "simplified", "measured", "redesigned", "shared", "defended"]
_OBJECTS = ["the irrigation network", "their export plans", "a new tax on imports", "the water supply",
            "schools in remote districts", "long-term loans", "the railway to the border",
            "clinics for mothers", "the grain reserves", "solar farms in the desert"]
_TAILS = ["because prices had risen by {p} per cent", "after a survey of {n} villages",
          "at a cost of ${m} billion", "before the elections of {y}", "although critics warned of debt",
          "which surprised most observers", "as the monsoon failed again", "while the currency weakened"]


def sentence(rng: random.Random) -> str:
    tail = rng.choice(_TAILS).format(p=rng.randint(3, 60), n=rng.randint(20, 900),
                                     m=rng.randint(2, 90), y=rng.randint(1990, 2030))
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {tail}."


def prose(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out, count = [], 0
    while count < words:
        s = sentence(rng)
        out.append(s)
        count += len(s.split())
        if rng.random() < 0.15:
            out.append("\n\n")
    return " ".join(out).replace(" \n\n ", "\n\n")

"""Key points: where they come from, and how well a précis covers them.

``key_points(passage, models)`` is the passage side, done once per passage;
``assess(...)`` the précis side, done on every check; ``coverage_map`` colours
the passage by what the précis covered.
"""

from tutor.core.keypoints.coverage import assess
from tutor.core.keypoints.model import (COVERED, DETAIL, MISSING, PARTIAL, Coverage, KeyPoint, KeyPointCoverage,
                                        coverage_map)
from tutor.core.keypoints.sources import key_points

__all__ = ["COVERED", "DETAIL", "MISSING", "PARTIAL", "Coverage", "KeyPoint", "KeyPointCoverage", "assess",
           "coverage_map", "key_points"]

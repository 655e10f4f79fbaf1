"""Fitted constants of the tutor's judgements. Written by ``tools/fit_content.py`` and
``tools/fit_coverage.py``; each block says what it was fitted on and what it reached.
Edit by re-running the scripts, not by hand."""

# Content mark (tutor/core/content.py), fitted by tools/fit_content.py on CommonLit prompt
# 39c16e, reported on 3b9047:
# fit on 39c16e: weights (0.3, 0.0, 0.5, 0.2), copying penalty 0.5, amount exponent 0.5, relevant from 0.4 (power 3) (spearman 0.857 there)
#   reported on 3b9047: n=500 spearman 0.889, partial given length 0.495 (length alone 0.857); key-point coverage alone 0.712
# fit on 3b9047: weights (0.3, 0.0, 0.5, 0.2), copying penalty 0.5, amount exponent 0.5, relevant from 0.4 (power 3) (spearman 0.889 there)
#   reported on 39c16e: n=500 spearman 0.857, partial given length 0.500 (length alone 0.854); key-point coverage alone 0.573
# pooled, constants fitted on 39c16e: n=1000 spearman 0.865, partial given length 0.458 (length alone 0.847); key-point coverage alone 0.639
CONTENT_WEIGHTS = {"coverage": 0.30, "recall": 0.00, "amount": 0.50, "statements": 0.20}
COPYING_PENALTY = 0.50
AMOUNT_EXPONENT = 0.5
RECALL_FULL = 0.479
RELEVANT_SHARE = 0.40
RELEVANCE_EXPONENT = 3

# end of content mark

# Key-point labels from the coverage value (tutor/core/keypoints/matcher.py judge),
# fitted by tools/fit_coverage.py on REALSumm (one half of the references; reported on the other):
# fit half: 3179 unit judgements; covered from 0.52 (balanced accuracy 0.732)
# report half: 3112 unit judgements; balanced accuracy of covered = present 0.749, of covered or partial = present 0.735 (partial from 0.33)
# report half, bare threshold of the former labels (0.55): 0.743
COVERED_FROM = 0.52
PARTIAL_FROM = 0.33

# end of key-point labels

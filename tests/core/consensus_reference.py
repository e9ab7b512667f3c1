#!/usr/bin/env python3
"""Reference values for the group consensus test (tests/core/group_tests.cpp).

Computes AHP-OS's relative homogeneity S straight from its definition (Goepel, AHP-OS,
classes/AhpGroup.php: relHomogeneity(exp(H_beta), n) with H_beta = H_gamma - H_alpha), written
here from the formula, independently of core/group_weights.cpp:

  H(p)     = -sum p_i ln p_i
  H_alpha  = weighted mean of H(w_r) over the respondents (votes v_r)
  H_gamma  = H(weighted mean of the w_r)
  D_beta   = exp(H_gamma - H_alpha)
  S        = (1/D_beta - 1/n) / (1 - 1/n)

Run it and paste the printed numbers into the test when a case is added. Standard library only.
"""
import math


def entropy(p):
    return -sum(x * math.log(x) for x in p if x > 0)


def homogeneity(weights, votes=None):
    votes = votes or [1.0] * len(weights)
    total = sum(votes)
    n = len(weights[0])
    alpha = sum(v * entropy(w) for v, w in zip(votes, weights)) / total
    pooled = [sum(v * w[c] for v, w in zip(votes, weights)) / total for c in range(n)]
    beta = math.exp(entropy(pooled) - alpha)
    return (1 / beta - 1 / n) / (1 - 1 / n)


CASES = {
    "two who agree": ([[0.4, 0.3, 0.2, 0.1], [0.4, 0.3, 0.2, 0.1]], None),
    "two opposite": ([[0.7, 0.1, 0.1, 0.1], [0.1, 0.1, 0.1, 0.7]], None),
    "three mixed": ([[0.4, 0.3, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]], None),
    "each on one criterion": ([[0.97, 0.01, 0.01, 0.01], [0.01, 0.97, 0.01, 0.01],
                               [0.01, 0.01, 0.97, 0.01], [0.01, 0.01, 0.01, 0.97]], None),
    "weighted votes": ([[0.5, 0.2, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4], [0.3, 0.3, 0.2, 0.2]],
                       [2.0, 1.0, 0.5]),
    # Direct weights given through the engine (performance, scalability, ecosystem, use_case).
    "engine: direct weights, votes 2/1/1": ([[0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4],
                                             [0.25, 0.25, 0.25, 0.25]], [2.0, 1.0, 1.0]),
}

if __name__ == "__main__":
    for name, (weights, votes) in CASES.items():
        print(f"{name}: {homogeneity(weights, votes):.12f}")

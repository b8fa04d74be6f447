"""scipy's cKDTree on the proximity benchmark's data, for a same-run comparison (tests/bench/proximity.bench.ts).

usage: python3 ckdtree.py HOUSEHOLDS.f64 SITES.f64 nearest REPEAT OUT.i32
       python3 ckdtree.py HOUSEHOLDS.f64 SITES.f64 2sfca RADIUS_KM REPEAT OUT.f64

Inputs are packed float64 [lng, lat, ...]. One thread (workers=1). What a Python analyst would write: points on
the unit sphere in 3-D (the chord is monotone in the great-circle distance), cKDTree queries on them, the
distance of each pair kept re-measured with the haversine on turf's sphere (R = 6371.0088 km), then NumPy
bincounts for the two 2SFCA steps (population 1 + i % 4, capacity 20 + j % 50, as the benchmark). Prints one JSON
line per repetition with its CPU and wall-clock seconds, then the peak RSS.
"""
import json
import resource
import sys
import time

import numpy as np
from scipy.spatial import cKDTree

R_KM = 6371.0088


def unit(lnglat):
    lam = np.radians(lnglat[:, 0])
    phi = np.radians(lnglat[:, 1])
    c = np.cos(phi)
    return np.column_stack((c * np.cos(lam), c * np.sin(lam), np.sin(phi)))


def haversine(a, b):
    dlat = np.radians(b[:, 1] - a[:, 1])
    dlon = np.radians(b[:, 0] - a[:, 0])
    x = np.sin(dlat / 2) ** 2 + np.sin(dlon / 2) ** 2 * np.cos(np.radians(a[:, 1])) * np.cos(np.radians(b[:, 1]))
    return 2 * np.arctan2(np.sqrt(x), np.sqrt(1 - x)) * R_KM


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main():
    households = np.fromfile(sys.argv[1]).reshape(-1, 2)
    sites = np.fromfile(sys.argv[2]).reshape(-1, 2)
    task = sys.argv[3]
    if task == 'nearest':
        repeat, out = int(sys.argv[4]), sys.argv[5]
        for _ in range(repeat):
            c0, w0 = cpu(), time.perf_counter()
            tree = cKDTree(unit(sites))
            _, index = tree.query(unit(households), k=1, workers=1)
            km = haversine(households, sites[index])
            print(json.dumps({'cpu': cpu() - c0, 'wall': time.perf_counter() - w0}), flush=True)
        index.astype(np.int32).tofile(out)
    else:
        radius_km, repeat, out = float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
        population = 1 + (np.arange(len(households)) % 4)
        capacity = 20 + (np.arange(len(sites)) % 50)
        for _ in range(repeat):
            c0, w0 = cpu(), time.perf_counter()
            chord = 2 * np.sin(radius_km / R_KM / 2) * (1 + 1e-9)
            pairs = cKDTree(unit(sites)).sparse_distance_matrix(cKDTree(unit(households)), chord, output_type='coo_matrix')
            j, i = pairs.row, pairs.col
            keep = haversine(households[i], sites[j]) <= radius_km
            i, j = i[keep], j[keep]
            demand = np.bincount(j, weights=population[i], minlength=len(sites))
            ratio = np.where(demand > 0, capacity / np.where(demand > 0, demand, 1), 0)
            score = np.bincount(i, weights=ratio[j], minlength=len(households))
            print(json.dumps({'cpu': cpu() - c0, 'wall': time.perf_counter() - w0, 'pairs': int(len(i))}), flush=True)
            del pairs, i, j, keep
        score.tofile(out)
    print(json.dumps({'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)


if __name__ == '__main__':
    main()

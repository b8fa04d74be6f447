"""NumPy's bincount on the columnar reach benchmark's codes, for a same-run comparison
(tests/bench/reachColumnar.bench.ts).

usage: python3 bincount.py DIR N SIZES REPEAT

DIR holds district.i32, language.i32, year.i32 (codes) and eligible.u8, enrolled.u8; SIZES is the dictionaries'
sizes joined by commas. What a Python analyst would write: the cell of each record with ravel_multi_index, then one
bincount of cell × 6 + eligibility × 2 + enrolled (the six outcome counters per cell the library keeps). Prints
one JSON line per repetition with its CPU and wall-clock seconds, then the result's checksum.
"""
import json
import resource
import sys
import time

import numpy as np


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main():
    d, n, sizes, repeat = sys.argv[1], int(sys.argv[2]), [int(s) for s in sys.argv[3].split(',')], int(sys.argv[4])
    codes = [np.fromfile(f'{d}/{name}.i32', dtype=np.int32) for name in ('district', 'language', 'year')]
    eligible = np.fromfile(f'{d}/eligible.u8', dtype=np.uint8)
    enrolled = np.fromfile(f'{d}/enrolled.u8', dtype=np.uint8)
    cells = int(np.prod(sizes))
    counts = None
    for _ in range(repeat):
        c0, w0 = cpu(), time.perf_counter()
        cell = np.ravel_multi_index(codes[::-1], sizes[::-1])
        counts = np.bincount(cell * 6 + eligible.astype(np.int64) * 2 + enrolled, minlength=cells * 6)
        print(json.dumps({'cpu': cpu() - c0, 'wall': time.perf_counter() - w0}))
    print(json.dumps({'checksum': int(counts.sum()), 'n': n}))


main()

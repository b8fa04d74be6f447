// Test helpers for the disclosure module: an independent check of what a reader can recover from a published
// table. Written apart from src/disclosure/internal so the property tests do not grade the code with itself.

export { caught } from '../helpers/caught.ts';

const P = 1_000_003; // prime; bipartite incidence matrices are totally unimodular, so rank mod P equals rank over Q

function mod(a: number): number {
  const r = a % P;
  return r < 0 ? r + P : r;
}

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

/** Rank of an integer matrix over GF(P). */
export function rank(matrix: number[][]): number {
  const m = matrix.map((row) => row.map(mod));
  const rows = m.length;
  const cols = rows === 0 ? 0 : (m[0] as number[]).length;
  let r = 0;
  for (let c = 0; c < cols && r < rows; c++) {
    let pivot = -1;
    for (let i = r; i < rows; i++) if ((m[i] as number[])[c] !== 0) { pivot = i; break; }
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const pr = m[r] as number[];
    const inv = inverse(pr[c] as number);
    for (let j = 0; j < cols; j++) pr[j] = Number((BigInt(pr[j] as number) * BigInt(inv)) % BigInt(P));
    for (let i = 0; i < rows; i++) {
      if (i === r) continue;
      const row = m[i] as number[];
      const f = row[c] as number;
      if (f === 0) continue;
      for (let j = 0; j < cols; j++) row[j] = mod((row[j] as number) - Number((BigInt(f) * BigInt(pr[j] as number)) % BigInt(P)));
    }
    r++;
  }
  return r;
}

/**
 * Given which entries of a list are withheld and the linear equations the published table satisfies
 * (each equation: coefficients per entry, summing to 0), returns the withheld entries that the equations
 * determine exactly.
 */
export function recoverable(withheld: boolean[], equations: number[][]): number[] {
  const unknowns: number[] = [];
  withheld.forEach((w, e) => { if (w) unknowns.push(e); });
  const a = equations.map((eq) => unknowns.map((u) => eq[u] ?? 0)).filter((row) => row.some((x) => x !== 0));
  const base = rank(a);
  const out: number[] = [];
  unknowns.forEach((u, k) => {
    const unit = unknowns.map((_, j) => (j === k ? 1 : 0));
    if (rank([...a, unit]) === base) out.push(u);
  });
  return out;
}

/** Equations of a two-way table with margins on an (R+1)×(C+1) grid, entry (i, j) at i·(C+1)+j. */
export function twoWayEquations(rows: number, columns: number): number[][] {
  const width = columns + 1;
  const size = (rows + 1) * width;
  const equations: number[][] = [];
  for (let i = 0; i <= rows; i++) {
    const eq = new Array<number>(size).fill(0);
    for (let j = 0; j < columns; j++) eq[i * width + j] = 1;
    eq[i * width + columns] = -1;
    equations.push(eq);
  }
  for (let j = 0; j <= columns; j++) {
    const eq = new Array<number>(size).fill(0);
    for (let i = 0; i < rows; i++) eq[i * width + j] = 1;
    eq[rows * width + j] = -1;
    equations.push(eq);
  }
  return equations;
}

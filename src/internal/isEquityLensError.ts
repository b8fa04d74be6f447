import { type EquityLensError, equityLensErrorBrand } from './errors.ts';

/**
 * Tells whether a caught value is an error thrown by equity-lens: the one check that works everywhere.
 *
 * `error instanceof EquityLensError` is true only for errors from the same copy of the library as the class you
 * imported. An application that loads both the ESM build (`import`) and the CommonJS build (`require`), or two
 * versions of the package, has two classes; every {@link EquityLensError} carries a registered symbol that all
 * copies share, and this function checks it.
 *
 * @param error - Anything caught in a `catch` block.
 * @returns `true` when `error` is an {@link EquityLensError} from any copy of equity-lens; it is then typed as one,
 *   with its `code`, `path` and `issues`.
 * @category Errors
 * @example
 * ```ts
 * import { isEquityLensError } from "./isEquityLensError.ts";
 * import { EquityLensError } from "./errors.ts";
 *
 * isEquityLensError(new EquityLensError("empty", "values", "gini: values is empty; pass at least one value.")); // => true
 * isEquityLensError(new Error("something else")); // => false
 * isEquityLensError("a string"); // => false
 * ```
 */
export function isEquityLensError(error: unknown): error is EquityLensError {
  return typeof error === 'object' && error !== null && (error as { [equityLensErrorBrand]?: unknown })[equityLensErrorBrand] === true;
}

/**
 * The library version written into provenance records. A test keeps it equal to package.json's version.
 *
 * @internal
 * @module
 */

/** The equity-lens version, as in package.json. */
export const LIBRARY_VERSION = '0.1.0';

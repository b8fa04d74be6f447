/**
 * Proximity — how far people are from service. Great-circle distances, nearest site, coverage within a radius, provider-to-population ratios, 2SFCA / E2SFCA / gravity accessibility and maximal-covering site planning.
 *
 * Import it alone with `import { … } from "equity-lens/proximity"`, or from the package root.
 *
 * @module proximity
 */

export {};

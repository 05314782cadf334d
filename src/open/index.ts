/**
 * The opener: one place that picks the route a graph takes (standard: the whole graph; compact:
 * typed arrays of one view) by input size and by what is asked, for the CLI, the library, the
 * notebooks and the web app (`./browser.ts`, without the file functions). Node-only.
 */
export * from './browser.js';
export { inputBytes, loadCompactGraph, openGraph, openView, routeFor, type CompactLoadOptions, type LoadProgress, type OpenOptions } from './files.js';

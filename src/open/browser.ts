/**
 * The browser-safe half of the opener: route choice, the opener for texts in memory, and the
 * opened-graph types. The web app imports this file; `./index.ts` adds files (Node only).
 */
export { COMPACT_MIN_BYTES, DEFAULTS as ROUTE_DEFAULTS, LOADERS, STREAMED_FORMATS, RouteError, chooseRoute, type Loader, type Route, type RouteRequest } from './route.js';
export { compactLoadOfGraph, viewOfGraph, viewOfLoad, viewOfOpened, type KeepOptions, type OpenedGraph, type OpenedView } from './opened.js';
export { loadCompactTexts, openGraphTexts, openTexts, type OpenTextsOptions } from './texts.js';
export { UNTYPED, type CompactLoad, type SpinoffTies } from '../metrics/compact-view.js';
export { describeView } from '../metrics/view-rules.js';

/**
 * Streaming readers and the compact loader: CSV directories and native JSON read in chunks,
 * validated element by element, straight into the indexed form metrics run on. Node-only.
 */
export { loadCompactGraph, type CompactLoad, type CompactLoadOptions, type LoadProgress } from './compact-load.js';
export { CompactGraphBuilder, UNTYPED, type CompactBuildOptions, type KeepOptions, type SpinoffTies } from './compact-builder.js';
export { CsvRecordParser, type CsvRecordHandler } from './csv-records.js';
export { JsonElementScanner, JsonScanFailure, type JsonElementHandlers } from './json-elements.js';
export { TextDecodeFailure, readTextChunks, type TextChunkOptions } from './text-chunks.js';

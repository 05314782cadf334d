/**
 * Streaming readers: CSV directories and native JSON read in chunks and validated element by
 * element into the compact form of the graph, every valid tie handed to a sink. Node-only (the
 * browser-safe half is `compact-read.ts`).
 */
export { graphInputBytes, readCompactGraph, type CompactReadOptions, type LoadProgress } from './compact-load.js';
export { feedCsv, feedJson, readCompactSources, readCompactTexts, type CsvSources, type TextSource } from './compact-read.js';
export { CompactGraphBuilder, UNTYPED, type CompactBuildOptions, type KeepOptions, type SpinoffTies } from './compact-builder.js';
export { CsvRecordParser, type CsvRangeHandler, type CsvRecordHandler } from './csv-records.js';
export { JsonElementScanner, JsonScanFailure, type JsonElementHandlers, type PlainEdge } from './json-elements.js';
export { TextDecodeFailure, readTextChunks, type TextChunkOptions } from './text-chunks.js';

/** The progress callback long-running measures accept (the CLI draws a line on stderr from it). */
export type ProgressCallback = (done: number, total: number) => void;

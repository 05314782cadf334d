// Entry of ecograph's measure worker threads. Workers do not inherit the TypeScript loader of the
// thread that starts them (vitest, tsx's CLI registration, or none), so this plain module loads the
// TypeScript worker through tsx's API, which works the same under all of them.
import { tsImport } from 'tsx/esm/api';

await tsImport('./measure-worker.ts', import.meta.url);

/**
 * The web app's module graph: relative imports (`.js` specifiers naming `.ts` files) are followed
 * transitively, re-exports count, packages are collected with one importing file, and type-only
 * imports of packages are left out (they vanish from the bundle).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appModules } from '../../scripts/web-app-sources.js';
import { WEB_DIR } from '../../scripts/web-app.js';

describe('appModules', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ecograph-app-sources-'));
    await mkdir(join(root, 'web'));
    await mkdir(join(root, 'lib'));
    await writeFile(
      join(root, 'web', 'main.ts'),
      [
        "import Graph from 'graphology';",
        "import type { Attributes } from 'graphology-types';",
        "import { a } from '../lib/a.js';",
        "export { b } from '../lib/b.js';",
        "import './style.js';",
        'console.log(a);',
      ].join('\n'),
    );
    await writeFile(join(root, 'web', 'style.ts'), "import 'sigma';\n");
    await writeFile(join(root, 'lib', 'a.ts'), "import { b } from './b.js';\nimport Graph from 'graphology';\nexport const a = b;\n");
    await writeFile(join(root, 'lib', 'b.ts'), "import { a } from './a.js';\nexport const b = 1;\n");
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('follows relative imports and re-exports through cycles, once per file', async () => {
    const { files } = await appModules(join(root, 'web', 'main.ts'));
    expect([...files].map((f) => f.slice(root.length)).sort()).toEqual(['/lib/a.ts', '/lib/b.ts', '/web/main.ts', '/web/style.ts']);
  });

  it('lists the packages imported for their values, each with the first file found importing it', async () => {
    const { packages } = await appModules(join(root, 'web', 'main.ts'));
    expect([...packages.keys()].sort()).toEqual(['graphology', 'sigma']);
    expect(packages.get('graphology')).toBe(join(root, 'web', 'main.ts'));
    expect(packages.get('sigma')).toBe(join(root, 'web', 'style.ts'));
  });

  it('fails naming the file when an import leads nowhere', async () => {
    await writeFile(join(root, 'web', 'broken.ts'), "import { x } from './missing.js';\n");
    await expect(appModules(join(root, 'web', 'broken.ts'))).rejects.toThrow(/missing\.ts/);
  });

  it('reaches the library modules the real app imports', async () => {
    const { files } = await appModules(join(WEB_DIR, 'src', 'main.ts'));
    expect([...files].some((f) => f.endsWith('/src/model/schema.ts'))).toBe(true);
  });
});

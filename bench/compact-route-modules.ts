/**
 * The modules that `openView` and `loadCompactGraph` import on their first compact load (they are
 * imported lazily, so that a command that never loads a graph does not compile them). A bench child
 * that times a load imports them before starting its clock, so that the time is the load's and not
 * module loading: the other tools' load times leave out `import igraph`, `import networkit` and
 * graphology's `require` in the same way.
 */
export async function importCompactRouteModules(): Promise<void> {
  await Promise.all([import('../src/io/stream/compact-load.js'), import('../src/metrics/compact-view.js'), import('../src/open/compact-opened.js')]);
}

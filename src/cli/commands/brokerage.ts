import { ROLES, gouldFernandez, type BrokerageScores } from '../../metrics/brokerage/gould-fernandez.js';
import { burtConstraint } from '../../metrics/structural-holes/constraint.js';
import { effectiveSize } from '../../metrics/structural-holes/effective-size.js';
import { groupFunction } from '../../metrics/brokerage/groups.js';
import { buildView } from '../../metrics/view.js';
import { describeView } from '../../metrics/view-rules.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { undirectedViewOptions, viewOptionsFrom } from '../view-options.js';

const finite = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);

/** What the table shows in the group column for a node without the `--group` attribute. */
const NO_GROUP = '(none)';

/** Short table headers of the roles, so that a table with ids fits 120 columns (named in --help). */
const TABLE_HEADERS: Partial<Record<string, string>> = { coordinator: 'coord', itinerant: 'itin', representative: 'repr', gatekeeper: 'gate' };

interface Row {
  id: string;
  label: string;
  kind: string | null;
  /** The node's group, or null when it lacks the `--group` attribute (such nodes form one group). */
  group: string | null;
  roles: BrokerageScores;
  constraint: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
}

export default defineCommand({
  name: 'brokerage',
  summary: 'Gould–Fernandez brokerage roles (equal to R sna::brokerage) and Burt structural holes (equal to NetworkX).',
  description: `Gould–Fernandez roles run on the directed view (a collaboration counts both ways): for every
two-path a → v → b with no tie a → b, v is coordinator (a, v, b in one group; sna w_I), itinerant
(a and b in one group, v in another; w_O), representative (a and v in one group; b_IO), gatekeeper
(v and b in one group; b_OI) or liaison (three groups; b_O); total = t. z holds sna's z.nli
z-scores (null where sna's sd is 0). Groups come from --group (default: kind); nodes without that
attribute form one group, shown as (none) (null in JSON, an empty cell in CSV).
Burt's constraint, effective size and efficiency (= effective size / degree) run on the undirected
view, equal to nx.constraint and nx.effective_size (tie strengths when --weighted; null for isolated
nodes). Rows are sorted by total brokerage, descending. The table's short headers: coord, itin, repr,
gate = coordinator, itinerant, representative, gatekeeper; constr = constraint; eff size = effective
size; effic = efficiency; --format csv or json has the full names.`,
  positionals: [graphPositional],
  options: {
    group: { type: 'string', valueName: 'ATTR', default: 'kind', description: 'node attribute that defines the groups' },
    ...undirectedViewOptions,
    top: { type: 'number', valueName: 'N', description: 'only the first N nodes' },
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: ['ecograph brokerage graphs/kyoto-life-science.json --top 10', 'ecograph brokerage graphs/sapporo-valley.json --group sector --format json'],
  async run({ positionals, options }, io) {
    if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) throw new UsageError('--top expects a positive integer');
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const viewOpts = viewOptionsFrom(options);
    const directed = buildView(graph, { ...viewOpts, directed: true });
    const undirected = buildView(graph, viewOpts);
    const groupOf = groupFunction(graph, options.group);
    if (options.group !== 'kind' && !graph.someNode((_n, a) => a[options.group] !== undefined))
      throw new UsageError(`--group: no node has the attribute "${options.group}"`);
    const roles = gouldFernandez(directed.graph, groupOf);
    const constraint = burtConstraint(undirected.graph);
    const effective = effectiveSize(undirected.graph);
    const rows: Row[] = directed.graph.nodes().map((id) => {
      const attrs = graph.getNodeAttributes(id);
      const eff = effective.get(id)!;
      return {
        id,
        label: attrs.label,
        kind: attrs.kind ?? null,
        group: attrs[options.group] === undefined || attrs[options.group] === null ? null : groupOf(id),
        roles: roles.get(id)!,
        constraint: finite(constraint.get(id)),
        effectiveSize: finite(eff.effectiveSize),
        efficiency: finite(eff.efficiency),
      };
    });
    rows.sort((a, b) => b.roles.total - a.roles.total || (a.constraint ?? Infinity) - (b.constraint ?? Infinity) || a.label.localeCompare(b.label));
    const shown = options.top !== undefined ? rows.slice(0, options.top) : rows;
    const json = {
      view: directed.view,
      structuralHolesView: undirected.view,
      group: options.group,
      nodes: shown.map((r) => ({
        id: r.id,
        label: r.label,
        kind: r.kind,
        group: r.group,
        ...Object.fromEntries(ROLES.map((role) => [role, r.roles[role]])),
        z: Object.fromEntries(ROLES.map((role) => [role, finite(r.roles.z[role])])),
        constraint: r.constraint,
        effectiveSize: r.effectiveSize,
        efficiency: r.efficiency,
      })),
    };
    const table = options.format === 'table';
    const columns: Column<Row>[] = [
      { header: 'id', whole: true, value: (r) => r.id },
      { header: 'label', minWidth: 16, value: (r) => r.label },
      { header: 'group', minWidth: 10, value: (r) => (table ? (r.group ?? NO_GROUP) : r.group) },
      ...ROLES.map((role) => ({ header: table ? (TABLE_HEADERS[role] ?? role) : role, numeric: true, value: (r: Row) => r.roles[role] })),
      ...(table ? [{ header: 'z(total)', numeric: true, value: (r: Row) => finite(r.roles.z.total) }] : ROLES.map((role) => ({ header: `z.${role}`, value: (r: Row) => finite(r.roles.z[role]) }))),
      { header: table ? 'constr' : 'constraint', numeric: true, value: (r) => r.constraint },
      { header: table ? 'eff size' : 'effectiveSize', numeric: true, value: (r) => r.effectiveSize },
      { header: table ? 'effic' : 'efficiency', numeric: true, value: (r) => r.efficiency },
    ];
    const title = `${path}: brokerage roles on the ${describeView(directed.view, graph.size)}, groups by ${options.group}; structural holes on the undirected view`;
    await emit(io, options, { json, columns, rows: shown, title });
    return 0;
  },
});

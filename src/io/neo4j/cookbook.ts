/**
 * The Cypher cookbook: the researchers' questions asked of a graph pushed with
 * `ecograph neo4j push`, each beside the `ecograph` command that answers it from a file. The
 * docs/guide/neo4j.md shows these texts and the Neo4j tests check that they return what the commands return.
 */

export interface CookbookEntry {
  title: string;
  /** Parameters the query takes, with an example value. */
  params: Record<string, string>;
  cypher: string;
  /** The same question answered from a file. */
  ecograph: string;
}

export const COOKBOOK = {
  brokers: {
    title: 'Brokerage start-ups between universities and anchor companies',
    params: {},
    cypher: `MATCH (u:University)--(f:Firm)--(a:AnchorCompany)
WITH f, collect(DISTINCT u) AS us, collect(DISTINCT a) AS ans
RETURN f.id AS firm, f.label AS label,
       [u IN us | u.id] AS universities, [a IN ans | a.id] AS anchors,
       reduce(n = 0, u IN us | n + size([a IN ans WHERE NOT EXISTS { (u)--(a) }])) AS brokeredPairs
ORDER BY brokeredPairs DESC, firm`,
    ecograph: 'ecograph brokers graphs/kyoto-life-science.json --between university --and anchor --via firm',
  },
  generations: {
    title: "Spin-off generations of an anchor's tree, by variable-length paths",
    params: { root: 'nippon-gakki' },
    cypher: `MATCH p = (:Actor {id: $root})-[:SPUN_OFF*1..]->(d:Actor)
WITH d, max(length(p)) AS generation
RETURN d.id AS id, d.label AS label, generation
ORDER BY generation, id`,
    ecograph: 'ecograph lineage graphs/hamamatsu-spinoffs.json --root nippon-gakki',
  },
  ego: {
    title: "An actor's ego network (the actor, its neighbours and the ties between the actor and them)",
    params: { id: 'kyoto-university' },
    cypher: `MATCH (n:Actor {id: $id})-[r]-(m:Actor)
RETURN n, r, m`,
    ecograph: `ecograph neo4j pull ego.json --query 'MATCH (n:Actor {id: $id})-[r]-(m:Actor) RETURN n, r, m' --params '{"id":"kyoto-university"}'`,
  },
} as const satisfies Record<string, CookbookEntry>;

import { api } from "./fixture.ts";

/**
 * What the API itself answers, for tests that derive their expectations from the data instead of
 * from the seed's counts: the first `first` contact-point IDs for a filter, and how many there are.
 */
export async function contactPoints(
  filter: Record<string, unknown>,
  first: number,
): Promise<{ ids: string[]; totalCount: number }> {
  const response = await fetch(`${api()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      query: `query Ids($filter: ContactPointFilter, $first: Int!) {
        contactPoints(filter: $filter, first: $first) { totalCount edges { node { id } } }
      }`,
      variables: { filter, first },
    }),
  });
  const { data } = (await response.json()) as {
    data: { contactPoints: { totalCount: number; edges: { node: { id: string } }[] } };
  };
  return {
    ids: data.contactPoints.edges.map((edge) => edge.node.id),
    totalCount: data.contactPoints.totalCount,
  };
}

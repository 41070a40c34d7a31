import type { Client } from './http-client';

/** Ids of every activity dated `day` that the signed-in user sees, through every page of the list. */
export async function activityIdsOn(
  client: Client,
  cookie: string,
  day: string,
): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page++) {
    const res = await client({
      url: `/api/v1/activities?from=${day}&to=${day}&pageSize=500&page=${page}`,
      cookie,
    });
    if (res.status !== 200) throw new Error(`activities list: ${res.status} ${res.body}`);
    const body = JSON.parse(res.body) as { items: Array<{ id: string }> };
    for (const item of body.items) ids.add(item.id);
    if (body.items.length < 500) return ids;
  }
}

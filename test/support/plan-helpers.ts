import JSZip from 'jszip';
import { expect } from 'vitest';
import type { PlanReceiptsResponse } from '../../src/contracts/plan-receipts.contract';
import type { TodayLine, TodayResponse } from '../../src/contracts/today.contract';
import type { TestApp } from './test-app';

/** Signed-in requests of several users (the demo password unless given) against one test app. */
export function asUsers(t: TestApp, passwords: Record<string, string> = {}) {
  const cookies = new Map<string, string>();
  const cookie = async (who: string): Promise<string> => {
    const known = cookies.get(who);
    if (known) return known;
    const fresh = await t.login(who, passwords[who]);
    cookies.set(who, fresh);
    return fresh;
  };
  return {
    get: async (url: string, who: string) =>
      t.app.inject({ url, headers: { cookie: await cookie(who) } }),
    send: async (method: 'POST' | 'PATCH', url: string, who: string, payload: object = {}) =>
      t.app.inject({ method, url, headers: { cookie: await cookie(who) }, payload }),
  };
}

/** A unit's id found by its name, as `who` can see it. */
export async function unitIdByName(
  http: ReturnType<typeof asUsers>,
  who: string,
  search: string,
  name: string,
): Promise<string> {
  const items: Array<{ id: string; name: string }> = (
    await http.get(`/api/v1/units?search=${encodeURIComponent(search)}&limit=100`, who)
  ).json().items;
  const found = items.find((u) => u.name === name);
  if (!found) throw new Error(`unit ${name} not found`);
  return found.id;
}

/** The text of a DOCX answer (document.xml without its tags). */
export async function docxText(raw: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(raw)).file('word/document.xml')?.async('string');
  return (xml ?? '').replace(/<[^>]+>/g, '');
}

/** The lines of `who`'s today view under "Văn bản đến" (documents sent to their unit). */
export async function todayDocuments(
  http: ReturnType<typeof asUsers>,
  who: string,
): Promise<TodayLine[]> {
  const res = await http.get('/api/v1/today', who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TodayResponse>().groups.find((g) => g.key === 'documents')?.lines ?? [];
}

/** Who a plan was sent to and who has confirmed receiving it, as `who` reads it. */
export async function planReceipts(
  http: ReturnType<typeof asUsers>,
  id: string,
  who: string,
): Promise<PlanReceiptsResponse> {
  const res = await http.get(`/api/v1/plans/${id}/receipts`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PlanReceiptsResponse>();
}

import type { TestApp } from './test-app';
import { formBody } from './upload-form';

/** Signs in the named demo users and finds demo unit ids by search (as admin). */
export async function demoSession(
  t: TestApp,
  users: string[],
  unitSearches: Record<string, string>,
) {
  const cookies = new Map<string, string>();
  for (const u of ['admin', ...users]) cookies.set(u, await t.login(u));
  const units = new Map<string, string>();
  for (const [key, q] of Object.entries(unitSearches)) {
    const res = await t.app.inject({
      url: `/api/v1/units?search=${encodeURIComponent(q)}`,
      headers: { cookie: cookies.get('admin') ?? '' },
    });
    const id = res.json<{ items: Array<{ id: string }> }>().items[0]?.id;
    if (!id) throw new Error(`unit ${q} not found`);
    units.set(key, id);
  }
  const as = (who: string) => ({ cookie: cookies.get(who) ?? '' });
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    who: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
  const upload = async (url: string, who: string, bytes: Uint8Array, name = 'tep.bin') => {
    const form = await formBody({ size: String(bytes.length), file: { name, bytes } });
    return t.app.inject({
      method: 'PUT',
      url,
      headers: { ...as(who), ...form.headers },
      payload: form.payload,
    });
  };
  /** The id of a child of a looked-up unit, by its exact name. */
  const child = async (parentKey: string, name: string): Promise<string> => {
    const res = await call('GET', `/api/v1/units?parentId=${units.get(parentKey) ?? ''}`, 'admin');
    const id = res
      .json<{ items: Array<{ id: string; name: string }> }>()
      .items.find((u) => u.name === name)?.id;
    if (!id) throw new Error(`${name} not found`);
    units.set(`${parentKey}/${name}`, id);
    return id;
  };
  const unit = (key: string): string => {
    const id = units.get(key);
    if (!id) throw new Error(`unit ${key} not looked up`);
    return id;
  };
  return { cookies, unit, child, call, upload };
}

import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useMe } from '../auth/session';
import { unitKeys } from '../units/units.api';

/**
 * Which of these units lie in the user's own subtree (the rest are the units above, whose issued
 * plans reach the user). The API answers 404 outside one's scope, so a unit it shows is ours.
 * Unknown (still loading) units are left out of both sets.
 */
export function useOwnUnits(unitIds: string[]): { own: Set<string>; above: Set<string> } {
  const me = useMe();
  const others = [...new Set(unitIds)].filter((id) => id !== me.unit.id);
  const results = useQueries({
    queries: others.map((id) => ({
      queryKey: unitKeys.detail(id),
      queryFn: () => api.get('/units/{id}', { path: { id } }),
      retry: false,
      staleTime: 5 * 60_000,
    })),
  });
  const own = new Set([me.unit.id]);
  const above = new Set<string>();
  results.forEach((r, i) => {
    const id = others[i];
    if (!id) return;
    if (r.isSuccess) own.add(id);
    else if (r.isError) above.add(id);
  });
  return { own, above };
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface PlanPhase {
  planId: string;
  planLabel: string;
  name: string;
  from: string;
  to: string;
}

/** The phases (đợt) of the issued plans the user can see, newest first: one request. */
export const phasesQuery = {
  queryKey: ['plans', 'phases'] as const,
  queryFn: async (): Promise<PlanPhase[]> => {
    // Issued plans alone: a list of every status would cut them off behind newer drafts.
    const { items } = await api.get('/plans', { query: { issued: 'true' } });
    return items
      .flatMap((p) =>
        p.phases.map((ph) => ({
          planId: p.id,
          planLabel: [p.numberText, p.title].filter(Boolean).join(' — '),
          name: ph.name,
          from: ph.from,
          to: ph.to,
        })),
      )
      .sort((a, b) => b.from.localeCompare(a.from) || a.name.localeCompare(b.name));
  },
  staleTime: 5 * 60_000,
};
export const usePhases = () => useQuery(phasesQuery);

/** The phase under way on a day, else the latest one already begun (or null). */
export function currentPhase(phases: PlanPhase[], day: string): PlanPhase | null {
  const running = phases.find((p) => p.from <= day && day <= p.to);
  return running ?? phases.find((p) => p.from <= day) ?? null;
}

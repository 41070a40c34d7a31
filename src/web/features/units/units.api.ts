import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateUnitRequest,
  ImportUnitsRequest,
  UpdateUnitRequest,
} from '../../../contracts/units.contract';
import { api } from '../../api/client';

export const unitKeys = {
  all: ['units'] as const,
  roots: () => ['units', 'roots'] as const,
  children: (parentId: string) => ['units', 'children', parentId] as const,
  search: (q: string) => ['units', 'search', q] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
};

/** Children of one unit, inactive ones included so that they can be reactivated. */
export const childrenQuery = (parentId: string) => ({
  queryKey: unitKeys.children(parentId),
  queryFn: async () =>
    (await api.get('/units', { query: { parentId, includeInactive: 'true', limit: 500 } })).items,
});

/** The roots of the tree: the signed-in user's own unit. */
export const useRootUnits = () =>
  useQuery({
    queryKey: unitKeys.roots(),
    queryFn: async () => (await api.get('/units')).items,
  });

/** Units whose name matches, diacritics ignored by the server; disabled for an empty query. */
export const useUnitSearch = (q: string, limit = 50) =>
  useQuery({
    queryKey: [...unitKeys.search(q), limit],
    queryFn: async () =>
      (await api.get('/units', { query: { search: q, limit, includeInactive: 'true' } })).items,
    enabled: q.trim().length > 0,
    placeholderData: (previous) => previous,
  });

export const useUnitDetail = (id: string | undefined) =>
  useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: () => api.get('/units/{id}', { path: { id: id ?? '' } }),
    enabled: Boolean(id),
    retry: false,
  });

/** Any unit change may move names, counts and branches around: refetch every unit view. */
function useUnitMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export const useCreateUnit = (key: string) =>
  useUnitMutation((body: CreateUnitRequest) => api.create('/units', { body }, key));

export const useUpdateUnit = (id: string) =>
  useUnitMutation((body: UpdateUnitRequest) => api.patch('/units/{id}', { path: { id }, body }));

export const useMoveUnit = (id: string) =>
  useUnitMutation((parentId: string) =>
    api.post('/units/{id}/move', { path: { id }, body: { parentId } }),
  );

export const useSetUnitActive = (id: string) =>
  useUnitMutation((active: boolean) =>
    api.post(active ? '/units/{id}/activate' : '/units/{id}/deactivate', { path: { id } }),
  );

export const useImportUnits = () =>
  useUnitMutation((body: ImportUnitsRequest) => api.post('/units/import', { body }));

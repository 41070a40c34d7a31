import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const membersKey = (groupId: string) => ['groups', groupId, 'members'] as const;

/** Current members of a working group. */
export const useGroupMembers = (groupId: string) =>
  useQuery({
    queryKey: membersKey(groupId),
    queryFn: async () => (await api.get('/groups/{id}/members', { path: { id: groupId } })).items,
  });

/** Units under the group's parent matching `q`: the members picker. */
export const useMemberCandidates = (groupId: string, q: string) =>
  useQuery({
    queryKey: ['groups', groupId, 'candidates', q],
    queryFn: async () =>
      (await api.get('/units', { query: { search: q, candidatesFor: groupId, limit: 30 } })).items,
    enabled: q.trim().length > 0,
    placeholderData: (previous) => previous,
  });

export function useMemberChange(groupId: string, key: string) {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ['groups', groupId] });
  return {
    add: useMutation({
      mutationFn: (body: { memberId: string; role?: string }) =>
        api.create('/groups/{id}/members', { path: { id: groupId }, body }, key),
      onSuccess: done,
    }),
    remove: useMutation({
      mutationFn: (memberId: string) =>
        api.delete('/groups/{id}/members/{memberId}', { path: { id: groupId, memberId } }),
      onSuccess: done,
    }),
  };
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, UpdateUserRequest } from '../../../contracts/accounts.contract';
import { api } from '../../api/client';

const usersKey = ['users'] as const;

export const useUsers = (filter: { search?: string; unitId?: string }) =>
  useQuery({
    queryKey: [...usersKey, filter],
    queryFn: async () => (await api.get('/users', { query: filter })).items,
    placeholderData: (previous) => previous,
  });

export function useCreateUser(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api.create('/users', { body }, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserRequest & { id: string }) =>
      api.patch('/users/{id}', { path: { id }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

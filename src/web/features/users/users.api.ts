import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateUserRequest,
  UpdateUserRequest,
  UserListResponse,
  UserResponse,
} from '../../../contracts/accounts.contract';
import { api } from '../../api/client';

const usersKey = ['users'] as const;

export const useUsers = (filter: { search?: string; unitId?: string }) =>
  useQuery({
    queryKey: [...usersKey, filter],
    queryFn: async () => (await api.get<UserListResponse>('/users', filter)).items,
    placeholderData: (previous) => previous,
  });

export function useCreateUser(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api.create<UserResponse>('/users', body, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserRequest & { id: string }) =>
      api.patch<UserResponse>(`/users/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

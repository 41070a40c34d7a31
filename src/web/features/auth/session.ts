import { createContext, useContext } from 'react';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeResponse } from '../../../contracts/accounts.contract';
import { api, isApiError } from '../../api/client';

export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session (401). */
export const meQuery = {
  queryKey: meKey,
  queryFn: async (): Promise<MeResponse | null> => {
    try {
      return await api.get('/me', undefined, { allowUnauthenticated: true });
    } catch (e) {
      if (isApiError(e) && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
} as const;

export function useMeQuery() {
  return useQuery(meQuery);
}

export const MeContext = createContext<MeResponse | null>(null);

/** The signed-in user inside the authenticated part of the app. */
export function useMe(): MeResponse {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside an authenticated route');
  return me;
}

/** Whether the signed-in user's role grants an action (permissions come from /me). */
export function useCan(permission: string): boolean {
  return useMe().permissions.includes(permission);
}

/**
 * Drops every cached answer of the previous user but keeps the `me` query itself, so that the
 * components watching it hear about the change (clearing the whole cache would orphan them).
 */
function forgetOtherQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post('/auth/login', { body }, { allowUnauthenticated: true }),
    onSuccess: (me) => {
      forgetOtherQueries(queryClient);
      queryClient.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/logout', {}, { allowUnauthenticated: true }),
    onSettled: () => {
      queryClient.setQueryData(meKey, null);
      forgetOtherQueries(queryClient);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      // A wrong current password may come back as 401; that must not end the session here.
      api.post('/me/password', { body }, { allowUnauthenticated: true }),
  });
}

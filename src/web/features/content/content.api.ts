import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ContentResponse,
  CreateContentRequestSchema,
  RecipientListResponseSchema,
} from '../../../contracts/content.contract';
import { api } from '../../api/client';
import { sendForm } from '../../api/with-progress';

export type { ContentResponse };
export type CreateContentRequest = z.infer<typeof CreateContentRequestSchema>;
export type RecipientList = z.infer<typeof RecipientListResponseSchema>;
export type ContentKind = ContentResponse['kind'];

export const contentKeys = {
  all: ['content'] as const,
  list: (f: object) => ['content', 'list', f] as const,
  one: (id: string) => ['content', 'one', id] as const,
  recipients: (id: string) => ['content', 'recipients', id] as const,
  speech: ['speech'] as const,
};

export const useContentList = (f: {
  kind?: ContentKind;
  status?: ContentResponse['status'];
  search?: string;
  page?: number;
}) =>
  useQuery({
    queryKey: contentKeys.list(f),
    queryFn: () => api.get('/content', { query: { ...f, pageSize: 50 } }),
  });

export const useContentItem = (id: string | null) =>
  useQuery({
    queryKey: contentKeys.one(id ?? ''),
    queryFn: () => api.get('/content/{id}', { path: { id: id ?? '' } }),
    enabled: !!id,
  });

/** Who may approve a draft, named to its author ("Người duyệt"). */
export const useContentApprovers = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...contentKeys.one(id), 'approvers'],
    queryFn: () => api.get('/content/{id}/approvers', { path: { id } }),
    enabled,
  });

export const useRecipients = (id: string | null, enabled: boolean) =>
  useQuery({
    queryKey: contentKeys.recipients(id ?? ''),
    queryFn: () => api.get('/content/{id}/recipients', { path: { id: id ?? '' } }),
    enabled: !!id && enabled,
  });

export const useSpeechStatus = () =>
  useQuery({
    queryKey: contentKeys.speech,
    queryFn: () => api.get('/speech'),
    staleTime: 10 * 60_000,
  });

/** Content changes feed activities and the schedule too: refresh them all. */
function useContentMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        ['content', 'activities', 'broadcasts', 'claims'].map((k) =>
          qc.invalidateQueries({ queryKey: [k] }),
        ),
      ),
  });
}

export const useCreateContent = (key: string) =>
  useContentMutation((body: CreateContentRequest) => api.create('/content', { body }, key));
export const useUploadFile = (onProgress: (p: number) => void) =>
  useContentMutation((v: { id: string; file: File }) =>
    sendForm(
      'put',
      '/content/{id}/file',
      { path: { id: v.id } },
      { size: String(v.file.size), file: v.file },
      onProgress,
    ),
  );
/** Deletes a draft (its author's, or one of the user's unit); refused once approved. */
export const useDeleteContent = () =>
  useContentMutation((id: string) => api.delete('/content/{id}', { path: { id } }));
export const useApprove = () =>
  useContentMutation((v: { id: string; version: number }) =>
    api.post('/content/{id}/approve', { path: { id: v.id }, body: { version: v.version } }),
  );
export const useDistribute = () =>
  useContentMutation((v: { id: string; unitIds: string[]; includeSubtree: boolean }) =>
    api.post('/content/{id}/distribute', {
      path: { id: v.id },
      body: { unitIds: v.unitIds, includeSubtree: v.includeSubtree },
    }),
  );
export const useAcknowledge = () =>
  useContentMutation((id: string) =>
    api.post('/content/{id}/acknowledge', { path: { id }, body: {} }),
  );
export const usePublish = () =>
  useContentMutation((id: string) => api.post('/content/{id}/publish', { path: { id }, body: {} }));
export const useSpeak = (key: string) =>
  useContentMutation(
    (body: { unitId: string; title: string; text: string; claimId?: string | null }) =>
      api.create('/content/speech', { body }, key),
  );

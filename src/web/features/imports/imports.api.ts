import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ImportDocumentRequestSchema,
  ImportDocumentResponse,
  RecordFiguresRequestSchema,
  RecordFiguresResponseSchema,
} from '../../../contracts/imports.contract';
import type { PlanContentRequest } from '../../../contracts/plans.contract';
import { api } from '../../api/client';
import { postWithProgress } from '../../api/with-progress';

export type ImportDocumentRequest = z.infer<typeof ImportDocumentRequestSchema>;
export type { ImportDocumentResponse };
export type RecordFiguresRequest = z.infer<typeof RecordFiguresRequestSchema>;
export type RecordFiguresResponse = z.infer<typeof RecordFiguresResponseSchema>;

/** Sends a document to be read; nothing is saved yet, so no cached query changes. */
export const useReadDocument = (onProgress: (percent: number) => void) =>
  useMutation({
    mutationFn: (body: ImportDocumentRequest) => postWithProgress('/imports', { body }, onProgress),
  });

/** Creates the draft plan; lists and registers of plans then change. */
export const useCreateDraftPlan = (key: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: string; content: Partial<PlanContentRequest> }) =>
      api.create('/plans', { body }, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
};

/** Records the figures as activities, which feed figures, compliance and reports. */
export const useRecordFigures = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordFiguresRequest) => api.post('/imports/figures', { body }),
    onSuccess: () =>
      Promise.all(
        ['activities', 'progress', 'reports'].map((k) =>
          queryClient.invalidateQueries({ queryKey: [k] }),
        ),
      ),
  });
};

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ImportDocumentResponse,
  RecordFiguresRequestSchema,
  RecordFiguresResponseSchema,
} from '../../../contracts/imports.contract';
import type { PlanContentRequest } from '../../../contracts/plans.contract';
import { api } from '../../api/client';
import { sendForm } from '../../api/with-progress';

export type { ImportDocumentResponse };
export type RecordFiguresRequest = z.infer<typeof RecordFiguresRequestSchema>;
export type RecordFiguresResponse = z.infer<typeof RecordFiguresResponseSchema>;

/** What is sent to be read: the file as picked, and the unit it is for. */
export interface ImportDocumentRequest {
  file: File;
  unitId: string;
}

/** Sends a document to be read; nothing is saved yet, so no cached query changes. */
export const useReadDocument = (onProgress: (percent: number) => void) =>
  useMutation({
    mutationFn: (v: ImportDocumentRequest) =>
      sendForm('post', '/imports', {}, { unitId: v.unitId, file: v.file }, onProgress),
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

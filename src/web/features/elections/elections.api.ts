import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddMilestoneRequestSchema,
  SubUnitListResponseSchema,
  CandidateListResponseSchema,
  CandidateRequestSchema,
  CreateElectionRequestSchema,
  ElectionListResponseSchema,
  ElectionResponseSchema,
  ImportPollingResponseSchema,
  MilestoneListResponseSchema,
  PollingResponseSchema,
  ResultListResponseSchema,
  ResultRequestSchema,
  UpdateMilestoneRequestSchema,
  VoterInfoRequestSchema,
  VoterInfoResponseSchema,
} from '../../../contracts/elections.contract';
import { api } from '../../api/client';
import { sendForm } from '../../api/with-progress';

export type ElectionList = z.infer<typeof ElectionListResponseSchema>;
export type Election = z.infer<typeof ElectionResponseSchema>;
export type CreateElection = z.infer<typeof CreateElectionRequestSchema>;
export type Milestone = z.infer<typeof MilestoneListResponseSchema>['items'][number];
export type MilestoneUpdate = z.infer<typeof UpdateMilestoneRequestSchema>;
export type Polling = z.infer<typeof PollingResponseSchema>;
export type ImportReport = z.infer<typeof ImportPollingResponseSchema>;
export type Candidate = z.infer<typeof CandidateListResponseSchema>['items'][number];
export type CandidateInput = z.infer<typeof CandidateRequestSchema>;
export type ResultItem = z.infer<typeof ResultListResponseSchema>['items'][number];
export type ResultInput = z.infer<typeof ResultRequestSchema>;
export type VoterInfo = z.infer<typeof VoterInfoResponseSchema>['items'][number];
export type VoterInfoInput = z.infer<typeof VoterInfoRequestSchema>;

const key = (id: string, part: string) => ['elections', id, part] as const;

export const useElections = () =>
  useQuery({ queryKey: ['elections'], queryFn: () => api.get('/elections') });
export const useElection = (id: string) =>
  useQuery({
    queryKey: key(id, 'one'),
    queryFn: () => api.get('/elections/{id}', { path: { id } }),
  });
export const useMilestones = (id: string) =>
  useQuery({
    queryKey: key(id, 'milestones'),
    queryFn: () => api.get('/elections/{id}/milestones', { path: { id } }),
  });
export const usePolling = (id: string) =>
  useQuery({
    queryKey: key(id, 'polling'),
    queryFn: () => api.get('/elections/{id}/polling', { path: { id } }),
  });
export const useCandidates = (id: string) =>
  useQuery({
    queryKey: key(id, 'candidates'),
    queryFn: () => api.get('/elections/{id}/candidates', { path: { id } }),
  });
export const useResults = (id: string) =>
  useQuery({
    queryKey: key(id, 'results'),
    queryFn: () => api.get('/elections/{id}/results', { path: { id } }),
  });
export const useVoterInfo = (unitId: string) =>
  useQuery({
    queryKey: ['voter-info', unitId],
    queryFn: () => api.get('/voter-info', { query: { unitId } }),
    enabled: !!unitId,
  });

/** A mutation that refreshes everything about elections when it succeeds. */
function useElectionMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['elections'] }),
  });
}

export const useCreateElection = (key: string) =>
  useElectionMutation((body: CreateElection) => api.create('/elections', { body }, key));
export const useUpdateElection = (id: string) =>
  useElectionMutation((body: Partial<CreateElection>) =>
    api.patch('/elections/{id}', { path: { id }, body }),
  );
/** A milestone marked done (or reopened) with its evidence: the file as the user picked it. */
export interface MilestoneEvidence {
  done: boolean;
  note?: string;
  url?: string;
  file?: File;
}
/**
 * Saves what the dialog changed: the evidence first (the part most often refused, before anything
 * is saved), then the edit.
 */
export const useUpdateMilestone = (electionId: string) =>
  useElectionMutation(
    async (v: { id: string; edit?: MilestoneUpdate; evidence?: MilestoneEvidence }) => {
      const path = { id: electionId, milestoneId: v.id };
      const ev = v.evidence;
      if (ev)
        await sendForm(
          'put',
          '/elections/{id}/milestones/{milestoneId}/evidence',
          { path },
          { done: ev.done ? 'true' : 'false', note: ev.note, url: ev.url, file: ev.file },
        );
      if (v.edit)
        await api.patch('/elections/{id}/milestones/{milestoneId}', { path, body: v.edit });
    },
  );
/** Sends a spreadsheet of districts and polling areas as a form: checked only, or saved whole. */
export const useImportPolling = (electionId: string) =>
  useElectionMutation(({ file, dryRun }: { file: File; dryRun: boolean }) =>
    sendForm(
      'post',
      '/elections/{id}/polling/import',
      { path: { id: electionId } },
      { file, ...(dryRun ? { dryRun: 'true' as const } : {}) },
    ),
  );
export const useSaveCandidate = (key: string) =>
  useElectionMutation(({ id, body }: { id?: string; body: CandidateInput }) =>
    id
      ? api.put('/candidates/{id}', { path: { id }, body })
      : api.create('/candidates', { body }, key),
  );
export const useDeleteCandidate = () =>
  useElectionMutation((id: string) => api.delete('/candidates/{id}', { path: { id } }));
export const useCandidatePhoto = () =>
  useElectionMutation(({ id, file }: { id: string; file: File }) =>
    sendForm('put', '/candidates/{id}/photo', { path: { id } }, { photo: file }),
  );
export const usePublish = () =>
  useElectionMutation(
    ({ districtId, what }: { districtId: string; what: 'candidates' | 'results' }) =>
      api.post(
        what === 'candidates'
          ? '/districts/{id}/publish-candidates'
          : '/districts/{id}/publish-results',
        { path: { id: districtId } },
      ),
  );
export const useSaveResult = () =>
  useElectionMutation((body: ResultInput) => api.put('/results', { body }));
export const useSaveVoterInfo = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VoterInfoInput) => api.put('/voter-info', { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['voter-info'] }),
  });
};

export type NewMilestone = z.infer<typeof AddMilestoneRequestSchema>;
export type SubUnitRow = z.infer<typeof SubUnitListResponseSchema>['items'][number];
/** A sub-unit's completion as the dialog sends it: the photo as the user picked it. */
export interface SubUnitCompletion {
  doneOn: string;
  note?: string;
  photo: File;
}

export const useAddMilestone = (electionId: string, key: string) =>
  useElectionMutation((body: NewMilestone) =>
    api.create('/elections/{id}/milestones', { path: { id: electionId }, body }, key),
  );
export const useDeleteMilestone = (electionId: string) =>
  useElectionMutation((id: string) =>
    api.delete('/elections/{id}/milestones/{milestoneId}', {
      path: { id: electionId, milestoneId: id },
    }),
  );
export const useSubUnits = (electionId: string, milestoneId: string) =>
  useQuery({
    queryKey: key(electionId, `sub-units-${milestoneId}`),
    queryFn: () =>
      api.get('/elections/{id}/milestones/{milestoneId}/sub-units', {
        path: { id: electionId, milestoneId },
      }),
  });
export const useCompleteSubUnit = (electionId: string, milestoneId: string) =>
  useElectionMutation(({ unitId, body }: { unitId: string; body: SubUnitCompletion }) =>
    sendForm(
      'put',
      '/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}',
      { path: { id: electionId, milestoneId, unitId } },
      body,
    ),
  );
export const useReopenSubUnit = (electionId: string, milestoneId: string) =>
  useElectionMutation((unitId: string) =>
    api.delete('/elections/{id}/milestones/{milestoneId}/sub-units/{unitId}', {
      path: { id: electionId, milestoneId, unitId },
    }),
  );
export const subUnitPhotoUrl = (electionId: string, milestoneId: string, unitId: string) =>
  `/api/v1/elections/${electionId}/milestones/${milestoneId}/sub-units/${unitId}/photo`;

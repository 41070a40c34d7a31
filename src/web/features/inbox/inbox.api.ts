import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IssuedPdfResponse } from '../../../contracts/certificates.contract';
import type { InboxItemResponse, InboxResponse } from '../../../contracts/inbox.contract';
import { api } from '../../api/client';
import { download } from '../plans/download-file';

export const useInbox = () =>
  useQuery({
    queryKey: ['inbox'] as const,
    queryFn: () => api.get<InboxResponse>('/inbox'),
  });

type Item = Pick<InboxItemResponse, 'kind' | 'entityId'>;

/** Where an incoming document lives in the API: a plan, or a sơ kết (a report). */
export function documentPaths(item: Item) {
  const id = encodeURIComponent(item.entityId);
  const base = item.kind === 'plan' ? `/plans/${id}` : `/reports/${id}`;
  return {
    pdf: `/api/v1${base}/document.pdf`,
    status: `${base}/issued-pdf`,
    /** What opening it records: a plan's "Đã nhận", a sơ kết's reading by the unit above. */
    receive: item.kind === 'plan' ? `${base}/acknowledge` : `${base}/read`,
  };
}

/** Opening a document in "Văn bản đến" records its receipt, as "Đã nhận" on a plan does. */
export function useReceive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (item: Item) => api.post<unknown>(documentPaths(item).receive, {}),
    onSuccess: (_, item) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['inbox'] }),
        qc.invalidateQueries({ queryKey: ['plans', 'receipts', item.entityId] }),
        qc.invalidateQueries({ queryKey: ['today'] }),
      ]),
  });
}

/** Whether the document's signed PDF is made and who signed it; asked again while it is made. */
export const useDocumentPdf = (item: Item) =>
  useQuery({
    queryKey: ['inbox', 'pdf', item.kind, item.entityId] as const,
    queryFn: () => api.get<IssuedPdfResponse>(documentPaths(item).status),
    retry: false,
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? 10_000 : false),
  });

/** Downloads the signed PDF; the first download may make it, after which its signer is known. */
export function useDownloadDocument(item: Item) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => download(documentPaths(item).pdf, 'van-ban.pdf'),
    onSettled: () => qc.invalidateQueries({ queryKey: ['inbox', 'pdf', item.kind, item.entityId] }),
  });
}

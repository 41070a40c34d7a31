import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InboxItemResponse } from '../../../contracts/inbox.contract';
import { api } from '../../api/client';
import { download } from '../plans/download-file';

export const useInbox = () =>
  useQuery({
    queryKey: ['inbox'] as const,
    queryFn: () => api.get('/inbox'),
  });

type Item = Pick<InboxItemResponse, 'kind' | 'entityId'>;

/** Where an incoming document's PDF lives in the API: a plan's, or a sơ kết's (a report). */
export function documentPdfUrl(item: Item) {
  const id = encodeURIComponent(item.entityId);
  return item.kind === 'plan'
    ? `/api/v1/plans/${id}/document.pdf`
    : `/api/v1/reports/${id}/document.pdf`;
}

/** What opening it records: a plan's "Đã nhận", a sơ kết's reading by the unit above. */
const receive = (item: Item): Promise<unknown> =>
  item.kind === 'plan'
    ? api.post('/plans/{id}/acknowledge', { path: { id: item.entityId }, body: {} })
    : api.post('/reports/{id}/read', { path: { id: item.entityId } });

/** Opening a document in "Văn bản đến" records its receipt, as "Đã nhận" on a plan does. */
export function useReceive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: receive,
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
    queryFn: () =>
      api.get(item.kind === 'plan' ? '/plans/{id}/issued-pdf' : '/reports/{id}/issued-pdf', {
        path: { id: item.entityId },
      }),
    retry: false,
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? 10_000 : false),
  });

/** Downloads the signed PDF; the first download may make it, after which its signer is known. */
export function useDownloadDocument(item: Item) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => download(documentPdfUrl(item), 'van-ban.pdf'),
    onSettled: () => qc.invalidateQueries({ queryKey: ['inbox', 'pdf', item.kind, item.entityId] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { sendForm } from '../../api/with-progress';

const key = (unitId: string) => ['units', 'certificate', unitId] as const;

export const useUnitCertificate = (unitId: string) =>
  useQuery({
    queryKey: key(unitId),
    queryFn: () => api.get('/units/{id}/certificate', { path: { id: unitId } }),
    retry: false,
  });

/** The files as picked; an image left out keeps the one held. */
export interface CertificateUpload {
  certificate: File;
  password: string;
  seal?: File;
  signature?: File;
}

export function useUploadCertificate(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (form: CertificateUpload) =>
      sendForm('put', '/units/{id}/certificate', { path: { id: unitId } }, form),
    onSuccess: (data) => qc.setQueryData(key(unitId), data),
  });
}

export function useRemoveCertificate(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/units/{id}/certificate', { path: { id: unitId } }),
    onSuccess: () => qc.setQueryData(key(unitId), { certificate: null }),
  });
}

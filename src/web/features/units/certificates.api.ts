import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const key = (unitId: string) => ['units', 'certificate', unitId] as const;

export const useUnitCertificate = (unitId: string) =>
  useQuery({
    queryKey: key(unitId),
    queryFn: () => api.get('/units/{id}/certificate', { path: { id: unitId } }),
    retry: false,
  });

export interface CertificateUpload {
  fileBase64: string;
  password: string;
  sealPngBase64?: string;
  signaturePngBase64?: string;
}

export function useUploadCertificate(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificateUpload) =>
      api.put('/units/{id}/certificate', { path: { id: unitId }, body }),
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

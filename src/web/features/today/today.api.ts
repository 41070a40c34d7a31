import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** "Việc cần làm" of the signed-in user, from one request. */
export const useToday = () => useQuery({ queryKey: ['today'], queryFn: () => api.get('/today') });

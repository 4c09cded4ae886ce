import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';

export type Me = Schemas['Me'] & { language?: string | null; timeZone?: string | null };

export function useMe(enabled = true) {
  return useQuery({
    queryKey: ['me'],
    enabled,
    staleTime: 5 * 60 * 1000,
    queryFn: async () => unwrap(await api.GET('/api/v1/me')) as Me,
  });
}

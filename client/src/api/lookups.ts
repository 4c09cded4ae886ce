import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';

const hour = 60 * 60 * 1000;

export type QueuePermission = 'create' | 'move_into' | 'rw' | 'ro';

export function useQueues(permission?: QueuePermission) {
  return useQuery({
    queryKey: ['lookups', 'queues', permission ?? 'ro'],
    staleTime: hour,
    queryFn: async () => {
      return unwrap(await api.GET('/api/v1/queues', { params: { query: permission ? { permission } : {} } }));
    },
  });
}

export function useStates() {
  return useQuery({
    queryKey: ['lookups', 'states'],
    staleTime: hour,
    queryFn: async () => unwrap(await api.GET('/api/v1/states')),
  });
}

export function usePriorities() {
  return useQuery({
    queryKey: ['lookups', 'priorities'],
    staleTime: hour,
    queryFn: async () => unwrap(await api.GET('/api/v1/priorities')),
  });
}

export function useTypes() {
  return useQuery({
    queryKey: ['lookups', 'types'],
    staleTime: hour,
    queryFn: async () => unwrap(await api.GET('/api/v1/types')),
  });
}

export function useServices(enabled = true) {
  return useQuery({
    queryKey: ['lookups', 'services'],
    enabled,
    staleTime: hour,
    queryFn: async () => unwrap(await api.GET('/api/v1/services')),
  });
}

export function useSlas(enabled = true) {
  return useQuery({
    queryKey: ['lookups', 'slas'],
    enabled,
    staleTime: hour,
    queryFn: async () => unwrap(await api.GET('/api/v1/slas')),
  });
}

export type Agent = Schemas['Agent'];

export function useAgents(search = '') {
  return useQuery({
    queryKey: ['lookups', 'agents', search],
    staleTime: 5 * 60 * 1000,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/agents', { params: { query: { search, permission: 'owner', limit: 100 } } }),
      ),
  });
}

export type CustomerUser = Schemas['CustomerUser'];

export function useCustomerUsers(search: string) {
  return useQuery({
    queryKey: ['lookups', 'customer-users', search],
    enabled: search.trim().length >= 2,
    staleTime: 60 * 1000,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/customer-users', { params: { query: { search, limit: 10 } } })),
  });
}

/** Pending states need a time: OTRS state types "pending reminder" and "pending auto". */
export const isPendingType = (typeName?: string | null) => (typeName ?? '').startsWith('pending');

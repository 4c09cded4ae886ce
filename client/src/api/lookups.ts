import { useQuery } from '@tanstack/react-query';
import { api, request, unwrap, type Schemas } from '@/api/client';

const hour = 60 * 60 * 1000;

export type QueuePermission = 'create' | 'move_into' | 'rw' | 'ro';

export function useQueues(permission?: QueuePermission) {
  return useQuery({
    queryKey: ['lookups', 'queues', permission ?? 'ro'],
    staleTime: hour,
    queryFn: async () => {
      if (!permission) return unwrap(await api.GET('/api/v1/queues'));
      // The permission filter arrives with the spa-api branch; older servers ignore the parameter.
      return request<Schemas['Queue'][]>(`/api/v1/queues?permission=${permission}`);
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

export interface Agent {
  id: number;
  login: string;
  firstName?: string;
  lastName?: string;
  fullName?: string;
}

export function useAgents(search = '') {
  return useQuery({
    queryKey: ['lookups', 'agents', search],
    staleTime: 5 * 60 * 1000,
    queryFn: () => request<Agent[]>(`/api/v1/agents?search=${encodeURIComponent(search)}&permission=owner`),
  });
}

export interface CustomerUser {
  login: string;
  firstName?: string;
  lastName?: string;
  fullName?: string;
  email?: string;
  customerId?: string;
  companyName?: string;
}

export function useCustomerUsers(search: string) {
  return useQuery({
    queryKey: ['lookups', 'customer-users', search],
    enabled: search.trim().length >= 2,
    staleTime: 60 * 1000,
    queryFn: () =>
      request<CustomerUser[]>(`/api/v1/customer-users?search=${encodeURIComponent(search)}&limit=10`),
  });
}

/** Pending states need a time: OTRS state types "pending reminder" and "pending auto". */
export const isPendingType = (typeName?: string | null) => (typeName ?? '').startsWith('pending');

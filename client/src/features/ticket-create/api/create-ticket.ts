import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';

export function useCreateTicket() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (command: Schemas['CreateTicketCommand']) =>
      unwrap(await api.POST('/api/v1/tickets', { body: command })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

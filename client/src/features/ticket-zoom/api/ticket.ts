import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, authFetch, unwrap, type Schemas } from '@/api/client';

export type TicketDetails = Schemas['TicketDetails'];
export type Article = Schemas['Article'];
export const ticketKey = (id: string) => ['ticket', id] as const;

export function useTicket(id: string) {
  return useQuery({
    queryKey: ticketKey(id),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/tickets/{ticket}', {
          params: { path: { ticket: id }, query: { articlePageSize: 100, articleOrder: 'asc' } },
        }),
      ),
  });
}

export interface TicketChange {
  title?: string;
  queueId?: number;
  stateId?: number;
  pendingUntil?: string | null;
  priorityId?: number;
  typeId?: number | null;
  serviceId?: number | null;
  slaId?: number | null;
  ownerId?: number;
  responsibleId?: number;
  lock?: boolean;
  customerUser?: string;
  customerId?: string | null;
}

/** PATCH with the version we showed: if someone else changed the ticket meanwhile the server answers 409. */
export function useUpdateTicket(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ change, version }: { change: TicketChange; version?: string }) =>
      unwrap(
        await api.PATCH('/api/v1/tickets/{ticket}', {
          params: { path: { ticket: id } },
          body: change as never,
          headers: version ? { 'If-Match': `"${version.replace(/"/g, '')}"` } : {},
        }),
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ticketKey(id) }),
        client.invalidateQueries({ queryKey: ['tickets'] }),
      ]),
  });
}

export type NewArticle = Schemas['AddArticleRequest'];

export function useAddArticle(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (article: NewArticle) =>
      unwrap(
        await api.POST('/api/v1/tickets/{ticket}/articles', {
          params: { path: { ticket: id } },
          body: article,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ticketKey(id) }),
        client.invalidateQueries({ queryKey: ['tickets'] }),
      ]),
  });
}

export function useHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ticketKey(id), 'history'],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tickets/{ticket}/history', { params: { path: { ticket: id } } })),
  });
}

export function useLinks(id: string) {
  return useQuery({
    queryKey: [...ticketKey(id), 'links'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tickets/{ticket}/links', { params: { path: { ticket: id } } })),
  });
}

export function useWatchers(id: string) {
  return useQuery({
    queryKey: [...ticketKey(id), 'watchers'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tickets/{ticket}/watchers', { params: { path: { ticket: id } } })),
  });
}

export function useTicketAction(id: string) {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: ticketKey(id) });
  return {
    addLink: useMutation({
      mutationFn: async (body: Schemas['LinkRequest']) =>
        unwrap(await api.POST('/api/v1/tickets/{ticket}/links', { params: { path: { ticket: id } }, body })),
      onSuccess: done,
    }),
    removeLink: useMutation({
      mutationFn: async (other: string) =>
        unwrap(
          await api.DELETE('/api/v1/tickets/{ticket}/links/{other}', {
            params: { path: { ticket: id, other } },
          }),
        ),
      onSuccess: done,
    }),
    watch: useMutation({
      mutationFn: async (userId?: number) =>
        unwrap(
          await api.POST('/api/v1/tickets/{ticket}/watchers', {
            params: { path: { ticket: id } },
            body: userId ? { userId } : {},
          }),
        ),
      onSuccess: done,
    }),
    unwatch: useMutation({
      mutationFn: async (userId: number) =>
        unwrap(
          await api.DELETE('/api/v1/tickets/{ticket}/watchers/{userId}', {
            params: { path: { ticket: id, userId } },
          }),
        ),
      onSuccess: done,
    }),
    merge: useMutation({
      mutationFn: async (intoTicket: string) =>
        unwrap(
          await api.POST('/api/v1/tickets/{ticket}/merge', {
            params: { path: { ticket: id } },
            body: { intoTicket },
          }),
        ),
      onSuccess: () => Promise.all([done(), client.invalidateQueries({ queryKey: ['tickets'] })]),
    }),
  };
}

/** Attachments need the bearer token, so they are fetched and handed to the browser as a blob. */
export async function downloadAttachment(
  ticketId: number,
  articleId: number,
  attachment: Schemas['Attachment'],
) {
  const url = new URL(
    `/api/v1/tickets/${ticketId}/articles/${articleId}/attachments/${attachment.id}`,
    location.origin,
  );
  const res = await authFetch(new Request(url));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = attachment.filename ?? 'attachment';
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

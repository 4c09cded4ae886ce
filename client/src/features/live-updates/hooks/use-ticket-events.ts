import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { readEvents, type TicketEvent } from '@/features/live-updates/api/event-stream';
import { session } from '@/lib/session';

/** Lists and zooms are TanStack queries; a change event marks them stale so open screens refetch. */
export function useTicketEvents(enabled: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    let lastId: string | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    const invalidate = (event?: TicketEvent) => {
      void client.invalidateQueries({ queryKey: ['tickets'] });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
      void client.invalidateQueries({
        queryKey: event ? ['ticket', String(event.ticketId)] : ['ticket'],
      });
    };
    const run = async () => {
      let delay = 500;
      while (!abort.signal.aborted) {
        try {
          const end = await readEvents(
            lastId,
            (event, id) => {
              lastId = id ?? lastId;
              invalidate(event);
            },
            abort.signal,
          );
          if (end === 'unsupported') {
            // Servers before the events endpoint: poll every second so changes still show within 2 s.
            poll = setInterval(() => invalidate(), 1000);
            return;
          }
          if (end === 'unauthorized' && !(await session.refresh())) return;
          delay = 500;
        } catch {
          if (abort.signal.aborted) return;
          delay = Math.min(delay * 2, 15_000);
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    };
    void run();
    return () => {
      abort.abort();
      clearInterval(poll);
    };
  }, [client, enabled]);
}

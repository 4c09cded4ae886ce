import { session } from '@/lib/session';

export interface TicketEvent {
  id?: number;
  ticketId: number;
  ticketNumber?: string;
  queueId?: number;
  kind: string;
  historyType?: string;
  articleId?: number;
  userId?: number;
  at?: string;
}

export interface SseFrame {
  id?: string;
  event: string;
  data: string;
}

/** Splits a Server-Sent Events text stream into frames (WHATWG HTML §9.2.6, without retry handling). */
export function createSseParser(onFrame: (frame: SseFrame) => void) {
  let buffer = '';
  let frame: { id?: string; event?: string; data: string[] } = { data: [] };
  return (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (frame.data.length > 0)
          onFrame({ id: frame.id, event: frame.event ?? 'message', data: frame.data.join('\n') });
        frame = { data: [] };
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') frame.data.push(value);
      else if (field === 'event') frame.event = value;
      else if (field === 'id') frame.id = value;
    }
  };
}

export type StreamEnd = 'closed' | 'unsupported' | 'unauthorized';

/**
 * Reads GET /api/v1/events with fetch (EventSource cannot send the Authorization header) until the server
 * closes it or the signal aborts. Resolves with why it ended.
 */
export async function readEvents(
  lastEventId: string | undefined,
  onEvent: (event: TicketEvent, id: string | undefined) => void,
  signal: AbortSignal,
): Promise<StreamEnd> {
  if (session.needsRefresh()) await session.refresh();
  const headers: Record<string, string> = { Accept: 'text/event-stream' };
  const token = session.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (lastEventId) headers['Last-Event-ID'] = lastEventId;
  const res = await fetch(new URL('/api/v1/events', location.origin), { headers, signal });
  if (res.status === 404) return 'unsupported';
  if (res.status === 401) return 'unauthorized';
  if (!res.ok || !res.body) return 'closed';
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parse = createSseParser((frame) => {
    if (frame.event !== 'ticket') return;
    try {
      onEvent(JSON.parse(frame.data) as TicketEvent, frame.id);
    } catch {
      // A malformed frame is skipped; the next refresh catches up.
    }
  });
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return 'closed';
    parse(value);
  }
}

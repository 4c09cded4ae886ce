import { describe, expect, it } from 'vitest';
import { createSseParser, type SseFrame } from '@/features/live-updates/api/event-stream';

describe('SSE parser', () => {
  it('joins frames split across chunks and keeps ids', () => {
    const frames: SseFrame[] = [];
    const parse = createSseParser((f) => frames.push(f));
    parse(': keep-alive\n\nid: 7\nevent: ticket\nda');
    parse('ta: {"ticketId":1,"kind":"ArticleCreated"}\n\nid: 8\r\nevent: ticket\r\ndata: {"ticketId":2');
    expect(frames).toHaveLength(1);
    parse(',"kind":"TicketUpdated"}\r\n\r\n');
    expect(frames).toEqual([
      { id: '7', event: 'ticket', data: '{"ticketId":1,"kind":"ArticleCreated"}' },
      { id: '8', event: 'ticket', data: '{"ticketId":2,"kind":"TicketUpdated"}' },
    ]);
  });

  it('joins multi-line data and defaults the event name', () => {
    const frames: SseFrame[] = [];
    const parse = createSseParser((f) => frames.push(f));
    parse('data: a\ndata: b\n\n');
    expect(frames).toEqual([{ id: undefined, event: 'message', data: 'a\nb' }]);
  });
});

import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { useTicketEvents } from '@/features/live-updates/hooks/use-ticket-events';
import { session } from '@/lib/session';
import { renderWithClient } from '@/test/render';
import { server } from '@/test/server';

function Probe() {
  useTicketEvents(true);
  const list = useQuery({
    queryKey: ['tickets', 'list', {}],
    queryFn: () => fetch(new URL('/probe', location.origin)).then((r) => r.json()),
  });
  return <p>fetched {String(list.data?.n ?? 0)}</p>;
}

describe('live updates', () => {
  afterEach(async () => {
    server.use(http.post('*/api/v1/auth/logout', () => new HttpResponse(null, { status: 204 })));
    await session.logout();
  });

  it('refetches open lists on a ticket event and resumes with Last-Event-ID', async () => {
    session.start({ accessToken: 'tok', refreshToken: 'r', expiresIn: 900 });
    let n = 0;
    const connects: (string | null)[] = [];
    server.use(
      http.get('*/probe', () => HttpResponse.json({ n: ++n })),
      http.get('*/api/v1/events', ({ request }) => {
        connects.push(request.headers.get('Last-Event-ID'));
        expect(request.headers.get('Authorization')).toBe('Bearer tok');
        const frame = `id: ${connects.length + 40}\nevent: ticket\ndata: {"ticketId":5,"kind":"ArticleCreated"}\n\n`;
        // One event, then the server closes the stream: the client must reconnect and resume.
        return new HttpResponse(frame, { headers: { 'Content-Type': 'text/event-stream' } });
      }),
    );
    renderWithClient(<Probe />);
    await waitFor(() => expect(n).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(connects.length).toBeGreaterThanOrEqual(2), { timeout: 3000 });
    expect(connects[0]).toBeNull();
    expect(connects[1]).toBe('41');
    expect(screen.getByText(/fetched/)).toBeInTheDocument();
  });
});

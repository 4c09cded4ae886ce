import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { TicketZoom } from '@/features/ticket-zoom/components/ticket-zoom';
import { renderRoutes } from '@/test/render';
import { server } from '@/test/server';

function zoom(permissions: string[]) {
  server.use(
    http.get('*/api/v1/tickets/7', () =>
      HttpResponse.json({
        ticket: {
          id: 7,
          ticketNumber: '2026010110000007',
          title: 'Laptop',
          state: 'open',
          stateId: 4,
          version: '"v1"',
        },
        customer: { login: 'max', email: 'max@example.com' },
        timeAccounted: 12.5,
        permissions,
        articles: {
          items: [{ id: 1, channel: 'phone', senderType: 'customer', subject: 'Call', body: 'Hi' }],
        },
      }),
    ),
    http.get('*/api/v1/priorities', () => HttpResponse.json([])),
    http.get('*/api/v1/queues', () => HttpResponse.json([])),
    http.get('*/api/v1/types', () => HttpResponse.json([])),
    http.get('*/api/v1/agents', () => HttpResponse.json([])),
    http.get('*/api/v1/states', () =>
      HttpResponse.json([
        { id: 4, name: 'open', typeName: 'open' },
        { id: 6, name: 'pending reminder', typeName: 'pending reminder' },
      ]),
    ),
  );
}

describe('TicketZoom', () => {
  it('opens the reply and note composers with r and n, and only when allowed', async () => {
    zoom(['note']);
    renderRoutes(
      [{ path: '/agent/tickets/:id', element: <TicketZoom ticketId="7" meId={1} /> }],
      '/agent/tickets/7',
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Laptop');
    await userEvent.keyboard('r');
    expect(screen.queryByRole('form', { name: 'Reply' })).toBeNull();
    await userEvent.keyboard('n');
    expect(screen.getByRole('form', { name: 'Note' })).toBeInTheDocument();
    expect(screen.getByText('12.5')).toBeInTheDocument();
  });

  it('changes the state to pending with a time through the change dialog, sending the version it showed', async () => {
    zoom(['rw', 'state']);
    let patch: { body: unknown; ifMatch: string | null } | undefined;
    server.use(
      http.patch('*/api/v1/tickets/7', async ({ request }) => {
        patch = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json({ id: 7 });
      }),
    );
    renderRoutes(
      [{ path: '/agent/tickets/:id', element: <TicketZoom ticketId="7" meId={1} /> }],
      '/agent/tickets/7',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Change State' }));
    const dialog = screen.getByRole('dialog', { name: 'Change State' });
    await within(dialog).findByRole('option', { name: 'pending reminder' });
    await userEvent.selectOptions(within(dialog).getByLabelText('State'), 'pending reminder');
    const when = within(dialog).getByLabelText('Pending until');
    await userEvent.clear(when);
    await userEvent.type(when, '2030-02-03T04:05');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1 });
    await expect
      .poll(() => patch)
      .toEqual({
        body: { stateId: 6, pendingUntil: new Date('2030-02-03T04:05').toISOString() },
        ifMatch: '"v1"',
      });
  });
});

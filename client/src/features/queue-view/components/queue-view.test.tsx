import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { QueueView } from '@/features/queue-view/components/queue-view';
import { renderRoutes } from '@/test/render';
import { server } from '@/test/server';

const queues = [
  { id: 1, name: 'Postmaster', groupId: 1 },
  { id: 2, name: 'Raw', groupId: 1 },
  { id: 3, name: 'Misc', groupId: 1 },
];

function api(state: { prefs: Record<string, unknown>; listQueries: URLSearchParams[]; bulk: unknown[] }) {
  const items = Array.from({ length: 3 }, (_, i) => ({
    id: 100 + i,
    ticketNumber: `20260101100001${i}`,
    title: `Ticket ${i}`,
    state: 'new',
    priority: '3 normal',
    ownerLogin: 'root@localhost',
    created: new Date().toISOString(),
  }));
  server.use(
    http.get('*/api/v1/queues', () => HttpResponse.json(queues)),
    http.get('*/api/v1/queues/overview', () =>
      HttpResponse.json(queues.map((q) => ({ queueId: q.id, name: q.name, counts: { new: q.id, open: 1 } }))),
    ),
    http.get('*/api/v1/priorities', () => HttpResponse.json([{ id: 3, name: '3 normal' }])),
    http.get('*/api/v1/states', () => HttpResponse.json([{ id: 1, name: 'new', typeName: 'new' }])),
    http.get('*/api/v1/agents', () =>
      HttpResponse.json([{ id: 1, login: 'root@localhost', fullName: 'Admin' }]),
    ),
    http.get('*/api/v1/me/preferences', () => HttpResponse.json(state.prefs)),
    http.put('*/api/v1/me/preferences/:key', async ({ params, request }) => {
      state.prefs[params.key as string] = await request.json();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/v1/tickets', ({ request }) => {
      state.listQueries.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items, page: 1, pageSize: 25, total: 3 });
    }),
    http.post('*/api/v1/tickets/bulk', async ({ request }) => {
      state.bulk.push(await request.json());
      return HttpResponse.json({ succeeded: 2, failed: 0, results: [] });
    }),
  );
}

describe('QueueView', () => {
  it('lists the queue with the remembered sort and filter, and shows the queue tree with counts', async () => {
    const state = {
      prefs: { queueView: { sort: 'title', stateTypes: ['closed'], pageSize: 10 } },
      listQueries: [] as URLSearchParams[],
      bulk: [],
    };
    api(state);
    renderRoutes([{ path: '/agent/queues/:id', element: <QueueView queueId={2} /> }], '/agent/queues/2');
    expect(await screen.findByRole('link', { name: '202601011000011' })).toBeInTheDocument();
    const query = state.listQueries.at(-1)!;
    expect(query.get('QueueId')).toBe('2');
    expect(query.get('Sort')).toBe('title');
    expect(query.get('StateType')).toBe('closed');
    expect(query.get('PageSize')).toBe('10');
    const tree = screen.getByRole('navigation', { name: 'Queue tree' });
    expect(within(tree).getByRole('link', { name: /Raw/ })).toHaveAttribute('aria-current', 'page');
    expect(within(tree).getByLabelText('3 new or open')).toBeInTheDocument();
  });

  it('remembers a new sort in the agent preferences', async () => {
    const state = { prefs: {} as Record<string, unknown>, listQueries: [] as URLSearchParams[], bulk: [] };
    api(state);
    renderRoutes([{ path: '/agent/queues/:id', element: <QueueView queueId={2} /> }], '/agent/queues/2');
    await userEvent.click(await screen.findByRole('button', { name: /Priority/ }));
    await waitFor(() => expect(state.prefs.queueView).toMatchObject({ sort: 'priority' }));
    await waitFor(() => expect(state.listQueries.at(-1)!.get('Sort')).toBe('priority'));
  });

  it('moves the selected tickets to another queue in one bulk request', async () => {
    const state = { prefs: {}, listQueries: [] as URLSearchParams[], bulk: [] as unknown[] };
    api(state);
    renderRoutes([{ path: '/agent/queues/:id', element: <QueueView queueId={2} /> }], '/agent/queues/2');
    await userEvent.click(await screen.findByLabelText('Select ticket 202601011000010'));
    await userEvent.click(screen.getByLabelText('Select ticket 202601011000012'));
    const form = screen.getByRole('form', { name: 'Bulk action' });
    expect(within(form).getByText('2 selected')).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText('New value'), 'Misc');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(state.bulk).toEqual([{ ticketIds: [100, 102], queueId: 3 }]));
  });
});

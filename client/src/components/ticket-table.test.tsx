import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TicketTable, type TicketSummary } from '@/components/ticket-table';
import { neighbour } from '@/lib/ticket-navigation';
import { renderWithClient } from '@/test/render';

const tickets: TicketSummary[] = [
  {
    id: 11,
    ticketNumber: '2026010110000011',
    title: 'Printer on fire',
    state: 'open',
    priority: '3 normal',
    ownerLogin: 'root@localhost',
    customerUserId: 'max',
    created: new Date().toISOString(),
  },
  {
    id: 12,
    ticketNumber: '2026010110000012',
    title: 'VPN down',
    state: 'new',
    priority: '4 high',
    ownerLogin: 'root@localhost',
    customerUserId: 'eva',
    created: new Date().toISOString(),
    escalation: { nextAt: '2020-01-01T00:00:00Z' },
  },
];

function Harness({ onSort }: { onSort: (s: string) => void }) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  return (
    <>
      <TicketTable
        caption="t"
        tickets={tickets}
        sort="title"
        onSort={onSort}
        selected={selected}
        onSelect={setSelected}
      />
      <output>{[...selected].join(',')}</output>
    </>
  );
}

describe('TicketTable', () => {
  it('shows one row per ticket with a link to its zoom', () => {
    renderWithClient(<Harness onSort={() => undefined} />);
    const link = screen.getByRole('link', { name: '2026010110000012' });
    expect(link).toHaveAttribute('href', '/agent/tickets/12');
    const row = link.closest('tr')!;
    expect(within(row).getByText('VPN down')).toBeInTheDocument();
    expect(within(row).getByText(/ago/)).toHaveClass('text-red-800');
  });

  it('sorts descending when the sorted column is clicked again', async () => {
    const sorts: string[] = [];
    renderWithClient(<Harness onSort={(s) => sorts.push(s)} />);
    await userEvent.click(screen.getByRole('button', { name: /Title/ }));
    await userEvent.click(screen.getByRole('button', { name: /Priority/ }));
    expect(sorts).toEqual(['-title', 'priority']);
    expect(screen.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('selects single tickets and all at once', async () => {
    renderWithClient(<Harness onSort={() => undefined} />);
    await userEvent.click(screen.getByLabelText('Select ticket 2026010110000012'));
    expect(document.querySelector('output')).toHaveTextContent('12');
    await userEvent.click(screen.getByLabelText('Select all tickets on this page'));
    expect(document.querySelector('output')).toHaveTextContent('11,12');
  });

  it('remembers the list so j/k in a zoom can walk it', () => {
    renderWithClient(<Harness onSort={() => undefined} />);
    expect(neighbour(11, 1)).toBe(12);
    expect(neighbour(12, 1)).toBeUndefined();
    expect(neighbour(12, -1)).toBe(11);
  });
});

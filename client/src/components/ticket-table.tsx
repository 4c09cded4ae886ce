import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/client';
import { useFormatters } from '@/lib/format';
import { rememberTicketList } from '@/lib/ticket-navigation';

export type TicketSummary = Schemas['TicketSummary'];
export const sortableColumns = [
  'ticketNumber',
  'age',
  'title',
  'customer',
  'state',
  'priority',
  'owner',
  'escalation',
] as const;
export type Column = (typeof sortableColumns)[number];

interface Props {
  tickets: TicketSummary[];
  sort?: string;
  onSort?: (sort: string) => void;
  selected?: Set<number>;
  onSelect?: (ids: Set<number>) => void;
  caption: string;
}

/** The ticket list of queue view and search: sortable headers, optional multi-select. */
export function TicketTable({ tickets, sort, onSort, selected, onSelect, caption }: Props) {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  useEffect(() => rememberTicketList(tickets.map((x) => x.id!)), [tickets]);
  const field = sort?.replace(/^[-+]/, '');
  const descending = sort?.startsWith('-') ?? false;
  const toggle = (id: number) => {
    if (!selected || !onSelect) return;
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  const allSelected = !!selected && tickets.length > 0 && tickets.every((x) => selected.has(x.id!));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-100 text-start">
        <tr>
          {onSelect && (
            <th scope="col" className="w-8 p-2">
              <input
                type="checkbox"
                aria-label={t('table.selectAll')}
                checked={allSelected}
                onChange={() => onSelect(allSelected ? new Set() : new Set(tickets.map((x) => x.id!)))}
              />
            </th>
          )}
          {sortableColumns.map((column) => (
            <th
              key={column}
              scope="col"
              className="p-2 text-start font-semibold"
              aria-sort={field === column ? (descending ? 'descending' : 'ascending') : undefined}
            >
              {onSort ? (
                <button
                  type="button"
                  className="font-semibold underline-offset-2 hover:underline"
                  onClick={() => onSort(field === column && !descending ? `-${column}` : column)}
                >
                  {t(`table.${column}`)}
                  {field === column ? (descending ? ' ▼' : ' ▲') : ''}
                </button>
              ) : (
                t(`table.${column}`)
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => {
          const escalation = ticket.escalation?.nextAt;
          const escalated = !!escalation && new Date(escalation).getTime() < Date.now();
          return (
            <tr
              key={ticket.id}
              className="border-t border-slate-200 hover:bg-blue-50"
              data-ticket-id={ticket.id}
            >
              {onSelect && (
                <td className="p-2">
                  <input
                    type="checkbox"
                    aria-label={t('table.select', { number: ticket.ticketNumber })}
                    checked={selected?.has(ticket.id!) ?? false}
                    onChange={() => toggle(ticket.id!)}
                  />
                </td>
              )}
              <td className="p-2 font-mono">
                <Link to={`/agent/tickets/${ticket.id}`} className="text-blue-800 underline">
                  {ticket.ticketNumber}
                </Link>
              </td>
              <td className="p-2 whitespace-nowrap" title={f.dateTime(ticket.created)}>
                {f.relative(ticket.created)}
              </td>
              <td className="p-2">{ticket.title}</td>
              <td className="p-2">{ticket.customerUserId}</td>
              <td className="p-2">{ticket.state}</td>
              <td className="p-2">{ticket.priority}</td>
              <td className="p-2">{ticket.ownerLogin}</td>
              <td className={`p-2 whitespace-nowrap ${escalated ? 'font-semibold text-red-800' : ''}`}>
                {escalation ? f.relative(escalation) : '—'}
              </td>
            </tr>
          );
        })}
        {tickets.length === 0 && (
          <tr>
            <td
              colSpan={sortableColumns.length + (onSelect ? 1 : 0)}
              className="p-4 text-center text-slate-600"
            >
              {t('table.empty')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

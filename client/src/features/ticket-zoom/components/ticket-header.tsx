import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { useFormatters } from '@/lib/format';
import type { TicketDetails } from '@/features/ticket-zoom/api/ticket';
import { ChangeDialog, type Attribute } from '@/features/ticket-zoom/components/change-dialog';

/** Every attribute of the ticket, each with its change button. */
export function TicketHeader({ details }: { details: TicketDetails }) {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  const [editing, setEditing] = useState<Attribute | null>(null);
  const ticket = details.ticket!;
  const rows: [Attribute | null, string, string | null | undefined][] = [
    ['state', t('fields.state'), ticket.state],
    [null, t('fields.pendingUntil'), ticket.pendingUntil ? f.dateTime(ticket.pendingUntil) : null],
    ['priority', t('fields.priority'), ticket.priority],
    ['queue', t('fields.queue'), ticket.queue],
    ['owner', t('fields.owner'), ticket.ownerName ?? ticket.ownerLogin],
    ['responsible', t('fields.responsible'), ticket.responsibleName ?? ticket.responsibleLogin],
    [
      'lock',
      t('fields.lock'),
      ticket.lock ? t(`lock.${ticket.lock === 'lock' ? 'locked' : 'unlocked'}`) : '',
    ],
    [
      'customer',
      t('fields.customer'),
      [ticket.customerUserId, details.customer?.companyName].filter(Boolean).join(' · '),
    ],
    ['type', t('fields.type'), ticket.type],
    ['service', t('fields.service'), ticket.service],
    ['sla', t('fields.sla'), ticket.sla],
    [null, t('fields.created'), f.dateTime(ticket.created)],
    [null, t('fields.escalation'), ticket.escalation?.nextAt ? f.dateTime(ticket.escalation.nextAt) : null],
    [null, t('fields.timeAccounted'), f.number(details.timeAccounted ?? 0)],
  ];
  return (
    <section aria-label={t('zoom.attributes')} className="rounded-lg border border-slate-200 bg-white p-3">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {rows.map(([attribute, label, value]) => (
          <div key={label} className="flex items-center justify-between gap-2 border-b border-slate-100 py-1">
            <dt className="text-slate-600">{label}</dt>
            <dd className="flex items-center gap-2">
              <span data-field={attribute ?? label}>{value || '—'}</span>
              {attribute && (
                <Button
                  className="px-1.5! py-0.5! text-xs!"
                  aria-label={t('zoom.change', { field: label })}
                  onClick={() => setEditing(attribute)}
                >
                  {t('zoom.edit')}
                </Button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <ChangeDialog
        key={editing ?? 'none'}
        attribute={editing}
        details={details}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isPendingType,
  useAgents,
  usePriorities,
  useQueues,
  useServices,
  useSlas,
  useStates,
  useTypes,
} from '@/api/lookups';
import { CustomerAutocomplete } from '@/components/customer-autocomplete';
import { Button, Dialog, Field, inputClass } from '@/components/ui';
import { problemErrors, type FieldErrors } from '@/lib/forms';
import { toLocalInput } from '@/lib/format';
import { useUpdateTicket, type TicketChange, type TicketDetails } from '@/features/ticket-zoom/api/ticket';

export type Attribute =
  | 'state'
  | 'priority'
  | 'queue'
  | 'owner'
  | 'responsible'
  | 'lock'
  | 'customer'
  | 'type'
  | 'service'
  | 'sla'
  | 'title';

/** One dialog per attribute, as OTRS has one screen per action; pending states ask for the time. */
export function ChangeDialog({
  attribute,
  details,
  onClose,
}: {
  attribute: Attribute | null;
  details: TicketDetails;
  onClose: () => void;
}) {
  const { t } = useTranslation('agent');
  const ticket = details.ticket!;
  const update = useUpdateTicket(String(ticket.id));
  const states = useStates();
  const priorities = usePriorities();
  const queues = useQueues('move_into');
  const types = useTypes();
  const agents = useAgents();
  const services = useServices(attribute === 'service');
  const slas = useSlas(attribute === 'sla');
  const initial: Record<Attribute, string> = {
    state: String(ticket.stateId ?? ''),
    priority: String(ticket.priorityId ?? ''),
    queue: String(ticket.queueId ?? ''),
    owner: String(ticket.ownerId ?? ''),
    responsible: String(ticket.responsibleId ?? ''),
    lock: ticket.lock === 'lock' ? 'true' : 'false',
    customer: ticket.customerUserId ?? '',
    type: String(ticket.typeId ?? ''),
    service: String(ticket.serviceId ?? ''),
    sla: String(ticket.slaId ?? ''),
    title: ticket.title ?? '',
  };
  const [value, setValue] = useState<string | null>(null);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [pendingUntil, setPendingUntil] = useState(toLocalInput(new Date(Date.now() + 86_400_000)));
  const [errors, setErrors] = useState<FieldErrors>({});
  if (!attribute) return <Dialog open={false} title="" onClose={onClose} children={null} />;
  const current = value ?? initial[attribute];
  const state = states.data?.find((s) => String(s.id) === current);
  const pending = attribute === 'state' && isPendingType(state?.typeName);
  const toOptions = (
    rows?: { id?: number; name?: string | null; fullName?: string | null; login?: string | null }[],
  ) => (rows ?? []).map((r) => ({ id: String(r.id), name: r.name ?? r.fullName ?? r.login ?? String(r.id) }));
  const options: Record<Attribute, { id: string; name: string }[] | null> = {
    state: toOptions(states.data),
    priority: toOptions(priorities.data),
    queue: toOptions(queues.data),
    owner: toOptions(agents.data),
    responsible: toOptions(agents.data),
    lock: [
      { id: 'true', name: t('lock.lock') },
      { id: 'false', name: t('lock.unlock') },
    ],
    type: toOptions(types.data),
    service: toOptions(services.data),
    sla: toOptions(slas.data),
    customer: null,
    title: null,
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = current === '' ? null : Number(current);
    const change: TicketChange = {
      state: {
        stateId: Number(current),
        ...(pending ? { pendingUntil: new Date(pendingUntil).toISOString() } : {}),
      },
      priority: { priorityId: Number(current) },
      queue: { queueId: Number(current) },
      owner: { ownerId: Number(current) },
      responsible: { responsibleId: Number(current) },
      lock: { lock: current === 'true' },
      customer: { customerUser: current, ...(customerId !== null ? { customerId } : {}) },
      type: { typeId: n },
      service: { serviceId: n },
      sla: { slaId: n },
      title: { title: current },
    }[attribute];
    try {
      await update.mutateAsync({ change, version: ticket.version ?? undefined });
      setValue(null);
      setErrors({});
      onClose();
    } catch (err) {
      setErrors(problemErrors(err));
    }
  };
  const list = options[attribute];
  const label = t(`fields.${attribute}`);
  const fieldError = Object.entries(errors).find(([k]) => k !== 'pendingUntil')?.[1];

  return (
    <Dialog open title={t('zoom.changeTitle', { field: label })} onClose={onClose}>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <Field label={label} error={fieldError}>
          {(id, describedBy) =>
            list ? (
              <select
                id={id}
                className={inputClass}
                value={current}
                aria-describedby={describedBy}
                onChange={(e) => setValue(e.target.value)}
              >
                {['type', 'service', 'sla'].includes(attribute) && <option value="">—</option>}
                {list.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            ) : attribute === 'customer' ? (
              <CustomerAutocomplete
                id={id}
                value={current}
                describedBy={describedBy}
                onChange={setValue}
                onPick={(c) => {
                  setValue(c.login ?? '');
                  setCustomerId(c.customerId ?? null);
                }}
              />
            ) : (
              <input
                id={id}
                className={inputClass}
                value={current}
                aria-describedby={describedBy}
                onChange={(e) => setValue(e.target.value)}
              />
            )
          }
        </Field>
        {pending && (
          <Field label={t('fields.pendingUntil')} error={errors.pendingUntil}>
            {(id, describedBy) => (
              <input
                id={id}
                type="datetime-local"
                className={inputClass}
                value={pendingUntil}
                aria-describedby={describedBy}
                onChange={(e) => setPendingUntil(e.target.value)}
              />
            )}
          </Field>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {t('actions.save', { ns: 'common' })}
          </Button>
          <Button onClick={onClose}>{t('actions.cancel', { ns: 'common' })}</Button>
        </div>
      </form>
    </Dialog>
  );
}

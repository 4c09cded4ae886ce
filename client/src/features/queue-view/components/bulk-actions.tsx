import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPendingType, useAgents, usePriorities, useQueues, useStates } from '@/api/lookups';
import { Button, inputClass } from '@/components/ui';
import { toLocalInput } from '@/lib/format';
import { useBulkUpdate, type BulkChange } from '@/features/queue-view/api/bulk-update';

type Action = 'state' | 'priority' | 'queue' | 'owner' | 'lock' | 'merge';
const actions: Action[] = ['state', 'priority', 'queue', 'owner', 'lock', 'merge'];

/** One change applied to every selected ticket; the server answers per ticket. */
export function BulkActions({ ticketIds, onDone }: { ticketIds: number[]; onDone: () => void }) {
  const { t } = useTranslation('agent');
  const [action, setAction] = useState<Action>('queue');
  const [value, setValue] = useState('');
  const [pendingUntil, setPendingUntil] = useState(toLocalInput(new Date(Date.now() + 86_400_000)));
  const [message, setMessage] = useState('');
  const states = useStates();
  const priorities = usePriorities();
  const queues = useQueues('move_into');
  const agents = useAgents();
  const bulk = useBulkUpdate();
  const state = states.data?.find((s) => String(s.id) === value);

  const options: { id: string; name: string }[] =
    action === 'state'
      ? (states.data ?? []).map((s) => ({ id: String(s.id), name: s.name! }))
      : action === 'priority'
        ? (priorities.data ?? []).map((p) => ({ id: String(p.id), name: p.name! }))
        : action === 'queue'
          ? (queues.data ?? []).map((q) => ({ id: String(q.id), name: q.name! }))
          : action === 'owner'
            ? (agents.data ?? []).map((a) => ({
                id: String(a.id),
                name: a.fullName ?? a.login ?? String(a.id),
              }))
            : action === 'lock'
              ? [
                  { id: 'true', name: t('lock.lock') },
                  { id: 'false', name: t('lock.unlock') },
                ]
              : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!value) return;
    const change: BulkChange =
      action === 'state'
        ? {
            stateId: Number(value),
            ...(isPendingType(state?.typeName) ? { pendingUntil: new Date(pendingUntil).toISOString() } : {}),
          }
        : action === 'priority'
          ? { priorityId: Number(value) }
          : action === 'queue'
            ? { queueId: Number(value) }
            : action === 'owner'
              ? { ownerId: Number(value) }
              : action === 'lock'
                ? { lock: value === 'true' }
                : { mergeInto: value.trim() };
    const result = await bulk.mutateAsync({ ticketIds, change });
    setMessage(t('bulk.result', { succeeded: result.succeeded ?? 0, failed: result.failed ?? 0 }));
    setValue('');
    onDone();
  };

  return (
    <form
      onSubmit={submit}
      aria-label={t('bulk.title')}
      className="flex flex-wrap items-end gap-2 rounded bg-blue-50 p-2"
    >
      <span className="text-sm font-medium">{t('bulk.selected', { count: ticketIds.length })}</span>
      <label className="flex flex-col text-sm">
        {t('bulk.action')}
        <select
          className={inputClass}
          value={action}
          onChange={(e) => {
            setAction(e.target.value as Action);
            setValue('');
          }}
        >
          {actions.map((a) => (
            <option key={a} value={a}>
              {t(`bulk.actions.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t('bulk.value')}
        {action === 'merge' ? (
          <input className={inputClass} value={value} onChange={(e) => setValue(e.target.value)} />
        ) : (
          <select className={inputClass} value={value} onChange={(e) => setValue(e.target.value)}>
            <option value="">{t('bulk.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </label>
      {action === 'state' && isPendingType(state?.typeName) && (
        <label className="flex flex-col text-sm">
          {t('fields.pendingUntil')}
          <input
            type="datetime-local"
            className={inputClass}
            value={pendingUntil}
            onChange={(e) => setPendingUntil(e.target.value)}
          />
        </label>
      )}
      <Button type="submit" variant="primary" disabled={!value || bulk.isPending}>
        {t('bulk.apply')}
      </Button>
      <p role="status" className="text-sm">
        {message}
      </p>
    </form>
  );
}

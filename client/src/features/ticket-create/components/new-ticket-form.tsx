import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { usePriorities, useQueues, useStates } from '@/api/lookups';
import { Button, Field, inputClass, Spinner } from '@/components/ui';
import { useDraft } from '@/lib/drafts';
import { problemErrors, zodErrors, type FieldErrors } from '@/lib/forms';
import { useCreateTicket } from '@/features/ticket-create/api/create-ticket';
import { CustomerAutocomplete } from '@/components/customer-autocomplete';

const RichTextEditor = lazy(() => import('@/components/rich-text-editor'));

export type NewTicketKind = 'phone' | 'email';

const schema = z.object({
  customerUser: z.string().trim().min(1, 'required'),
  queueId: z.string().min(1, 'required'),
  title: z.string().trim().min(1, 'required').max(255, 'tooLong'),
  body: z.string().refine((s) => s.replace(/<[^>]*>/g, '').trim().length > 0, 'required'),
  stateId: z.string(),
  priorityId: z.string(),
});

export function NewTicketForm({ kind }: { kind: NewTicketKind }) {
  const { t } = useTranslation('agent');
  const navigate = useNavigate();
  const queues = useQueues('create');
  const states = useStates();
  const priorities = usePriorities();
  const create = useCreateTicket();
  const [draft, setDraft, clearDraft] = useDraft(`new-ticket.${kind}`, {
    customerUser: '',
    customerId: '',
    queueId: '',
    title: '',
    body: '',
    stateId: '',
    priorityId: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const message = (field: string) =>
    errors[field] && t(`validation.${errors[field]}`, { ns: 'common', defaultValue: errors[field] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      setErrors(zodErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const created = await create.mutateAsync({
        title: draft.title,
        queueId: Number(draft.queueId),
        customerUser: draft.customerUser,
        ...(draft.customerId ? { customerId: draft.customerId } : {}),
        ...(draft.stateId ? { stateId: Number(draft.stateId) } : {}),
        ...(draft.priorityId ? { priorityId: Number(draft.priorityId) } : {}),
        article: {
          subject: draft.title,
          body: draft.body,
          contentType: 'text/html; charset=utf-8',
          channel: kind,
          senderType: kind === 'phone' ? 'customer' : 'agent',
          // An e-mail ticket is sent to the customer user's address, which the server looks up.
          ...(kind === 'phone' ? { from: draft.customerUser } : {}),
        },
      });
      clearDraft();
      navigate(`/agent/tickets/${created.id}`);
    } catch (err) {
      setErrors(problemErrors(err));
    }
  };

  const select = (
    field: 'queueId' | 'stateId' | 'priorityId',
    rows: { id?: number; name?: string | null }[] | undefined,
    optional: boolean,
  ) => (
    <Field label={t(`create.${field}`)} error={message(field)}>
      {(id, describedBy) => (
        <select
          id={id}
          className={inputClass}
          value={draft[field]}
          aria-invalid={!!errors[field]}
          aria-describedby={describedBy}
          onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        >
          <option value="">{optional ? t('create.default') : t('bulk.choose')}</option>
          {rows?.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-3">
      <Field label={t('create.customerUser')} error={message('customerUser')}>
        {(id, describedBy) => (
          <CustomerAutocomplete
            id={id}
            value={draft.customerUser}
            describedBy={describedBy}
            invalid={!!errors.customerUser}
            onChange={(customerUser) => setDraft({ ...draft, customerUser })}
            onPick={(c) =>
              setDraft({ ...draft, customerUser: c.login ?? '', customerId: c.customerId ?? '' })
            }
          />
        )}
      </Field>
      {select('queueId', queues.data, false)}
      <Field label={t('create.title')} error={message('title')}>
        {(id, describedBy) => (
          <input
            id={id}
            className={inputClass}
            value={draft.title}
            aria-invalid={!!errors.title}
            aria-describedby={describedBy}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('create.body')} error={message('body')}>
        {(id, describedBy) => (
          <Suspense fallback={<Spinner />}>
            <RichTextEditor
              id={id}
              label={t('create.body')}
              value={draft.body}
              describedBy={describedBy}
              onChange={(body) => setDraft((d) => ({ ...d, body }))}
            />
          </Suspense>
        )}
      </Field>
      <div className="flex flex-wrap gap-3">
        {select('stateId', states.data, true)}
        {select('priorityId', priorities.data, true)}
      </div>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {t(`create.submit.${kind}`)}
        </Button>
      </div>
    </form>
  );
}

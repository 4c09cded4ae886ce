import { lazy, Suspense, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Schemas } from '@/api/client';
import { isPendingType, useStates } from '@/api/lookups';
import { Button, Field, inputClass, Spinner } from '@/components/ui';
import { useDraft } from '@/lib/drafts';
import { problemErrors, zodErrors, type FieldErrors } from '@/lib/forms';
import { toLocalInput } from '@/lib/format';
import { useAddArticle, type TicketDetails } from '@/features/ticket-zoom/api/ticket';

const RichTextEditor = lazy(() => import('@/components/rich-text-editor'));

export type ComposerKind = 'reply' | 'note' | 'phone';

const schema = z.object({
  subject: z.string().trim().min(1, 'required'),
  body: z.string().refine((s) => s.replace(/<[^>]*>/g, '').trim().length > 0, 'required'),
  timeUnits: z
    .string()
    .refine((s) => s.trim() === '' || (Number.isFinite(Number(s)) && Number(s) >= 0), 'number'),
});

function readFile(file: File): Promise<Schemas['NewAttachment']> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve({
        fileName: file.name,
        contentType: file.type || 'application/octet-stream',
        content: String(reader.result).split(',')[1] ?? '',
      });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Reply (e-mail to the customer), note (internal) or phone note; the text is kept as a draft until sent. */
export function Composer({
  kind,
  details,
  onDone,
}: {
  kind: ComposerKind;
  details: TicketDetails;
  onDone: () => void;
}) {
  const { t } = useTranslation('agent');
  const ticket = details.ticket!;
  const subjectPrefix = kind === 'reply' ? 'RE: ' : '';
  const [draft, setDraft, clearDraft] = useDraft(`composer.${ticket.id}.${kind}`, {
    subject: `${subjectPrefix}${ticket.title ?? ''}`,
    body: '',
    timeUnits: '',
    nextStateId: '',
    pendingUntil: toLocalInput(new Date(Date.now() + 86_400_000)),
    visibleForCustomer: kind !== 'note',
  });
  const [files, setFiles] = useState<Schemas['NewAttachment'][]>([]);
  const [dragging, setDragging] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const states = useStates();
  const add = useAddArticle(String(ticket.id));
  const nextState = states.data?.find((s) => String(s.id) === draft.nextStateId);
  const pending = isPendingType(nextState?.typeName);

  const addFiles = async (list: FileList | null) => {
    if (!list) return;
    const read = await Promise.all([...list].map(readFile));
    setFiles((old) => [...old, ...read]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addFiles(e.dataTransfer.files);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      setErrors(zodErrors(parsed.error));
      return;
    }
    setErrors({});
    const email = details.customer?.email ?? ticket.customerUserId ?? undefined;
    try {
      await add.mutateAsync({
        subject: draft.subject,
        body: draft.body,
        contentType: 'text/html; charset=utf-8',
        channel: kind === 'reply' ? 'email' : kind === 'phone' ? 'phone' : 'internal',
        senderType: 'agent',
        isVisibleForCustomer: kind === 'note' ? draft.visibleForCustomer : true,
        ...(kind === 'reply' ? { to: email } : {}),
        ...(draft.timeUnits.trim() === '' ? {} : { timeUnits: Number(draft.timeUnits) }),
        ...(files.length ? { attachments: files } : {}),
        ...(draft.nextStateId ? { nextStateId: Number(draft.nextStateId) } : {}),
        ...(pending ? { pendingUntil: new Date(draft.pendingUntil).toISOString() } : {}),
      });
      clearDraft();
      setFiles([]);
      onDone();
    } catch (err) {
      setErrors(problemErrors(err));
    }
  };

  return (
    <form
      onSubmit={submit}
      aria-label={t(`composer.${kind}`)}
      className={`flex flex-col gap-3 rounded-lg border bg-white p-3 ${dragging ? 'border-blue-600 ring-2 ring-blue-300' : 'border-slate-200'}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 className="font-semibold">{t(`composer.${kind}`)}</h2>
      {kind === 'reply' && (
        <p className="text-sm text-slate-600">
          {t('composer.to')}: {details.customer?.email ?? ticket.customerUserId}
        </p>
      )}
      <Field
        label={t('composer.subject')}
        error={
          errors.subject && t(`validation.${errors.subject}`, { ns: 'common', defaultValue: errors.subject })
        }
      >
        {(id, describedBy) => (
          <input
            id={id}
            className={inputClass}
            value={draft.subject}
            aria-invalid={!!errors.subject}
            aria-describedby={describedBy}
            onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('composer.body')}
        error={errors.body && t(`validation.${errors.body}`, { ns: 'common', defaultValue: errors.body })}
      >
        {(id, describedBy) => (
          <Suspense fallback={<Spinner />}>
            <RichTextEditor
              id={id}
              label={t('composer.body')}
              value={draft.body}
              describedBy={describedBy}
              onChange={(body) => setDraft((d) => ({ ...d, body }))}
            />
          </Suspense>
        )}
      </Field>
      {kind === 'note' && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={draft.visibleForCustomer}
            onChange={(e) => setDraft({ ...draft, visibleForCustomer: e.target.checked })}
          />
          {t('composer.visibleForCustomer')}
        </label>
      )}
      <div className="flex flex-col gap-1">
        <label className="text-sm font-medium">
          {t('composer.attachments')}
          <input
            type="file"
            multiple
            className="block text-sm"
            onChange={(e) => {
              void addFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <p className="text-xs text-slate-600">{t('composer.dropHint')}</p>
        <ul className="flex flex-wrap gap-2 text-sm">
          {files.map((file, i) => (
            <li key={`${file.fileName}-${i}`} className="flex items-center gap-1 rounded bg-slate-100 px-2">
              {file.fileName}
              <button
                type="button"
                aria-label={t('composer.removeAttachment', { name: file.fileName })}
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="flex flex-wrap gap-3">
        <Field label={t('composer.nextState')} error={errors.nextStateId}>
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={draft.nextStateId}
              onChange={(e) => setDraft({ ...draft, nextStateId: e.target.value })}
            >
              <option value="">{t('composer.unchanged')}</option>
              {states.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {pending && (
          <Field label={t('fields.pendingUntil')} error={errors.pendingUntil}>
            {(id, describedBy) => (
              <input
                id={id}
                type="datetime-local"
                className={inputClass}
                value={draft.pendingUntil}
                aria-describedby={describedBy}
                onChange={(e) => setDraft({ ...draft, pendingUntil: e.target.value })}
              />
            )}
          </Field>
        )}
        <Field
          label={t('composer.timeUnits')}
          error={
            errors.timeUnits &&
            t(`validation.${errors.timeUnits}`, { ns: 'common', defaultValue: errors.timeUnits })
          }
        >
          {(id, describedBy) => (
            <input
              id={id}
              inputMode="decimal"
              className={`${inputClass} w-24`}
              value={draft.timeUnits}
              aria-invalid={!!errors.timeUnits}
              aria-describedby={describedBy}
              onChange={(e) => setDraft({ ...draft, timeUnits: e.target.value })}
            />
          )}
        </Field>
      </div>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {errors.form}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={add.isPending}>
          {t(`composer.send.${kind}`)}
        </Button>
        <Button onClick={onDone}>{t('actions.cancel', { ns: 'common' })}</Button>
      </div>
    </form>
  );
}

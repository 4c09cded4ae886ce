import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '@/api/client';
import { Button, Field, inputClass } from '@/components/ui';
import { zodErrors, type FieldErrors } from '@/lib/forms';
import { loginAgent, loginCustomer } from '@/features/auth/api/login';

const schema = z.object({
  login: z.string().trim().min(1, 'required'),
  password: z.string().min(1, 'required'),
});

/** Agent login; used by the /login page and by the session-expired dialog. */
export function LoginForm({
  onSuccess,
  audience = 'agent',
}: {
  onSuccess: () => void;
  audience?: 'agent' | 'customer';
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodErrors(parsed.error));
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await (audience === 'agent' ? loginAgent : loginCustomer)(parsed.data.login, parsed.data.password);
      onSuccess();
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setErrors({
        form: status === 429 ? 'throttled' : status === 401 || status === 400 ? 'invalid' : 'failed',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <Field label={t('login.login')} error={errors.login && t(`validation.${errors.login}`)}>
        {(id, describedBy) => (
          <input
            id={id}
            name="login"
            autoComplete="username"
            className={inputClass}
            value={values.login}
            aria-invalid={!!errors.login}
            aria-describedby={describedBy}
            onChange={(e) => setValues({ ...values, login: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('login.password')} error={errors.password && t(`validation.${errors.password}`)}>
        {(id, describedBy) => (
          <input
            id={id}
            name="password"
            type="password"
            autoComplete="current-password"
            className={inputClass}
            value={values.password}
            aria-invalid={!!errors.password}
            aria-describedby={describedBy}
            onChange={(e) => setValues({ ...values, password: e.target.value })}
          />
        )}
      </Field>
      {errors.form && (
        <p role="alert" className="text-sm text-red-700">
          {t(`login.error.${errors.form}`)}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={busy}>
        {t('login.submit')}
      </Button>
    </form>
  );
}

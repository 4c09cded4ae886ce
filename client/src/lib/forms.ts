import type { z } from 'zod';
import { ApiError } from '@/api/client';

export type FieldErrors = Record<string, string>;

/** zod issues → one message per field (first wins). */
export function zodErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'form';
    out[field] ??= issue.message;
  }
  return out;
}

/** ProblemDetails `errors` (server field names, maybe "Article.Subject") → our field names (last segment, camelCase). */
export function problemErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return { form: error instanceof Error ? error.message : String(error) };
  const out: FieldErrors = {};
  for (const [name, messages] of Object.entries(error.problem.errors ?? {})) {
    const last = name.split('.').pop() ?? name;
    const field = last.charAt(0).toLowerCase() + last.slice(1);
    if (messages[0]) out[field] ??= messages[0];
  }
  if (Object.keys(out).length === 0) out.form = error.message;
  return out;
}

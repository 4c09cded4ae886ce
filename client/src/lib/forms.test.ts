import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/api/client';
import { problemErrors, zodErrors } from '@/lib/forms';

describe('form errors', () => {
  it('maps ProblemDetails field errors onto form fields', () => {
    const error = new ApiError(400, {
      title: 'Validation failed',
      errors: { 'Article.Subject': ['Subject must not be empty.'], QueueId: ['Unknown queue.', 'x'] },
    });
    expect(problemErrors(error)).toEqual({
      subject: 'Subject must not be empty.',
      queueId: 'Unknown queue.',
    });
  });

  it('puts an error without fields on the form', () => {
    expect(problemErrors(new ApiError(409, { detail: 'Changed by someone else.' }))).toEqual({
      form: 'Changed by someone else.',
    });
  });

  it('keeps the first zod issue per field', () => {
    const schema = z.object({ title: z.string().min(1, 'required').min(3, 'short') });
    const result = schema.safeParse({ title: '' });
    expect(result.success).toBe(false);
    expect(zodErrors(result.error!)).toEqual({ title: 'required' });
  });
});

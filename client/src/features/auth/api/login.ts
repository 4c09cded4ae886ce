import { api, unwrap } from '@/api/client';
import { session } from '@/lib/session';

export async function loginAgent(login: string, password: string) {
  const tokens = unwrap(await api.POST('/api/v1/auth/login', { body: { login, password } }));
  session.start(tokens);
  return tokens;
}

/** Customer sign-in for the portal shell; the portal's own session handling arrives with its screens. */
export async function loginCustomer(login: string, password: string) {
  return unwrap(await api.POST('/api/v1/customer/auth/login', { body: { login, password } }));
}

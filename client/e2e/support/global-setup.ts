import { adminPassword, secondAgent, startStack } from './stack';

/** Starts the stack once for all specs; workers read where it runs from the environment. */
export default async function globalSetup() {
  const stack = await startStack();
  process.env.E2E_BASE_URL = stack.baseUrl;
  process.env.E2E_API_URL = stack.apiUrl;
  process.env.E2E_ADMIN_PASSWORD = adminPassword;
  process.env.E2E_AGENT2_LOGIN = secondAgent.login;
  process.env.E2E_AGENT2_PASSWORD = secondAgent.password;
  return stack.stop;
}

/** A thin REST client for seeding and for "another agent" acting through the API. */
export class Rest {
  private constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  static async login(login: string, password: string, base = process.env.E2E_API_URL!) {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    if (!res.ok) throw new Error(`login ${login}: ${res.status} ${await res.text()}`);
    const { accessToken } = (await res.json()) as { accessToken: string };
    return new Rest(base, accessToken);
  }

  static admin() {
    return Rest.login('root@localhost', process.env.E2E_ADMIN_PASSWORD!);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async queueId(name: string) {
    const queues = await this.call<{ id: number; name: string }[]>('GET', '/api/v1/queues');
    const queue = queues.find((q) => q.name === name);
    if (!queue) throw new Error(`no queue ${name}`);
    return queue.id;
  }

  createTicket(title: string, queueId: number) {
    return this.call<{ id: number; ticketNumber: string }>('POST', '/api/v1/tickets', {
      title,
      queueId,
      customerUser: 'max.mustermann',
      article: { subject: title, body: `${title} — body`, channel: 'phone', senderType: 'customer' },
    });
  }

  addNote(ticketId: number, subject: string) {
    return this.call('POST', `/api/v1/tickets/${ticketId}/articles`, {
      subject,
      body: `${subject} — written through the API`,
      channel: 'internal',
      isVisibleForCustomer: false,
    });
  }

  ticket(ticketId: number) {
    return this.call<{
      ticket: { queue: string; state: string; stateType: string; pendingUntil?: string };
      articles: {
        items: {
          subject: string;
          channel: string;
          isVisibleForCustomer: boolean;
          attachments: { filename: string }[];
        }[];
      };
    }>('GET', `/api/v1/tickets/${ticketId}?articlePageSize=100`);
  }
}

const key = 'gotrs.ticketList';

/** Remembers the ids of the list the agent last looked at, so j/k in a zoom walk through it. */
export function rememberTicketList(ids: number[]) {
  if (ids.length) sessionStorage.setItem(key, JSON.stringify(ids));
}

export function neighbour(id: number, step: 1 | -1): number | undefined {
  const ids = JSON.parse(sessionStorage.getItem(key) ?? '[]') as number[];
  const i = ids.indexOf(id);
  return i === -1 ? undefined : ids[i + step];
}

import { useSyncExternalStore } from 'react';
import { session } from '@/lib/session';

export function useSessionState() {
  return useSyncExternalStore(session.subscribe, session.state, session.state);
}

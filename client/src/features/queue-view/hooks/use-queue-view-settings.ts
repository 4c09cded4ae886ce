import { usePreferences, useSavePreference } from '@/api/preferences';

export interface QueueViewSettings {
  sort: string;
  pageSize: number;
  stateTypes: string[];
  priorityIds: number[];
}

export const defaultSettings: QueueViewSettings = {
  sort: '-age',
  pageSize: 25,
  stateTypes: ['new', 'open'],
  priorityIds: [],
};

/** Sort, filters and page size, remembered per agent (preference "queueView"). */
export function useQueueViewSettings() {
  const prefs = usePreferences();
  const save = useSavePreference();
  const stored = (prefs.data?.queueView ?? {}) as Partial<QueueViewSettings>;
  const settings: QueueViewSettings = { ...defaultSettings, ...stored };
  const update = (change: Partial<QueueViewSettings>) =>
    save.mutate({ name: 'queueView', value: { ...settings, ...change } });
  return { settings, update, ready: !prefs.isPending };
}

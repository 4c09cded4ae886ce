import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber, formatRelative, setTimeZone } from '@/lib/format';

describe('format', () => {
  afterEach(() => setTimeZone(undefined));

  it('shows times in the agent time zone', () => {
    setTimeZone('Asia/Tokyo');
    expect(formatDateTime('2026-01-02T00:30:00Z', 'en')).toContain('9:30');
    setTimeZone('America/New_York');
    expect(formatDateTime('2026-01-02T00:30:00Z', 'en')).toContain('7:30');
  });

  it('ignores an unknown time zone instead of failing', () => {
    setTimeZone('Mars/Olympus');
    expect(formatDateTime('2026-01-02T00:30:00Z', 'en')).not.toBe('');
  });

  it('formats numbers and relative times in the locale', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(12, 'ar-EG')).toBe('١٢');
    const now = Date.parse('2026-01-02T12:00:00Z');
    expect(formatRelative('2026-01-02T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2026-01-04T12:00:00Z', 'fr', now)).toBe('après-demain');
  });
});

describe('useFormatters', () => {
  it('re-renders shown times when the agent changes the time zone', async () => {
    const { render, screen, act } = await import('@testing-library/react');
    const { useFormatters } = await import('@/lib/format');
    function Clock() {
      return <p>{useFormatters().dateTime('2026-01-02T00:30:00Z')}</p>;
    }
    setTimeZone('Asia/Tokyo');
    render(<Clock />);
    expect(screen.getByText(/9:30/)).toBeInTheDocument();
    act(() => setTimeZone('America/New_York'));
    expect(screen.getByText(/7:30/)).toBeInTheDocument();
  });
});

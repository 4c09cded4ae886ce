import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHotkeys } from '@/lib/hotkeys';

function Harness({ log }: { log: string[] }) {
  useHotkeys({ r: () => log.push('reply'), '/': () => log.push('search') });
  return (
    <>
      <input aria-label="field" />
      <div contentEditable suppressContentEditableWarning aria-label="editor" role="textbox" />
      <button type="button">plain</button>
    </>
  );
}

describe('useHotkeys', () => {
  it('runs a bound key pressed outside text fields', () => {
    const log: string[] = [];
    render(<Harness log={log} />);
    fireEvent.keyDown(screen.getByRole('button'), { key: 'r' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(log).toEqual(['reply', 'search']);
  });

  it('leaves letters alone while typing or with a modifier', () => {
    const log: string[] = [];
    render(<Harness log={log} />);
    fireEvent.keyDown(screen.getByLabelText('field'), { key: 'r' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'editor' }), { key: 'r' });
    fireEvent.keyDown(document.body, { key: 'r', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'x' });
    expect(log).toEqual([]);
  });
});

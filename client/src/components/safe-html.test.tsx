import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeHtml, sanitize } from '@/components/safe-html';

describe('SafeHtml', () => {
  it('drops scripts, handlers, styles and frames but keeps formatting', () => {
    const clean = sanitize(
      '<p onclick="x()">Hi <b>there</b><script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="//evil"></iframe><span style="position:fixed">s</span></p>',
    );
    expect(clean).toContain('<b>there</b>');
    expect(clean).not.toMatch(/script|onerror|onclick|iframe|style=/);
  });

  it('opens links in a new tab without an opener', () => {
    const { container } = render(
      <SafeHtml html={'<a href="https://example.org">x</a><a href="javascript:alert(1)">y</a>'} />,
    );
    const links = container.querySelectorAll('a');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(links[1]?.getAttribute('href')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatHours, formatShare } from './performance';

describe('partner performance figures', () => {
  it('shows shares as whole percentages and nothing as a dash', () => {
    expect(formatShare(0.8333)).toBe('83%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(null)).toBe('—');
  });

  it('shows hours, and days from a day on', () => {
    expect(formatHours(3.46)).toBe('3.5 h');
    expect(formatHours(30)).toBe('1.3 d');
    expect(formatHours(undefined)).toBe('—');
  });
});

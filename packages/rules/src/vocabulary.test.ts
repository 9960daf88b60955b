import { describe, expect, it } from 'vitest';
import { SEVERITY_LABELS, severityCount, STATUS_LABELS } from './vocabulary';

describe('status and severity words', () => {
  it('one set in each language', () => {
    expect(STATUS_LABELS.vi.fail).toBe('Chưa đạt');
    expect(SEVERITY_LABELS.vi.info).toBe('Gợi ý');
    expect(Object.keys(STATUS_LABELS.en)).toEqual(Object.keys(STATUS_LABELS.vi));
  });

  it('counts findings in running text, English plurals included', () => {
    expect(severityCount(3, 'info', 'vi')).toBe('3 gợi ý');
    expect(severityCount(1, 'warning', 'en')).toBe('1 warning');
    expect(severityCount(0, 'error', 'en')).toBe('0 errors');
  });
});

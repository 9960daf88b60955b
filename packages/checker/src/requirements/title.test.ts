import { describe, expect, it } from 'vitest';
import type { CheckConfig } from '../types';
import { requirementIds, requirementTitle } from './title';

const options: CheckConfig = {
  requirements: {
    'covers-digital-transformation': {
      kind: 'covers-task',
      title: { vi: 'Kế hoạch có nhiệm vụ chuyển đổi số', en: 'The plan has a digital transformation task' },
      severity: 'error',
      terms: ['chuyển đổi số'],
    },
    'sets-deadline': {
      kind: 'covers-task',
      title: { vi: 'Kế hoạch có thời hạn' },
      severity: 'warning',
      terms: ['thời hạn'],
    },
  },
};

describe('requirementTitle', () => {
  it('labels built-in requirements from their rule and configured ones from their spec', () => {
    expect(requirementTitle('has-recipients', 'vi')).toBe('Kế hoạch có phần "Nơi nhận"');
    expect(requirementTitle('has-recipients', 'en')).toBe('The plan has a "Nơi nhận" block');
    expect(requirementTitle('covers-digital-transformation', 'en', options)).toBe(
      'The plan has a digital transformation task',
    );
    expect(requirementTitle('sets-deadline', 'en', options)).toBe('Kế hoạch có thời hạn');
    expect(requirementTitle('not-configured', 'vi', options)).toBe('not-configured');
  });

  it('lists the built-in ids first, then the configured ones', () => {
    expect(requirementIds()).toHaveLength(5);
    expect(requirementIds(options).slice(5)).toEqual(['covers-digital-transformation', 'sets-deadline']);
  });
});

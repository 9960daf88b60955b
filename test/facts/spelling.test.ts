import { check } from '@soat/checker';
import { describe, expect, it } from 'vitest';
import { likelyPairs, realWordError, suggestCorrections, syllablePairCount } from '@soat/checker/facts';
import { knownPairs } from '@soat/rules/pack';

const findings = async (body: string, ruleId: string) =>
  (await check(`KẾ HOẠCH\nDân vận\n${body}`)).findings.filter((f) => f.ruleId === ruleId);

describe('spelling suggestions for non-syllables', () => {
  it.each([
    ['trển', 'phát', 'kinh', 'triển'], // a dropped letter
    ['nguời', 'của', 'dân', 'người'], // the horn of ư not taken
    ['đươc', null, 'giao', 'được'], // no tone mark
    ['dduowcj', 'đã', 'giao', 'được'], // Telex keys left in the text
    ['Thưòng', 'Ban', 'trực', 'Thường'], // wrong vowel mark, capitalised
    ['bẩu', 'công tác', 'cử', 'bầu'], // wrong tone
    ['thưc', null, 'hiện', 'thực'],
  ])('%s (between %s and %s) → %s first', (typo, before, after, right) => {
    expect(suggestCorrections(typo, before, after)[0]).toBe(right);
  });

  it("keeps the writer's capitals and offers at most five", () => {
    const s = suggestCorrections('TRỂN', 'PHÁT', null);
    expect(s[0]).toBe('TRIỂN');
    expect(s.length).toBeLessThanOrEqual(5);
  });

  it('gives the syllable finding its suggestions, and the garbled text none', async () => {
    const [typo] = await findings('Góp phần vào sự phát trển kinh tế của xã.', 'syllable');
    expect(typo!.suggestions?.[0]).toBe('triển');
    expect(typo!.fix).toBeUndefined();
  });
});

describe('words of another language in brackets', () => {
  it('leaves them alone, but counts them toward a garbled text', async () => {
    const gloss = 'Phát triển lưới điện thông minh (smart grid) và nhà máy thông minh (smart factory).';
    expect(await findings(gloss, 'syllable')).toEqual([]);
    // A page of English bibliography in brackets is still a text soát cannot read, not a page of glosses.
    const references = Array.from(
      { length: 8 },
      () => 'Nghiên cứu của tác giả nước ngoài về lịch sử (history of the world).',
    ).join('\n');
    const [garbled] = await findings(references, 'syllable');
    expect(garbled?.messageId).toBe('garbled');
  });
});

describe('real-word errors', () => {
  it('reports a word its neighbours do not take, with the likely word', async () => {
    const [f] = await findings('Các cơ quan phối họp với Mặt trận.', 'real-word');
    expect(f!.suggestions).toEqual(['hợp']);
    expect(f!.severity).toBe('warning');
  });

  it('leaves a pair alone that the document writes elsewhere where both its neighbours fit it', async () => {
    // fresh-6's health-insurance plans: "có thẻ" is the card, not a slip of "có thể".
    const alone = 'Hằng tháng báo cáo số người có thẻ về UBND xã.';
    const [slip] = await findings(alone, 'real-word');
    expect(slip).toMatchObject({ messageId: 'unlikely', suggestions: ['thể'] });
    expect(await findings(`Tỷ lệ người có thẻ bảo hiểm y tế đạt 95%.\n${alone}`, 'real-word')).toEqual([]);
  });

  it('leaves a word alone when its other neighbour vouches for it or it has none', () => {
    expect(realWordError('theo', 'hướng', 'dân', 'chủ')).toBeNull();
    expect(realWordError('bộ', 'máy', 'tinh', null)).toBeNull();
    expect(realWordError('cơ quan', 'phối', 'họp', 'với')).toEqual({ which: 1, right: 'hợp' });
  });

  it('needs the likely word to be seen beside the other neighbour too (false alarms of fixtures/real)', () => {
    // "… so với năm trước liền kề và …" (Kế hoạch CCHC 2026–2030, Lâm Đồng): "liền kế" never occurs.
    expect(realWordError('liền', 'kề', 'và', 'các')).toBeNull();
    // "… xây dựng các phóng sự, tin bài …" (Kế hoạch tuyên truyền CCHC 2026): "phòng sự" never occurs.
    expect(realWordError('dựng', 'các', 'phóng', 'sự')).toBeNull();
  });

  it('leaves the known pairs alone: right where a larger corpus finds them, though never counted in the bigrams', async () => {
    // "Duy trì số lượng cộng tác viên" (Kế hoạch công tác dân số 2026, Cần Thơ); "trong mọi trường hợp" (Hà Nội).
    expect(realWordError('ngũ', 'cộng', 'tác', 'viên')).toBeNull();
    expect(realWordError('trong', 'mọi', 'trường', 'hợp')).toBeNull();
    expect(await findings('Duy trì số lượng cộng tác viên trong mọi trường hợp.', 'real-word')).toEqual([]);
    // Not a typo of the chronicles' "đội tượng binh" either: "đối tượng" is far too frequent for it to be known.
    expect(realWordError('các', 'đội', 'tượng', 'được')).toEqual({ which: 0, right: 'đối' });
  });

  it('holds in known-pairs.json only pairs a check would question (regenerate it with the bigrams)', () => {
    // The real-word check, or the doubled-syllable one after a syllable never counted twice ("giao thông thông minh").
    const stale = knownPairs.pairs.filter((pair) => {
      const [left, right] = pair.split(' ') as [string, string];
      return (
        syllablePairCount(left, right) > 0 ||
        (likelyPairs(left, right).length === 0 && syllablePairCount(left, left) > 0)
      );
    });
    expect(stale).toEqual([]);
  });

  it('leaves the common-typo list to its rule', () => {
    expect(realWordError('kịp', 'sử', 'lý', 'các')).toBeNull();
    expect(realWordError('dân', 'vân', 'chính', 'quyền')).toBeNull();
    expect(realWordError('và', 'vân', 'chính', 'quyền')).toEqual({ which: 0, right: 'vận' });
  });
});

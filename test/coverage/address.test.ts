import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverPlan, normalise, readParentPlan, type ParentPlan } from '@soat/checker';
import { readInput } from '@soat/checker/node';
import { byId } from './labelled';
import { addressedTask } from '../../packages/checker/src/coverage/address';
import { FIXTURES } from '../fixtures';

/** The id a plan's opening gives the address of, among `ids`, for the parent numbered `parent`. */
const addressIn = (opening: string, parent: string, ids: readonly string[]) => {
  const w = normalise(opening);
  return addressedTask(w, [[0, w.text.length]], parent, new Set(ids))?.id ?? null;
};

/** The coverage of a labelled pair of a fresh set's folder: its parent and child file names. */
const coverageIn = async (set: string, parent: string, child: string) => {
  const folder = join(FIXTURES, 'coverage', set);
  const plan = readParentPlan(await readInput(join(folder, parent))) as ParentPlan;
  return byId(coverPlan(plan, await readInput(join(folder, child))));
};

describe('the address of the parent task a plan carries out (step 129)', () => {
  const ids = ['Đ3.2', 'Đ3.2.c', 'III.3', 'II.4.đ', 'II.2.2.o', '4', '7', '8'];

  it.each([
    [
      'nhiệm vụ được giao tại điểm c khoản 2 Điều 3 Nghị quyết số 99/NQ-CP ngày 06/4/2026 của Chính phủ',
      '99/NQ-CP',
      'Đ3.2.c',
    ],
    [
      'Thực hiện Thông báo số 623/TB-VPCP ngày 15/11/2025 của Văn phòng Chính phủ (mục 3 phần III)',
      '623/TB-VPCP',
      'III.3',
    ],
    ['nhiệm vụ được giao tại điểm đ mục 4 phần II Kế hoạch số 15/KH-UBND ngày 07/01/2026', '15/KH-UBND', 'II.4.đ'],
    ['nhiệm vụ được giao tại điểm o khoản 2.2 mục II Kế hoạch số 3260-KH/ĐĐQH15', '3260-KH/ĐĐQH15', 'II.2.2.o'],
    ['Thực hiện nhiệm vụ tại khoản 4 Chỉ thị số 13/CT-TTg ngày 02/5/2024', '13/CT-TTg', '4'],
  ])('%s → %s', (opening, parent, id) => {
    expect(addressIn(opening, parent, ids)).toBe(id);
  });

  it('reads none for another document, two tasks, or an id the parent does not have', () => {
    // The address is of the intermediate plan, not of the parent.
    expect(
      addressIn('nhiệm vụ được giao tại điểm c khoản 2 Điều 3 Nghị quyết số 99/NQ-CP', '14/KH-UBND', ids),
    ).toBeNull();
    expect(addressIn('nhiệm vụ tại khoản 7 và khoản 8 Chỉ thị số 13/CT-TTg', '13/CT-TTg', ids)).toBeNull();
    expect(addressIn('nhiệm vụ tại khoản 9 Chỉ thị số 13/CT-TTg', '13/CT-TTg', ids)).toBeNull();
  });

  it("takes the addressed task up, and the others in passing (fresh-68's audit)", async () => {
    const got = await coverageIn(
      'fresh-68',
      'cp-nq-99-2026-dung-dau-tu-tru-so-bo-ngoai-giao.txt',
      'ktnn-kh-kiem-toan-du-an-tru-so-bo-ngoai-giao-2026.txt',
    );
    expect(got['Đ3.2.c']!.status).toBe('covered');
    expect(got['Đ3.2.c']!.evidence[0]!.text).toMatch(/tại điểm c khoản 2 Điều 3 Nghị quyết số 99\/NQ-CP/);
    // Bộ Tài chính's settlement, which the audit speaks of, is another body's task: not taken up.
    expect(got['Đ3.2.b']!).toMatchObject({ status: 'missing', reason: { kind: 'plan-for-task', task: 'Đ3.2.c' } });
  });

  it('takes an addressed part up, the tasks above it in part (fresh-66)', async () => {
    const got = (
      await coverageIn(
        'fresh-66',
        'ddqh-kh-3260-2025-nq-57-khcn-dmst-cds.txt',
        'qh-uy-ban-ctdb-kh-boi-duong-khcn-cds-dai-bieu-2026.txt',
      )
    )['II.2']!;
    const part = got.parts!['II.2.2']!;
    expect([got.status, part.status, part.parts!['II.2.2.o']!.status]).toEqual(['partial', 'partial', 'covered']);
  });

  it("keeps an inspection plan's reading: its addressed checking task covered, what it checks in passing (fresh-74)", async () => {
    const got = await coverageIn(
      'fresh-74',
      'cp-nq-66-16-2026-cat-giam-tthc-san-xuat-kinh-doanh.txt',
      'btp-kh-kiem-tra-thuc-hien-nq-66-16-2026-tai-cac-bo.txt',
    );
    expect(got['Đ17.2']!.status).toBe('covered');
    expect(got['Đ17.1.b']!).toMatchObject({ status: 'partial', reason: { kind: 'activity-plan', task: 'Đ17.2' } });
  });
});

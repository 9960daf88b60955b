/**
 * The usual names of common sectors' tasks (packages/rules/data/task-concepts.json, issue 11 §3): a parent task titled
 * by one name of a concept is taken up by a child item that says another name of it, in other words than the title.
 * Each case's item shares no syllable pair with the task's title, so without the concept the task stays missing.
 */
import { describe, expect, it } from 'vitest';
import { coverPlan, fold, readParentPlan, type ParentPlan } from '@soat/checker';
import { conceptFinder, conceptsIn, nameKey } from '../../packages/checker/src/coverage/concepts';
import { taskConcepts } from '@soat/rules/pack';

interface SectorCase {
  /** The concept whose names join the task's title and the item. */
  concept: string;
  /** The parent's three tasks (heading, then one sentence of body); the first is named by the concept. */
  tasks: readonly [string, string][];
  /** The child's one item (heading, then body), in other words than the first task's title. */
  item: readonly [string, string];
}

const CASES: SectorCase[] = [
  {
    // A part of digital government: the other part of it (infrastructure) stays missing.
    concept: 'cds-ky-nang-so',
    tasks: [
      ['Phát triển nhân lực số', 'Nâng cao năng lực cho cán bộ và người dân.'],
      ['Phát triển hạ tầng số', 'Nâng cấp mạng, thiết bị cho cơ quan.'],
      ['Thi đua, khen thưởng', 'Phát động phong trào, biểu dương kịp thời.'],
    ],
    item: ['Bình dân học vụ số', 'Duy trì Tổ công nghệ số cộng đồng ở 12 thôn, mở lớp hướng dẫn cho người dân.'],
  },
  {
    concept: 'dich-benh-truyen-nhiem',
    tasks: [
      ['Phòng, chống dịch bệnh truyền nhiễm', 'Chủ động giám sát, phát hiện sớm, không để lây lan trong cộng đồng.'],
      ['Nâng cao chất lượng khám bệnh, chữa bệnh', 'Củng cố trạm y tế, bảo đảm thuốc thiết yếu.'],
      ['Thu hút đầu tư vào cụm công nghiệp', 'Hoàn thiện hạ tầng kỹ thuật cụm, mời gọi doanh nghiệp.'],
    ],
    item: ['Diệt lăng quăng ở các thôn', 'Phun hóa chất quanh nhà có ca sốt xuất huyết, lật úp dụng cụ chứa nước.'],
  },
  {
    concept: 'phong-chong-thien-tai',
    tasks: [
      ['Phòng, chống thiên tai', 'Chủ động ứng phó, giảm thiệt hại về người và tài sản.'],
      ['Phát triển sản phẩm OCOP', 'Hỗ trợ chủ thể hoàn thiện bao bì, nhãn mác.'],
      ['Đào tạo nghề cho lao động nông thôn', 'Mở lớp theo nhu cầu của doanh nghiệp.'],
    ],
    item: ['Phương án sơ tán dân vùng sạt lở đất', 'Chuẩn bị lương thực, nhà tạm trú theo phương châm bốn tại chỗ.'],
  },
  {
    concept: 'quoc-phong-quan-su',
    tasks: [
      ['Công tác quốc phòng, quân sự địa phương', 'Xây dựng nền vững mạnh, sẵn sàng chiến đấu.'],
      ['Giải quyết khiếu nại, tố cáo', 'Xử lý kịp thời, không để tồn đọng, vượt cấp.'],
      ['Chuyển đổi số trong cơ quan', 'Sử dụng chữ ký số, văn bản điện tử.'],
    ],
    item: ['Tuyển quân năm 2027', 'Khám tuyển, gọi công dân nhập ngũ, giao nhận quân đủ chỉ tiêu huyện giao.'],
  },
  {
    concept: 've-sinh-moi-truong',
    tasks: [
      ['Vệ sinh môi trường khu dân cư', 'Giữ gìn cảnh quan sáng, xanh tại các thôn.'],
      ['Phòng, chống ma túy', 'Không để phát sinh điểm phức tạp trên địa bàn.'],
      ['Thi đua, khen thưởng', 'Phát động phong trào, biểu dương kịp thời.'],
    ],
    item: [
      'Ngày chủ nhật xanh',
      'Khơi thông cống rãnh; thu gom rác thải về điểm tập kết rác, phân loại rác tại nguồn.',
    ],
  },
  {
    concept: 'giai-phong-mat-bang',
    tasks: [
      ['Giải phóng mặt bằng các dự án trọng điểm', 'Bàn giao đúng tiến độ cho chủ đầu tư.'],
      ['Thực hiện dân chủ ở cơ sở', 'Công khai thông tin để Nhân dân biết, bàn, kiểm tra.'],
      ['Phát triển năng lượng tái tạo', 'Khuyến khích lắp điện mặt trời mái nhà.'],
    ],
    item: [
      'Đường vành đai phía Tây',
      'Kiểm đếm, lập phương án bồi thường, hỗ trợ, tái định cư cho 42 hộ bị thu hồi đất.',
    ],
  },
  {
    concept: 'bi-mat-nha-nuoc',
    tasks: [
      ['Bảo vệ bí mật nhà nước', 'Không để xảy ra vi phạm trong cơ quan.'],
      ['Cải cách thủ tục hành chính', 'Giải quyết hồ sơ đúng hạn tại bộ phận một cửa.'],
      ['Khen thưởng người tốt, việc tốt', 'Biểu dương kịp thời các gương điển hình.'],
    ],
    item: ['Văn thư lưu trữ', 'Vào sổ tài liệu mật đến, đi; đề xuất giải mật tài liệu đã hết thời hạn.'],
  },
  {
    concept: 'chan-nuoi-thu-y',
    tasks: [
      ['Phòng, chống dịch bệnh động vật', 'Không để phát sinh, lây lan trên đàn vật nuôi.'],
      ['Phòng, chống dịch bệnh truyền nhiễm ở người', 'Giám sát chặt chẽ tại cộng đồng, trường học.'],
      ['Cải cách tài chính công', 'Quản lý chặt chẽ tài sản công, đầu tư công.'],
    ],
    item: ['Đợt tiêm phòng vụ xuân', 'Tiêm phòng lở mồm long móng cho trâu, bò; tiêu độc, khử trùng chuồng trại.'],
  },
  {
    concept: 'giam-ngheo',
    tasks: [
      ['Giảm nghèo bền vững', 'Thực hiện đầy đủ chính sách của Chương trình mục tiêu quốc gia.'],
      ['Tiếp xúc cử tri', 'Tổ chức cho người ứng cử gặp gỡ cử tri.'],
      ['Phát triển kinh tế tuần hoàn', 'Khuyến khích tận dụng, quay vòng nguyên liệu.'],
    ],
    item: ['Rà soát hộ cận nghèo', 'Xóa nhà tạm, nhà dột nát; hỗ trợ sinh kế để hộ thoát nghèo.'],
  },
];

const section = (heading: string, lines: readonly (readonly [string, string])[]) => [
  heading,
  ...lines.flatMap(([title, body], i) => [`${i + 1}. ${title}`, body]),
];
const plan = (summary: string, content: string[], closing: string) =>
  ['KẾ HOẠCH', summary, ...content, 'II. TỔ CHỨC THỰC HIỆN', `1. ${closing}`].join('\n\n');

describe('sector concepts: an item in other words takes up the task its concept names', () => {
  it.each(CASES)('$concept', ({ tasks, item }) => {
    const parent = readParentPlan(
      plan('Nhiệm vụ trọng tâm năm 2026', section('I. NHIỆM VỤ', tasks), 'Các phòng, ban theo dõi.'),
    ) as ParentPlan;
    expect(parent.tasks.map((t) => t.id)).toEqual(['I.1', 'I.2', 'I.3']);
    const covered = coverPlan(
      parent,
      plan('Thực hiện nhiệm vụ năm 2026 của xã', section('I. NỘI DUNG', [item]), 'Các thôn thực hiện.'),
    );
    expect(covered['I.1']!.status).not.toBe('missing');
    expect([covered['I.2']!.status, covered['I.3']!.status]).toEqual(['missing', 'missing']);
  });
});

// Pairs of concepts that share names, older than `partOf` (an umbrella and its parts): any other shared name would join
// two unrelated tasks. A name inside another's ("công vụ" in "thư điện tử công vụ") is no sharing: where both concepts
// are looked for, the longer name is read.
const UMBRELLAS = new Set([
  'cchc-chi-dao lanh-dao-chi-dao',
  'ma-tuy-cai-nghien phong-chong-ma-tuy',
  'ma-tuy-dau-tranh phong-chong-ma-tuy',
]);

describe('sector concepts: names', () => {
  const words = (term: string) => nameKey(fold(term));
  it("no name is another concept's (folded), but in those pairs", () => {
    const shared: string[] = [];
    for (const a of taskConcepts.concepts)
      for (const b of taskConcepts.concepts) {
        if (a.id >= b.id || UMBRELLAS.has(`${a.id} ${b.id}`)) continue;
        for (const s of a.terms)
          for (const t of b.terms) if (words(t) === words(s)) shared.push(`${a.id}:${s} ~ ${b.id}:${t}`);
      }
    expect(shared).toEqual([]);
  });

  it("a part's names name its whole, and the longest name is read where two begin", () => {
    expect(conceptsIn(fold('Số hóa hồ sơ lưu trữ'))).toEqual(new Set(['cds-du-lieu', 'cchc-chinh-quyen-so']));
    // "phát triển nhân lực" (vocational training) begins the same words: digital skills are read.
    expect(conceptsIn(fold('Phát triển nhân lực số'))).toEqual(new Set(['cds-ky-nang-so', 'cchc-chinh-quyen-so']));
    expect(conceptsIn(fold('Phát triển nhân lực'))).toEqual(new Set(['nguon-nhan-luc']));
    // "nguồn nhân lực chuyển đổi số" (2597/QĐ-TTg) is the digital workforce, not vocational training's.
    expect(conceptsIn(fold('Phát triển nguồn nhân lực chuyển đổi số'))).toEqual(
      new Set(['cds-ky-nang-so', 'cchc-chinh-quyen-so']),
    );
    // Where only the whole is looked for, a part's name finds it.
    const found: string[] = [];
    conceptFinder(['cchc-chinh-quyen-so'])!(fold('Làm sạch dữ liệu dân cư'), (term) => found.push(term));
    expect(found).toEqual(['#cchc-chinh-quyen-so']);
  });

  // The sectors' concepts (issue 11 §3), each from its law: names of two syllables or more, never a lone acronym.
  const SECTORS =
    'dich-benh-truyen-nhiem tiem-chung bao-ve-moi-truong ve-sinh-moi-truong nuoc-sach an-toan-thuc-pham phong-chong-thien-tai pccc-cnch an-ninh-trat-tu quoc-phong-quan-su bi-mat-nha-nuoc giao-duc-pho-thong van-hoa the-duc-the-thao an-toan-giao-thong giai-phong-mat-bang quan-ly-dat-dai trat-tu-xay-dung giam-ngheo bao-tro-xa-hoi nguoi-co-cong dan-so tre-em binh-dang-gioi chan-nuoi-thu-y bao-ve-rung thu-ngan-sach thong-tin-co-so pho-bien-phap-luat phong-chong-tham-nhung ho-tich-chung-thuc trong-trot vung-nguyen-lieu xuc-tien-thuong-mai thuy-loi-de-dieu chinh-quyen-hai-cap cds-du-lieu cds-nen-tang cds-ha-tang cds-an-toan-thong-tin cds-ky-nang-so cds-kinh-te-so'.split(
      ' ',
    );
  it('each sector concept names its source, and each of its names has two syllables or more', () => {
    for (const id of SECTORS) {
      const concept = taskConcepts.concepts.find((c) => c.id === id);
      expect(concept?.source, id).toMatch(/\d{4}/);
      for (const t of concept!.terms) expect(words(t).trim().split(' ').length, t).toBeGreaterThan(1);
    }
  });
});

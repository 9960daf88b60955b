/**
 * A parent plan whose tasks have parts, and a child taking up two of them (coverage.test.ts, cli.test.ts,
 * test/e2e/web.test.ts).
 */

/** A parent whose tasks have points, dashes under a point, "+" under a dash, and one task none (PARTS_CHILD's). */
export const PARTS_PARENT = [
  'KẾ HOẠCH',
  'Bảo vệ môi trường năm 2026',
  'I. NHIỆM VỤ',
  '1. Tổ chức phong trào giữ gìn vệ sinh môi trường',
  'a) Ủy ban nhân dân các xã',
  '- Ra quân tổng vệ sinh vào sáng thứ Bảy hằng tuần tại các khu dân cư;',
  '- Khen thưởng kịp thời các tập thể, cá nhân có thành tích trong phong trào.',
  'b) Các trường học tổ chức ngoại khóa về phân loại rác thải tại nguồn.',
  '2. Xử lý rác thải sinh hoạt',
  '- Đầu tư lò đốt rác thải tại các xã:',
  '+ Khảo sát vị trí đặt lò đốt;',
  '+ Bố trí kinh phí xây dựng lò đốt.',
  '- Lắp đặt camera giám sát việc xả rác tại các điểm nóng.',
  '3. Trồng cây xanh trên các tuyến đường.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Văn phòng theo dõi.',
].join('\n\n');
/** A commune's plan that takes up two of PARTS_PARENT's parts, each in an item of its own. */
export const PARTS_CHILD = [
  'KẾ HOẠCH',
  'Bảo vệ môi trường năm 2026 của xã',
  'I. NỘI DUNG',
  '1. Ra quân tổng vệ sinh môi trường vào sáng thứ Bảy hằng tuần ở các thôn.',
  '2. Lắp đặt camera giám sát việc xả rác ở chợ và bến xe.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Các thôn thực hiện.',
].join('\n\n');

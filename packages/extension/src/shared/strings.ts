/** User-facing strings of the extension's own UI (rule messages come from the rule pack). */
import type { Lang } from '@soat/checker';
import { SEVERITY_LABELS, severityCount, STATUS_LABELS } from '@soat/rules/vocabulary';

export type { Lang };

function summary(errors: number, warnings: number, infos: number, lang: Lang): string {
  return [
    severityCount(errors, 'error', lang),
    severityCount(warnings, 'warning', lang),
    severityCount(infos, 'info', lang),
  ].join(', ');
}

const vi = {
  severity: SEVERITY_LABELS.vi,
  status: STATUS_LABELS.vi,
  fixTo: (text: string) => `Sửa thành “${text}”`,
  fixDelete: 'Xoá đoạn này',
  fix: 'Sửa',
  checkFiles: 'Kiểm tra tệp',
  fixAll: (n: number) => `Sửa tất cả (${n})`,
  times: (n: number) => `${n} chỗ`,
  ignoreHere: 'Bỏ qua chỗ này',
  turnOffRule: 'Tắt quy tắc này',
  ruleTurnedOff: (title: string) => `Đã tắt quy tắc “${title}”.`,
  undo: 'Hoàn tác',
  previous: 'Lỗi trước ở chỗ này',
  next: 'Lỗi tiếp theo ở chỗ này',
  ignoredTitle: 'Đã bỏ qua',
  restore: 'Khôi phục',
  occurrence: (n: number) => `lần thứ ${n}`,
  source: 'Căn cứ',
  close: 'Đóng',
  requirements: 'Yêu cầu đối với Kế hoạch',
  findings: 'Lỗi và cảnh báo',
  noFindings: 'Không có lỗi nào.',
  noEditor: 'Chưa thấy ô soạn thảo nào trên trang này. Hãy bấm vào ô soạn thảo hoặc bật soát cho trang.',
  checking: 'Đang kiểm tra…',
  evidence: 'Căn cứ tìm thấy',
  settings: 'Cài đặt',
  profile: 'Bộ quy tắc',
  mode: 'Chế độ',
  modes: { draft: 'Dự thảo', final: 'Bản ban hành' },
  expectedParents: 'Kế hoạch cấp trên cần dẫn (mỗi dòng một số hiệu)',
  language: 'Ngôn ngữ',
  rules: 'Quy tắc',
  configuredRequirements: 'Yêu cầu bổ sung',
  requirementsHelp:
    'Dán hoặc nhập tệp JSON có "requirements" như trong soat.config.json (ví dụ nhiệm vụ chuyển đổi số); để trống rồi bấm Áp dụng để bỏ.',
  applyRequirements: 'Áp dụng',
  importRequirements: 'Nhập từ tệp…',
  requirementsInvalid: 'Yêu cầu không hợp lệ, chưa lưu',
  requirementsStored: (n: number) => (n ? `Đang dùng ${n} yêu cầu bổ sung.` : 'Chưa có yêu cầu bổ sung.'),
  siteOn: 'soát đang bật trên trang này',
  siteOff: 'soát đang tắt trên trang này',
  enableSite: 'Bật soát cho trang này',
  disableSite: 'Tắt soát cho trang này',
  enableEmbedded: (hosts: string) => `Bật cả cho khung soạn thảo nhúng từ ${hosts}`,
  openPanel: 'Mở bảng kiểm tra',
  unsupportedPage: 'Không thể kiểm tra trang này.',
  summary: (errors: number, warnings: number, infos: number) => summary(errors, warnings, infos, 'vi'),
  privacy: 'Văn bản chỉ được kiểm tra trên máy này; soát không gửi dữ liệu đi đâu.',
};

type Strings = typeof vi;

const en: Strings = {
  severity: SEVERITY_LABELS.en,
  status: STATUS_LABELS.en,
  fixTo: (text: string) => `Change to “${text}”`,
  fixDelete: 'Delete this',
  fix: 'Fix',
  checkFiles: 'Check files',
  fixAll: (n: number) => `Fix all (${n})`,
  times: (n: number) => `${n} places`,
  ignoreHere: 'Ignore here',
  turnOffRule: 'Turn off this rule',
  ruleTurnedOff: (title: string) => `Rule “${title}” turned off.`,
  undo: 'Undo',
  previous: 'Previous finding here',
  next: 'Next finding here',
  ignoredTitle: 'Ignored',
  restore: 'Restore',
  occurrence: (n: number) => `occurrence ${n}`,
  source: 'Source',
  close: 'Close',
  requirements: 'Plan requirements',
  findings: 'Errors and warnings',
  noFindings: 'No problems found.',
  noEditor: 'No editor found on this page yet. Click into an editor or enable soát for this site.',
  checking: 'Checking…',
  evidence: 'Evidence found',
  settings: 'Settings',
  profile: 'Rule profile',
  mode: 'Mode',
  modes: { draft: 'Draft', final: 'Final' },
  expectedParents: 'Parent plans to cite (one number per line)',
  language: 'Language',
  rules: 'Rules',
  configuredRequirements: 'Additional requirements',
  requirementsHelp:
    'Paste or import a JSON file with "requirements" as in soat.config.json (e.g. a digital transformation task); empty the box and apply to remove them.',
  applyRequirements: 'Apply',
  importRequirements: 'Import from a file…',
  requirementsInvalid: 'Invalid requirements, not saved',
  requirementsStored: (n: number) =>
    n ? `${n} additional requirement${n === 1 ? '' : 's'} in use.` : 'No additional requirements.',
  siteOn: 'soát is on for this site',
  siteOff: 'soát is off for this site',
  enableSite: 'Enable soát on this site',
  disableSite: 'Disable soát on this site',
  enableEmbedded: (hosts: string) => `Also enable the editors embedded from ${hosts}`,
  openPanel: 'Open the check panel',
  unsupportedPage: 'This page cannot be checked.',
  summary: (errors: number, warnings: number, infos: number) => summary(errors, warnings, infos, 'en'),
  privacy: 'Text is checked on this machine only; soát sends nothing anywhere.',
};

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}

export { STATUS_SYMBOLS as STATUS_ICONS } from '@soat/rules/vocabulary';

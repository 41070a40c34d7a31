/** Each part of an extraction or a plan draft as the import review names it, for warnings. */
export const PART_LABELS: Record<string, string> = {
  title: 'trích yếu',
  place: 'địa danh',
  bases: 'căn cứ',
  channels: 'hình thức tuyên truyền',
  phases: 'các đợt',
  assignments: 'phân công',
  recipients: 'nơi nhận',
  signer: 'người ký',
  metrics: 'số liệu',
};

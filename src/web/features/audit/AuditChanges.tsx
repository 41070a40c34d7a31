import { Descriptions, Typography } from 'antd';
import { kindLabel, roleLabel, ROLES, UNIT_KINDS } from '../../components/labels';
import { hasMessage, useT, type Translate } from '../../i18n/i18n';

const isChange = (v: unknown): v is { from: unknown; to: unknown } =>
  typeof v === 'object' && v !== null && 'from' in v && 'to' in v;

/** One recorded value, in words where we know them (kinds, roles, yes/no). */
function show(t: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  const kind = UNIT_KINDS.find((k) => k === value);
  if (field === 'kind' && kind) return kindLabel(t, kind);
  const role = ROLES.find((r) => r === value);
  if (field === 'role' && role) return roleLabel(t, role);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

export const fieldLabel = (t: Translate, field: string): string => {
  const key = `field.${field}`;
  return hasMessage(key) ? t(key) : field;
};

/** The `changes` of an audit entry, one line per field: "old → new" for updates. */
export function AuditChanges({ changes }: { changes: Record<string, unknown> }) {
  const t = useT();
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  }
  const items = entries.map(([field, value]) => ({
    key: field,
    label: fieldLabel(t, field),
    children: isChange(value) ? (
      <span>
        <Typography.Text delete type="secondary">
          {show(t, field, value.from)}
        </Typography.Text>
        {' → '}
        <Typography.Text>{show(t, field, value.to)}</Typography.Text>
      </span>
    ) : (
      show(t, field, value)
    ),
  }));
  return (
    <Descriptions size="small" column={1} bordered items={items} data-testid="audit-changes" />
  );
}

import { Alert, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { kindLabel } from '../../components/labels';
import { useT } from '../../i18n/i18n';
import { useUnitSearch } from './units.api';

/** Units matching the search box, each with its kind and where it sits; picking one opens it. */
export function UnitSearchResults({ q, onPick }: { q: string; onPick: (id: string) => void }) {
  const t = useT();
  const search = useUnitSearch(q);
  if (search.isPending) return <Spin style={{ display: 'block', margin: 24 }} />;
  if (search.isError) return <Alert type="error" showIcon title={t('error.loadFailed')} />;
  if (search.data.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('units.searchEmpty', { q })}
        data-testid="unit-search-empty"
      />
    );
  }
  return (
    <ul
      className="unit-results"
      aria-label={t('units.searchResults')}
      data-testid="unit-search-results"
      style={{ opacity: search.isPlaceholderData ? 0.5 : 1 }}
    >
      {search.data.map((unit) => (
        <li key={unit.id}>
          <button type="button" className="link-button unit-result" onClick={() => onPick(unit.id)}>
            <Typography.Text strong delete={!unit.active}>
              {unit.name}
            </Typography.Text>
            {unit.trail && unit.trail.length > 0 && (
              <Typography.Text
                type="secondary"
                data-testid="unit-trail"
                style={{ display: 'block', fontSize: 13 }}
              >
                {unit.trail.join(' — ')}
              </Typography.Text>
            )}
            <Flex gap={4} wrap>
              <Tag>{kindLabel(t, unit.kind)}</Tag>
              {unit.code && <Tag variant="filled">{unit.code}</Tag>}
              {!unit.active && <Tag color="default">{t('common.inactive')}</Tag>}
            </Flex>
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Card, Col, Flex, Grid, Input, Row, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useDebounced } from '../../components/use-debounced';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { UnitDetailPanel } from './UnitDetailPanel';
import { UnitSearchResults } from './UnitSearchResults';
import { UnitTree } from './UnitTree';

/** `/units` and `/units/:id`: the tree (or search results) beside the selected unit. */
export function UnitsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { id } = useParams();
  const unitId = id ?? me.unit.id;
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const searching = query.trim().length > 0;
  const desktop = Boolean(Grid.useBreakpoint().lg);
  const detailRef = useRef<HTMLDivElement>(null);

  // On a phone the detail sits below the tree: bring it into view when a unit is picked
  // (only when the unit changes, not when the screen is resized).
  const showDetail = useEffectEvent(() => {
    if (!desktop) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  });
  useEffect(() => {
    if (id) showDetail();
  }, [id]);

  const pick = (picked: string) => {
    setQuery('');
    void navigate(`/units/${picked}`);
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('units.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('units.tree')}>
            <Flex vertical gap={8}>
              <Input
                allowClear
                prefix={<SearchOutlined />}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={t('units.searchPlaceholder')}
                aria-label={t('units.searchLabel')}
                data-testid="unit-search"
                type="search"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('units.searchHelp')} {!searching && t('units.treeHelp')}
              </Typography.Text>
              {searching && q && <UnitSearchResults q={q} onPick={pick} />}
              <div hidden={searching}>
                <UnitTree selectedId={unitId} />
              </div>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={15} ref={detailRef} className="unit-detail-col">
          <UnitDetailPanel unitId={unitId} />
        </Col>
      </Row>
    </Flex>
  );
}

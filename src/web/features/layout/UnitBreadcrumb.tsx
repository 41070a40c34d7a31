import { Breadcrumb } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { Link, useMatch } from 'react-router-dom';
import type { UnitResponse } from '../../../contracts/units.contract';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useUnitDetail } from '../units/units.api';

/** The current unit's ancestors (within the user's scope), each a link to that unit. */
export function UnitBreadcrumb() {
  const t = useT();
  const me = useMe();
  const match = useMatch('/units/:id');
  const detail = useUnitDetail(match?.params.id);
  const chain: UnitResponse[] = detail.data
    ? [...detail.data.ancestors, detail.data.unit]
    : [me.unit];
  const items = chain.map((unit, i) => ({
    key: unit.id,
    title:
      i === chain.length - 1 ? (
        <span aria-current="page">{unit.name}</span>
      ) : (
        <Link to={`/units/${unit.id}`}>
          {i === 0 && <HomeOutlined style={{ marginInlineEnd: 4 }} />}
          {unit.name}
        </Link>
      ),
  }));
  return (
    <nav aria-label={t('nav.breadcrumb')} className="unit-breadcrumb" data-testid="unit-breadcrumb">
      <Breadcrumb items={items} />
    </nav>
  );
}

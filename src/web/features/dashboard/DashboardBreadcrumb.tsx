import { Breadcrumb } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useUnitDetail } from '../units/units.api';

/** The way down from the user's unit to the unit being looked at; each step links back. */
export function DashboardBreadcrumb({ unitId, base }: { unitId: string; base: string }) {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const detail = useUnitDetail(unitId === me.unit.id ? undefined : unitId);
  const chain = detail.data ? [...detail.data.ancestors, detail.data.unit] : [me.unit];
  // On one's own unit the layout's breadcrumb already says where we are.
  if (unitId === me.unit.id) return null;
  const link = (id: string) => {
    const next = new URLSearchParams(params);
    if (id === me.unit.id) next.delete('unit');
    else next.set('unit', id);
    return `${base}?${next.toString()}`;
  };
  return (
    <nav aria-label={t('dash.drillPath')} data-testid="dash-breadcrumb">
      <Breadcrumb
        items={chain.map((u, i) => ({
          key: u.id,
          title:
            i === chain.length - 1 ? (
              <span aria-current="page">{u.name}</span>
            ) : (
              <Link to={link(u.id)}>{u.name}</Link>
            ),
        }))}
      />
    </nav>
  );
}

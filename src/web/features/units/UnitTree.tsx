import { useCallback, useEffect, useMemo, useState, type Key } from 'react';
import { Alert, Spin, Tag, Tree, type TreeDataNode } from 'antd';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { UnitResponse } from '../../../contracts/units.contract';
import { useT } from '../../i18n/i18n';
import { childrenQuery, useRootUnits, useUnitDetail } from './units.api';

function UnitTitle({ unit }: { unit: UnitResponse }) {
  const t = useT();
  return (
    <span className={unit.active ? undefined : 'unit-inactive'}>
      {unit.name}
      {!unit.active && <Tag style={{ marginInlineStart: 6 }}>{t('common.inactive')}</Tag>}
    </span>
  );
}

/**
 * The unit tree, loaded a level at a time: the root is the user's own unit, children come from
 * `?parentId=`. Children live in the query cache, so any unit change refreshes the open branches.
 */
export function UnitTree({ selectedId }: { selectedId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roots = useRootUnits();
  const detail = useUnitDetail(selectedId);
  const [loadedIds, setLoadedIds] = useState<string[]>([]);
  const [expanded, setExpanded] = useState<Key[]>([]);
  const childResults = useQueries({ queries: loadedIds.map(childrenQuery) });

  const load = useCallback(
    (ids: string[]) =>
      Promise.all(ids.map((id) => queryClient.query(childrenQuery(id)))).then(() => {
        setLoadedIds((prev) => [...new Set([...prev, ...ids])]);
      }),
    [queryClient],
  );
  const open = useCallback(
    (ids: string[]) => load(ids).then(() => setExpanded((prev) => [...new Set([...prev, ...ids])])),
    [load],
  );

  // Open the root at first, and the branch down to the selected unit after a search or a link.
  useEffect(() => {
    if (roots.data) void open(roots.data.map((u) => u.id));
  }, [roots.data, open]);
  useEffect(() => {
    const path = detail.data?.ancestors.map((u) => u.id) ?? [];
    if (path.length > 0) void open(path);
  }, [detail.data, open]);

  const treeData = useMemo(() => {
    const childrenOf = new Map(loadedIds.map((id, i) => [id, childResults[i]?.data]));
    const toNode = (unit: UnitResponse): TreeDataNode => {
      const children = childrenOf.get(unit.id);
      return {
        key: unit.id,
        title: <UnitTitle unit={unit} />,
        isLeaf: unit.childCount === 0 || children?.length === 0,
        children: children?.map(toNode),
      };
    };
    return (roots.data ?? []).map(toNode);
  }, [roots.data, loadedIds, childResults]);

  if (roots.isPending) return <Spin style={{ display: 'block', margin: 24 }} />;
  if (roots.isError) return <Alert type="error" showIcon title={t('error.loadFailed')} />;
  return (
    <Tree
      treeData={treeData}
      loadData={(node) => load([String(node.key)])}
      expandedKeys={expanded}
      onExpand={setExpanded}
      selectedKeys={[selectedId]}
      onSelect={(_, info) => void navigate(`/units/${String(info.node.key)}`)}
      blockNode
      aria-label={t('units.tree')}
      data-testid="unit-tree"
    />
  );
}
